/**
 * The drop-in bundle's entry: the element and what a page needs beside it. The functions that
 * read feeds (`validateFeed`, `readFeed`) are in `security-timeline.feed.js`, beside the bundle,
 * which the element loads on demand; `loadFeed` fetches and reads one.
 */
export {SecurityTimeline, SecurityTimelineAlert, SecurityTimelineIncident} from './elements/security-timeline/security-timeline.js';
export type {
  TimelineFilterDetail,
  TimelineLoadDetail,
  TimelineRangeDetail,
  TimelineSelectDetail,
} from './elements/security-timeline/security-timeline.js';
export {loadFeed, FeedLoadError} from './feed/load.js';
export type {FeedErrorKind, FeedLoadErrorDetail, LoadOptions} from './feed/load.js';
export {FEED_SCHEMA_ID, FEED_MAJOR_VERSION, MAX_ITEMS_PER_LIST, MAX_STRING_LENGTH} from './feed/constants.js';
export {defineMessages, SHIPPED_LANGUAGES} from './i18n/catalogues.js';
export type {Catalogue, Message, MessageKey, Messages, PluralMessage} from './i18n/messages.js';
export type * from './feed/types.js';
