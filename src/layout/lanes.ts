/**
 * Lanes: the rows incidents are grouped into, which alert windows are drawn across, and how
 * overlapping bars are stacked within a lane.
 */
import type {AlertWindow, Feed, Incident, Location} from '../feed/types.js';
import {areaCovers, namesLevels, placeLevels, type PlaceLevels} from './alert-areas.js';
import {categoryLook} from './category-looks.js';
import type {Translate} from '../i18n/translate.js';
import {
  actorGroups,
  areaGroup,
  locationKey,
  locationTitle,
  normalise,
  normaliser,
  type GroupBy,
  type LaneGroup,
  type UnknownAreaWords,
} from './lane-groups.js';

export {GROUP_BY_VALUES, type GroupBy} from './lane-groups.js';

/** Key of the single lane when incidents are not grouped. */
export const ALL_LANE_KEY = '*';
/** Key of the lane of incidents with no value to group by; normalised values are never empty. */
export const UNSPECIFIED_LANE_KEY = '';

export interface Lane {
  /**
   * Identity of the lane, stable across zooms and feed updates: the grouping value trimmed and
   * lowercased (for locations: name, admin2, admin1 and country joined by "|"),
   * `ALL_LANE_KEY` or `UNSPECIFIED_LANE_KEY`.
   */
  key: string;
  /** The value as the feed first spelled it; a location's name, with its region where two share one. */
  label: string;
  /** Indices into the incidents, by best time (ties by index). */
  incidentIndices: number[];
  /** Best time of each of those incidents, in the same order. */
  times: Float64Array;
  /** Indices into the alerts of the windows drawn across this lane, in feed order. */
  alertIndices: number[];
  /** The "Unspecified" lane. */
  unspecified: boolean;
}

/**
 * Which lanes an alert is drawn across, and why:
 * - `region`: it names no areas, so it covers the whole region;
 * - `areas`: the lanes its areas name;
 * - `unmatched`: none of its areas names a lane, so it is drawn across all lanes rather than
 *   hidden; say so to the reader.
 */
export interface AlertPlacement {
  laneKeys: string[];
  coverage: 'region' | 'areas' | 'unmatched';
  /** Areas that named no lane (all of them when `coverage` is `unmatched`). */
  unmatchedAreas: string[];
}

export interface LaneLayout {
  lanes: Lane[];
  /** One per alert, in the same order. */
  alerts: AlertPlacement[];
}

export interface LaneOptions {
  /** Label of the single lane when not grouping. Default "All incidents". */
  regionLabel?: string;
  /** Label of the lane of incidents with nothing to group by. Default "Unspecified". */
  unspecifiedLabel?: string;
  /** Label of a category's lane, when grouping by category. Default: the category id. */
  categoryLabel?: (category: string) => string;
  /** Names of the lanes of places not known at the level grouped by. Default: English. */
  unknownAreas?: UnknownAreaWords;
}

interface LaneDraft {
  key: string;
  label: string;
  /** The label that tells the lane from another of the same label ("Badakhshan, Afghanistan"). */
  title?: string;
  /** The place of a lane of places, whose levels tell it from another of its name. */
  location?: Location;
  incidentIndices: number[];
  /** Best time of each, as read in the one walk over the incidents. */
  times: number[];
  firstTime: number;
  /** Normalised names of every place its incidents are at, on every level, for matching alert areas by name. */
  places: Set<string>;
  /** The levels of every place its incidents are at, once each, for matching areas that name their levels. */
  placeLevels: Map<string, PlaceLevels>;
}

/**
 * Groups incidents into lanes and places each alert across lanes.
 *
 * Lanes come in order of their earliest incident (ties keep feed order), with the "Unspecified"
 * lane, for incidents without the value grouped by, last. Grouped by actor, an incident goes in
 * the lane of every actor it involves. Grouped by province (`admin1`) or district (`admin2`), an
 * incident not known at that level goes in a lane named for what is known ("Afghanistan, province
 * unknown"). Grouping by `none` gives one lane, as does any grouping of a feed without
 * incidents, so that alerts always have somewhere to be drawn.
 *
 * An alert's area covers the lanes it matches (see `alert-areas.ts`): the bare name "Khatlon"
 * matches the lane of Tajikistan when grouping by country, and the lanes of actors seen in
 * Khatlon when grouping by actor; {country: "Tajikistan"} the lanes holding incidents in Tajikistan.
 */
