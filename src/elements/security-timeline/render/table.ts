/**
 * The table of the alerts and incidents in the visible window: the chart's content as rows and
 * columns, for reading, sorting and screen readers. Every item the chart has in view is listed,
 * a page at a time. Loaded when first shown.
 *
 * Pages rather than a virtualised list: a page is a real table of a hundred rows, which screen
 * readers walk, search and count as they do any table, which keyboards and the find-in-page of
 * the browser reach, and which prints; a virtualised list hides its rows from all of them.
 */
import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Source} from '../../../feed/types.js';
import type {ReaderSettings} from '../../../layout/describe.js';
import {fatalitiesText, whenText} from '../../../layout/describe-items.js';
import {formatDayRange} from '../../../layout/format-time.js';
import {truncate, type TimelineItem} from '../../../layout/presentation.js';
import type {MessageKey} from '../../../i18n/messages.js';
import type {Translate} from '../../../i18n/translate.js';
import {findMatches, parseQuery, type SearchQuery} from '../../../model/search.js';
import {
  columnText,
  DATE_ORDER,
  nextSort,
  sourceLink,
  tablePage,
  tableRows,
  type SortColumn,
  type TablePage,
  type TableSort,
} from '../../../model/table-rows.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export {styles} from './table.styles.js';

/** What the table keeps between renders: the reader's sort, the page, and the window it is a page of. */
export interface TableState {
  sort?: TableSort;
  page?: number;
  window?: readonly [number, number];
}

export interface TableOptions {
  /**
   * Where the sort and the page are kept: one object per element, kept for its lifetime, so
   * that they last across filter changes. Without it they are kept with the model, and a new
   * model (other filters, a refreshed feed) opens in time order again.
   */
  state?: TableState;
  /** Draws the table again after the reader sorted or turned a page; by default the host element's `requestUpdate`. */
  onChange?: () => void;
  /** The search query: its matches are marked in titles and places. */
  query?: string;
}

const statesOfModels = new WeakMap<TimelineModel, TableState>();

function stateOf(model: TimelineModel): TableState {
  let state = statesOfModels.get(model);
  if (!state) statesOfModels.set(model, (state = {}));
  return state;
}

/** The element the table is drawn in, asked to draw again: it has no other way to hear of a click here. */
function requestHostUpdate(event: Event): void {
  const root = (event.currentTarget as Node).getRootNode();
  if (root instanceof ShadowRoot) (root.host as Partial<ReactiveControllerHost>).requestUpdate?.();
}

/** The headings, in order, with the column each sorts by; sources are not sorted. */
const COLUMNS: ReadonlyArray<{label: MessageKey; sortBy?: SortColumn}> = [
  {label: 'columnWhen', sortBy: 'date'},
  {label: 'columnType', sortBy: 'category'},
  {label: 'columnWhat', sortBy: 'title'},
  {label: 'columnStatus', sortBy: 'status'},
  {label: 'columnWhere', sortBy: 'place'},
  {label: 'columnFatalities', sortBy: 'fatalities'},
  {label: 'sources'},
];

/** Longest title written in a cell; the details panel has it whole. */
const MAX_TITLE_LENGTH = 200;
const MAX_PUBLISHER_LENGTH = 120;

