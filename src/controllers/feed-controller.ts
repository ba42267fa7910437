/**
 * Feeds an element from one of three inputs, in this order of precedence: a `feed` object set
 * as a property, a `src` URL (or several, separated by spaces), or an inline
 * `<script type="application/json">` child.
 *
 * A newer input always wins over an older one still in flight: every load carries a
 * generation number, a response that arrives after a newer load started is discarded, and the
 * older requests are aborted.
 *
 * Fetched feeds can be refreshed every `refreshMs`: conditionally (`If-None-Match`,
 * `If-Modified-Since`), so an unchanged feed costs one 304 and no re-render; never while the
 * page is hidden; less and less often while refreshes fail (exponential back-off, capped), during
 * which the last good data stays, marked stale since the first failure. A refresh that finds the
 * feed changed says what it changed (`changes`): what was edited, added and taken back.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedLoadError, fetchFeed, type FeedLoadErrorDetail, type FeedValidators, type FetchFeedOutcome, type LoadOptions} from '../feed/load.js';
import {singleReading, type FeedPart} from '../feed/origin.js';
import {loadedReading, loadReading, type Reading} from '../feed/lazy-read.js';
import type {Started} from '../feed/slices.js';
import type {FeedText} from '../feed/guard.js';
import type {ValidationResult} from '../feed/types.js';
import type {FeedChanges} from '../model/feed-changes.js';

export type FeedState = 'empty' | 'loading' | 'ready' | 'error';

export interface FeedInputs {
  /** An object set as the `feed` property. */
  document?: unknown;
  /** The `src` attribute: one URL, or several separated by white space. */
  url?: string;
  /** Limits for fetching `url`. */
  limits?: Omit<LoadOptions, 'signal'>;
  /** Milliseconds between refreshes of the feeds at `url`; 0 or absent: never. */
  refreshMs?: number;
}

export interface FeedControllerCallbacks {
  /** A feed was read asynchronously (from `src`, a refresh that found it changed, or an inline script). */
  onLoad?(result: ValidationResult, origin: string): void;
  /**
   * A feed could not be read: nothing usable at all, one of several feeds (the others drawn), or
   * a refresh (the last good data kept, marked stale).
   */
  onError?(detail: FeedLoadErrorDetail): void;
  /**
   * Prepares the drawing of a new reading (the host's model of it): called in the task the
   * reading ends in, and the host is drawn in the next, so that neither task is a long one.
   */
  prepare?(): void;
}

/** From this many incidents, drawing a reading is prepared in one task and done in the next. */
const PREPARED_FROM = 2_000;

/** The URLs of a `src` value: one, or several separated by white space; duplicates once. */
export function splitSources(src: string | undefined): string[] {
  const base = globalThis.location?.href;
  const urls = (src ?? '').split(/\s+/).filter((part) => part !== '');
  return [...new Set(urls.map((url) => new URL(url, base).href))];
}

type Merge = (parts: readonly FeedPart[]) => ValidationResult | null;

/** The reading of the one feed of `src`, or null when it did not load. */
const readingOfOne: Merge = ([part]) => (part.result?.feed ? singleReading({url: part.url, result: {...part.result, feed: part.result.feed}}) : null);

/** Code loaded on demand that does `what`; undefined, with a warning, when it cannot be loaded (offline, blocked). */
async function codeThat<T>(what: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    console.warn(`security-timeline: the code that ${what} could not be loaded.`, error);
    return undefined;
  }
}

const MERGES = 'merges several feeds';

/**
 * The merge of several feeds, loaded on demand. If its code cannot be loaded (offline, blocked),
 * the first feed that loaded is drawn alone, and a problem says the others are not shown.
 */
async function loadMerger(): Promise<Merge> {
  const code = await codeThat(MERGES, () => import('../feed/merge.js'));
  if (code) return code.mergeFeeds;
  return (parts) => {
    const first = parts.find((part) => part.result?.feed);
    const reading = first && readingOfOne([first]);
    if (!reading) return null;
    const message = `Only ${first.url} is shown: the code that ${MERGES} could not be loaded.`;
    const skipped = {pointer: '', expected: `the code that ${MERGES}`, found: 'not loaded', dropped: 'feed' as const, message};
    return {
      feed: reading.feed,
      problems: [...reading.problems, ...parts.filter((part) => part !== first).map((part) => ({...skipped, origin: part.url}))],
    };
  };
}

/** A reading that changed nothing: the changes of a first reading, or of a new input. */
const NO_CHANGES: FeedChanges = {changed: new Map(), withdrawn: new Map(), added: new Set()};

