/**
 * Validation and normalisation of a feed.
 *
 * A feed comes from another site, so nothing in it is trusted and nothing valid is lost:
 * every value the format does not allow becomes a problem (where, expected, found, what was
 * done), the item holding it is left out only when it cannot be drawn without it, and every
 * other item is kept. Validation never throws on any JSON value.
 */
import {
  validateAlert,
  validateFeedShape,
  validateIncident,
  validateLevel,
  validateSource,
  type CompiledValidator,
  type SchemaError,
} from './generated/validate-schema.js';
import {pointerSegments, toPointer} from './json-pointer.js';
import {parseJson} from './parse-json.js';
import {FEED_MAJOR_VERSION, MAX_ITEMS_PER_LIST} from './constants.js';
import {isCoarser, parseTemporal, widen, type CalendarPrecision, type TemporalUnit} from './temporal.js';
import {isValidTimeZone} from '../layout/zoned-time.js';
import type {
  AlertLevel,
  AlertWindow,
  Feed,
  FeedProblem,
  Incident,
  IncidentStatus,
  Location,
  Measure,
  Region,
  Source,
  TimeWindow,
  ValidationResult,
} from './types.js';

/** The scale used when a feed defines no `levels`. Colours run from amber to deep red. */
export const DEFAULT_LEVELS: readonly AlertLevel[] = Object.freeze([
  {id: 'low', label: 'Low', rank: 1, color: '#e9c46a', known: true},
  {id: 'elevated', label: 'Elevated', rank: 2, color: '#f4a261', known: true},
  {id: 'high', label: 'High', rank: 3, color: '#e76f51', known: true},
  {id: 'highest', label: 'Highest', rank: 4, color: '#b5179e', known: true},
]);

type Json = Record<string, unknown>;
type ListName = 'levels' | 'sources' | 'alerts' | 'incidents';

const LISTS: readonly ListName[] = ['levels', 'sources', 'alerts', 'incidents'];
const ITEM_NOUN: Record<ListName, string> = {levels: 'level', sources: 'source', alerts: 'alert', incidents: 'incident'};

/** Fields an item cannot be drawn or cited without: a problem in one of them leaves the item out. */
const ESSENTIAL_FIELDS: Record<ListName, ReadonlySet<string>> = {
  levels: new Set(['id', 'label', 'rank']),
  sources: new Set(['id', 'publisher']),
  alerts: new Set(['id', 'start', 'end', 'level', 'title']),
  incidents: new Set(['id', 'when', 'title', 'category', 'status']),
};

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------
// Problems

const CONSEQUENCE = {
  feed: () => 'The feed was not read.',
  item: (noun: string) => `The ${noun} was left out.`,
  value: () => 'This value was ignored.',
  none: () => 'It was kept.',
} as const;

/** A short, safe description of any JSON value, for "found …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'an object';
}

function nounAt(pointer: string): string {
  const list = pointer.split('/')[1] as ListName;
  return ITEM_NOUN[list] ?? 'item';
}

export function makeProblem(
  pointer: string,
  expected: string,
  found: string,
  dropped: FeedProblem['dropped'],
): FeedProblem {
  const where = pointer === '' ? 'The document' : pointer;
  const consequence = CONSEQUENCE[dropped](nounAt(pointer));
  return {pointer, expected, found, dropped, message: `${where}: expected ${expected}, found ${found}. ${consequence}`};
}


function valueAt(document: unknown, segments: readonly string[]): unknown {
  let value = document;
  for (const segment of segments) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isObject(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

/** What a pattern asks for, in words, keyed by the `$defs` entry or field that holds it. */
const PATTERN_WORDS: Record<string, string> = {
  temporal: 'an ISO 8601 date such as "2024-09-24", "2024-09", "2024-W38" or "2024-09-24T14:30"',
  when: 'an ISO 8601 date such as "2024-09-24", "2024-09", "2024-W38" or "2024-09-24T14:30"',
  id: 'an id of up to 128 letters, digits and . _ : - characters',
  webUrl: 'an absolute http:// or https:// address',
  category: 'lower-case words joined by hyphens, e.g. "security-measure"',
  kind: 'lower-case words joined by hyphens, e.g. "patrols"',
  color: 'a colour written #rrggbb',
  language: 'a BCP 47 language tag such as "en" or "ru"',
  version: 'a format version 1.x, e.g. "1.0"',
};

