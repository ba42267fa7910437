/**
 * Fetching a feed from another site: bounded in time and size, cancellable, and specific
 * about what went wrong. No DOM; the element's controller drives it.
 */
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS} from './constants.js';
import {loadReading} from './lazy-read.js';
import type {ArrivingFeedText} from './feed-arriving.js';
import type {FeedProblem, ValidationResult} from './types.js';

/** What kind of failure stopped a feed from loading. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'too-large' | 'content-type' | 'json' | 'invalid';

export interface FeedLoadErrorDetail {
  kind: FeedErrorKind;
  /** The URL as resolved against the page. */
  url: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** One sentence a person can act on. */
  message: string;
  /**
   * For the page's author, when a limit of the element stopped the feed (`too-large`, `timeout`):
   * which attribute raises it and its current value, e.g. "Raise the element's max-bytes attribute
   * (now 67108864 bytes) to load larger feeds." Readers are shown `message` only.
   */
  hint?: string;
  /** The feed's problems, for `json` and `invalid`. */
  problems: FeedProblem[];
}

export class FeedLoadError extends Error {
  constructor(readonly detail: FeedLoadErrorDetail) {
    super(detail.message);
    this.name = 'FeedLoadError';
  }
}

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
  /** The body as received, to recognise an identical copy next time. */
  text: string;
  validators: FeedValidators;
  conditionalRefused: boolean;
}

export type FetchFeedOutcome = UnchangedFeed | ChangedFeed;

export {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS};

const JSON_TYPES = /^(application\/(.+\+)?json|text\/json|text\/plain)\s*(;|$)/i;

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

const maxBytesHint = (maxBytes: number) => `Raise the element's max-bytes attribute (now ${maxBytes} bytes) to load larger feeds.`;
const timeoutHint = (timeoutMs: number) => {
  const seconds = timeoutMs / 1000;
  return `Raise the element's timeout attribute (now ${seconds} second${seconds === 1 ? '' : 's'}) to wait longer for the feed.`;
};

/**
 * Stops a response whose body will not be read, so that the browser closes the request instead of
 * keeping it open. Never throws: a body already locked, errored or closed has nothing left to stop.
 */
function discardBody(response: Response): void {
  const body = response.body;
  if (!body || body.locked) return;
  body.cancel().catch(() => undefined);
}

/** Reads a body, refusing it as soon as it grows past `maxBytes`; each part goes to `arriving` too. */
async function readBounded(response: Response, maxBytes: number, fail: (message: string) => never, arriving?: ArrivingFeedText): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    discardBody(response);
    fail(`the feed is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} allowed`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      fail(`the feed is larger than the ${formatBytes(maxBytes)} allowed`);
    }
    parts.push(decoder.decode(value, {stream: true}));
    arriving?.add(parts[parts.length - 1]);
  }
  parts.push(decoder.decode());
  arriving?.add(parts[parts.length - 1]);
  return parts.join('');
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

const isCrossOrigin = (url: string) => globalThis.location !== undefined && new URL(url).origin !== globalThis.location.origin;

/**
 * Fetches one feed, conditionally when `validators` are given: resolves `{changed: false}` on a
 * 304 or an identical body, else with the new copy read and validated. Rejects like `loadFeed`.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedOutcome> {
  const {timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, validators = {}} = options;
  const absolute = new URL(url, globalThis.location?.href).href;
  const fail = (kind: FeedErrorKind, message: string, extra: Partial<FeedLoadErrorDetail> = {}): never => {
    // A reason taken from a problem ends with its own full stop.
    const reason = message.replace(/\.$/, '');
    throw new FeedLoadError({kind, url: absolute, message: `Could not load the feed ${absolute}: ${reason}.`, problems: [], ...extra});
  };
  if (options.signal?.aborted) throw options.signal.reason;
  // The code that reads the feed loads while the feed is on its way.
  const reading = loadReading();
  reading.catch(() => undefined);

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
  let conditionalRefused = false;

  try {
    let response: Response;
    try {
      response = await request(isConditional);
    } catch {
      if (options.signal?.aborted) throw options.signal.reason;
      if (timedOut) fail('timeout', `no answer within ${timeoutMs / 1000} s`, {hint: timeoutHint(timeoutMs)});
      if (!isConditional || !isCrossOrigin(absolute)) {
        return fail('network', 'the server could not be reached (network error, or the site does not allow cross-origin requests)');
      }
      // Conditional headers make a cross-origin request need a preflight, which many servers
      // refuse: ask again as a simple request.
      try {
        response = await request(false);
        conditionalRefused = true;
      } catch {
        if (options.signal?.aborted) throw options.signal.reason;
        if (timedOut) fail('timeout', `no answer within ${timeoutMs / 1000} s`, {hint: timeoutHint(timeoutMs)});
        return fail('network', 'the server could not be reached (network error, or the site does not allow cross-origin requests)');
      }
    }
    const answered: FeedValidators = {
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
    if (response.status === 304) {
      discardBody(response);
      if (!isConditional || conditionalRefused) fail('http', 'the server answered 304 Not Modified to a request for a fresh copy', {status: 304});
      return {
        changed: false,
        validators: {etag: answered.etag ?? validators.etag, lastModified: answered.lastModified ?? validators.lastModified},
        conditionalRefused,
      };
    }
    if (!response.ok) {
      discardBody(response);
      fail('http', `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {status: response.status});
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !JSON_TYPES.test(type)) {
      discardBody(response);
      fail('content-type', `expected JSON but the server sent "${type.split(';')[0]}"`, {status: response.status});
    }
    // The code that reads the text is waited for before the text, so that the text is read as it
    // arrives (meanwhile, the browser keeps what arrives); a refresh, which may bring the same text
    // again, reads it only once it is known to be new.
    const arriving = options.previousText === undefined ? (await reading.catch(() => undefined))?.readFeedTextAsItArrives() : undefined;
    let text: string;
    try {
      text = await readBounded(
        response,
        maxBytes,
        (message) => fail('too-large', message, {status: response.status, hint: maxBytesHint(maxBytes)}),
        arriving,
      );
    } catch (error) {
      if (error instanceof FeedLoadError) throw error;
      if (options.signal?.aborted) throw options.signal.reason;
      if (timedOut) fail('timeout', `the feed did not finish arriving within ${timeoutMs / 1000} s`, {hint: timeoutHint(timeoutMs)});
      return fail('network', 'the connection broke while the feed was arriving');
    }
    if (options.previousText !== undefined && text === options.previousText) {
      return {changed: false, validators: answered, conditionalRefused};
    }
    let read: Awaited<typeof reading>;
    try {
      read = await reading;
    } catch {
      return fail('network', 'the code that reads feeds could not be loaded (offline, or blocked by the page)');
    }
    const {readFeedTextInSlices, refusalKind} = read;
    // Read in slices, so that the page stays responsive while a large feed is read; a newer
    // load that aborts this one stops the reading too.
    const {result, document} = await (arriving
      ? arriving.read(text, {signal: options.signal})
      : readFeedTextInSlices(text, {signal: options.signal}));
    if (!result.feed) {
      const [problem] = result.problems;
      const kind: FeedErrorKind = refusalKind(result.problems);
      const reason = kind === 'json' ? `it is not valid JSON (${problem.found})` : problem.message;
      fail(kind, reason, {status: response.status, problems: result.problems});
    }
    return {changed: true, result, document, text, validators: answered, conditionalRefused};
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}
