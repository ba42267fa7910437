/**
 * Everything that reads a feed once its text or object is here: parsing, validating and
 * normalising it, with every problem found. It is most of the element's code, and the first
 * frame needs none of it before a feed arrives, so the element loads it beside the feed it
 * fetches. In the drop-in build it is `security-timeline.feed.js`, beside the bundle, for pages
 * that check feeds themselves.
 */
export {readFeedText, type FeedText} from './guard.js';
export {readFeed, refusalKind, validateFeed, DEFAULT_LEVELS, safeWebUrl} from './validate.js';