/**
 * The fragment whose pattern a field uses, by field name: a schema path names the fragment only
 * when ajv inlined it, and just "#/pattern" when it compiled the `$ref` as a function of its own.
 */
const FIELD_FRAGMENT: Record<string, string> = {
  date: 'temporal',
  earliest: 'temporal',
  latest: 'temporal',
  start: 'temporal',
  end: 'temporal',
  published: 'temporal',
  updated: 'temporal',
  level: 'id',
  sources: 'id',
  url: 'webUrl',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  'string,object': 'a date string or an object with date, earliest or latest',
};

function expectedFor(error: SchemaError): string {
  const params = error.params;
  switch (error.keyword) {
    case 'type':
      return TYPE_WORDS[String(params.type)] ?? `a value of type ${String(params.type)}`;
    case 'required':
      return 'a value here (required)';
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern': {
      const segments = (error.schemaPath ?? '').split('/');
      const owner = segments[segments.length - 2];
      // A fragment compiled as its own function has a schema path of just "#/pattern": the field
      // it checks (the last name in the instance path, past list indices) says what it is.
      const field = error.instancePath.split('/').filter((segment) => !/^\d+$/.test(segment)).pop() ?? '';
      const own = <T>(table: Record<string, T>, key: string | undefined) =>
        key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
      const words = own(PATTERN_WORDS, owner) ?? own(PATTERN_WORDS, field) ?? own(PATTERN_WORDS, own(FIELD_FRAGMENT, field));
      return words ?? `text matching ${String(params.pattern)}`;
    }
    case 'anyOf':
      return 'an object with at least one of date, earliest or latest';
    case 'maxLength':
      return `at most ${String(params.limit)} characters`;
    case 'maxItems':
      return `at most ${String(params.limit)} items`;
    case 'minimum':
      return `a number of at least ${String(params.limit)}`;
    case 'maximum':
      return `a number of at most ${String(params.limit)}`;
    default:
      return error.message ?? `a value satisfying "${error.keyword}"`;
  }
}

// ---------------------------------------------------------------------------------------------
// Deciding what each schema error costs

interface Decision {
  problemPointer: string;
  expected: string;
  found: string;
  /** Segments of the value to remove, or of the item, or [] for the whole document. */
  removePath: string[];
  level: 'item' | 'value';
}

function decide(error: SchemaError, document: Json): Decision {
  const at = pointerSegments(error.instancePath);
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const problemSegments = missing === undefined ? at : [...at, missing];
  const found = missing === undefined ? describeValue(valueAt(document, at)) : 'nothing';
  const base = {problemPointer: toPointer(problemSegments), expected: expectedFor(error), found};
  const [top, index, field] = at;
  if ((LISTS as readonly string[]).includes(top) && at.length >= 2) {
    const essential = field === undefined || ESSENTIAL_FIELDS[top as ListName].has(field);
    if (essential) return {...base, removePath: [top, index], level: 'item'};
    // An optional field: drop the field, or the one entry of a list or location that is wrong.
    return {...base, removePath: at.slice(0, 4), level: 'value'};
  }
  // Top-level metadata, a whole list of the wrong type, or part of the region.
  return {...base, removePath: at.slice(0, 2), level: 'value'};
}

/** Removes values from a copy of the document; copies only the objects on the removal paths. */
function removeValues(document: Json, paths: string[][]): Json {
  const copy: Json = {...document};
  // Each container is copied once, however many values go from it: copying a long list once
  // per removal would take quadratic time.
  const copies = new Set<object>([copy]);
  // Several errors can name one value (a measure with two bad fields): remove it once, or the
  // entry that moves into its place would go too.
  const unique = [...new Map(paths.map((path) => [toPointer(path), path])).values()];
  // Remove later array entries first so that earlier indices stay valid.
  const sorted = unique.sort((a, b) => comparePaths(b, a));
  for (const path of sorted) {
    let parent: unknown = copy;
    for (let i = 0; i < path.length - 1; i++) {
      const container = parent as Json | unknown[];
      const key = path[i];
      const child = Array.isArray(container) ? container[Number(key)] : container[key];
      if (child === null || typeof child !== 'object') break;
      let cloned = child as object;
      if (!copies.has(cloned)) {
        cloned = Array.isArray(child) ? [...child] : {...(child as Json)};
        copies.add(cloned);
        if (Array.isArray(container)) container[Number(key)] = cloned;
        else container[key] = cloned;
      }
      parent = cloned;
    }
    const last = path[path.length - 1];
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (isObject(parent)) delete parent[last];
  }
  return copy;
}

