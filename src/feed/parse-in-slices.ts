/**
 * `JSON.parse` of a feed's text in slices. One call on the text of 100,000 incidents holds the
 * page for a quarter of a second or more, and cannot be divided; but the document is a handful of
 * fields, the long ones lists, and each entry of a list is JSON text of its own. So the document
 * is parsed with each list left empty, then the entries of each list one by one, pausing between
 * them. What comes out is what one `JSON.parse` of the whole text gives.
 *
 * Where the entries lie is found by the nesting scan of the text (`scanNesting` in guard.ts),
 * which reads every character anyway. Text that does not parse this way (not JSON, or not an
 * object) is parsed whole, so that a syntax error is reported exactly as `parseJson` reports it.
 */
import {parseJson, type JsonParseResult} from './parse-json.js';
import {ALONE, isPausePoint, type Work} from './slices.js';

/** Where a list that is a field of the document lies in the text. */
export interface ListSpan {
  /** Offsets of its `[`, of each comma between its entries, then (once closed) of its `]`. */
  bounds: number[];
  /** Whether the scan reached its `]`. */
  closed: boolean;
}

/** A byte order mark before a document is no part of it. */
export const BYTE_ORDER_MARK = 0xfeff;

/** `parseJson` of the whole text, which cannot be divided: it gets a slice of its own. */
function* parsingWhole(text: () => string): Work<JsonParseResult> {
  yield ALONE;
  return parseJson(text());
}

/** Parses JSON text as `parseJson` does, the entries of the document's `lists` one by one. */
export function* parseJsonInSlices(text: string, lists: readonly ListSpan[]): Work<JsonParseResult> {
  const whole = () => parsingWhole(() => text);
  if (lists.length === 0 || !lists.every((list) => list.closed)) return yield* whole();
  // The document with each list replaced by its number, `[0]`, `[1]`…: all that is left of it
  // once the lists are out is a few fields. JSON.parse then settles what a repeated field means.
  const start = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const outline: string[] = [];
  let at = start;
  lists.forEach(({bounds}, number) => {
    outline.push(text.slice(at, bounds[0] + 1), String(number));
    at = bounds[bounds.length - 1];
  });
  outline.push(text.slice(at));
  return yield* fillingOutline(outline.join(''), lists, whole, function* (number) {
    const {bounds} = lists[number];
    const entries: unknown[] = [];
    // An empty list, "[ ]", has one stretch of white space between its brackets and no entry.
    if (bounds.length === 2 && text.slice(bounds[0] + 1, bounds[1]).trim() === '') return entries;
    for (let entry = 0; entry + 1 < bounds.length; entry++) {
      if (isPausePoint(entry)) yield;
      try {
        entries.push(JSON.parse(text.slice(bounds[entry] + 1, bounds[entry + 1])));
      } catch {
        // Not JSON after all (an entry missing between two commas, say).
        return undefined;
      }
    }
    return entries;
  });
}

/**
 * What `parseJsonInSlices` gives, from a document's outline (its lists each replaced by its
 * number, as that function writes it) and the entries of each list, parsed already while the
 * text arrived (see feed-arriving.ts). `text` gives the whole text, for when the outline does not
 * parse: the whole text then says what is wrong with it.
 */
export function* parseOutlineInSlices(
  outline: string,
  lists: readonly ListSpan[],
  entries: readonly unknown[][],
  text: () => string,
): Work<JsonParseResult> {
  const whole = () => parsingWhole(text);
  if (lists.length === 0 || !lists.every((list) => list.closed)) return yield* whole();
  return yield* fillingOutline(outline, lists, whole, function* (number) {
    // Parsed already: a point to pause between lists is all that is left of the work.
    yield;
    return entries[number];
  });
}

/**
 * Parses the outline, then puts each list's entries in its place, as `entriesOf` gives them;
 * when it gives none (an entry is not JSON), the whole text says what is wrong with it.
 */
function* fillingOutline(
  outline: string,
  lists: readonly ListSpan[],
  whole: () => Work<JsonParseResult>,
  entriesOf: (list: number) => Work<unknown[] | undefined>,
): Work<JsonParseResult> {
  let document: unknown;
  try {
    document = JSON.parse(outline);
  } catch {
    return yield* whole();
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return yield* whole();
  const fields = document as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const placeholder = fields[key];
    if (!Array.isArray(placeholder)) continue;
    const number = placeholder.length === 1 && typeof placeholder[0] === 'number' ? placeholder[0] : -1;
    if (!(number in lists)) return yield* whole();
    const entries = yield* entriesOf(number);
    if (!entries) return yield* whole();
    // The same key, in the same place among the document's keys.
    fields[key] = entries;
  }
  return {ok: true, value: document};
}
