/**
 * Citable views: what a timeline shows (its window, filters, query, selection, grouping, lane
 * order and what sizes its markers), kept
 * in the page URL's fragment, so that a link opens the same view. Pure: strings in, strings
 * out, no DOM; the element reads `location.hash` and writes what `writeViewHash` returns.
 *
 * The format is one `name=value` pair per setting, pairs joined by `&` as in a query string:
 *
 *     #st.border.start=2024-09-01&st.border.end=2024-10-15&st.border.statuses=confirmed,reported
 *
 * Each name is `st.<key>.<setting>`, `key` being the element's id: two timelines on one page
 * keep apart, and a setting reads on its own in the address bar and can be edited there. The
 * fragment stays a list of pairs that other scripts may keep there too (their own names, or a
 * plain `#section-2`): writing replaces only this key's pairs and leaves every other part exactly
 * as it was. Values are percent-encoded (UTF-8) except for `:`, `@`, `/` and `?`, which a fragment
 * may hold as they are, so times stay readable; list entries are separated by `,`, which an
 * entry itself writes as `%2C`.
 *
 * A fragment is whatever a link said, so it is read as untrusted input: a value that cannot be
 * decoded, is too long, holds control characters, names no real date, or a name no setting has
 * (`__proto__` among them) is ignored, with a problem that says where, what and why. Nothing
 * throws; what is valid still applies.
 */
import {ID_PATTERN, SLUG_PATTERN} from '../feed/schema.js';
import {parseTemporal} from '../feed/temporal.js';
import {INCIDENT_STATUSES} from '../feed/types.js';
import {GROUP_BY_VALUES} from '../layout/lane-groups.js';
import {SIZE_BY_VALUES} from '../layout/marker-shapes.js';
import {LANE_ORDERS} from './timeline-model.js';
import {MAX_QUERY_LENGTH} from './search.js';

/** A view of a timeline, as a link cites it. Lists are absent rather than empty. */
export interface ViewState {
  /** Start of the visible window: an ISO 8601 date or date-time. */
  start?: string;
  /** End of the visible window (a date counts to its end, as the element's `end` does). */
  end?: string;
  /** Category ids shown. */
  categories?: string[];
  /** Incident statuses shown. */
  statuses?: string[];
  /** Id of the lowest alert level shown. */
  minLevel?: string;
  /** Labels of the lanes shown. */
  lanes?: string[];
  /** Names of the actors whose incidents are shown. */
  actors?: string[];
  /** The search query. */
  query?: string;
  /** Id of the selected alert or incident. */
  selected?: string;
  /** How incidents are grouped into lanes. */
  groupBy?: string;
  /** The order of the lanes. */
  laneOrder?: string;
  /** What sizes markers and clusters. */
  sizeBy?: string;
}

/** What reading a fragment found: the view it cites, and why any part of it was ignored. */
export interface ViewHashReading {
  state: ViewState;
  /** One sentence per ignored part: where (`st.<key>.<setting>`), what, and why. */
  problems: string[];
}

type Setting = keyof ViewState;
type ListSetting = 'categories' | 'statuses' | 'lanes' | 'actors';

/** The settings, in the order they are written. */
const SETTINGS: readonly Setting[] = [
  'start',
  'end',
  'groupBy',
  'laneOrder',
  'sizeBy',
  'minLevel',
  'categories',
  'statuses',
  'lanes',
  'actors',
  'query',
  'selected',
];
const LIST_SETTINGS: ReadonlySet<Setting> = new Set<ListSetting>(['categories', 'statuses', 'lanes', 'actors']);

/** Longest fragment read, in characters: past it, a link is not a view anybody cited. */
export const MAX_HASH_LENGTH = 32_768;
/** Longest value of one setting as written (percent-encoded), in characters. */
const MAX_ENCODED_VALUE_LENGTH = 4_096;
/** Most entries of one list. */
const MAX_LIST_ENTRIES = 100;
/** Longest lane label or actor name, in code units. */
const MAX_NAME_LENGTH = 200;
/** Longest date or date-time. */
const MAX_DATE_LENGTH = 40;
const PREFIX = 'st';

/** ISO 8601 calendar dates and date-times as `Date.parse` reads them (so no ISO weeks). */
const ISO_DATE = /^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;
const ID = new RegExp(ID_PATTERN);
const SLUG = new RegExp(SLUG_PATTERN);
const CONTROL_CHARACTER = /\p{Cc}/u;

/** A value as a problem quotes it: short, and with control characters escaped. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
}

/** Why a value is not valid for its setting, or undefined when it is. */
type Check = (value: string) => string | undefined;

/** A check that a value is one of some words. */
const oneOf =
  (words: readonly string[]): Check =>
  (value) =>
    words.includes(value) ? undefined : `expected one of ${words.join(', ')}`;

function textCheck(max: number): Check {
  return (value) => {
    if (value.length > max) return `longer than ${max} characters`;
    if (CONTROL_CHARACTER.test(value)) return 'it holds control characters';
    return undefined;
  };
}