function comparePaths(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const [na, nb] = [Number(a[i]), Number(b[i])];
    return Number.isInteger(na) && Number.isInteger(nb) ? na - nb : a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------------------------------------
// Normalisation helpers

/** A link that is safe to put in an `href`: absolute http or https, or undefined. */
export function safeWebUrl(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : undefined;
}

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const optionalNumber = (value: unknown) => (typeof value === 'number' ? value : undefined);

class FeedReader {
  readonly problems: FeedProblem[] = [];
  timeZone = 'UTC';
  private levelsById = new Map<string, AlertLevel>();
  private sourcesById = new Map<string, Source>();
  /**
   * Item ids already taken, across alerts and incidents, with the item that took them: its index
   * in /alerts, or -1 - its index in /incidents (a pointer string per item would be built for
   * 100,000 incidents only to be read for the odd duplicate).
   */
  private itemIds = new Map<string, number>();

  constructor(private readonly dropped: Set<string>) {}

  report(pointer: string, expected: string, found: unknown, dropped: FeedProblem['dropped'], foundIsText = false) {
    this.problems.push(makeProblem(pointer, expected, foundIsText ? String(found) : describeValue(found), dropped));
  }

  /** Whether the schema check left out the item at `index` of `list`. */
  isDropped(list: ListName, index: number) {
    // Most feeds have nothing left out: then no pointer is spelled out per item.
    return this.dropped.size > 0 && this.dropped.has(`/${list}/${index}`);
  }

  /** A date read in the feed's zone, or undefined once the problem with it is reported. */
  temporal(text: string, pointer: string, dropped: FeedProblem['dropped']): TemporalUnit | undefined {
    const unit = parseTemporal(text, this.timeZone);
    return typeof unit === 'string' ? this.notADate(pointer, unit, text, dropped) : unit;
  }

  /** Reports that `text` names no real date (`why`); undefined, for the caller to pass on. */
  notADate(pointer: string, why: string, text: string, dropped: FeedProblem['dropped']): undefined {
    this.report(pointer, `a real calendar date (${why})`, text, dropped);
    return undefined;
  }

  /**
   * The region, and the zone every date without an offset is read in: the region's own, or
   * `refusedZone`, the zone of a region the schema left out (one without a name).
   */
  region(value: unknown, refusedZone: unknown): Region | undefined {
    const zone = isObject(value) ? value.timeZone : refusedZone;
    if (typeof zone === 'string') {
      if (isValidTimeZone(zone)) this.timeZone = zone;
      else this.report('/region/timeZone', 'an IANA time zone name such as "Asia/Dushanbe" (dates are read in UTC)', zone, 'value');
    }
    if (!isObject(value) || typeof value.name !== 'string') return undefined;
    return {id: optionalString(value.id), name: value.name, timeZone: this.timeZone};
  }

  levels(values: unknown[] | undefined): AlertLevel[] {
    if (!values || values.length === 0) {
      for (const level of DEFAULT_LEVELS) this.levelsById.set(level.id, level);
      return [...DEFAULT_LEVELS];
    }
    values.forEach((value, index) => {
      const pointer = `/levels/${index}`;
      if (this.isDropped('levels', index) || !isObject(value)) return;
      const id = value.id as string;
      if (this.levelsById.has(id)) {
        this.report(`${pointer}/id`, 'a level id not used before in /levels', id, 'item');
        return;
      }
      this.levelsById.set(id, {
        id,
        label: value.label as string,
        rank: value.rank as number,
        color: optionalString(value.color),
        known: true,
      });
    });
    return [...this.levelsById.values()].sort((a, b) => a.rank - b.rank);
  }

  sources(values: unknown[] | undefined): Source[] {
    (values ?? []).forEach((value, index) => {
      const pointer = `/sources/${index}`;
      if (this.isDropped('sources', index) || !isObject(value)) return;
      const id = value.id as string;
      if (this.sourcesById.has(id)) {
        this.report(`${pointer}/id`, 'a source id not used before in /sources', id, 'item');
        return;
      }
      const source: Source = {id, publisher: value.publisher as string};
      if (typeof value.title === 'string') source.title = value.title;
      if (typeof value.language === 'string') source.language = value.language;
      if (typeof value.published === 'string') {
        const unit = this.temporal(value.published, `${pointer}/published`, 'value');
        if (unit) source.published = unit.start;
      }
      // The original text of a refused link stays visible as text, never as a link, also when
      // the schema refused it (and so removed it from `value`, having reported it already).
      const url = (this.originals.sources?.[index] as Json | undefined)?.url ?? value.url;
      if (typeof url === 'string') {
        const safe = value.url === url ? safeWebUrl(url) : undefined;
        if (safe) source.url = safe;
        else source.rejectedUrl = url;
        if (!safe && value.url === url) {
          this.report(`${pointer}/url`, 'an absolute http:// or https:// address', url, 'value');
        }
      }
      this.sourcesById.set(id, source);
    });
    return [...this.sourcesById.values()];
  }

  /** Registers the id of the item at `index` of `list`; false (and a problem) when an earlier item has it. */
  claimId(id: string, list: 'alerts' | 'incidents', index: number): boolean {
    const earlier = this.itemIds.get(id);
    if (earlier !== undefined) {
      const holder = earlier >= 0 ? `/alerts/${earlier}` : `/incidents/${-1 - earlier}`;
      this.report(`/${list}/${index}/id`, `an id not used by another alert or incident (${holder} has it)`, id, 'item');
      return false;
    }
    this.itemIds.set(id, list === 'alerts' ? index : -1 - index);
    return true;
  }

  /** The sources the item at `/list/item` cites. */
  citedSources(value: unknown, list: ListName, item: number): Source[] {
    if (!Array.isArray(value)) return [];
    // Made at its final size: an empty list grown by push reserves room for 17, per incident.
    const cited = new Array<Source>(value.length);
    let count = 0;
    for (let index = 0; index < value.length; index++) {
      const source = this.sourcesById.get(value[index] as string);
      if (source) cited[count++] = source;
      else this.report(`/${list}/${item}/sources/${index}`, 'the id of an entry in /sources', value[index], 'value');
    }
    cited.length = count;
    return cited;
  }

  alerts(values: unknown[] | undefined, levels: AlertLevel[]): AlertWindow[] {
    const alerts: AlertWindow[] = [];
    const scale = levels.map((level) => JSON.stringify(level.id)).join(', ');
    (values ?? []).forEach((value, index) => {
      const pointer = `/alerts/${index}`;
      if (this.isDropped('alerts', index) || !isObject(value)) return;
      const start = this.temporal(value.start as string, `${pointer}/start`, 'item');
      const end = this.temporal(value.end as string, `${pointer}/end`, 'item');
      if (!start || !end) return;
      // A date-only end is inclusive: the alert runs to the end of that day (or month, or year).
      const endMs = end.end;
      if (endMs <= start.start) {
        this.report(`${pointer}/end`, `an end after the start (${value.start as string})`, value.end, 'item');
        return;
      }
      if (!this.claimId(value.id as string, 'alerts', index)) return;
      const levelId = value.level as string;
      let level = this.levelsById.get(levelId);
      if (!level) {
        this.report(`${pointer}/level`, `one of the feed's levels: ${scale}`, levelId, 'none');
        level = {id: levelId, label: levelId, rank: 0, known: false};
      }
      const measures: Measure[] = [];
      if (Array.isArray(value.measures)) {
        for (const measure of value.measures as Json[]) {
          measures.push(typeof measure.kind === 'string' ? {kind: measure.kind, text: measure.text as string} : {text: measure.text as string});
        }
      }
      alerts.push({
        kind: 'alert',
        id: value.id as string,
        start: start.start,
        end: endMs,
        level,
        title: value.title as string,
        description: optionalString(value.description),
        areas: Array.isArray(value.areas) ? [...(value.areas as string[])] : [],
        measures,
        sources: this.citedSources(value.sources, 'alerts', index),
        raw: (this.originals.alerts?.[index] ?? value) as Json,
      });
    });
    return sortedBy(alerts, (alert) => alert.start);
  }

  /** The items as published, before any invalid value was removed, for `raw`. */
  originals: Partial<Record<ListName, unknown[]>> = {};

  /**
   * Times by their spelling. Incidents dated the same share one time: a feed of 100,000 dates
   * names a few thousand days, and later passes, reading one time per incident, find them in
   * the processor's cache rather than scattered across memory.
   */
  private windows = new Map<string, TimeWindow>();

  /** The time of the incident at `index`. */
  when(value: unknown, index: number): TimeWindow | undefined {
    if (typeof value === 'string') {
      let window = this.windows.get(value);
      if (window) return window;
      // Nearly every date is valid: the pointer is only spelled out for one that is not.
      const unit = parseTemporal(value, this.timeZone);
      if (typeof unit === 'string') return this.notADate(`/incidents/${index}/when`, unit, value, 'item');
      this.windows.set(value, (window = windowOf(unit, unit)));
      return window;
    }
    const pointer = `/incidents/${index}/when`;
    const spec = value as Json;
    const date = typeof spec.date === 'string' ? this.temporal(spec.date, `${pointer}/date`, 'item') : undefined;
    const earliest = typeof spec.earliest === 'string' ? this.temporal(spec.earliest, `${pointer}/earliest`, 'item') : undefined;
    const latest = typeof spec.latest === 'string' ? this.temporal(spec.latest, `${pointer}/latest`, 'item') : undefined;
    if ((spec.date !== undefined && !date) || (spec.earliest !== undefined && !earliest) || (spec.latest !== undefined && !latest)) {
      return undefined;
    }
    let unit = date;
    if (date && typeof spec.precision === 'string') {
      const precision = spec.precision as CalendarPrecision;
      if (isCoarser(date.precision, precision)) {
        this.report(
          `${pointer}/precision`,
          `a precision no finer than the date itself (${date.precision})`,
          spec.precision,
          'value',
        );
      } else {
        unit = widen(date, precision, this.timeZone);
      }
    }
    // The latest unit must reach past the start of the earliest: "2024-09-10" as latest ends
    // where "2024-09-11" as earliest begins, so that pair is refused; two equal instants are not.
    if (earliest && latest && (latest.end < earliest.start || (latest.end === earliest.start && latest.start !== latest.end))) {
      this.report(`${pointer}/latest`, `a date no earlier than earliest (${String(spec.earliest)})`, spec.latest, 'item');
      return undefined;
    }
    const from = earliest?.start ?? unit?.start ?? latest!.start;
    const to = latest?.end ?? unit?.end ?? earliest!.end;
    if (unit && (unit.start < from || unit.end > to)) {
      this.report(`${pointer}/date`, 'a date between earliest and latest', spec.date, 'item');
      return undefined;
    }
    const window = unit ? windowOf(unit, {start: from, end: to}) : rangeWindow(from, to);
    if (typeof spec.label === 'string') window.label = spec.label;
    return window;
  }

  incidents(values: unknown[] | undefined): Incident[] {
    const incidents: Incident[] = [];
    (values ?? []).forEach((value, index) => {
      if (this.isDropped('incidents', index) || !isObject(value)) return;
      const time = this.when(value.when, index);
      if (!time || !this.claimId(value.id as string, 'incidents', index)) return;
      const incident: Incident = {
        kind: 'incident',
        id: value.id as string,
        time,
        title: value.title as string,
        category: value.category as string,
        status: value.status as IncidentStatus,
        actors: Array.isArray(value.actors) ? [...(value.actors as string[])] : [],
        sources: this.citedSources(value.sources, 'incidents', index),
        raw: (this.originals.incidents?.[index] ?? value) as Json,
      };
      if (typeof value.summary === 'string') incident.summary = value.summary;
      if (typeof value.severity === 'number') incident.severity = value.severity;
      if (typeof value.fatalities === 'number') incident.fatalities = value.fatalities;
      if (isObject(value.location)) {
        incident.location = location(value.location);
        // A position needs both coordinates: one left alone (its partner missing, or refused
        // above) is not drawn, and the reader is told so rather than losing it silently.
        const {latitude, longitude} = value.location;
        if ((typeof latitude === 'number') !== (typeof longitude === 'number')) {
          const [lone, partner] = typeof latitude === 'number' ? ['latitude', 'longitude'] : ['longitude', 'latitude'];
          this.report(`/incidents/${index}/location/${lone}`, `a ${partner} to go with it (a position needs both)`, value.location[lone], 'value');
        }
      }
      incidents.push(incident);
    });
    return sortedBy(incidents, (incident) => incident.time.best);
  }
}

/**
 * Items by time, then id. Feeds usually list items in time order already, so that is checked
 * first. Otherwise the times are sorted as a typed array (a numeric sort, far cheaper than a
 * comparator over 100,000 objects) and each item is placed in the next free slot of its time;
 * only items that share a time are then compared by id.
 */
function sortedBy<T extends {id: string}>(items: T[], timeOf: (item: T) => number): T[] {
  const count = items.length;
  const times = new Float64Array(count);
  let inOrder = true;
  for (let i = 0; i < count; i++) {
    times[i] = timeOf(items[i]);
    if (i > 0 && (times[i] < times[i - 1] || (times[i] === times[i - 1] && items[i].id < items[i - 1].id))) inOrder = false;
  }
  if (inOrder) return items;
  const sortedTimes = times.slice().sort();
  const taken = new Uint32Array(count);
  const sorted = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const time = times[i];
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sortedTimes[middle] < time) low = middle + 1;
      else high = middle;
    }
    sorted[low + taken[low]++] = items[i];
  }
  for (let first = 0; first < count; ) {
    let end = first + 1;
    while (end < count && sortedTimes[end] === sortedTimes[first]) end++;
    if (end - first > 1) {
      const tied = sorted.slice(first, end).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (let i = first; i < end; i++) sorted[i] = tied[i - first];
    }
    first = end;
  }
  return sorted;
}

