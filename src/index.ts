/**
 * security-timeline: web components that draw a regional security timeline from a typed,
 * versioned JSON feed. Importing this module defines `<security-timeline>`.
 *
 * Everything the drop-in bundle exports (`bundle.ts`), and beside it what the bundle leaves to
 * `security-timeline.feed.js`: the functions that read feeds, and the feed document's types.
 */
export * from './bundle.js';
export {readFeed, validateFeed, validateFeedInSlices, DEFAULT_LEVELS, safeWebUrl} from './feed/validate.js';
export type {SliceOptions} from './feed/slices.js';
export type * from './feed/feed-types.js';
export {ENGLISH} from './i18n/english.js';
