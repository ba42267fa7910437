/** Facts about the feed format that the reader needs at run time, apart from the schema text. */

/** Where the published schema lives; feeds may point `$schema` at it. */
export const FEED_SCHEMA_ID = 'https://unpkg.com/security-timeline/data/feed-v1.schema.json';

/** The major version of the feed format this reader understands. */
export const FEED_MAJOR_VERSION = 1;

/** Largest number of items accepted in one list, so a hostile feed cannot freeze the page. */
export const MAX_ITEMS_PER_LIST = 250_000;

/** Longest string accepted anywhere in a feed (characters). */
export const MAX_STRING_LENGTH = 100_000;

/** How long the element waits for a feed before giving up (ms). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The largest feed the element reads (bytes). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
