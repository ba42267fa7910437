/**
 * The analyst's tools on the element: the search (its code loads when a query is first set, and
 * the box applies what is typed after a short pause), exports (their code loads when one is first
 * asked for), and, with `sync-url`, the view kept in the page URL's fragment: read when the element
 * connects and when the fragment changes, written (without adding to the history) when the
 * reader moves. A fragment is someone else's text: what cannot be read in it is ignored, with one
 * console warning each, and nothing is thrown.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {AlertWindow, Incident} from '../feed/types.js';
import type {ViewState} from '../model/view-hash.js';
import type {ItemSearch} from '../model/timeline-model.js';
import {LazyPartController} from './lazy-part-controller.js';

/** Pause after the last keystroke before the search applies, ms. */
const SEARCH_PAUSE_MS = 250;
/** Pause after the last move before the fragment is rewritten, ms. */
const WRITE_PAUSE_MS = 300;

/** What the element holds of a view, as its attributes write it. */
export interface ViewAttributes {
  start?: string;
  end?: string;
  categories?: string;
  statuses?: string;
  minLevel?: string;
  lanes?: string;
  actors?: string;
  query?: string;
  selected?: string;
  groupBy: string;
  syncUrl: boolean;
}

export type AnalystHost = ReactiveControllerHost & HTMLElement & ViewAttributes;

type ViewHash = typeof import('../model/view-hash.js');

export class AnalystController implements ReactiveController {
  private readonly searchCode;
  private readonly hashCode;
  private searchFunction?: ItemSearch;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private writeTimer?: ReturnType<typeof setTimeout>;
  /** The view last read from or written to the fragment, so that a write only follows a change. */
  private lastWritten?: string;
  /** Whether the fragment was read since the element connected (nothing is written before). */
  private restored = false;
  private readonly warned = new Set<string>();

  constructor(private readonly host: AnalystHost) {
    host.addController(this);
    this.searchCode = new LazyPartController(host, () => import('../model/search.js'));
    this.hashCode = new LazyPartController(host, () => import('../model/view-hash.js'));
  }

  /** The loads under way, for the host's `updateComplete`. */
  get parts(): ReadonlyArray<{readonly pending: Promise<void> | undefined}> {
    return [this.searchCode, this.hashCode];
  }

  /** The search the model filters with, once its code is here and while a query is set. */
  get search(): ItemSearch | undefined {
    if (!this.host.query?.trim()) return undefined;
    const module = this.searchCode.get();
    if (!module) return undefined;
    // One function for as long as the module is loaded: the model is kept while it stays the same.
    return (this.searchFunction ??= (item: Incident | AlertWindow, query: string) => module.itemMatches(item, query));
  }

  /** What the reader types in the search box, applied after a pause. */
  typed(value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.host.query = value.trim() || undefined;
    }, SEARCH_PAUSE_MS);
  }

  hostConnected(): void {
    this.restored = false;
    window.addEventListener('hashchange', this.onHashChange);
    if (this.host.syncUrl) this.restore();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.searchTimer);
    clearTimeout(this.writeTimer);
  }

  hostUpdated(): void {
    if (!this.host.syncUrl) return;
    if (!this.restored) return this.restore();
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => this.write(), WRITE_PAUSE_MS);
  }

  /** The key of this element's part of the fragment: its id, else "timeline". */
  get key(): string {
    return this.host.id || 'timeline';
  }

  /** The page's URL with this element's view in its fragment, written now. */
  linkToView(): string {
    this.write();
    return location.href;
  }

  private readonly onHashChange = () => {
    if (!this.host.syncUrl) return;
    this.restored = false;
    this.restore();
  };

  private withHashCode(then: (code: ViewHash) => void): void {
    const code = this.hashCode.get();
    if (code) then(code);
    else void this.hashCode.pending?.then(() => this.hashCode.get() && then(this.hashCode.get()!));
  }

  private restore(): void {
    this.withHashCode((code) => {
      if (this.restored) return;
      const {state, problems} = code.readViewHash(location.hash, this.key);
      for (const problem of problems) this.warnOnce(problem);
      this.apply(state);
      this.restored = true;
      this.lastWritten = JSON.stringify(this.current());
    });
  }

  private apply(state: ViewState): void {
    const host = this.host;
    if (state.start && state.end) [host.start, host.end] = [state.start, state.end];
    if (state.categories) host.categories = state.categories.join(' ');
    if (state.statuses) host.statuses = state.statuses.join(' ');
    if (state.minLevel) host.minLevel = state.minLevel;
    if (state.lanes) host.lanes = state.lanes.join(', ');
    if (state.actors) host.actors = state.actors.join(', ');
    if (state.query) host.query = state.query;
    if (state.selected) host.selected = state.selected;
    if (state.groupBy) host.groupBy = state.groupBy;
  }

  /** The view as the fragment keeps it. */
  private current(): ViewState {
    const host = this.host;
    const list = (value: string | undefined, separator: RegExp) =>
      value
        ? value
            .split(separator)
            .map((entry) => entry.trim())
            .filter(Boolean)
        : undefined;
    const state: ViewState = {
      start: host.start,
      end: host.end,
      categories: list(host.categories, /[\s,]+/),
      statuses: list(host.statuses, /[\s,]+/),
      minLevel: host.minLevel,
      lanes: list(host.lanes, /\s*,\s*/),
      actors: list(host.actors, /\s*,\s*/),
      query: host.query?.trim() || undefined,
      selected: host.selected,
      groupBy: host.groupBy === 'none' ? undefined : host.groupBy,
    };
    for (const name of Object.keys(state) as Array<keyof ViewState>) if (state[name] === undefined) delete state[name];
    return state;
  }

  private write(): void {
    if (!this.host.syncUrl || !this.restored) return;
    const code = this.hashCode.get();
    if (!code) return;
    const state = this.current();
    const text = JSON.stringify(state);
    if (text === this.lastWritten) return;
    this.lastWritten = text;
    const hash = code.writeViewHash(location.hash, this.key, state);
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash.replace(/^#/, '')}` : ''}`);
    } catch (error) {
      // A sandboxed page may refuse: the view is then only not citable.
      this.warnOnce(`the view could not be written to the URL: ${String(error)}`);
    }
  }

  private warnOnce(problem: string): void {
    if (this.warned.has(problem)) return;
    this.warned.add(problem);
    console.warn(`security-timeline: URL fragment ${problem}`);
  }
}