const dateCheck: Check = (value) => {
  const expected = 'expected an ISO 8601 date or date-time such as 2024-09-01 or 2024-09-01T14:30:00Z';
  if (value.length > MAX_DATE_LENGTH || !ISO_DATE.test(value)) return expected;
  const unit = parseTemporal(value, 'UTC');
  if (typeof unit === 'string') return `not a real date (${unit})`;
  // What the element reads with `parseTemporal`, a page script may read with `Date.parse`, which
  // also refuses hours past 23.
  return Number.isNaN(Date.parse(value)) ? expected : undefined;
};

const idCheck: Check = (value) => (ID.test(value) ? undefined : 'expected an id of letters, digits and . _ : - (at most 128)');

const CHECKS: Record<Setting, Check> = {
  start: dateCheck,
  end: dateCheck,
  groupBy: oneOf(GROUP_BY_VALUES),
  laneOrder: oneOf(LANE_ORDERS),
  sizeBy: oneOf(SIZE_BY_VALUES),
  minLevel: idCheck,
  categories: (value) => (SLUG.test(value) && value.length <= 64 ? undefined : 'expected a category id of lower-case words joined by hyphens'),
  statuses: oneOf(INCIDENT_STATUSES),
  lanes: textCheck(MAX_NAME_LENGTH),
  actors: textCheck(MAX_NAME_LENGTH),
  query: textCheck(MAX_QUERY_LENGTH),
  selected: idCheck,
};

/** `key` as it appears in names: percent-encoded, dots too, so that `st.<key>.` ends where the key does. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/\./g, '%2E');
}

/** A value percent-encoded for a fragment, leaving the characters a fragment may hold that mean nothing here. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/g, ':').replace(/%40/g, '@').replace(/%2F/g, '/').replace(/%3F/g, '?');
}

/** The fragment without its `#`. */
const withoutHash = (hash: string) => (hash.startsWith('#') ? hash.slice(1) : hash);

/** Why a key cannot name an element's settings, or undefined when it can. */
function keyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string' || key === '') return 'view key: ignored: an element needs a non-empty key (its id) to keep its view in the URL';
  if (key.length > 128) return 'view key: ignored: longer than 128 characters';
  return undefined;
}

/** A setting's value checked; the entries of a list one by one. Problems name `where`. */
function checkedValue(setting: Setting, values: readonly string[], where: string, problems: string[]): string | string[] | undefined {
  const check = CHECKS[setting];
  if (!LIST_SETTINGS.has(setting)) {
    const [value] = values;
    if (value === '') return undefined;
    const why = check(value);
    if (why) problems.push(`${where}: ${quote(value)} ignored: ${why}`);
    return why ? undefined : value;
  }
  const kept: string[] = [];
  let encodedLength = -1;
  for (const value of values) {
    if (value === '' || kept.includes(value)) continue;
    if (kept.length === MAX_LIST_ENTRIES) {
      problems.push(`${where}: entries after the first ${MAX_LIST_ENTRIES} ignored: a list holds at most ${MAX_LIST_ENTRIES}`);
      break;
    }
    const why = check(value);
    if (why) {
      problems.push(`${where}: entry ${quote(value)} ignored: ${why}`);
      continue;
    }
    // Written, the list must still be short enough to be read back.
    encodedLength += 1 + encodeValue(value).length;
    if (encodedLength > MAX_ENCODED_VALUE_LENGTH) {
      problems.push(
        `${where}: entries from ${quote(value)} on ignored: the list would be longer than ${MAX_ENCODED_VALUE_LENGTH} characters written`,
      );
      break;
    }
    kept.push(value);
  }
  return kept.length ? kept : undefined;
}

