/**
 * Everything that reads a feed once its text or object is here: parsing, validating and
 * normalising it, with every problem found. It is most of the element's code, and the first
 * frame needs none of it before a feed arrives, so the element loads it beside the feed it
 * fetches. In the drop-in build it is `security-timeline.feed.js`, beside the bundle, for pages
 * that check feeds themselves.
 *
 * Each reading comes at once (`readFeedText`, `validateFeed`) or in slices of a few milliseconds
 * (`readFeedTextInSlices`, `validateFeedInSlices`), which keep the page responsive while a large
 * feed is read; the element reads in slices.
 */
import {taggingOrigin} from './origin.js';
import {inSlices, type SliceOptions} from './slices.js';
import type {Feed} from './types.js';

export {readFeedText, readFeedTextInSlices, startReadingFeedText, type FeedText} from './guard.js';
export {receiveFeed} from './receive.js';
export {readFeed, refusalKind, validateFeed, validateFeedInSlices, startValidatingFeed, DEFAULT_LEVELS, safeWebUrl} from './validate.js';
export type {SliceOptions, Started} from './slices.js';

/** Marks every item and source of a feed with the URL it came from, as `tagOrigin` does, in slices. */
export const tagOriginInSlices = (feed: Feed, url: string, options?: SliceOptions): Promise<void> => inSlices(taggingOrigin(feed, url), options);
