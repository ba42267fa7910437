/**
 * Fetching a feed from another site: bounded in time and size, cancellable, and specific
 * about what went wrong. No DOM; the element's controller drives it.
 */
import {readFeed} from './validate.js';
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

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const JSON_TYPES = /^(application\/(.+\+)?json|text\/json|text\/plain)\s*(;|$)/i;

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** Reads a body, refusing it as soon as it grows past `maxBytes`. */
async function readBounded(response: Response, maxBytes: number, fail: (message: string) => never): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) fail(`the feed is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} allowed`);
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
      await reader.cancel();
      fail(`the feed is larger than the ${formatBytes(maxBytes)} allowed`);
    }
    parts.push(decoder.decode(value, {stream: true}));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches and validates one feed. Resolves with the valid part and its problems; rejects with a
 * `FeedLoadError` when nothing usable arrived, or with the signal's reason when aborted.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<ValidationResult> {
  const {timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES} = options;
  const absolute = new URL(url, globalThis.location?.href).href;
  const fail = (kind: FeedErrorKind, message: string, extra: Partial<FeedLoadErrorDetail> = {}): never => {
    throw new FeedLoadError({kind, url: absolute, message: `Could not load the feed ${absolute}: ${message}.`, problems: [], ...extra});
  };

  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abortFromCaller, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  try {
    let response: Response;
    try {
      response = await fetch(absolute, {signal: controller.signal, headers: {accept: 'application/json'}, credentials: 'omit'});
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (timedOut) fail('timeout', `no answer within ${timeoutMs / 1000} s`);
      return fail('network', 'the server could not be reached (network error, or the site does not allow cross-origin requests)');
    }
    if (!response.ok) {
      fail('http', `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {status: response.status});
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !JSON_TYPES.test(type)) {
      fail('content-type', `expected JSON but the server sent "${type.split(';')[0]}"`, {status: response.status});
    }
    let text: string;
    try {
      text = await readBounded(response, maxBytes, (message) => fail('too-large', message, {status: response.status}));
    } catch (error) {
      if (error instanceof FeedLoadError) throw error;
      if (options.signal?.aborted) throw options.signal.reason;
      if (timedOut) fail('timeout', `the feed did not finish arriving within ${timeoutMs / 1000} s`);
      return fail('network', 'the connection broke while the feed was arriving');
    }
    const result = readFeed(text);
    if (!result.feed) {
      const [problem] = result.problems;
      const kind: FeedErrorKind = problem.pointer === '' && problem.expected === 'a JSON document' ? 'json' : 'invalid';
      const reason = kind === 'json' ? `it is not valid JSON (${problem.found})` : problem.message;
      fail(kind, reason, {status: response.status, problems: result.problems});
    }
    return result;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}
