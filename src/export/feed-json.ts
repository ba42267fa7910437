/**
 * Some items of a feed as a feed document of their own, in the published JSON form: what an
 * analyst saves to share a selection, and what any reader of the format reads back. Pure: a
 * reading in, a plain JSON value out (`JSON.stringify` it), no DOM.
 *
 * Each item is written as it was published (`raw`), so fields this version does not know reach
 * the new document too, except for what the reader had to take out: values it ignored with a
 * problem are left out, and citations name only the sources the feed listed. The document reads
 * back with no problems and the same items (ids, times, titles, statuses) as long as the feed
 * had none it kept: an alert whose level the scale does not define is written as it is and is
 * reported again, rather than given a step of the scale nobody defined.
 *
 * Around the items, the document has the feed's version, title, description, attribution,
 * region, first view and last update; its scale of levels (the whole scale, which the legend and
 * the minimum level use, not only the levels cited); its categories; and the sources the items
 * cite. Withdrawn items are not in the feed's lists, and its list of withdrawals tells of earlier
 * versions of that feed, not of this document: it is not written.
 *
 * Feeds read together (`src="a.json b.json"`):
 * - item ids are unique already (the reading left out a later item with a taken id); should two
 *   items given here share an id all the same, the first is written;
 * - two feeds may list different sources under one id: the later one is written under a new id
 *   (`id.2`), and its items cite it by that;
 * - a feed in another time zone than the first: a time of day is rewritten as the instant it was
 *   (UTC, `Z`), since the document's dates are read in the first feed's zone; a calendar date
 *   stays the date it was (a date is the region's, and reads as that date in any zone).
 */
import {FEED_SCHEMA_ID} from '../feed/constants.js';
import type {FeedDocument} from '../feed/feed-types.js';
import {validateAlert, validateIncident, validateSource, type CompiledValidator} from '../feed/generated/validate-schema.js';
import {isCoarser, parseTemporal, type CalendarPrecision} from '../feed/temporal.js';
import type {Actor, AlertLevel, AlertWindow, Area, CategoryDefinition, Feed, Incident, Location, Source, TimeWindow} from '../feed/types.js';
import {incidentTime} from '../feed/validate/dates.js';
import {isObject, type Json, type ListName} from '../feed/validate/feed-document.js';
import {startReading, type FeedReading} from '../feed/validate/reading.js';
import {DEFAULT_LEVELS} from '../feed/validate/references.js';
import {decide, removeValues} from '../feed/validate/schema-error-costs.js';
import {toWallClock} from '../feed/zoned-time.js';

export interface FeedDocumentOptions {
  /**
   * The window the document opens on (epoch ms, end exclusive, as `Feed.view`). Default: the
   * feed's own; null: none, so that the document opens on all its items.
   */
  view?: {start: number; end: number} | null;
}

/** The items to write. */
export interface FeedDocumentItems {
  alerts: readonly AlertWindow[];
  incidents: readonly Incident[];
}

/** Longest id the format allows. */
const MAX_ID_LENGTH = 128;

const has = (value: Json, field: string) => Object.hasOwn(value, field);

/** What writing one document keeps track of. */
interface Writing {
  timeZone: string;
  /** Reads times back, to tell whether a `when` as published still says what the item says. */
  reading: FeedReading;
  /** The id each source is written under. */
  sourceIds: Map<Source, string>;
  /** Ids the cited sources were published under: a renamed source takes none of them. */
  publishedIds: Set<string>;
  /** Ids given out, with the published form they were given to (as JSON, without the id). */
  givenIds: Map<string, string>;
  sources: Json[];
}

/** The zone's calendar day an instant falls on, `YYYY-MM-DD`. */
const dayOf = (epochMs: number, timeZone: string) => new Date(toWallClock(epochMs, timeZone)).toISOString().slice(0, 10);

