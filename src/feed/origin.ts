/**
 * Where each item came from: a feed of `src` is read, and its items, sources and problems are
 * tagged with the feed's URL. Several feeds are merged by `merge.ts`, loaded only when needed.
 */
import type {AlertWindow, Feed, FeedProblem, Incident, ValidationResult} from './types.js';
import type {FeedLoadErrorDetail} from './load.js';
import type {Work} from './slices.js';

/** One feed of `src`, as last read. */
export interface FeedPart {
  /** Absolute URL of the feed. */
  url: string;
  /** Its last good reading (with a feed), or null when it has not loaded. */
  result: ValidationResult | null;
  /** The document that reading came from, to point at an item by its index. */
  document?: unknown;
  /** Why it has not loaded, when `result` is null. */
  error?: FeedLoadErrorDetail | null;
}

/** A problem of one feed among several: tagged with its URL, which also starts the message. */
export function fromFeed(problem: FeedProblem, url: string, several: boolean): FeedProblem {
  return {...problem, origin: url, message: several ? `${url}: ${problem.message}` : problem.message};
}

/** Feeds whose items carry their URL already, with it: tagging 100,000 items again costs as much as the first time. */
const tagged = new WeakMap<Feed, string>();

/** Marks every item and source of a feed with the URL it came from (in place: the objects are the reader's own). */
export function tagOrigin(feed: Feed, url: string): void {
  const work = taggingOrigin(feed, url);
  while (!work.next().done);
}

/**
 * The steps of `tagOrigin`, pausing every 128 items as the reader does (see slices.ts, which the
 * first load does without: this module is part of it, the code that runs it in slices is not).
 */
export function* taggingOrigin(feed: Feed, url: string): Work<void> {
  if (tagged.get(feed) === url) return;
  for (const source of feed.sources) source.origin = url;
  const lists: ReadonlyArray<ReadonlyArray<AlertWindow | Incident>> = [feed.alerts, feed.incidents];
  for (const list of lists) {
    for (let index = 0; index < list.length; index++) {
      if (index % 128 === 127) yield;
      const item = list[index];
      item.origin = url;
      for (const source of item.sources) source.origin ??= url;
    }
  }
  tagged.set(feed, url);
}

/** The reading of a single feed that loaded, its items and problems tagged with its URL. */
export function singleReading({url, result}: {url: string; result: ValidationResult & {feed: Feed}}): ValidationResult {
  tagOrigin(result.feed, url);
  return {feed: result.feed, problems: result.problems.map((problem) => fromFeed(problem, url, false))};
}
