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
import type {ItemSearch} from '../model/timeline-model.js';
import type {Translate} from '../i18n/translate.js';
import {LazyPartController} from './lazy-part-controller.js';

/** Pause after the last keystroke before the search applies, ms. */
const SEARCH_PAUSE_MS = 250;
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
  laneOrder: string;
  sizeBy: string;
  syncUrl: boolean;
}

export type AnalystHost = ReactiveControllerHost & HTMLElement & ViewAttributes;

type UrlSyncCode = typeof import('./url-sync.js');
type UrlSync = InstanceType<UrlSyncCode['UrlSync']>;

export class AnalystController implements ReactiveController {
  private readonly searchCode;
  private readonly syncCode;
  private searchFunction?: ItemSearch;
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The view kept in the URL, once its code is here (with `sync-url` only). */
  private sync?: UrlSync;

  constructor(private readonly host: AnalystHost) {
    host.addController(this);
    this.searchCode = new LazyPartController(host, () => import('../model/search.js'));
    this.syncCode = new LazyPartController(host, () => import('./url-sync.js'));
  }

  /** The loads under way, for the host's `updateComplete`. */
  get parts(): ReadonlyArray<{readonly pending: Promise<void> | undefined}> {
    return [this.searchCode, this.syncCode];
  }

  /** The search the model filters with, once its code is here and while a query is set. */
  get search(): ItemSearch | undefined {
    if (!this.host.query?.trim()) return undefined;
    const module = this.searchCode.get();
    if (!module) return undefined;
    // One function for as long as the module is loaded: the model is kept while it stays the same.
    return (this.searchFunction ??= (item: Incident | AlertWindow, query: string) => module.itemMatches(item, query));
  }

  /** The search box: what is typed, and "312 incidents matching “kunduz”" while a query is set. */
  searchView(matching: number, t: Translate): {query: string; status?: string; onInput: (value: string) => void} {
    const query = this.host.query?.trim() ?? '';
    const status = query ? `${t('incidents', {count: matching})} ${t('matchingQuery', {query})}` : undefined;
    return {query: this.host.query ?? '', status, onInput: (value: string) => this.typed(value)};
  }

  /** What the reader types in the search box, applied after a pause. */
  typed(value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.host.query = value.trim() || undefined;
    }, SEARCH_PAUSE_MS);
  }

  hostConnected(): void {
    this.sync?.connected();
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
    this.sync?.disconnected();
  }

  hostUpdated(): void {
    if (!this.host.syncUrl) return;
    if (!this.sync) {
      const code = this.syncCode.get();
      if (!code) return;
      this.sync = new code.UrlSync(this.host);
      if (this.host.isConnected) this.sync.connected();
    }
    this.sync.updated();
  }

  /** The page's URL with this element's view in its fragment (written now, with `sync-url`). */
  linkToView(): string {
    this.sync?.write();
    return location.href;
  }
}
