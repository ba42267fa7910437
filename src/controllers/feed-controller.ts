/**
 * Feeds an element from one of three inputs, in this order of precedence: a `feed` object set
 * as a property, a `src` URL, or an inline `<script type="application/json">` child.
 *
 * A newer input always wins over an older one still in flight: every load carries a
 * generation number, and a response that arrives after a newer load started is discarded.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedLoadError, loadFeed, type FeedLoadErrorDetail, type LoadOptions} from '../feed/load.js';
import {readFeed, validateFeed} from '../feed/validate.js';
import type {ValidationResult} from '../feed/types.js';

export type FeedState = 'empty' | 'loading' | 'ready' | 'error';

export interface FeedInputs {
  /** An object set as the `feed` property. */
  document?: unknown;
  /** The `src` attribute. */
  url?: string;
  /** Limits for fetching `url`. */
  limits?: Omit<LoadOptions, 'signal'>;
}

export interface FeedControllerCallbacks {
  /** A feed was read asynchronously (from `src` or an inline script). */
  onLoad?(result: ValidationResult, origin: string): void;
  /** Nothing usable could be read. */
  onError?(detail: FeedLoadErrorDetail): void;
}

export class FeedController implements ReactiveController {
  state: FeedState = 'empty';
  result: ValidationResult | null = null;
  error: FeedLoadErrorDetail | null = null;

  private generation = 0;
  private abort?: AbortController;
  private observer?: MutationObserver;
  private inputs: FeedInputs = {};
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: FeedControllerCallbacks = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Inline data may be added, edited or removed after the element is on the page.
    this.observer = new MutationObserver(() => {
      if (this.inputs.document === undefined && !this.inputs.url) this.reload();
    });
    this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
    this.reload();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.cancel();
  }

  /** Sets the inputs; reads the feed again if they changed. */
  update(inputs: FeedInputs): void {
    const same =
      inputs.document === this.inputs.document &&
      inputs.url === this.inputs.url &&
      inputs.limits?.timeoutMs === this.inputs.limits?.timeoutMs &&
      inputs.limits?.maxBytes === this.inputs.limits?.maxBytes;
    this.inputs = inputs;
    if (!same && this.connected) this.reload();
  }

  /** Reads the feed again from the current input (used for a retry). */
  reload(): void {
    this.cancel();
    const generation = ++this.generation;
    const {document, url} = this.inputs;
    if (document !== undefined && document !== null) {
      this.settle(validateFeed(document));
      return;
    }
    if (url) {
      this.fetch(url, generation);
      return;
    }
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const result = readFeed(script.textContent ?? '');
      this.settle(result);
      if (result.feed) this.callbacks.onLoad?.(result, 'inline');
      else this.callbacks.onError?.(this.error!);
      return;
    }
    this.state = 'empty';
    this.result = null;
    this.error = null;
    this.host.requestUpdate();
  }

  private async fetch(url: string, generation: number) {
    const abort = (this.abort = new AbortController());
    this.state = 'loading';
    this.error = null;
    this.host.requestUpdate();
    try {
      const result = await loadFeed(url, {...this.inputs.limits, signal: abort.signal});
      if (generation !== this.generation) return;
      this.settle(result);
      this.callbacks.onLoad?.(result, url);
    } catch (error) {
      if (generation !== this.generation || abort.signal.aborted) return;
      const detail: FeedLoadErrorDetail =
        error instanceof FeedLoadError
          ? error.detail
          : {kind: 'network', url, message: `Could not load the feed ${url}: ${String(error)}.`, problems: []};
      this.state = 'error';
      this.error = detail;
      this.result = detail.problems.length ? {feed: null, problems: detail.problems} : null;
      this.host.requestUpdate();
      this.callbacks.onError?.(detail);
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
  }

  private settle(result: ValidationResult) {
    this.result = result;
    if (result.feed) {
      this.state = 'ready';
      this.error = null;
    } else {
      this.state = 'error';
      const [first] = result.problems;
      this.error = {kind: first?.expected === 'a JSON document' ? 'json' : 'invalid', url: '', message: first?.message ?? 'The feed could not be read.', problems: result.problems};
    }
    this.host.requestUpdate();
  }

  private cancel() {
    this.abort?.abort();
    this.abort = undefined;
  }
}
