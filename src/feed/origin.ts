/**
 * Where each item came from: a feed of `src` is read, and its items, sources and problems are
 * tagged with the feed's URL. Several feeds are merged by `merge.ts`, loaded only when needed.
 */
import type {Feed, FeedProblem, ValidationResult} from './types.js';
import type {FeedLoadErrorDetail} from './load.js';

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

/** Marks every item and source of a feed with the URL it came from (in place: the objects are the reader's own). */
export function tagOrigin(feed: Feed, url: string): void {
  for (const source of feed.sources) source.origin = url;
  for (const alert of feed.alerts) {
    alert.origin = url;
    for (const source of alert.sources) source.origin ??= url;
  }
  for (const incident of feed.incidents) {
    incident.origin = url;
    for (const source of incident.sources) source.origin ??= url;
  }
}

/** The reading of a single feed that loaded, its items and problems tagged with its URL. */
export function singleReading({url, result}: {url: string; result: ValidationResult & {feed: Feed}}): ValidationResult {
  tagOrigin(result.feed, url);
  return {feed: result.feed, problems: result.problems.map((problem) => fromFeed(problem, url, false))};
}