/** Text with what the query found in it marked, as Lit parts (text is never read as HTML). */
function marked(text: string, query: SearchQuery | null): string | Array<string | TemplateResult> {
  const ranges = query ? findMatches(text, query) : [];
  if (!ranges.length) return text;
  const pieces: Array<string | TemplateResult> = [];
  let at = 0;
  for (const {start, end} of ranges) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/** A source by its publisher: a link when it has a web address, else text (a rejected link is not followed). */
function renderSource(source: Source) {
  const publisher = html`<bdi>${truncate(source.publisher, MAX_PUBLISHER_LENGTH)}</bdi>`;
  const href = sourceLink(source);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${publisher}</a>` : publisher;
}

function renderSources(sources: readonly Source[], t: Translate) {
  const separator = t('listSeparator');
  return sources.map((source, i) => html`${i ? separator : ''}${renderSource(source)}`);
}

function renderRow(item: TimelineItem, model: TimelineModel, dates: ReaderSettings, query: SearchQuery | null): TemplateResult {
  const {t} = dates;
  const {feed} = model;
  const deaths = item.kind === 'incident' && item.fatalities ? fatalitiesText(item.fatalities, t) : '';
  return html`<tr>
    <td>${whenText(item, dates)}</td>
    <td>${columnText(item, 'category', feed, t)}</td>
    <td><bdi>${marked(truncate(item.title, MAX_TITLE_LENGTH), query)}</bdi></td>
    <td>${columnText(item, 'status', feed, t)}</td>
    <td><bdi>${marked(columnText(item, 'place', feed, t), query)}</bdi></td>
    <td class="number">${deaths}</td>
    <td>${renderSources(item.sources, t)}</td>
  </tr>`;
}

/**
 * Column headings: each sortable one a button, its `<th>` saying how the table is sorted by it
 * (`aria-sort`, only on the column sorted by, as ARIA asks).
 */
function renderHead(sort: TableSort, t: Translate, sortBy: (column: SortColumn, event: Event) => void): TemplateResult {
  return html`<thead>
    <tr>
      ${COLUMNS.map(({label, sortBy: column}) => {
        if (!column) return html`<th scope="col">${t(label)}</th>`;
        const direction = sort.column === column ? sort.direction : undefined;
        const button = html`<button type="button" class="sort" @click=${(event: Event) => sortBy(column, event)}>${t(label)}</button>`;
        return html`<th scope="col" aria-sort=${ifDefined(direction)}>${button}</th>`;
      })}
    </tr>
  </thead>`;
}

/**
 * Which rows the page holds, and buttons to the pages either side: above the table, so that the
 * next page starts where the reader is. At the first or last page a button is marked disabled
 * (`aria-disabled`) but keeps focus, which `disabled` would drop out of the table.
 */
function renderPager(page: TablePage, total: number, t: Translate, turnTo: (index: number, event: Event) => void): TemplateResult {
  const first = page.index === 0;
  const last = page.index === page.count - 1;
  return html`<div class="table-pages">
    <span class="table-range">${t('tableRowRange', {first: page.start + 1, last: page.end, total})}</span>
    <button type="button" aria-disabled=${first ? 'true' : 'false'} @click=${(event: Event) => turnTo(page.index - 1, event)}>${t('previousPage')}</button>
    <button type="button" aria-disabled=${last ? 'true' : 'false'} @click=${(event: Event) => turnTo(page.index + 1, event)}>${t('nextPage')}</button>
  </div>`;
}

const sameWindow = (a: readonly [number, number] | undefined, b: readonly [number, number]) => a !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * The table of the window `domain` of a model. Pass `options.state` (an object kept by the
 * element) to keep the reader's sort across filter changes, and `options.query` to mark matches.
 */
export function renderTable(
  model: TimelineModel,
  domain: readonly [number, number],
  dates: ReaderSettings,
  options: TableOptions = {},
): TemplateResult {
  const {t} = dates;
  const state = options.state ?? stateOf(model);
  // A page of another window would be rows the reader has not seen the start of: a new window opens at its first page.
  if (!sameWindow(state.window, domain)) [state.window, state.page] = [[domain[0], domain[1]], 0];
  const sort = state.sort ?? DATE_ORDER;
  const rows = tableRows(model, domain, sort, t);
  const total = rows.items.length;
  const page = tablePage(total, state.page ?? 0);
  state.page = page.index;
  const query = options.query ? parseQuery(options.query) : null;
  const redraw = (event: Event) => (options.onChange ? options.onChange() : requestHostUpdate(event));
  const sortBy = (column: SortColumn, event: Event) => {
    [state.sort, state.page] = [nextSort(sort, column), 0];
    redraw(event);
  };
  const turnTo = (index: number, event: Event) => {
    if (index < 0 || index >= page.count) return;
    state.page = index;
    redraw(event);
  };
  const span = formatDayRange(domain[0], domain[1], dates, dates.timeZone);
  const inView = t('tableInView', {incidents: t('incidents', {count: rows.incidents}), alerts: t('alertWindows', {count: rows.alerts})});
  // The rows scroll sideways in a box of their own, focusable so that a keyboard can scroll a table wider than the screen.
  return html`<div part="table" class="table-wrap">
    ${page.count > 1 ? renderPager(page, total, t, turnTo) : nothing}
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('table')}>
      <table>
        <caption>
          <span class="caption-span">${t('tableCaption', {span})}</span><span class="visually-hidden">${t('listSeparator')}</span>
          <span class="caption-count">${inView}</span>
        </caption>
        ${renderHead(sort, t, sortBy)}
        <tbody>
          ${rows.items.slice(page.start, page.end).map((item) => renderRow(item, model, dates, query))}
        </tbody>
      </table>
    </div>
  </div>`;
}
