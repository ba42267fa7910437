/**
 * One reading of a feed: what the reader steps share while they turn the checked document into
 * a feed. Ids are looked up across lists (alerts name levels, items cite sources, no two items
 * share an id), so each step leaves what it read here for the steps after it.
 */
import type {AlertLevel, FeedProblem, Source, TimeWindow} from '../types.js';
import {describeValue, makeProblem} from './problems.js';
import type {ListName} from './feed-document.js';

export interface FeedReading {
  /** Problems found while reading, after those of the schema check. */
  readonly problems: FeedProblem[];
  /** The zone every date without an offset is read in; the region's, once it is read. */
  timeZone: string;
  /** Pointers of the items the schema check left out, such as "/incidents/3". */
  readonly dropped: ReadonlySet<string>;
  readonly levelsById: Map<string, AlertLevel>;
  readonly sourcesById: Map<string, Source>;
  /**
   * Item ids already taken, across alerts and incidents, with the item that took them: its index
   * in /alerts, or -1 - its index in /incidents (a pointer string per item would be built for
   * 100,000 incidents only to be read for the odd duplicate).
   */
  readonly itemIds: Map<string, number>;
  /** The items as published, before any invalid value was removed, for `raw`. */
  readonly originals: Partial<Record<ListName, unknown[]>>;
  /**
   * Times by their spelling. Incidents dated the same share one time: a feed of 100,000 dates
   * names a few thousand days, and later passes, reading one time per incident, find them in
   * the processor's cache rather than scattered across memory.
   */
  readonly windows: Map<string, TimeWindow>;
}

/** A reading that has read nothing yet, of a document whose `dropped` items are not read. */
export function startReading(dropped: ReadonlySet<string>): FeedReading {
  return {
    problems: [],
    timeZone: 'UTC',
    dropped,
    levelsById: new Map(),
    sourcesById: new Map(),
    itemIds: new Map(),
    originals: {},
    windows: new Map(),
  };
}

export function report(reading: FeedReading, pointer: string, expected: string, found: unknown, dropped: FeedProblem['dropped']) {
  reading.problems.push(makeProblem(pointer, expected, describeValue(found), dropped));
}

/** Whether the schema check left out the item at `index` of `list`. */
export function isDropped(reading: FeedReading, list: ListName, index: number) {
  // Most feeds have nothing left out: then no pointer is spelled out per item.
  return reading.dropped.size > 0 && reading.dropped.has(`/${list}/${index}`);
}
