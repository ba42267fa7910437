/**
 * Limits a feed's text must respect before it is parsed at all.
 *
 * A feed is a handful of levels deep (document, list, item, `when` or `location`, a list in it).
 * A hostile document nested thousands of levels deep parses in some engines only by recursion,
 * and anything that later walks it (a page's `JSON.stringify` of an item's `raw`, a structured
 * clone) can overflow the stack: such a document is refused, with the place it goes too deep,
 * by one linear scan of the text that keeps no more than the allowed depth in memory (and, for a
 * reading in slices, where the entries of the document's lists lie, to parse them one by one).
 *
 * Over-long lists need no scan here: the validator refuses a list of more than
 * `MAX_ITEMS_PER_LIST` entries before it walks it, and the byte limit bounds the text.
 */
import {toPointer} from './json-pointer.js';
import {lineAndColumn, type JsonParseResult} from './parse-json.js';
import {parseJsonInSlices, type ListSpan} from './parse-in-slices.js';
import {makeProblem, notJson, validating} from './validate.js';
import {finish, inSlices, startInSlices, type SliceOptions, type Started, type Work} from './slices.js';
import type {ValidationResult} from './types.js';

/** Deepest nesting of objects and lists accepted in a feed document (the document itself is level 1). */
export const MAX_NESTING_DEPTH = 64;

export interface NestingExcess {
  /** JSON Pointer to the first object or list that lies deeper than allowed. */
  pointer: string;
  /** Character offset of its opening bracket. */
  offset: number;
}

/** Character codes the scans of a feed's text look for (here and in feed-arriving.ts). */
export const QUOTE = 34;
export const BACKSLASH = 92;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const COMMA = 44;

/** Backslashes written just before `at`, going back no further than `floor`. */
export function backslashesBefore(text: string, at: number, floor: number): number {
  let count = 0;
  for (let i = at - 1; i >= floor && text.charCodeAt(i) === BACKSLASH; i--) count++;
  return count;
}

/**
 * Offset of the first quote from `from` on that closes a string whose characters start at
 * `from` (a quote after an odd run of backslashes within them is escaped), or -1.
 */
export function closingQuote(text: string, from: number): number {
  for (let i = from; ;) {
    const quote = text.indexOf('"', i);
    if (quote === -1 || backslashesBefore(text, quote, from) % 2 === 0) return quote;
    i = quote + 1;
  }
}

/** Characters the scan reads between two points where it may pause. */
const SCAN_STEP = 1 << 16;

/** The name of a key written at `start`…`end` (quotes included), escapes decoded. */
function keyName(text: string, start: number, end: number): string {
  const raw = text.slice(start, end + 1);
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * Where `text` first nests objects and lists deeper than `maxDepth`, or null when it does not.
 * Text that is not JSON is scanned as far as it goes; the parser reports what is wrong with it.
 */
export function findExcessiveNesting(text: string, maxDepth = MAX_NESTING_DEPTH): NestingExcess | null {
  return finish(scanNesting(text, maxDepth));
}

/**
 * The scan of `findExcessiveNesting`, pausing every few tens of thousands of characters. It keeps,
 * for each open container, only where its current key is written or which index it is at: a
 * key is spelled out (its escapes decoded) only for the pointer of a document that goes too deep.
 *
 * Given `lists`, it also notes there where each list that is a field of the document lies, entry
 * by entry, so that the entries can be parsed one by one (see `parseJsonInSlices`).
 */
export function* scanNesting(text: string, maxDepth = MAX_NESTING_DEPTH, lists?: ListSpan[]): Work<NestingExcess | null> {
  // One entry per open container, the outermost first. In a list, the index of the value being
  // read; in an object, where its current key starts and ends (-1: none yet).
  const isObject: boolean[] = [];
  const expectKey: boolean[] = [];
  const index: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let depth = 0;
  let list: ListSpan | undefined;
  let pauseAt = SCAN_STEP;
  for (let i = 0; i < text.length; i++) {
    if (i >= pauseAt) {
      yield;
      pauseAt = i + SCAN_STEP;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i + 1);
      if (end === -1) return null;
      const top = depth - 1;
      if (top >= 0 && isObject[top] && expectKey[top]) {
        keyStart[top] = i;
        keyEnd[top] = end;
        expectKey[top] = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth >= maxDepth) {
        const segments: string[] = [];
        for (let level = 0; level < depth; level++) {
          if (!isObject[level]) segments.push(String(index[level]));
          else segments.push(keyStart[level] === -1 ? '' : keyName(text, keyStart[level], keyEnd[level]));
        }
        return {pointer: toPointer(segments), offset: i};
      }
      const object = c === OPEN_BRACE;
      if (lists && depth === 1 && !object && isObject[0]) lists.push((list = {bounds: [i], closed: false}));
      isObject[depth] = object;
      expectKey[depth] = object;
      index[depth] = 0;
      keyStart[depth] = -1;
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth > 0) depth--;
      if (list && depth === 1) {
        list.bounds.push(i);
        list.closed = true;
        list = undefined;
      }
    } else if (c === COMMA) {
      const top = depth - 1;
      if (top < 0) continue;
      if (list && top === 1) list.bounds.push(i);
      if (isObject[top]) expectKey[top] = true;
      else index[top]++;
    }
  }
  return null;
}

/** A feed read from text, with the parsed document when there was one (to point into it later). */
export interface FeedText {
  result: ValidationResult;
  document?: unknown;
}

/**
 * Reads a feed's text as `readFeed` does, after checking its nesting depth: a document nested
 * deeper than `MAX_NESTING_DEPTH` is refused as a whole, with a pointer, line and column.
 */
export function readFeedText(text: string): FeedText {
  return finish(readingFeedText(text));
}

/**
 * Reads a feed's text as `readFeedText` does, in slices of a few milliseconds, so that the page
 * stays responsive while a large feed is read; the same result, problems in the same order.
 * Rejects only when `signal` stops it (with the signal's reason).
 */
export function readFeedTextInSlices(text: string, options?: SliceOptions): Promise<FeedText> {
  return inSlices(readingFeedText(text), options);
}

/** `readFeedTextInSlices`, whose first slice runs now: a small feed is read by the time it returns. */
export function startReadingFeedText(text: string, options?: SliceOptions): Started<FeedText> {
  return startInSlices(readingFeedText(text), options);
}

export function* readingFeedText(text: string): Work<FeedText> {
  const lists: ListSpan[] = [];
  const excess = yield* scanNesting(text, MAX_NESTING_DEPTH, lists);
  if (excess) {
    const {line, column} = lineAndColumn(text, excess.offset);
    const problem = makeProblem(
      excess.pointer,
      `objects and lists nested at most ${MAX_NESTING_DEPTH} levels deep`,
      `${text[excess.offset] === '{' ? 'an object' : 'a list'} nested deeper at line ${line}, column ${column}`,
      'feed',
    );
    return {result: {feed: null, problems: [problem]}};
  }
  return yield* readingParsed(parseJsonInSlices(text, lists));
}

/**
 * The rest of `readingFeedText`, once the scan found the text nested no deeper than allowed:
 * the document from `parsing`, then validated.
 */
export function* readingParsed(parsing: Work<JsonParseResult>): Work<FeedText> {
  const parsed = yield* parsing;
  // The syntax error is worded as `readFeed` words it, so the two cannot say it differently.
  if (!parsed.ok) return {result: notJson(parsed.error)};
  yield;
  return {result: yield* validating(parsed.value), document: parsed.value};
}
