/**
 * Reading a feed's text while it arrives. A feed of 10,000 incidents is some 6 MB and arrives
 * over tens of milliseconds (seconds, on a slow connection), in parts of tens of kilobytes. The
 * nesting scan and the parsing of each entry of the document's lists (see parse-in-slices.ts)
 * need only the text up to the end of that entry, so they are done part by part, while the page
 * would otherwise wait for the network; what lies outside the lists (the document's outline) is
 * kept aside. Once the whole text is there, only the outline and the validation are left: the
 * parts need not even be joined into one text, which at 100,000 incidents is 60 MB copied.
 *
 * What comes out is exactly what `readFeedTextInSlices` gives for the whole text. Text this
 * reading does not follow to its end (nested too deep, a string never closed, an entry that does
 * not parse on its own) is read again from the start, whole, by `readFeedTextInSlices` itself,
 * which then says what is wrong with it.
 */
import {
  backslashesBefore,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  closingQuote,
  COMMA,
  MAX_NESTING_DEPTH,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  readingFeedText,
  readingParsed,
  type FeedText,
} from './guard.js';
import {BYTE_ORDER_MARK, parseOutlineInSlices, type ListSpan} from './parse-in-slices.js';
import {inSlices, SLICE_MS, yieldToPage, type SliceOptions} from './slices.js';

/** A feed's text read as it arrives: its parts in order, then the whole. */
export interface ArrivingFeedText {
  /**
   * Reads the next part of the text, as decoded; resolves once it is read. A large part (the
   * browser hands over megabytes at once when they arrived faster than they were read) is read
   * in slices, the page getting its turn between them.
   */
  add(part: string): Promise<void>;
  /**
   * Reads the whole text, in slices, as `readFeedTextInSlices` does. `text` gives it (the parts
   * added, every one, joined): asked for only when the text must be read again, whole.
   */
  read(text: () => string, options?: SliceOptions): Promise<FeedText>;
}

/** Characters read between two looks at the clock: a fraction of a millisecond's work. */
const PIECE = 1 << 16;

/** Starts reading a feed's text as it arrives. */
export function readFeedTextAsItArrives(): ArrivingFeedText {
  // The scan of `scanNesting`, carried from one part to the next: whether each open container is
  // an object, whether a string is open (and a backslash at the end of the last part escapes the
  // first character of this one), and where the current list of the document and its entry begin.
  const isObject: boolean[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Offset in the whole text of the current part's first character. */
  let offset = 0;
  const lists: ListSpan[] = [];
  const entries: unknown[][] = [];
  let list: ListSpan | undefined;
  let listEntries: unknown[] = [];
  /** Where the current entry of `list` begins, in the whole text, and its text in earlier parts. */
  let entryFrom = 0;
  let carried = '';
  /** The text is one this reading does not follow: it is read again, whole. */
  let abandoned = false;
  /** The document outside its lists, each list replaced by its number (see `parseJsonInSlices`). */
  const outline: string[] = [];
  /** Where the text outside the lists resumed (a list's `]`), and that text in earlier parts. */
  let outsideFrom = 0;
  let outside = '';

  /** Parses the entry of `list` that ends at `end` in `part`; false when it does not parse. */
  const parseEntry = (part: string, end: number): boolean => {
    const entry = entryFrom >= offset ? part.slice(entryFrom - offset, end) : carried + part.slice(0, end);
    entryFrom = offset + end + 1;
    carried = '';
    // An empty list, "[ ]", has one stretch of white space between its brackets and no entry.
    if (list!.bounds.length === 2 && entry.trim() === '') return true;
    try {
      listEntries.push(JSON.parse(entry));
      return true;
    } catch {
      return false;
    }
  };

  const scan = (part: string): boolean => {
    let i = 0;
    if (inString) {
      const from = escaped ? 1 : 0;
      const end = closingQuote(part, from);
      if (end === -1) {
        escaped = from < part.length ? backslashesBefore(part, part.length, from) % 2 === 1 : escaped && part.length === 0;
        return true;
      }
      inString = false;
      i = end + 1;
    }
    for (; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c === QUOTE) {
        const end = closingQuote(part, i + 1);
        if (end === -1) {
          inString = true;
          escaped = backslashesBefore(part, part.length, i + 1) % 2 === 1;
          return true;
        }
        i = end;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth >= MAX_NESTING_DEPTH) return false;
        const object = c === OPEN_BRACE;
        if (depth === 1 && !object && isObject[0]) {
          outline.push(outsideFrom >= offset ? part.slice(outsideFrom - offset, i + 1) : outside + part.slice(0, i + 1), String(lists.length));
          outside = '';
          lists.push((list = {bounds: [offset + i], closed: false}));
          entries.push((listEntries = []));
          entryFrom = offset + i + 1;
          carried = '';
        }
        isObject[depth++] = object;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth > 0) depth--;
        if (list && depth === 1) {
          list.bounds.push(offset + i);
          list.closed = true;
          if (!parseEntry(part, i)) return false;
          list = undefined;
          outsideFrom = offset + i;
        }
      } else if (c === COMMA && list && depth === 2) {
        list.bounds.push(offset + i);
        if (!parseEntry(part, i)) return false;
      }
    }
    return true;
  };

  /** Reads a piece of a part: the scan carries over from one piece to the next as from one part to the next. */
  const addPiece = (piece: string) => {
    // A byte order mark before the document is no part of it.
    if (offset === 0 && piece.charCodeAt(0) === BYTE_ORDER_MARK) outsideFrom = 1;
    if (!abandoned) {
      abandoned = !scan(piece);
      if (abandoned) outline.length = 0;
      else if (list) carried = entryFrom >= offset ? piece.slice(entryFrom - offset) : carried + piece;
      else outside = outsideFrom >= offset ? piece.slice(outsideFrom - offset) : outside + piece;
    }
    offset += piece.length;
  };

  return {
    async add(part) {
      let deadline = performance.now() + SLICE_MS;
      for (let from = 0; from < part.length; from += PIECE) {
        if (performance.now() >= deadline) {
          await yieldToPage();
          deadline = performance.now() + SLICE_MS;
        }
        addPiece(part.slice(from, from + PIECE));
      }
    },
    read(text, options) {
      const followed = !abandoned && !inString;
      return inSlices(
        followed ? readingParsed(parseOutlineInSlices(outline.join('') + outside, lists, entries, text)) : readingFeedText(text()),
        options,
      );
    },
  };
}