/** A date as the format writes it: the zone's calendar day when `epochMs` starts one, else the instant in UTC. */
function dateText(epochMs: number, timeZone: string): string {
  const day = dayOf(epochMs, timeZone);
  const unit = parseTemporal(day, timeZone);
  return typeof unit !== 'string' && unit.start === epochMs ? day : new Date(epochMs).toISOString();
}

/** An exclusive end as the format writes an inclusive one: the last day, when `epochMs` ends one, else the instant. */
function endText(epochMs: number, timeZone: string): string {
  const day = dayOf(epochMs - 1, timeZone);
  const unit = parseTemporal(day, timeZone);
  return typeof unit !== 'string' && unit.end === epochMs ? day : new Date(epochMs).toISOString();
}

/** Whether a date as published reads as `epochMs` (its start, or its end for `side` 'end') in the zone. */
function readsAs(text: unknown, epochMs: number, timeZone: string, side: 'start' | 'end' = 'start'): boolean {
  if (typeof text !== 'string') return false;
  const unit = parseTemporal(text, timeZone);
  return typeof unit !== 'string' && unit[side] === epochMs;
}

/**
 * `value` without the optional values the schema refuses, removed as the reader removes them;
 * null when it breaks the schema where the reader would leave the whole entry out.
 */
function schemaClean(value: Json, list: ListName, validate: CompiledValidator): Json | null {
  if (validate(value)) return value;
  const document: Json = {[list]: [value]};
  const removals: string[][] = [];
  for (const error of validate.errors ?? []) {
    // The anyOf of `when` reports each branch's missing field too: not a value to remove.
    if (error.keyword === 'required' && error.schemaPath?.includes('/anyOf/')) continue;
    const decision = decide({...error, instancePath: `/${list}/0${error.instancePath}`}, document);
    if (decision.level === 'item') return null;
    removals.push(decision.removePath);
  }
  return (removeValues(document, removals)[list] as Json[])[0];
}

function publishedSource(source: Source, timeZone: string): Json {
  const published: Json = {id: source.id, publisher: source.publisher};
  if (source.title !== undefined) published.title = source.title;
  if (source.url !== undefined) published.url = source.url;
  if (source.published !== undefined) published.published = dateText(source.published, timeZone);
  if (source.language !== undefined) published.language = source.language;
  return schemaClean(published, 'sources', validateSource) ?? published;
}

