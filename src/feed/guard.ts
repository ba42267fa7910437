/**
 * Limits a feed's text must respect before it is parsed at all.
 *
 * A feed is a handful of levels deep (document, list, item, `when` or `location`, a list in it).
 * A hostile document nested thousands of levels deep parses in some engines only by recursion,
 * and anything that later walks it (a page's `JSON.stringify` of an item's `raw`, a structured
 * clone) can overflow the stack: such a document is refused, with the place it goes too deep,
 * by one linear scan of the text that keeps no more than the allowed depth in memory.
 *
 * Over-long lists need no scan here: the validator refuses a list of more than
 * `MAX_ITEMS_PER_LIST` entries before it walks it, and the byte limit bounds the text.
 */
import {toPointer} from './json-pointer.js';
import {lineAndColumn, parseJson} from './parse-json.js';
import {makeProblem, readFeed, validateFeed} from './validate.js';
import type {ValidationResult} from './types.js';

/** Deepest nesting of objects and lists accepted in a feed document (the document itself is level 1). */
export const MAX_NESTING_DEPTH = 64;

export interface NestingExcess {
  /** JSON Pointer to the first object or list that lies deeper than allowed. */
  pointer: string;
  /** Character offset of its opening bracket. */
  offset: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/** Offset of the quote that closes the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return -1;
    let backslashes = 0;
    for (let j = quote - 1; j > start && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    i = quote + 1;
  }
}

interface Frame {
  object: boolean;
  /** The key (in an object) or index (in a list) of the value being read in this container. */
  segment: string;
  index: number;
  expectKey: boolean;
}

/**
 * Where `text` first nests objects and lists deeper than `maxDepth`, or null when it does not.
 * Text that is not JSON is scanned as far as it goes; the parser reports what is wrong with it.
 */
export function findExcessiveNesting(text: string, maxDepth = MAX_NESTING_DEPTH): NestingExcess | null {
  const frames: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) return null;
      const top = frames[frames.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i, end + 1);
        try {
          top.segment = String(JSON.parse(raw));
        } catch {
          top.segment = raw.slice(1, -1);
        }
        top.expectKey = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (frames.length >= maxDepth) {
        return {pointer: toPointer(frames.map((frame) => frame.segment)), offset: i};
      }
      const object = c === OPEN_BRACE;
      frames.push({object, segment: object ? '' : '0', index: 0, expectKey: object});
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      frames.pop();
    } else if (c === COMMA) {
      const top = frames[frames.length - 1];
      if (!top) continue;
      if (top.object) top.expectKey = true;
      else top.segment = String(++top.index);
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
  const excess = findExcessiveNesting(text);
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
  const parsed = parseJson(text);
  // The syntax error is worded by `readFeed`, so the two cannot say it differently.
  if (!parsed.ok) return {result: readFeed(text)};
  return {result: validateFeed(parsed.value), document: parsed.value};
}