// Runs once per incident: no per-call arrays.
function location(value: Json): Location {
  const place: Location = {name: value.name as string};
  if (typeof value.country === 'string') place.country = value.country;
  if (typeof value.admin1 === 'string') place.admin1 = value.admin1;
  if (typeof value.admin2 === 'string') place.admin2 = value.admin2;
  // A coordinate is only useful with its partner.
  const latitude = optionalNumber(value.latitude);
  const longitude = optionalNumber(value.longitude);
  if (latitude !== undefined && longitude !== undefined) {
    place.latitude = latitude;
    place.longitude = longitude;
  }
  if (typeof value.geoPrecision === 'string') place.geoPrecision = value.geoPrecision as Location['geoPrecision'];
  return place;
}

/** A window from a calendar unit: instants are exact; units are placed at their middle. */
function windowOf(unit: TemporalUnit, bounds: {start: number; end: number}): TimeWindow {
  const best = unit.start === unit.end ? unit.start : unit.start + Math.floor((unit.end - unit.start) / 2);
  return {earliest: bounds.start, latest: bounds.end, best, precision: unit.precision};
}

function rangeWindow(from: number, to: number): TimeWindow {
  return {earliest: from, latest: to, best: from + Math.floor((to - from) / 2), precision: 'range'};
}