/** A window needs its end after its start; a date-only end counts to the end of its day. */
function checkWindow(state: ViewState, where: (setting: Setting) => string, problems: string[]): void {
  if (state.start === undefined || state.end === undefined) return;
  const start = parseTemporal(state.start, 'UTC');
  const end = parseTemporal(state.end, 'UTC');
  if (typeof start === 'string' || typeof end === 'string' || end.end > start.start) return;
  problems.push(`${where('start')}, ${where('end')}: ${quote(state.start)} to ${quote(state.end)} ignored: the end is not after the start`);
  delete state.start;
  delete state.end;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The view a fragment cites for the timeline `key` (`location.hash`, with or without its `#`),
 * and a problem for each part of it that was ignored. Pairs of other keys, and parts that are not
 * pairs at all, are not this timeline's and are passed over in silence. Never throws.
 */
export function readViewHash(hash: string, key: string): ViewHashReading {
  const problems: string[] = [];
  const state: ViewState = {};
  const badKey = keyProblem(key);
  if (badKey) return {state, problems: [badKey]};
  if (typeof hash !== 'string') return {state, problems: ['fragment: ignored: not a string']};
  const fragment = withoutHash(hash);
  if (fragment.length > MAX_HASH_LENGTH) {
    problems.push(`fragment: ignored: ${fragment.length} characters long, more than the ${MAX_HASH_LENGTH} a view is read from`);
    return {state, problems};
  }
  const prefix = `${PREFIX}.${encodeKey(key)}.`;
  const where = (setting: string) => `${PREFIX}.${key}.${setting}`;
  const seen = new Set<string>();
  for (const part of fragment.split('&')) {
    if (!part.startsWith(prefix)) continue;
    const equals = part.indexOf('=');
    const name = part.slice(prefix.length, equals === -1 ? undefined : equals);
    // A name with a dot left in it is another key's that starts like this one (`st.a.b.start`
    // for the key `a.b`, written by a page that did not encode it).
    if (name.includes('.')) continue;
    const shownName = where(name);
    if (!(SETTINGS as readonly string[]).includes(name)) {
      // The name as the link holds it, quoted when it could garble the message.
      const shown = name.length > 40 || CONTROL_CHARACTER.test(name) ? where(quote(name)) : shownName;
      problems.push(`${shown}: ignored: not a view setting (the settings are ${SETTINGS.join(', ')})`);
      continue;
    }
    const setting = name as Setting;
    if (equals === -1) {
      problems.push(`${shownName}: ignored: no value (expected ${name}=…)`);
      continue;
    }
    if (seen.has(setting)) {
      problems.push(`${shownName}: repeated: ignored, the first ${name} is used`);
      continue;
    }
    seen.add(setting);
    const encoded = part.slice(equals + 1);
    if (encoded.length > MAX_ENCODED_VALUE_LENGTH) {
      problems.push(`${shownName}: ignored: ${encoded.length} characters long, more than ${MAX_ENCODED_VALUE_LENGTH}`);
      continue;
    }
    const pieces = LIST_SETTINGS.has(setting) ? encoded.split(',') : [encoded];
    const values: string[] = [];
    for (const piece of pieces) {
      const value = decode(piece);
      if (value === undefined) problems.push(`${shownName}: ${quote(piece)} ignored: malformed percent-encoding (not UTF-8 as %XX escapes)`);
      else values.push(value);
    }
    if (values.length === 0) continue;
    const value = checkedValue(setting, values, shownName, problems);
    if (value !== undefined) (state as Record<Setting, string | string[]>)[setting] = value;
  }
  checkWindow(state, where, problems);
  return {state, problems};
}

/**
 * The view as `writeViewHash` writes it: each value `readViewHash` would ignore left out, lists
 * without repeats or empty entries, empty lists and strings left out; with a problem for each
 * value left out. What this returns reads back from the fragment as it is.
 */
export function normaliseViewState(state: ViewState | null | undefined, key = 'view'): ViewHashReading {
  const problems: string[] = [];
  const normalised: ViewState = {};
  if (state === null || typeof state !== 'object') return {state: normalised, problems};
  const where = (setting: string) => `${PREFIX}.${key}.${setting}`;
  for (const setting of SETTINGS) {
    const given: unknown = Object.hasOwn(state, setting) ? state[setting] : undefined;
    if (given === undefined) continue;
    const isList = LIST_SETTINGS.has(setting);
    const values = isList && Array.isArray(given) ? given : [given];
    if ((isList && !Array.isArray(given)) || values.some((value) => typeof value !== 'string')) {
      problems.push(`${where(setting)}: ignored: expected ${isList ? 'a list of strings' : 'a string'}`);
      continue;
    }
    const value = checkedValue(setting, values as string[], where(setting), problems);
    if (value !== undefined) (normalised as Record<Setting, string | string[]>)[setting] = value;
  }
  checkWindow(normalised, where, problems);
  return {state: normalised, problems};
}

/**
 * The fragment with the view of timeline `key` set to `state` (or removed, for null or an empty
 * view), starting with `#`, or `""` when nothing is left. Every part that is not this key's stays
 * exactly as it was, and where it was; this key's pairs take the place of the first of them, or
 * go at the end. Values that `readViewHash` would ignore are left out (`normaliseViewState` says
 * which and why), so that what is written reads back as it is. Never throws; with a key that
 * cannot name a view the fragment is returned unchanged.
 */
export function writeViewHash(hash: string, key: string, state: ViewState | null): string {
  const fragment = typeof hash === 'string' ? withoutHash(hash) : '';
  if (keyProblem(key)) return fragment ? `#${fragment}` : '';
  const prefix = `${PREFIX}.${encodeKey(key)}.`;
  const view = normaliseViewState(state, key).state;
  const pairs: string[] = [];
  for (const setting of SETTINGS) {
    const value = view[setting];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.map(encodeValue).join(',') : encodeValue(value);
    pairs.push(`${prefix}${setting}=${text}`);
  }
  const parts = fragment === '' ? [] : fragment.split('&');
  const ours = (part: string) => part.startsWith(prefix) && !part.slice(prefix.length).split('=')[0].includes('.');
  const first = parts.findIndex(ours);
  const others = parts.filter((part) => !ours(part));
  const at = first === -1 ? others.length : parts.slice(0, first).filter((part) => !ours(part)).length;
  others.splice(at, 0, ...pairs);
  return others.length ? `#${others.join('&')}` : '';
}
