/**
 * The view kept in the page URL's fragment (`sync-url`), loaded when a page asks for it: read
 * when the element connects and when the fragment changes, written (without adding to the
 * history) when the reader moves. A fragment is someone else's text: what cannot be read in it
 * is ignored, with one console warning each, and nothing is thrown.
 */
import {splitList} from '../layout/presentation.js';
import {readViewHash, writeViewHash, type ViewState} from '../model/view-hash.js';
import type {AnalystHost} from './analyst-controller.js';

/** Pause after the last move before the fragment is rewritten, ms. */
const WRITE_PAUSE_MS = 300;

export class UrlSync {
  private writeTimer?: ReturnType<typeof setTimeout>;
  /** The view last read from or written to the fragment, so that a write only follows a change. */
  private lastWritten?: string;
  /** Whether the fragment was read since the element connected (nothing is written before). */
  private restored = false;
  private readonly warned = new Set<string>();

  constructor(private readonly host: AnalystHost) {}

  connected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.restore();
  }

  disconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.writeTimer);
    this.restored = false;
  }

  updated(): void {
    if (!this.restored) return this.restore();
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => this.write(), WRITE_PAUSE_MS);
  }

  /** The key of this element's part of the fragment: its id, else "timeline". */
  get key(): string {
    return this.host.id || 'timeline';
  }

  private readonly onHashChange = () => {
    if (!this.host.syncUrl) return;
    this.restored = false;
    this.restore();
  };

  private restore(): void {
    if (this.restored || !this.host.syncUrl) return;
    const {state, problems} = readViewHash(location.hash, this.key);
    for (const problem of problems) this.warnOnce(problem);
    this.apply(state);
    this.restored = true;
    this.lastWritten = JSON.stringify(this.current());
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
    if (state.laneOrder) host.laneOrder = state.laneOrder;
    if (state.sizeBy) host.sizeBy = state.sizeBy;
  }

  /** The view as the fragment keeps it. */
  private current(): ViewState {
    const host = this.host;
    // The lists as the filters read them (lanes and actors by commas only: a name may hold spaces).
    const list = (value: string | undefined, separator?: RegExp) => (value ? splitList(value, separator) : undefined);
    const state: ViewState = {
      start: host.start,
      end: host.end,
      categories: list(host.categories),
      statuses: list(host.statuses),
      minLevel: host.minLevel,
      lanes: list(host.lanes, /\s*,\s*/),
      actors: list(host.actors, /\s*,\s*/),
      query: host.query?.trim() || undefined,
      selected: host.selected,
      groupBy: host.groupBy === 'none' ? undefined : host.groupBy,
      laneOrder: host.laneOrder === 'count' ? undefined : host.laneOrder,
      sizeBy: host.sizeBy === 'severity' ? undefined : host.sizeBy,
    };
    for (const name of Object.keys(state) as Array<keyof ViewState>) if (state[name] === undefined) delete state[name];
    return state;
  }

  /** Writes the view to the fragment now, if it changed. */
  write(): void {
    if (!this.host.syncUrl || !this.restored) return;
    const state = this.current();
    const text = JSON.stringify(state);
    if (text === this.lastWritten) return;
    this.lastWritten = text;
    const hash = writeViewHash(location.hash, this.key, state);
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