export function buildLanes(incidents: readonly Incident[], alerts: readonly AlertWindow[], groupBy: GroupBy, options: LaneOptions = {}): LaneLayout {
  const {regionLabel = 'All incidents', unspecifiedLabel = 'Unspecified', categoryLabel = (category: string) => category.trim()} = options;
  const norm = normaliser();

  const drafts = new Map<string, LaneDraft>();
  const order: LaneDraft[] = [];
  const laneOf = (key: string, label: string, title?: string, location?: Location): LaneDraft => {
    let draft = drafts.get(key);
    if (!draft) {
      // A place's lane is told from another of its name by its levels, spelled out only if needed.
      draft = {key, label, title, location, incidentIndices: [], times: [], firstTime: Infinity, places: new Set(), placeLevels: new Map()};
      drafts.set(key, draft);
      order.push(draft);
    }
    return draft;
  };

  // A feed names each place many times. Where an incident's place, spelled the same in every
  // field, was last seen in the same lane, its key is known and its names are in the lane already.
  const lastSeen = new Map<string, {location: Location; key: string; draft: LaneDraft}>();
  // Incidents are read once, here, for everything the lanes need: walking 100,000 of them again
  // costs tens of milliseconds, since they are scattered across memory in any order but the feed's.
  let previousTime = -Infinity;
  let inOrder = true;

  /** Puts an incident in a lane, and the names and levels of its place among the lane's. */
  const place = (draft: LaneDraft, index: number, incident: Incident, key: string, same: {draft: LaneDraft} | undefined) => {
    const time = incident.time.best;
    draft.incidentIndices.push(index);
    draft.times.push(time);
    if (time < draft.firstTime) draft.firstTime = time;
    if (time < previousTime) inOrder = false;
    previousTime = time;
    const location = incident.location;
    if (location && same?.draft !== draft) {
      for (const name of [location.name, location.admin1, location.admin2, location.country]) {
        const normalised = norm(name);
        if (normalised !== '') draft.places.add(normalised);
      }
      const levels = placeLevels(location, norm);
      draft.placeLevels.set(levels.join('|'), levels);
      lastSeen.set(location.name, {location, key, draft});
    }
  };

  incidents.forEach((incident, index) => {
    const location = incident.location;
    const seen = location && lastSeen.get(location.name);
    const same =
      seen && seen.location.admin2 === location.admin2 && seen.location.admin1 === location.admin1 && seen.location.country === location.country
        ? seen
        : undefined;
    // Plain strings for the common groupings: an object per incident would cost at 100,000.
    let key = '';
    let label = '';
    let group: LaneGroup | null = null;
    switch (groupBy) {
      case 'none':
        [key, label] = [ALL_LANE_KEY, regionLabel];
        break;
      case 'location':
        key = location ? (same?.key ?? locationKey(location, norm)) : '';
        label = location?.name.trim() ?? '';
        break;
      case 'admin1':
      case 'admin2':
        group = areaGroup(location, groupBy, norm, options.unknownAreas);
        break;
      case 'country':
        key = norm(location?.country);
        label = location?.country?.trim() ?? '';
        break;
      case 'actor': {
        // An incident goes in the lane of each actor it involves.
        const groups = actorGroups(incident, norm);
        group = groups[0] ?? null;
        // Lanes come in the order their actors are first named.
        if (group) laneOf(group.key, group.label, group.title);
        for (let i = 1; i < groups.length; i++)
          place(laneOf(groups[i].key, groups[i].label, groups[i].title), index, incident, groups[i].key, undefined);
        break;
      }
      case 'category':
        [key, label] = [norm(incident.category), categoryLabel(incident.category)];
        break;
    }
    if (group) [key, label] = [group.key, group.label];
    const draft =
      key === ''
        ? laneOf(UNSPECIFIED_LANE_KEY, unspecifiedLabel)
        : groupBy === 'location'
          ? laneOf(key, label, undefined, location)
          : laneOf(key, label, group?.title ?? label);
    place(draft, index, incident, key, same);
  });
  if (order.length === 0) laneOf(ALL_LANE_KEY, regionLabel);

  const unspecified = drafts.get(UNSPECIFIED_LANE_KEY);
  const sorted = order
    .filter((draft) => draft !== unspecified)
    .map((draft, rank) => ({draft, rank}))
    .sort((a, b) => a.draft.firstTime - b.draft.firstTime || a.rank - b.rank)
    .map(({draft}) => draft);
  if (unspecified) sorted.push(unspecified);

  disambiguate(sorted);

  // In a feed sorted by best time, as a validated one is, every lane is sorted already.
  const best = (i: number) => incidents[i].time.best;
  const lanes: Lane[] = sorted.map((draft) => {
    const incidentIndices = inOrder ? draft.incidentIndices : draft.incidentIndices.sort((a, b) => best(a) - best(b) || a - b);
    return {
      key: draft.key,
      label: draft.label,
      incidentIndices,
      times: inOrder ? Float64Array.from(draft.times) : Float64Array.from(incidentIndices, best),
      alertIndices: [],
      unspecified: draft === unspecified,
    };
  });

  const lanesByPlace = new Map<string, number[]>();
  sorted.forEach((draft, laneIndex) => {
    for (const place of new Set([draft.key, ...draft.places])) {
      if (place === '') continue;
      const list = lanesByPlace.get(place);
      if (list) list.push(laneIndex);
      else lanesByPlace.set(place, [laneIndex]);
    }
  });

  const placements = alerts.map((alert, alertIndex): AlertPlacement => {
    const areas = alert.areas.filter((area) => namesLevels(area) || norm(area.name) !== '');
    const covered = new Set<number>();
    const unmatchedAreas: string[] = [];
    for (const area of areas) {
      const matches = namesLevels(area)
        ? sorted.flatMap((draft, laneIndex) => ([...draft.placeLevels.values()].some((levels) => areaCovers(area, levels, norm)) ? [laneIndex] : []))
        : lanesByPlace.get(norm(area.name));
      if (matches?.length) for (const laneIndex of matches) covered.add(laneIndex);
      else unmatchedAreas.push(area.name);
    }
    const coverage = areas.length === 0 ? 'region' : covered.size === 0 ? 'unmatched' : 'areas';
    const laneIndices = coverage === 'areas' ? [...covered].sort((a, b) => a - b) : lanes.map((_, i) => i);
    for (const laneIndex of laneIndices) lanes[laneIndex].alertIndices.push(alertIndex);
    return {laneKeys: laneIndices.map((i) => lanes[i].key), coverage, unmatchedAreas};
  });

  return {lanes, alerts: placements};
}

