/**
 * The timeline's derived model: what the element draws from a feed and the reader's filters.
 * Filters, lanes, folding, which lanes each alert covers, and the extent. Pure: plain data in,
 * plain data out, no DOM.
 */
import type {AlertWindow, Feed, Incident} from '../feed/types.js';
import {buildFeedLanes, foldLanes, GROUP_BY_VALUES, type GroupBy, type Lane, type LaneLayout} from '../layout/lanes.js';
import {normalise} from '../layout/lane-groups.js';
import {DEFAULT_CATEGORIES} from '../layout/marker-shapes.js';
import {splitList} from '../layout/presentation.js';
import type {MessageKey} from '../i18n/messages.js';
import {safely, translator, type Translate} from '../i18n/translate.js';

const DAY_MS = 86_400_000;

/** What the reader chose to see. Lists are empty when nothing is filtered. */
export interface TimelineFilters {
  groupBy: GroupBy;
  categories: string[];
  statuses: string[];
  /** Only alerts of this level id or higher; unknown or absent: every level. */
  minLevel: string | undefined;
  /** Labels of the lanes to show, in any case; empty: all. */
  lanes: string[];
  /** Only incidents involving any of these actors (names, in any case); empty: all. */
  actors: string[];
  /** Most lanes drawn; past it the least busy share one lane. 0: no limit. */
  maxLanes: number;
  /** The order of the lanes; an unknown value is `count`'s. */
  laneOrder: LaneOrder;
  /** Only items whose text holds every word of this (trimmed) query; empty: all. */
  query: string;
}

/** The orders lanes can be drawn in (`lane-order`). */
export const LANE_ORDERS = ['count', 'fatalities', 'name', 'first'] as const;
export type LaneOrder = (typeof LANE_ORDERS)[number];

/** Whether an item's text holds every word of a query (the search module's `itemMatches`, loaded when a query is first set). */
export type ItemSearch = (item: Incident | AlertWindow, query: string) => boolean;

export interface TimelineModel {
  feed: Feed;
  /** Incidents that pass the filters, in time order. */
  incidents: Incident[];
  /** Alerts that pass the level filter, in time order. */
  alerts: AlertWindow[];
  /** Every lane of the grouping, before the lane filter and folding. */
  layout: LaneLayout;
  /** Keys of the lanes each shown alert covers. */
  alertLanes: Map<AlertWindow, Set<string>>;
  /** The lanes shown, in the order asked for (`laneOrder`); each carries its incidents and their best times, sorted. */
  lanes: Lane[];
  /** How many lanes the last lane shown folds into one (see `foldLanes`); 0 when none is folded. */
  folded: number;
  /** Lane index of each incident (index into `incidents`); -1 for none. */
  laneOfIncident: Int32Array;
  /** The feed's extent with a margin either side: what "fit all" shows. */
  bounds: [number, number];
  /** First and last instant the feed covers, without margins. */
  extent: [number, number];
  /** Categories the feed uses: the default ones in their order, then its own as they first appear. */
  categories: string[];
}

/** Lane labels are separated by commas (a place's name may hold spaces). */
const LANE_SEPARATOR = /\s*,\s*/;

/** The filters as the element's attributes write them: lists space- or comma-separated, lanes comma-separated. */
export interface FilterAttributes {
  groupBy: GroupBy;
  categories?: string;
  statuses?: string;
  minLevel?: string;
  lanes?: string;
  actors?: string;
  maxLanes: number;
  laneOrder?: string;
  query?: string;
}

export function timelineFilters(attributes: FilterAttributes): TimelineFilters {
  return {
    groupBy: attributes.groupBy,
    categories: splitList(attributes.categories),
    statuses: splitList(attributes.statuses),
    minLevel: attributes.minLevel,
    lanes: splitList(attributes.lanes, LANE_SEPARATOR),
    actors: splitList(attributes.actors, LANE_SEPARATOR),
    maxLanes: attributes.maxLanes,
    laneOrder: (LANE_ORDERS as readonly string[]).includes(attributes.laneOrder ?? '') ? (attributes.laneOrder as LaneOrder) : 'count',
    query: (attributes.query ?? '').trim(),
  };
}

/** What the lanes folded into one are, by grouping: "12 other places". */
const FOLDED_LANES: Record<GroupBy, MessageKey> = {
  none: 'otherLanes',
  location: 'otherPlaces',
  admin2: 'otherDistricts',
  admin1: 'otherProvinces',
  country: 'otherCountries',
  actor: 'otherActors',
  category: 'otherCategories',
};

/** The label of the lane that folds `count` lanes of a grouping into one. */
export function foldedLaneLabel(count: number, groupBy: GroupBy, t: Translate = englishWords()): string {
  return t(FOLDED_LANES[groupBy], {count});
}

let english: Translate | undefined;
const englishWords = () => (english ??= translator([], 'en', 'en'));

