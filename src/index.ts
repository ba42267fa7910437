/**
 * security-timeline: web components that draw a regional security timeline from a typed,
 * versioned JSON feed. Importing this module defines `<security-timeline>`.
 */
export {SecurityTimeline, SecurityTimelineAlert, SecurityTimelineIncident} from './elements/security-timeline/security-timeline.js';
export type {
  TimelineFilterDetail,
  TimelineLoadDetail,
  TimelineRangeDetail,
  TimelineSelectDetail,
} from './elements/security-timeline/security-timeline.js';
export {readFeed, validateFeed, DEFAULT_LEVELS, safeWebUrl} from './feed/validate.js';
export {loadFeed, FeedLoadError} from './feed/load.js';
export type {FeedErrorKind, FeedLoadErrorDetail, LoadOptions} from './feed/load.js';
export {FEED_SCHEMA_ID, FEED_MAJOR_VERSION, MAX_ITEMS_PER_LIST, MAX_STRING_LENGTH} from './feed/constants.js';
export type * from './feed/types.js';
export type * from './feed/feed-types.js';
export {defineMessages, SHIPPED_LANGUAGES} from './i18n/catalogues.js';
export {ENGLISH} from './i18n/messages.js';
export type {Catalogue, Message, MessageKey, Messages, PluralMessage} from './i18n/messages.js';