/**
 * `buildLanes` for a whole feed: the single lane named after its region, categories' lanes by
 * their labels, and the element's own lane names in the words of `t` (English without).
 */
export function buildFeedLanes(feed: Feed, groupBy: GroupBy, t?: Translate): LaneLayout {
  const options: LaneOptions = {categoryLabel: (category: string) => categoryLook(feed, category, t).label};
  const regionLabel = feed.region?.name ?? feed.title ?? t?.('allIncidents');
  if (regionLabel) options.regionLabel = regionLabel;
  if (t) {
    options.unspecifiedLabel = t('unspecified');
    options.unknownAreas = {
      provinceUnknown: (country) => t('provinceUnknown', {country}),
      districtUnknown: (province) => t('districtUnknown', {province}),
    };
  }
  return buildLanes(feed.incidents, feed.alerts, groupBy, options);
}

/** Key of the lane that gathers the lanes past the most drawn (see `foldLanes`). */
export const OTHER_LANE_KEY = '+';

/**
 * At most `max` lanes: the `max - 1` with the most incidents stay, in their order, and the rest
 * are gathered into one last lane labelled `label(how many)`, with their incidents in time order
 * (ties by index, each once) and every alert drawn across any of them. A feed of hundreds of places stays
 * a readable chart. A `max` below 2 (or not a number) sets no limit.
 */