/** The model of a feed under some filters, its lanes named in the words of `t` (English without). */
export function buildTimelineModel(feed: Feed, filters: TimelineFilters, t: Translate = englishWords(), search?: ItemSearch): TimelineModel {
  const groupBy = GROUP_BY_VALUES.includes(filters.groupBy) ? filters.groupBy : 'none';
  const {incidents, alerts, layout} = filteredLayout(feed, filters, groupBy, t, search);
  const laneFilter = filters.lanes.map((name) => name.toLowerCase());
  // Lanes are chosen first, then folded: a place folded away can still be shown on its own.
  const chosen = layout.lanes.filter((lane) => laneFilter.length === 0 || laneFilter.includes(lane.label.toLowerCase()));
  const shown = foldLanes(chosen, filters.maxLanes, (count) => foldedLaneLabel(count, groupBy, t));
  const folded = shown === chosen ? 0 : chosen.length - (shown.length - 1);
  const lanes = orderLanes(shown, filters.laneOrder, {incidents, lang: t.lang, folded: folded > 0});
  // From the lanes shown, so that the lane folding several in carries their alerts.
  const keysOfAlert = alerts.map((): string[] => []);
  for (const {key, alertIndices} of lanes) for (let i = 0; i < alertIndices.length; i++) keysOfAlert[alertIndices[i]].push(key);
  const alertLanes = new Map(alerts.map((alert, i) => [alert, new Set(keysOfAlert[i])]));
  const laneOfIncident = new Int32Array(incidents.length).fill(-1);
  // Indexed loops over incidents: until the engine optimises a loop, `for…of` makes an object per step.
  lanes.forEach(({incidentIndices}, laneIndex) => {
    // An incident in several lanes (grouped by actor) is focused and described in its first.
    for (let i = 0; i < incidentIndices.length; i++) if (laneOfIncident[incidentIndices[i]] === -1) laneOfIncident[incidentIndices[i]] = laneIndex;
  });
  const {extent, bounds, categories: used} = feedExtent(feed);
  return {feed, incidents, alerts, layout, alertLanes, lanes, folded, laneOfIncident, bounds, extent, categories: used};
}

interface FilteredLayout {
  incidents: Incident[];
  alerts: AlertWindow[];
  layout: LaneLayout;
}

/**
 * The last filtered incidents and alerts of each feed, and their lanes, with what they were
 * made of: showing every lane, or another order, rebuilds the model from them, and grouping
 * 100,000 incidents again would keep the reader waiting. A feed is not changed once read.
 */
const layouts = new WeakMap<Feed, {key: string; t: Translate; search?: ItemSearch; value: FilteredLayout}>();

function filteredLayout(feed: Feed, filters: TimelineFilters, groupBy: GroupBy, t: Translate, search?: ItemSearch): FilteredLayout {
  const {categories, statuses} = filters;
  // Without the search code (still loading), a query filters nothing yet.
  const query = search && filters.query ? filters.query : '';
  const key = JSON.stringify([groupBy, categories, statuses, filters.actors, filters.minLevel ?? null, query]);
  const last = layouts.get(feed);
  if (last && last.key === key && last.t === t && last.search === search) return last.value;
  const actors = new Set(filters.actors.map(normalise));
  const involves = (incident: Incident) => incident.actors.some((actor) => actors.has(normalise(actor.name)));
  const incidents =
    categories.length === 0 && statuses.length === 0 && actors.size === 0 && !query
      ? feed.incidents
      : feed.incidents.filter(
          (incident) =>
            (categories.length === 0 || categories.includes(incident.category)) &&
            (statuses.length === 0 || statuses.includes(incident.status)) &&
            (actors.size === 0 || involves(incident)) &&
            (!query || search!(incident, query)),
        );
  const minRank = feed.levels.find((level) => level.id === filters.minLevel)?.rank ?? -Infinity;
  const alerts = feed.alerts.filter((alert) => alert.level.rank >= minRank && (!query || search!(alert, query)));
  const value = {incidents, alerts, layout: buildFeedLanes({...feed, incidents, alerts}, groupBy, t)};
  layouts.set(feed, {key, t, search, value});
  return value;
}

/** What orders lanes besides the lanes themselves. */
interface LaneOrderContext {
  /** The incidents the lanes' indices point into. */
  incidents: readonly Incident[];
  /** The reader's language, whose alphabet orders names. */
  lang: string;
  /** Whether the last lane is the one folding the quietest. */
  folded: boolean;
}

/**
 * Lanes in the reader's order: `count` most incidents first, `fatalities` most deaths (best
 * estimates) first, `name` alphabetical in the reader's language, `first` earliest incident first.
 * Lanes as busy keep the order they come in (their earliest incident's), as they always have;
 * in the other orders, ties go to the busier lane, then by name. The unspecified lane stays
 * after the others, and the folded lane last: neither is a place, an actor or a category to rank.
 */