/** One feed of `src`, as last fetched. */
interface Slot extends FeedPart {
  validators: FeedValidators;
  /** Whether its server takes conditional requests (a cross-origin one may refuse them). */
  conditional: boolean;
  text?: string;
}

type Attempt = {ok: true; outcome: FetchFeedOutcome} | {ok: false; error: FeedLoadErrorDetail};

export class FeedController implements ReactiveController {
  state: FeedState = 'empty';
  result: ValidationResult | null = null;
  error: FeedLoadErrorDetail | null = null;
  /** When the data shown went stale (epoch ms): the first of the refreshes failing since; null while fresh. */
  staleFrom: number | null = null;
  /** Why the last refresh failed, while `staleFrom` is set. */
  refreshError: FeedLoadErrorDetail | null = null;

  /**
   * What the refresh that read `result` changed since the reading before it: items edited, added,
   * and taken back (those with what they said, since `result` no longer has them). Empty for a
   * first reading and for any new input (another `src`, a `feed` object, inline data): that is a
   * new feed, not a revision. A refresh that finds the feed unchanged keeps it.
   */
  get changes(): FeedChanges {
    return this.latestChanges;
  }

  private latestChanges: FeedChanges = NO_CHANGES;

  private generation = 0;
  private abort?: AbortController;
  private observer?: MutationObserver;
  private inputs: FeedInputs = {};
  private connected = false;
  private slots: Slot[] = [];
  /** Consecutive refreshes (or first loads) that failed. */
  private failures = 0;
  /** The code that plans refreshes, loaded by the first feed that has a period. */
  private refreshCode?: Promise<typeof import('./feed-refresh.js') | undefined>;
  private refreshTimer?: import('./feed-refresh.js').RefreshTimer;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: FeedControllerCallbacks = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // The code that reads feeds loads beside the first one, whichever way it comes.
    loadReading().catch(() => undefined);
    // A framework that wrote a feed object as an attribute (React 19, before the element was defined) is told how to hand it over.
    if (this.host.getAttribute('feed') === '[object Object]')
      console.warn(
        'security-timeline: the feed was set as an attribute ("[object Object]"), which cannot carry it: set the feed property, define the element before your framework renders it, or use security-timeline/react.',
      );
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

  /** Sets the inputs; reads the feed again if they changed, or re-plans the refresh if only its period did. */
  update(inputs: FeedInputs): void {
    const same =
      inputs.document === this.inputs.document &&
      inputs.url === this.inputs.url &&
      inputs.limits?.timeoutMs === this.inputs.limits?.timeoutMs &&
      inputs.limits?.maxBytes === this.inputs.limits?.maxBytes;
    const samePeriod = (inputs.refreshMs ?? 0) === (this.inputs.refreshMs ?? 0);
    this.inputs = inputs;
    if (!this.connected) return;
    if (!same) this.reload();
    else if (!samePeriod && !this.abort) this.scheduleRefresh();
  }