export function foldLanes(lanes: Lane[], max: number, label: (count: number) => string): Lane[] {
  if (!(max >= 2) || lanes.length <= max) return lanes;
  const busiest = new Set(
    lanes
      .map((lane, index) => ({size: lane.incidentIndices.length, index}))
      .sort((a, b) => b.size - a.size || a.index - b.index)
      .slice(0, max - 1)
      .map(({index}) => index),
  );
  const gathered = lanes.filter((_, index) => !busiest.has(index));
  const indices = gathered.flatMap((lane) => lane.incidentIndices);
  const times = gathered.flatMap((lane) => Array.from(lane.times));
  // Grouped by actor, an incident is in the lane of each of its actors: in the folded lane, once.
  const order = indices
    .map((_, i) => i)
    .sort((a, b) => times[a] - times[b] || indices[a] - indices[b])
    .filter((i, k, sorted) => k === 0 || indices[sorted[k - 1]] !== indices[i]);
  return [
    ...lanes.filter((_, index) => busiest.has(index)),
    {
      key: OTHER_LANE_KEY,
      label: label(gathered.length),
      incidentIndices: order.map((i) => indices[i]),
      times: Float64Array.from(order, (i) => times[i]),
      alertIndices: [...new Set(gathered.flatMap((lane) => lane.alertIndices))].sort((a, b) => a - b),
      unspecified: false,
    },
  ];
}

/**
 * Lanes of one label are told apart by their titles: two places called "Kalai-Khumb" become
 * "Kalai-Khumb, Darvoz, GBAO, Tajikistan" and so on, two provinces called "Badakhshan"
 * "Badakhshan, Afghanistan" and "Badakhshan, Tajikistan".
 */
function disambiguate(drafts: LaneDraft[]): void {
  const byLabel = new Map<string, LaneDraft[]>();
  for (const draft of drafts) {
    const label = normalise(draft.label);
    const list = byLabel.get(label);
    if (list) list.push(draft);
    else byLabel.set(label, [draft]);
  }
  for (const list of byLabel.values()) {
    if (list.length < 2) continue;
    for (const draft of list) draft.label = draft.location ? locationTitle(draft.location) : (draft.title ?? draft.label);
  }
}

export interface PackOptions {
  /** Least clear space between two items in one row, px. Default 1. */
  gapPx?: number;
  /** Items narrower than this (a point in time) are packed as this wide, px. Default 1. */
  minWidthPx?: number;
}

export interface Packing {
  /** Row of each item, in the order given, from 0; -1 for an item with no finite position. */
  rows: Int32Array;
  rowCount: number;
}

/**
 * Stacks intervals into as few rows as possible so that no two in one row come within `gapPx`
 * of each other on screen: greedy interval partitioning by left edge, each item going to the
 * lowest row free at that point. `x` maps time to px and may run right to left.
 */
export function packIntervals(items: ArrayLike<{start: number; end: number}>, x: (time: number) => number, options: PackOptions = {}): Packing {
  const {gapPx = 1, minWidthPx = 1} = options;
  const n = items.length;
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  const rows = new Int32Array(n).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = x(items[i].start);
    const b = x(items[i].end);
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    left[i] = Math.min(a, b);
    right[i] = Math.max(Math.max(a, b), left[i] + minWidthPx);
    order.push(i);
  }
  order.sort((a, b) => left[a] - left[b] || right[a] - right[b] || a - b);

  const rowEnd: number[] = [];
  const busy = minHeap((a, b) => rowEnd[a] - rowEnd[b] || a - b);
  const free = minHeap((a, b) => a - b);
  for (const i of order) {
    while (busy.size() > 0 && rowEnd[busy.peek()] + gapPx <= left[i]) free.push(busy.pop());
    const row = free.size() > 0 ? free.pop() : rowEnd.length;
    rowEnd[row] = right[i];
    busy.push(row);
    rows[i] = row;
  }
  return {rows, rowCount: rowEnd.length};
}

/** A binary min-heap of numbers under `compare`. */
function minHeap(compare: (a: number, b: number) => number) {
  const heap: number[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  return {
    size: () => heap.length,
    peek: () => heap[0],
    push(value: number) {
      heap.push(value);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (compare(heap[i], heap[parent]) >= 0) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop(): number {
      const top = heap[0];
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let smallest = i;
          if (l < heap.length && compare(heap[l], heap[smallest]) < 0) smallest = l;
          if (r < heap.length && compare(heap[r], heap[smallest]) < 0) smallest = r;
          if (smallest === i) break;
          swap(i, smallest);
          i = smallest;
        }
      }
      return top;
    },
  };
}