export function orderLanes(lanes: readonly Lane[], order: LaneOrder, {incidents, lang, folded}: LaneOrderContext): Lane[] {
  const body = folded ? lanes.slice(0, -1) : lanes;
  // The alphabet of the reader's language, numbers in names by their value ("Sector 9" before "Sector 10").
  const collator = safely(
    () => new Intl.Collator(lang, {numeric: true}),
    () => new Intl.Collator('en', {numeric: true}),
  );
  const byName = (a: Lane, b: Lane) => collator.compare(a.label, b.label);
  // What puts a lane first, the more the earlier: its deaths, or how early it starts (a lane
  // without incidents last; two of them compare as NaN, a tie).
  const weight = (lane: Lane) => (order === 'fatalities' ? deathsIn(lane, incidents) : order === 'first' ? -(lane.times[0] ?? Infinity) : 0);
  const sorted = body
    .filter((lane) => !lane.unspecified)
    .map((lane, rank) => ({lane, rank, weight: weight(lane), count: lane.incidentIndices.length}))
    .sort(
      (a, b) =>
        (order === 'name' ? byName(a.lane, b.lane) : b.weight - a.weight) ||
        b.count - a.count ||
        (order === 'count' ? 0 : byName(a.lane, b.lane)) ||
        a.rank - b.rank,
    )
    .map(({lane}) => lane);
  return [...sorted, ...body.filter((lane) => lane.unspecified), ...lanes.slice(body.length)];
}

/** The deaths of a lane's incidents: the sum of the best estimates the feed gives. */
function deathsIn(lane: Lane, incidents: readonly Incident[]): number {
  let sum = 0;
  for (let i = 0; i < lane.incidentIndices.length; i++) sum += incidents[lane.incidentIndices[i]].fatalities?.best ?? 0;
  return sum;
}

/**
 * The whole feed's extent (whatever the filters, so filtering never moves the view) and the
 * categories it uses, in one walk over the incidents: each walk over 100,000 of them costs tens
 * of milliseconds, as they are read in time order, not the order they were made in.
 */
function feedExtent(feed: Feed): {extent: [number, number]; bounds: [number, number]; categories: string[]} {
  let min = Infinity;
  let max = -Infinity;
  const used = new Set<string>();
  for (let i = 0; i < feed.incidents.length; i++) {
    const incident = feed.incidents[i];
    const {earliest, latest} = incident.time;
    if (earliest < min) min = earliest;
    if (latest > max) max = latest;
    used.add(incident.category);
  }
  for (const alert of feed.alerts) {
    if (alert.start < min) min = alert.start;
    if (alert.end > max) max = alert.end;
  }
  if (!Number.isFinite(min)) [min, max] = [Date.now() - 30 * DAY_MS, Date.now()];
  const extent: [number, number] = [min, max];
  if (max - min < DAY_MS) [min, max] = [min - DAY_MS / 2, max + DAY_MS / 2];
  const margin = (max - min) * 0.04;
  // The categories the feed declares, in its order; then the default ones it uses; then the rest.
  const declared = feed.categories.map((category) => category.id).filter((id) => used.has(id));
  const categories = [...new Set([...declared, ...DEFAULT_CATEGORIES.filter((c) => used.has(c)), ...used])];
  return {extent, bounds: [min - margin, max + margin], categories};
}

/** Widest window the reader may zoom out to: the feed with room around it. */
export function outerBounds(model: TimelineModel): [number, number] {
  const [min, max] = model.bounds;
  const span = max - min;
  return [min - span, max + span];
}

/**
 * A model kept while its feed and filters stay the same (compared value by value), so that a
 * zoom or pan step, which redraws, does not rebuild it.
 */
export function timelineModelCache(): (feed: Feed, filters: TimelineFilters, t?: Translate, search?: ItemSearch) => TimelineModel {
  let last: {feed: Feed; key: string; t?: Translate; search?: ItemSearch; model: TimelineModel} | undefined;
  return (feed, filters, t, search) => {
    const key = JSON.stringify(filters);
    if (last?.feed !== feed || last.key !== key || last.t !== t || last.search !== search)
      last = {feed, key, t, search, model: buildTimelineModel(feed, filters, t, search)};
    return last.model;
  };
}

/** Whether an incident's or alert's time reaches into a window. */
export function isInWindow(item: Incident | AlertWindow, [start, end]: readonly [number, number]): boolean {
  return 'time' in item ? item.time.latest >= start && item.time.earliest <= end : item.end > start && item.start < end;
}

/** The alert or incident of a feed with this id. */
export function findItem(feed: Feed | null, id: string | null | undefined): Incident | AlertWindow | null {
  if (!id || !feed) return null;
  return feed.incidents.find((incident) => incident.id === id) ?? feed.alerts.find((alert) => alert.id === id) ?? null;
}

/** The other alerts of a feed in force at some time in an alert's window. */
export function alertsAlsoInForce(feed: Feed, alert: AlertWindow): AlertWindow[] {
  return feed.alerts.filter((other) => other !== alert && other.start < alert.end && other.end > alert.start);
}