  /** Reads the feed again from the current input (used for a retry). */
  reload(): void {
    this.cancel();
    const generation = ++this.generation;
    this.failures = 0;
    this.staleFrom = null;
    this.refreshError = null;
    this.slots = [];
    const {document, url} = this.inputs;
    if (document !== undefined && document !== null) {
      this.readHere(generation, (reading, signal) => reading.startValidatingFeed(document, {signal}), false);
      return;
    }
    const urls = splitSources(url);
    if (urls.length) {
      this.slots = urls.map((href) => ({url: href, result: null, error: null, validators: {}, conditional: true}));
      this.state = 'loading';
      this.error = null;
      this.host.requestUpdate();
      void this.fetchAll(generation, false);
      return;
    }
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const text = script.textContent ?? '';
      this.readHere(generation, (reading, signal) => resultOf(reading.startReadingFeedText(text, {signal})), true);
      return;
    }
    this.state = 'empty';
    this.result = null;
    this.latestChanges = NO_CHANGES;
    this.error = null;
    this.host.requestUpdate();
  }

  /** Fetches every feed of `src` (conditionally, for a refresh) and draws what changed. */
  private async fetchAll(generation: number, refreshing: boolean) {
    const abort = (this.abort = new AbortController());
    const slots = this.slots;
    // Merging several feeds is code a page with one feed never needs, and comparing readings code
    // a page that never refreshes never needs: each loads beside the fetches.
    const merger = slots.length > 1 ? loadMerger() : undefined;
    const comparer = refreshing ? codeThat('compares readings of a feed', () => import('../model/feed-changes.js')) : undefined;
    const attempts = await Promise.all(
      slots.map((slot): Promise<Attempt> =>
        fetchFeed(slot.url, {
          ...this.inputs.limits,
          signal: abort.signal,
          validators: refreshing && slot.conditional ? slot.validators : undefined,
          previousText: refreshing ? slot.text : undefined,
          revalidate: refreshing,
        })
          .then(async (outcome): Promise<Attempt> => {
            // Its items are tagged with its URL now, in slices: the merge, in the task that draws
            // the feed, then finds that done.
            if (outcome.changed && outcome.result.feed)
              await loadedReading()?.tagOriginInSlices(outcome.result.feed, slot.url, {signal: abort.signal});
            return {ok: true, outcome};
          })
          .catch((error: unknown) => ({ok: false, error: toDetail(error, slot.url)})),
      ),
    );
    const merge = (await merger) ?? readingOfOne;
    // Without the comparison, a refresh says no changes.
    const compare = (await comparer)?.feedChanges;
    if (this.abort === abort) this.abort = undefined;
    if (generation !== this.generation || abort.signal.aborted) return;

    let changed = false;
    const failed: FeedLoadErrorDetail[] = [];
    attempts.forEach((attempt, i) => {
      const slot = slots[i];
      if (!attempt.ok) {
        slot.error = attempt.error;
        failed.push(attempt.error);
        return;
      }
      const {outcome} = attempt;
      slot.error = null;
      slot.validators = outcome.validators;
      if (outcome.conditionalRefused) slot.conditional = false;
      if (outcome.changed) {
        // The text is kept only to recognise an identical copy at the next refresh: a feed of
        // 100,000 incidents is 60 MB of it, which a page that never refreshes should not hold.
        Object.assign(slot, {result: outcome.result, document: outcome.document, text: this.inputs.refreshMs ? outcome.text() : undefined});
        changed = true;
      }
    });
    this.failures = failed.length ? this.failures + 1 : 0;

    const shown = this.result?.feed != null;
    if (changed || !shown) {
      const merged = merge(slots);
      if (merged) {
        // A refresh reads the same feeds again; the first reading of an input is a new feed, not a revision.
        const previous = this.result?.feed ?? null;
        this.latestChanges = compare && merged.feed ? compare(previous, merged.feed) : NO_CHANGES;
        this.result = merged;
        this.state = 'ready';
        this.error = null;
      } else if (failed.length) {
        this.fail(failed);
      }
    }
    if (this.state === 'ready' && refreshing) {
      // Data goes stale when a feed drawn from an earlier reading fails to refresh; a feed that
      // never loaded is a problem in the list instead.
      const stale = failed.filter((detail) => slots.some((slot) => slot.error === detail && slot.result));
      const wasStale = this.staleFrom !== null;
      this.staleFrom = stale.length ? (this.staleFrom ?? Date.now()) : null;
      this.refreshError = stale[0] ?? null;
      // An unchanged feed, fetched without error, costs no update at all.
      if (changed || stale.length || wasStale) this.host.requestUpdate();
    } else if (changed || !shown) {
      this.present();
    }
    if ((changed || !shown) && this.state === 'ready') this.callbacks.onLoad?.(this.result!, this.inputs.url ?? '');
    for (const detail of failed) {
      // A limit of the element stopped the feed: the page's author learns which attribute raises it.
      if (detail.hint) console.warn(`security-timeline: ${detail.message} ${detail.hint}`);
      this.callbacks.onError?.(detail);
    }
    this.scheduleRefresh();
  }

  /** Nothing could be drawn: the error state, with what each feed said. */
  private fail(failed: FeedLoadErrorDetail[]) {
    const [first] = failed;
    const detail: FeedLoadErrorDetail =
      failed.length <= 1
        ? first
        : {...first, message: failed.map((each) => each.message).join(' '), problems: failed.flatMap((each) => each.problems)};
    this.state = 'error';
    this.error = detail;
    this.result = detail.problems.length ? {feed: null, problems: detail.problems} : null;
    this.latestChanges = NO_CHANGES;
  }

  /** Plans the next refresh, if the feed has a period; its code loads the first time one does. */
  private scheduleRefresh() {
    const period = this.inputs.refreshMs ?? 0;
    const active = this.connected && period > 0 && Number.isFinite(period) && this.slots.length > 0;
    if (!active) {
      this.refreshTimer?.stop();
      return;
    }
    this.refreshCode ??= codeThat('refreshes feeds', () => import('./feed-refresh.js'));
    const generation = this.generation;
    void this.refreshCode.then((code) => {
      // Planned for a reading that is still the current one, and not already fetching again.
      if (!code || generation !== this.generation || !this.connected || this.abort) return;
      this.refreshTimer ??= new code.RefreshTimer(() => {
        if (!this.abort) void this.fetchAll(this.generation, true);
      });
      this.refreshTimer.schedule(period, this.failures);
    });
  }

  /** Reading under way of a feed given here (an object, inline data): its code loading, or its slices. */
  get pending(): Promise<void> | undefined {
    return this.readingHere ?? this.presenting;
  }

  /** A reading prepared, whose drawing is asked for in the next task. */
  private presenting?: Promise<void>;

  private readingHere?: Promise<void>;
  /** Stops the reading under way of a feed given here when a newer input replaces it. */
  private readingAbort?: AbortController;

  /**
   * Reads a feed given here (an object, inline data) with the code that reads feeds, once it is
   * loaded (as it is once an element has connected), in slices: a small feed at once, a large one
   * over several tasks, so that the page stays responsive while it is read.
   */
  private readHere(generation: number, read: (reading: Reading, signal: AbortSignal) => Started<ValidationResult>, inline: boolean) {
    const abort = (this.readingAbort = new AbortController());
    const current = () => generation === this.generation && !abort.signal.aborted;
    const failed = (kind: FeedLoadErrorDetail['kind'], message: string) => {
      if (!current()) return;
      this.fail([{kind, url: '', message, problems: []}]);
      this.host.requestUpdate();
      this.callbacks.onError?.(this.error!);
    };
    const done = (reading: Reading, result: ValidationResult) => {
      if (!current()) return;
      this.settle(result, reading);
      if (!inline) return;
      if (result.feed) this.callbacks.onLoad?.(result, 'inline');
      else this.callbacks.onError?.(this.error!);
    };
    // The reader never throws on a feed; should it fail all the same, the element says so rather than throw.
    const unreadable = (error: unknown) => failed('invalid', `The feed could not be read: ${String(error)}.`);
    const start = (reading: Reading): Promise<void> | undefined => {
      if (!current()) return;
      let started: Started<ValidationResult>;
      try {
        started = read(reading, abort.signal);
      } catch (error) {
        unreadable(error);
        return;
      }
      if (started.done) {
        done(reading, started.value);
        return;
      }
      return started.promise.then((result) => done(reading, result), unreadable);
    };
    const loaded = loadedReading();
    const pending = loaded
      ? start(loaded)
      : loadReading().then(start, () => failed('network', 'The code that reads feeds could not be loaded (offline, or blocked by the page).'));
    if (!pending) return;
    if (!this.result) this.state = 'loading';
    this.readingHere = pending;
    void pending.finally(() => {
      if (this.readingHere === pending) this.readingHere = undefined;
    });
    this.host.requestUpdate();
  }

  private settle(result: ValidationResult, reading: Reading) {
    this.result = result;
    this.latestChanges = NO_CHANGES;
    if (result.feed) {
      this.state = 'ready';
      this.error = null;
    } else {
      this.state = 'error';
      const [first] = result.problems;
      this.error = {
        kind: reading.refusalKind(result.problems),
        url: '',
        message: first?.message ?? 'The feed could not be read.',
        problems: result.problems,
      };
    }
    this.present();
  }

  /** Draws what was just read; a large feed prepared now and drawn in the next task (see `prepare`). */
  private present() {
    if (this.state !== 'ready' || !this.callbacks.prepare || this.result!.feed!.incidents.length < PREPARED_FROM) return this.host.requestUpdate();
    this.callbacks.prepare();
    this.presenting = new Promise((resolve) =>
      setTimeout(() => {
        this.presenting = undefined;
        this.host.requestUpdate();
        resolve();
      }),
    );
  }

  /** Stops what is in flight and what is planned. */
  private cancel() {
    this.abort?.abort();
    this.abort = undefined;
    this.readingAbort?.abort();
    this.readingAbort = undefined;
    this.refreshTimer?.stop();
  }
}

/** The reading of a feed's text, without the document it parsed. */
const resultOf = (started: Started<FeedText>): Started<ValidationResult> =>
  started.done ? {done: true, value: started.value.result} : {done: false, promise: started.promise.then(({result}) => result)};

function toDetail(error: unknown, url: string): FeedLoadErrorDetail {
  return error instanceof FeedLoadError
    ? error.detail
    : {kind: 'network', url, message: `Could not load the feed ${url}: ${String(error)}.`, problems: []};
}
