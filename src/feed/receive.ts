/**
 * What is done with the answer to a request for a feed (sent by load.ts): its status and type
 * checked, its body read within the size allowed, as it arrives, and the feed read from it; and
 * when anything goes wrong, one sentence saying what. Loads with the code that reads feeds.
 */
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS} from './constants.js';
import {readFeedTextAsItArrives, type ArrivingFeedText} from './feed-arriving.js';
import {readFeedTextInSlices} from './guard.js';
import {failLoading, FeedLoadError, type FeedErrorKind, type FeedLoadErrorDetail} from './load-error.js';
import type {FeedValidators, FetchFeedOutcome, SentRequest} from './load.js';
import {refusalKind} from './validate.js';

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

/**
 * Reads a body, refusing it as soon as it grows past `maxBytes`: its parts as decoded, each given
 * to `arriving` too.
 */
async function readBounded(response: Response, maxBytes: number, fail: (message: string) => never, arriving?: ArrivingFeedText): Promise<string[]> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    discardBody(response);
    fail(`the feed is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} allowed`);
  }
  if (!response.body) {
    const text = await response.text();
    await arriving?.add(text);
    return [text];
  }
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
    await arriving?.add(parts[parts.length - 1]);
  }
  parts.push(decoder.decode());
  await arriving?.add(parts[parts.length - 1]);
  return parts;
}

const isCrossOrigin = (url: string) => globalThis.location !== undefined && new URL(url).origin !== globalThis.location.origin;

/** What came back for a request for a feed: the feed read from it, or whether it was unchanged. */
export async function receiveFeed(sent: SentRequest): Promise<FetchFeedOutcome> {
  const {url: absolute, options, conditional: isConditional} = sent;
  const {timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, validators = {}} = options;
  const fail = (kind: FeedErrorKind, message: string, extra: Partial<FeedLoadErrorDetail> = {}): never => failLoading(absolute, kind, message, extra);
  let conditionalRefused = false;
  let response: Response;
  try {
    response = await sent.response;
  } catch {
    if (options.signal?.aborted) throw options.signal.reason;
    if (sent.timedOut()) fail('timeout', `no answer within ${timeoutMs / 1000} s`, {hint: timeoutHint(timeoutMs)});
    if (!isConditional || !isCrossOrigin(absolute)) {
      return fail('network', 'the server could not be reached (network error, or the site does not allow cross-origin requests)');
    }
    // Conditional headers make a cross-origin request need a preflight, which many servers
    // refuse: ask again as a simple request.
    try {
      response = await sent.resend();
      conditionalRefused = true;
    } catch {
      if (options.signal?.aborted) throw options.signal.reason;
      if (sent.timedOut()) fail('timeout', `no answer within ${timeoutMs / 1000} s`, {hint: timeoutHint(timeoutMs)});
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
  // The text is read as it arrives; a refresh, which may bring the same text again, reads it
  // only once it is known to be new.
  const arriving = options.previousText === undefined ? readFeedTextAsItArrives() : undefined;
  let parts: string[];
  try {
    parts = await readBounded(
      response,
      maxBytes,
      (message) => fail('too-large', message, {status: response.status, hint: maxBytesHint(maxBytes)}),
      arriving,
    );
  } catch (error) {
    if (error instanceof FeedLoadError) throw error;
    if (options.signal?.aborted) throw options.signal.reason;
    if (sent.timedOut()) fail('timeout', `the feed did not finish arriving within ${timeoutMs / 1000} s`, {hint: timeoutHint(timeoutMs)});
    return fail('network', 'the connection broke while the feed was arriving');
  }
  // Joined only when needed: read as it arrived, a feed's text never is.
  let joined: string | undefined;
  const text = () => (joined ??= parts.join(''));
  if (options.previousText !== undefined && text() === options.previousText) {
    return {changed: false, validators: answered, conditionalRefused};
  }
  // Read in slices, so that the page stays responsive while a large feed is read; a newer
  // load that aborts this one stops the reading too.
  const {result, document} = await (arriving
    ? arriving.read(text, {signal: options.signal})
    : readFeedTextInSlices(text(), {signal: options.signal}));
  if (!result.feed) {
    const [problem] = result.problems;
    const kind: FeedErrorKind = refusalKind(result.problems);
    const reason = kind === 'json' ? `it is not valid JSON (${problem.found})` : problem.message;
    fail(kind, reason, {status: response.status, problems: result.problems});
  }
  return {changed: true, result, document, text, validators: answered, conditionalRefused};
}
