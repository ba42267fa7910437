/**
 * Free-text search over alerts and incidents, for the filter box and for highlighting what it
 * found. Pure: strings in, booleans and index ranges out, no DOM.
 *
 * Text and query are both folded to one spelling before they are compared, so that a reader
 * finds what the feed wrote however either of them typed it: case and diacritics do not count,
 * the Arabic and Persian forms of yeh, kaf and teh marbuta are one letter, tatweel and invisible
 * joiners and direction marks are gone, and Persian or Arabic-Indic digits are ASCII digits.
 * Cyrillic and Latin are compared as written: nothing is transliterated.
 */
import type {AlertWindow, Incident, Source} from '../feed/types.js';

/** Longest query read, in UTF-16 code units: a pasted page of text is cut here. */
export const MAX_QUERY_LENGTH = 200;

/** A parsed query: the text as read (trimmed and capped) and its folded terms, each of which must be found. */
export interface SearchQuery {
  /** The query as read: trimmed, at most `MAX_QUERY_LENGTH` code units. */
  readonly text: string;
  /** Its whitespace-separated terms, folded (see `foldForSearch`), without repeats; never empty. */
  readonly terms: readonly string[];
}

/** A stretch of the original text, in UTF-16 indices: `[start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Letters folded onto one form, and characters dropped (mapped to ''), after case and marks are gone. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // Arabic yeh → Persian yeh
  '\u0649': '\u06CC', // alef maksura → Persian yeh
  '\u0643': '\u06A9', // Arabic kaf → keheh (Persian kaf)
  '\u0629': '\u0647', // teh marbuta → heh
  '\u06D5': '\u0647', // ae, what heh with yeh above (ۀ) leaves once its mark is gone
  '\u0671': '\u0627', // alef wasla, which has no decomposition
  '\u0672': '\u0627', // alef with wavy hamza above
  '\u0673': '\u0627', // alef with wavy hamza below
  '\u0640': '', // tatweel
  // Lower case makes a final sigma of a word's last σ, by context: one form, so that a term
  // folded alone matches the same letter inside a longer text.
  '\u03C2': '\u03C3',
};

/** Zero-width spaces and joiners, direction marks, embeddings, overrides and isolates: invisible, never searched for. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;
/** Arabic-Indic digits (U+0660–0669) and the Persian ones (U+06F0–06F9). */
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;
/** Everything the character pass changes. */
const CHARACTER_FOLDS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]|${INVISIBLE.source}|${ARABIC_INDIC_DIGITS.source}`, 'g');
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/u;

/** The fold of one character (a UTF-16 unit) that the Unicode steps leave. */
function foldCharacter(character: string): string {
  const folded = LETTER_FOLDS[character];
  if (folded !== undefined) return folded;
  if (INVISIBLE.test(character)) return '';
  const code = character.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return character;
}

/**
 * `text` in the form searches compare: lower case (locale-independent), compatibility-decomposed
 * (NFKD) without combining marks, Persian and Arabic letter variants folded to one form (ي ى ی →
 * ی, ك → ک, ة → ه, hamza-carrying alefs → ا), tatweel and zero-width and bidirectional controls
 * removed, Persian and Arabic-Indic digits as ASCII digits.
 *
 * Each character folds on its own, with no regard to its neighbours, so the fold of a text is
 * the folds of its characters one after another: what `findMatches` relies on to map matches back.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(CHARACTER_FOLDS, foldCharacter);
}

/** A text's fold, with the original index each of its UTF-16 units came from. */
interface IndexedFold {
  folded: string;
  /** For each unit of `folded`, the index in the original of the code point it came from. */
  origins: Uint32Array;
}

function foldWithOrigins(text: string): IndexedFold {
  const pieces: string[] = [];
  const origins: number[] = [];
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index)!;
    const codePoint = String.fromCodePoint(code);
    // ASCII needs only its case folded, and is most of what Latin-script feeds hold.
    const folded = code < 0x80 ? codePoint.toLowerCase() : foldForSearch(codePoint);
    pieces.push(folded);
    for (let unit = 0; unit < folded.length; unit++) origins.push(index);
    index += codePoint.length;
  }
  return {folded: pieces.join(''), origins: Uint32Array.from(origins)};
}

/** The UTF-16 length of the code point that starts at `index`. */
function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** `text` cut to at most `max` code units, never between the two halves of a surrogate pair. */
function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Reads what a reader typed as a query: trimmed, cut to `MAX_QUERY_LENGTH` code units, split on
 * whitespace into terms, each folded. Null when nothing is left to search for (an empty query,
 * or one of spaces, joiners or marks only): then every item matches.
 */
export function parseQuery(input: string | null | undefined): SearchQuery | null {
  if (typeof input !== 'string') return null;
  const text = capLength(input.trim(), MAX_QUERY_LENGTH).trim();
  const terms = [...new Set(text.split(WHITESPACE).map(foldForSearch))].filter((term) => term !== '');
  return terms.length ? {text, terms} : null;
}

const asQuery = (query: SearchQuery | string | null | undefined): SearchQuery | null =>
  typeof query === 'string' || query == null ? parseQuery(query) : query;

/**
 * Where the terms of `query` occur in `text`, for highlighting: ranges in the indices of `text`
 * as given (UTF-16), sorted, overlapping and touching ones joined. A match covers whole code
 * points of the original: a term that matches part of what one character folds to (the "f" of
 * "ﬁ") highlights that character, and characters the fold drops right after a match (a combining
 * accent, a tatweel) are highlighted with it. Empty when the query is empty or nothing matches.
 */
export function findMatches(text: string, query: SearchQuery | string | null | undefined): TextRange[] {
  const parsed = asQuery(query);
  if (!parsed || text === '') return [];
  const {folded, origins} = foldWithOrigins(text);
  const found: TextRange[] = [];
  for (const term of parsed.terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const last = origins[at + term.length - 1];
      // Characters that fold to nothing after the match (a combining accent, a tatweel) go with it.
      const next = at + term.length < origins.length ? origins[at + term.length] : text.length;
      found.push({start: origins[at], end: Math.max(last + codePointLength(text, last), next)});
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: TextRange[] = [];
  for (const range of found) {
    const previous = joined[joined.length - 1];
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else joined.push({...range});
  }
  return joined;
}

/**
 * Separates the fields of an item's searchable text. Terms never hold whitespace, so no term
 * can match across two fields.
 */
const FIELD_SEPARATOR = '\n';

function sourceFields(sources: readonly Source[], into: string[]): void {
  for (const source of sources) {
    into.push(source.publisher);
    if (source.title !== undefined) into.push(source.title);
  }
}

/** The fields a search looks in, as the feed wrote them. */
export function searchableFields(item: Incident | AlertWindow): string[] {
  const fields: string[] = [item.title];
  if (item.kind === 'incident') {
    if (item.summary !== undefined) fields.push(item.summary);
    for (const actor of item.actors) fields.push(actor.name);
    const location = item.location;
    if (location) {
      fields.push(location.name);
      for (const part of [location.admin2, location.admin1, location.country]) if (part !== undefined) fields.push(part);
    }
    fields.push(item.category);
  } else {
    if (item.description !== undefined) fields.push(item.description);
    for (const area of item.areas) fields.push(area.name);
    for (const measure of item.measures) fields.push(measure.text);
  }
  sourceFields(item.sources, fields);
  // A value of the wrong type in a hand-built item is skipped rather than searched as "undefined".
  return fields.filter((field) => typeof field === 'string');
}

/**
 * Folded searchable text per item, made on the first search that reaches the item. Items are
 * read, never changed, once a feed is read, so the text stays right for the item's lifetime, and
 * is dropped with it.
 */
const haystacks = new WeakMap<Incident | AlertWindow, string>();

function haystackOf(item: Incident | AlertWindow): string {
  let haystack = haystacks.get(item);
  if (haystack === undefined) {
    haystack = foldForSearch(searchableFields(item).join(FIELD_SEPARATOR));
    haystacks.set(item, haystack);
  }
  return haystack;
}

/**
 * Whether an item matches a query: every term occurs in at least one of its fields (incident:
 * title, summary, actors' names, location name, district, province and country, sources'
 * publishers and titles, category id; alert: title, description, areas' names, measures' text,
 * sources). An empty query matches every item.
 *
 * The folded text of each item is made once and kept while the item lives, so filtering a
 * large feed again on each keystroke costs one substring search per term and item. Pass a
 * query parsed once with `parseQuery` rather than the string, which is parsed on every call.
 */
export function itemMatches(item: Incident | AlertWindow, query: SearchQuery | string | null | undefined): boolean {
  const parsed = asQuery(query);
  if (!parsed) return true;
  const haystack = haystackOf(item);
  for (const term of parsed.terms) if (!haystack.includes(term)) return false;
  return true;
}

/** The items that match a query, in their order; the same array when the query is empty. */
export function filterItems<T extends Incident | AlertWindow>(items: readonly T[], query: SearchQuery | string | null | undefined): readonly T[] {
  const parsed = asQuery(query);
  if (!parsed) return items;
  return items.filter((item) => itemMatches(item, parsed));
}