// ---------------------------------------------------------------------------------------------
// Entry points

function refuse(pointer: string, expected: string, found: string, problems: FeedProblem[] = []): ValidationResult {
  return {feed: null, problems: [...problems, makeProblem(pointer, expected, found, 'feed')]};
}

const ENTRY_VALIDATORS: ReadonlyArray<[ListName, CompiledValidator]> = [
  ['levels', validateLevel],
  ['sources', validateSource],
  ['alerts', validateAlert],
  ['incidents', validateIncident],
];

/**
 * Every way a document breaks the JSON Schema, with pointers from the document's root. Entries
 * are checked one by one, so a hostile feed of many bad entries costs time in proportion to them.
 */
export function schemaErrors(document: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  if (!validateFeedShape(document)) errors.push(...(validateFeedShape.errors ?? []));
  if (!isObject(document)) return errors;
  for (const [list, validate] of ENTRY_VALIDATORS) {
    const entries = Object.hasOwn(document, list) ? document[list] : undefined;
    if (!Array.isArray(entries) || entries.length > MAX_ITEMS_PER_LIST) continue;
    for (let i = 0; i < entries.length; i++) {
      if (validate(entries[i])) continue;
      for (const error of validate.errors ?? []) errors.push({...error, instancePath: `/${list}/${i}${error.instancePath}`});
    }
  }
  return errors;
}

