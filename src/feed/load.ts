/**
 * Fetching a feed from another site: bounded in time and size, cancellable, and specific
 * about what went wrong. No DOM; the element's controller drives it.
 *
 * The request is sent from here, at once; what is done with the answer (its status, its type, its
 * body read as it arrives, within the size allowed) is in receive.ts, which loads with the code
 * that reads feeds while the request is on its way.
 */
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS} from './constants.js';
import {loadReading} from './lazy-read.js';
import {failLoading, FeedLoadError, type FeedErrorKind, type FeedLoadErrorDetail} from './load-error.js';
import type {ValidationResult} from './types.js';

export {FeedLoadError, type FeedErrorKind, type FeedLoadErrorDetail};

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes; enforced while the body streams in. */
  maxBytes?: number;
}

/** What identifies the copy of a feed already shown, for a conditional request. */
export interface FeedValidators {
  /** The `ETag` it came with, sent back as `If-None-Match`. */
  etag?: string;
  /** Its `Last-Modified`, sent back as `If-Modified-Since`. */
  lastModified?: string;
}

export interface FetchFeedOptions extends LoadOptions {
  /** Validators of the copy already shown: the request is made conditional on a newer one. */
  validators?: FeedValidators;
  /** The text of the copy already shown: an identical body counts as unchanged and is not read again. */
  previousText?: string;
  /** Ask the server, not the browser's cache, for the current copy (for refreshes). */
  revalidate?: boolean;
}

/** The feed did not change: the server answered 304, or sent the same text. */
export interface UnchangedFeed {
  changed: false;
  validators: FeedValidators;
  /**
   * The server (on another origin) refused a conditional request: its CORS preflight does not
   * allow `If-None-Match`/`If-Modified-Since`. The request was repeated without them; do not send them again.
   */
  conditionalRefused: boolean;
}

/** A new copy of the feed arrived and was read. */
export interface ChangedFeed {
  changed: true;
  result: ValidationResult;
  /** The parsed document, to point into (see `readFeedText`). */
  document: unknown;
  /** The body as received, to recognise an identical copy next time: joined from its parts when asked for. */
  text(): string;
  validators: FeedValidators;
  conditionalRefused: boolean;
}

export type FetchFeedOutcome = UnchangedFeed | ChangedFeed;

export {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS};

/** A request for a feed, as sent: what receive.ts needs to make sense of its answer. */
export interface SentRequest {
  /** The URL as resolved against the page. */
  url: string;
  options: FetchFeedOptions;
  /** Whether it was sent with validators. */
  conditional: boolean;
  /** Its answer. */
  response: Promise<Response>;
  /** Sends it again without validators (for a server on another origin that refused them). */
  resend(): Promise<Response>;
  /** Whether it ran out of time. */
  timedOut(): boolean;
}

/**
 * Fetches and validates one feed. Resolves with the valid part and its problems; rejects with a
 * `FeedLoadError` when nothing usable arrived, or with the signal's reason when aborted.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<ValidationResult> {
  const outcome = await fetchFeed(url, options);
  // Without validators or a previous text every answer is a new copy (a bare 304 is an error).
  if (!outcome.changed) throw new Error('unreachable: an unconditional request reported no change');
  return outcome.result;
}

/**
 * Fetches one feed, conditionally when `validators` are given: resolves `{changed: false}` on a
 * 304 or an identical body, else with the new copy read and validated. Rejects like `loadFeed`.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedOutcome> {
  const {timeoutMs = DEFAULT_TIMEOUT_MS, validators = {}} = options;
  const absolute = new URL(url, globalThis.location?.href).href;
  if (options.signal?.aborted) throw options.signal.reason;
  // The code that reads the answer loads while the request is on its way.
  const reading = loadReading();

  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abortFromCaller, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const conditional: Record<string, string> = {};
  if (validators.etag) conditional['if-none-match'] = validators.etag;
  if (validators.lastModified) conditional['if-modified-since'] = validators.lastModified;
  const isConditional = Object.keys(conditional).length > 0;
  const request = (withValidators: boolean) =>
    fetch(absolute, {
      signal: controller.signal,
      headers: {accept: 'application/json', ...(withValidators ? conditional : {})},
      credentials: 'omit',
      // Validators set here make the browser pass a 304 through; without them, `no-cache` still
      // makes it ask the server (revalidating its own copy) rather than answer from its cache.
      cache: withValidators ? 'no-store' : options.revalidate ? 'no-cache' : 'default',
    });
  const response = request(isConditional);
  // Its failure is read once the code that reads it is here.
  response.catch(() => undefined);
  try {
    let read: Awaited<typeof reading>;
    try {
      read = await reading;
    } catch {
      controller.abort();
      if (options.signal?.aborted) throw options.signal.reason;
      return failLoading(absolute, 'network', 'the code that reads feeds could not be loaded (offline, or blocked by the page)');
    }
    return await read.receiveFeed({
      url: absolute,
      options,
      conditional: isConditional,
      response,
      resend: () => request(false),
      timedOut: () => timedOut,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}