/** A new id from `id`, `id.2`, `id.3`…, cut to the longest id allowed. */
function freshId(id: string, taken: (candidate: string) => boolean): string {
  for (let n = 2; ; n++) {
    const suffix = `.${n}`;
    const candidate = id.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

/** The id a source is written under; the first time, it is added to the document's sources. */
function sourceId(writing: Writing, source: Source): string {
  const known = writing.sourceIds.get(source);
  if (known !== undefined) return known;
  const {id: _id, ...content} = publishedSource(source, writing.timeZone);
  const key = JSON.stringify(content);
  let id = source.id;
  const holder = writing.givenIds.get(id);
  if (holder !== undefined && holder !== key) {
    id = freshId(source.id, (candidate) => writing.publishedIds.has(candidate) || writing.givenIds.has(candidate));
  }
  writing.sourceIds.set(source, id);
  // The same source read from two feeds (equal in every field) is written once.
  if (writing.givenIds.get(id) !== key) {
    writing.givenIds.set(id, key);
    writing.sources.push({id, ...content});
  }
  return id;
}

/**
 * The published item with the citations of the reading: the sources it kept, under the ids they
 * are written under. An item that cited none keeps the form it had (no list, or an empty one).
 */
function cite(writing: Writing, published: Json, sources: readonly Source[]): void {
  if (sources.length) published.sources = sources.map((source) => sourceId(writing, source));
  else if (has(published, 'sources')) published.sources = [];
}

/** `reported` and `updated` as the reading has them: gone when it ignored them, rewritten when they read otherwise here. */
function itemDates(published: Json, item: Incident | AlertWindow, timeZone: string): void {
  for (const field of ['reported', 'updated'] as const) {
    const epochMs = item[field];
    if (epochMs === undefined) delete published[field];
    else if (!readsAs(published[field], epochMs, timeZone)) published[field] = dateText(epochMs, timeZone);
  }
}

/** The instant as the format writes one to the millisecond, which reads back as exactly that instant. */
const instantText = (epochMs: number) => new Date(epochMs).toISOString();

/**
 * A `when` that reads back as the time of the reading, made from the time alone (for an item
 * that has no published `when`, or one that reads otherwise in this document's zone).
 */
function whenFromTime(time: TimeWindow, timeZone: string): Json {
  const when: Json = {};
  if (time.civil) {
    when.earliest = dateText(time.earliest, timeZone);
    when.latest = endText(time.latest, timeZone);
    if (time.precision !== 'range') when.date = dayOf(time.best, timeZone);
  } else {
    // Both bounds are given, so the precision names the uncertainty without widening anything,
    // and the date, an instant, is where the marker stands.
    when.earliest = instantText(time.earliest);
    when.latest = instantText(time.latest);
    if (time.precision !== 'range') when.date = instantText(time.best);
  }
  if (time.precision !== 'range' && time.precision !== 'second') when.precision = time.precision;
  if (time.label !== undefined) when.label = time.label;
  if (time.sourcePrecision) when.sourcePrecision = {...time.sourcePrecision};
  return when;
}

/** A `when` object without a precision finer than its date, which the reader ignored. */
function withoutFinerPrecision(when: unknown): unknown {
  if (!isObject(when) || typeof when.date !== 'string' || typeof when.precision !== 'string') return when;
  const date = parseTemporal(when.date, 'UTC');
  if (typeof date === 'string' || !isCoarser(date.precision, when.precision as CalendarPrecision)) return when;
  const {precision: _precision, ...rest} = when;
  return rest;
}

/** Whether `when`, read in this document's zone, gives the time of the reading. */
function reproduces(writing: Writing, when: unknown, time: TimeWindow): boolean {
  const {reading} = writing;
  const problems = reading.problems.length;
  const read = incidentTime(reading, when, 0);
  const same =
    read !== undefined &&
    reading.problems.length === problems &&
    read.earliest === time.earliest &&
    read.latest === time.latest &&
    read.best === time.best &&
    read.precision === time.precision;
  reading.problems.length = problems;
  return same;
}

/**
 * The `when` to write: the published one when it reads back as the item's time, or when the time
 * is calendar dates (which are the region's, and stay those dates); else one made from the time.
 */
function whenOf(writing: Writing, incident: Incident, published: unknown): unknown {
  if (published === undefined) return whenFromTime(incident.time, writing.timeZone);
  const when = withoutFinerPrecision(published);
  return incident.time.civil || reproduces(writing, when, incident.time) ? when : whenFromTime(incident.time, writing.timeZone);
}

function actorForm(actor: Actor): unknown {
  if (actor.role === undefined && actor.with === undefined) return actor.name;
  return {name: actor.name, ...(actor.role ? {role: actor.role} : {}), ...(actor.with !== undefined ? {with: actor.with} : {})};
}

function locationForm(location: Location): Json {
  return Object.fromEntries(Object.entries(location).filter(([, value]) => value !== undefined));
}

/** Fields an item built in code has only in its normalised form, for a published form that lacks them. */
function fillIncident(published: Json, incident: Incident): void {
  if (!has(published, 'summary') && incident.summary !== undefined) published.summary = incident.summary;
  if (!has(published, 'severity') && incident.severity !== undefined) published.severity = incident.severity;
  if (!has(published, 'fatalities') && incident.fatalities) published.fatalities = {...incident.fatalities};
  if (!has(published, 'actors') && incident.actors.length) published.actors = incident.actors.map(actorForm);
  if (!has(published, 'location') && incident.location) published.location = locationForm(incident.location);
}

/** Deaths as the reading has them: a low or high estimate it ignored is left out. */
function fixFatalities(published: Json, incident: Incident): void {
  const {fatalities} = incident;
  if (!fatalities) {
    delete published.fatalities;
    return;
  }
  if (!isObject(published.fatalities)) {
    if (published.fatalities !== fatalities.best || fatalities.low !== undefined || fatalities.high !== undefined) {
      published.fatalities = {...fatalities};
    }
    return;
  }
  const estimates: Json = {...published.fatalities, best: fatalities.best};
  for (const bound of ['low', 'high'] as const) {
    if (fatalities[bound] === undefined) delete estimates[bound];
    else estimates[bound] = fatalities[bound];
  }
  published.fatalities = estimates;
}

/** A coordinate without its partner, which the reader ignored, is left out. */
function fixCoordinates(published: Json): void {
  if (!isObject(published.location)) return;
  const {latitude, longitude} = published.location;
  if ((typeof latitude === 'number') === (typeof longitude === 'number')) return;
  const location = {...published.location};
  delete location[typeof latitude === 'number' ? 'latitude' : 'longitude'];
  published.location = location;
}

/** The published form of an incident, or null for one the reader would leave out. */
function writeIncident(writing: Writing, incident: Incident): Json | null {
  const raw = isObject(incident.raw) ? incident.raw : {};
  const published: Json = {...raw, id: incident.id, title: incident.title, category: incident.category, status: incident.status};
  published.when = whenOf(writing, incident, raw.when);
  fillIncident(published, incident);
  cite(writing, published, incident.sources);
  const cleaned = schemaClean(published, 'incidents', validateIncident);
  if (!cleaned) return null;
  fixFatalities(cleaned, incident);
  fixCoordinates(cleaned);
  itemDates(cleaned, incident, writing.timeZone);
  return cleaned;
}

function areaForm(area: Area): unknown {
  const levels = (['place', 'admin2', 'admin1', 'country'] as const).filter((level) => area[level] !== undefined);
  if (levels.length === 0) return area.name;
  return {name: area.name, ...Object.fromEntries(levels.map((level) => [level, area[level]]))};
}

/** The published form of an alert window, or null for one the reader would leave out. */
function writeAlert(writing: Writing, alert: AlertWindow): Json | null {
  const raw = isObject(alert.raw) ? alert.raw : {};
  const published: Json = {...raw, id: alert.id, title: alert.title, level: alert.level.id};
  const {timeZone} = writing;
  const asPublished = readsAs(raw.start, alert.start, timeZone) && readsAs(raw.end, alert.end, timeZone, 'end');
  // Calendar dates are the region's: they stay the dates they were, in any zone.
  const datesStay = alert.civil && typeof raw.start === 'string' && typeof raw.end === 'string';
  if (!asPublished && !datesStay) {
    published.start = alert.civil ? dateText(alert.start, timeZone) : instantText(alert.start);
    published.end = alert.civil ? endText(alert.end, timeZone) : instantText(alert.end);
  }
  if (!has(published, 'description') && alert.description !== undefined) published.description = alert.description;
  if (!has(published, 'areas') && alert.areas.length) published.areas = alert.areas.map(areaForm);
  if (!has(published, 'measures') && alert.measures.length) {
    published.measures = alert.measures.map((measure) => (measure.kind ? {kind: measure.kind, text: measure.text} : {text: measure.text}));
  }
  cite(writing, published, alert.sources);
  const cleaned = schemaClean(published, 'alerts', validateAlert);
  if (cleaned) itemDates(cleaned, alert, timeZone);
  return cleaned;
}

function levelForm(level: AlertLevel): Json {
  const published: Json = {id: level.id, label: level.label};
  if (level.labels) published.labels = {...level.labels};
  published.rank = level.rank;
  if (level.color !== undefined) published.color = level.color;
  return published;
}

/** Whether the scale is the default one, which a document without `levels` gets. */
function isDefaultScale(levels: readonly AlertLevel[]): boolean {
  return (
    levels.length === DEFAULT_LEVELS.length &&
    levels.every((level, i) => JSON.stringify(levelForm(level)) === JSON.stringify(levelForm(DEFAULT_LEVELS[i])) && level.known)
  );
}

function categoryForm(category: CategoryDefinition): Json {
  return Object.fromEntries(Object.entries(category).filter(([, value]) => value !== undefined));
}

/** The items given, each id once (the first item with it), in their order. */
function uniqueItems<T extends AlertWindow | Incident>(items: readonly T[], taken: Set<string>): T[] {
  const unique: T[] = [];
  for (const item of items) {
    if (typeof item?.id !== 'string' || taken.has(item.id)) continue;
    taken.add(item.id);
    unique.push(item);
  }
  return unique;
}

/** The top-level fields: what the document is, where and when. */
function heading(feed: Feed, options: FeedDocumentOptions): Json {
  const {timeZone} = feed;
  const document: Json = {$schema: FEED_SCHEMA_ID, version: /^1\.\d+$/.test(feed.version) ? feed.version : '1.1'};
  if (feed.title !== undefined) document.title = feed.title;
  if (feed.description !== undefined) document.description = feed.description;
  if (feed.attribution !== undefined) document.attribution = feed.attribution;
  if (feed.region) {
    document.region = {...(feed.region.id !== undefined ? {id: feed.region.id} : {}), name: feed.region.name, timeZone};
  } else if (timeZone !== 'UTC') {
    // A feed can name its zone in a region the reader refused (one without a name); its dates
    // were read in that zone, and are read in it again only if the document says so.
    document.region = {name: timeZone, timeZone};
  }
  const view = options.view === undefined ? feed.view : options.view;
  if (view && view.end > view.start) document.view = {start: dateText(view.start, timeZone), end: endText(view.end, timeZone)};
  if (feed.updated !== undefined) document.updated = dateText(feed.updated, timeZone);
  const levels = feed.levels.filter((level) => level.known);
  if (levels.length && !isDefaultScale(levels)) document.levels = levels.map(levelForm);
  if (feed.categories.length) document.categories = feed.categories.map(categoryForm);
  return document;
}

/**
 * A feed document holding the given alerts and incidents of a feed's reading, that
 * `validateFeed` reads back with the same items (see the module comment for what is written and
 * why). The items need not be in any order; they are written in the order given. An item the
 * reader would leave out (an item built in code without an id, a title…) is not written.
 */
export function feedDocumentOf(feed: Feed, items: FeedDocumentItems, options: FeedDocumentOptions = {}): FeedDocument {
  const taken = new Set<string>();
  const alerts = uniqueItems(items.alerts, taken);
  const incidents = uniqueItems(items.incidents, taken);
  const reading = startReading(new Set());
  reading.timeZone = feed.timeZone;
  const writing: Writing = {
    timeZone: feed.timeZone,
    reading,
    sourceIds: new Map(),
    publishedIds: new Set(),
    givenIds: new Map(),
    sources: [],
  };
  // Sources keep their ids in the feed's order, so that with feeds read together the feed listed
  // first keeps an id two of them use, as it does for items.
  const cited = new Set<Source>();
  for (const item of [...alerts, ...incidents]) for (const source of item.sources) cited.add(source);
  const listed = new Set(feed.sources.filter((source) => cited.has(source)));
  const ordered = [...listed, ...[...cited].filter((source) => !listed.has(source))];
  for (const source of ordered) writing.publishedIds.add(source.id);
  for (const source of ordered) sourceId(writing, source);
  const document = heading(feed, options);
  const writtenAlerts = alerts.map((alert) => writeAlert(writing, alert)).filter((alert): alert is Json => alert !== null);
  const writtenIncidents = incidents.map((incident) => writeIncident(writing, incident)).filter((incident): incident is Json => incident !== null);
  if (writing.sources.length) document.sources = writing.sources;
  document.alerts = writtenAlerts;
  document.incidents = writtenIncidents;
  // Every part was made to the schema the type is derived from; the derived type is too deep to
  // build piece by piece.
  return document as FeedDocument;
}