/**
 * Validates a parsed JSON value as a feed and normalises what is valid.
 * Never throws; `feed` is null only when the document as a whole cannot be read.
 */
export function validateFeed(document: unknown): ValidationResult {
  if (!isObject(document)) return refuse('', 'a JSON object with a "version"', describeValue(document));
  const version = Object.hasOwn(document, 'version') ? document.version : undefined;
  const versionMatch = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!versionMatch) return refuse('/version', `a format version such as "${FEED_MAJOR_VERSION}.0"`, describeValue(version));
  const major = Number(versionMatch[1]);
  if (major !== FEED_MAJOR_VERSION) {
    const relation = major > FEED_MAJOR_VERSION ? 'newer than this reader understands' : 'older than this reader understands';
    return refuse(
      '/version',
      `format version ${FEED_MAJOR_VERSION}.x (version ${version as string} is ${relation}; update security-timeline or ask the publisher for a ${FEED_MAJOR_VERSION}.x feed)`,
      describeValue(version),
    );
  }

  const problems: FeedProblem[] = [];
  // Refuse oversized lists before the schema check walks them.
  let checked: Json = document;
  for (const list of LISTS) {
    const value = Object.hasOwn(document, list) ? document[list] : undefined;
    if (Array.isArray(value) && value.length > MAX_ITEMS_PER_LIST) {
      problems.push(makeProblem(`/${list}`, `at most ${MAX_ITEMS_PER_LIST} items`, describeValue(value), 'value'));
      if (checked === document) checked = {...document};
      delete checked[list];
    }
  }

  const decisions = schemaErrors(checked)
    // The anyOf of `when` reports each branch's missing field too; its own error says it better.
    .filter((error) => !(error.keyword === 'required' && error.schemaPath?.includes('/anyOf/')))
    .map((error) => decide(error, checked));
  const droppedItems = new Set(decisions.filter((d) => d.level === 'item').map((d) => toPointer(d.removePath)));
  const isInDroppedItem = (d: Decision) => droppedItems.has(toPointer(d.removePath.slice(0, 2)));
  // A value can break one rule twice: an anyOf branch of `when` repeats the check of its field.
  const said = new Set<string>();
  for (const d of decisions) {
    const dropped = d.level === 'item' || isInDroppedItem(d) ? 'item' : 'value';
    const problem = makeProblem(d.problemPointer, d.expected, d.found, dropped);
    if (!said.has(problem.message)) problems.push(problem);
    said.add(problem.message);
  }
  const valuePaths = decisions.filter((d) => d.level === 'value' && !isInDroppedItem(d)).map((d) => d.removePath);
  const cleaned = valuePaths.length ? removeValues(checked, valuePaths) : checked;

  const reader = new FeedReader(droppedItems);
  for (const list of LISTS) {
    if (cleaned[list] !== checked[list] && Array.isArray(checked[list])) reader.originals[list] = checked[list] as unknown[];
  }
  const list = (name: ListName) => (Array.isArray(cleaned[name]) ? (cleaned[name] as unknown[]) : undefined);
  // A region without a name is left out, but its zone still says how to read the dates (unless
  // the schema refused that zone too, and said so).
  const refusedZone =
    !isObject(cleaned.region) && isObject(checked.region) && !problems.some((problem) => problem.pointer === '/region/timeZone')
      ? checked.region.timeZone
      : undefined;
  const region = reader.region(cleaned.region, refusedZone);
  const levels = reader.levels(list('levels'));
  const sources = reader.sources(list('sources'));
  const alerts = reader.alerts(list('alerts'), levels);
  const incidents = reader.incidents(list('incidents'));

  const feed: Feed = {version: version as string, timeZone: reader.timeZone, levels, sources, alerts, incidents};
  if (typeof cleaned.title === 'string') feed.title = cleaned.title;
  if (typeof cleaned.description === 'string') feed.description = cleaned.description;
  if (region) feed.region = region;
  if (typeof cleaned.updated === 'string') {
    const unit = reader.temporal(cleaned.updated, '/updated', 'value');
    if (unit) feed.updated = unit.start;
  }
  return {feed, problems: [...problems, ...reader.problems]};
}

/** What a problem expects when the text was not JSON at all. */
export const NOT_JSON_EXPECTED = 'a JSON document';

/** Whether a refused result failed at JSON syntax (`json`) or at the feed format (`invalid`). */
export function refusalKind(problems: readonly FeedProblem[]): 'json' | 'invalid' {
  const [first] = problems;
  return first?.pointer === '' && first.expected === NOT_JSON_EXPECTED ? 'json' : 'invalid';
}

/** Parses JSON text and validates it; a syntax error is one problem with its line and column. */
export function readFeed(text: string): ValidationResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const {line, column, reason} = parsed.error;
    return refuse('', NOT_JSON_EXPECTED, `${reason} at line ${line}, column ${column}`);
  }
  return validateFeed(parsed.value);
}
