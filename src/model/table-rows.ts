/**
 * The rows of the table of alerts and incidents: the items a window holds, decided as the chart
 * decides it, in the order the reader sorted them, a page at a time. Pure, no DOM.
 *
 * "In view" is the chart's: an alert whose window reaches into the view (`isInWindow`), an
 * incident whose best time is in it, which is what the counts of earlier and later incidents
 * under the chart leave over (`outsideView`). So the table lists exactly what the chart counts.
 */
import type {Feed, Source} from '../feed/types.js';
import {translator, type Translate} from '../i18n/translate.js';
import {categoryLook} from '../layout/category-looks.js';
import {areaNames, statusText} from '../layout/describe-items.js';
import {levelLabel} from '../layout/labels.js';
import type {TimelineItem} from '../layout/presentation.js';
import {outsideView} from './outside-view.js';
import {isInWindow, type TimelineModel} from './timeline-model.js';
// The English words this writes load with it.
import '../i18n/messages-on-demand.js';

/** The columns the table sorts by. */
export const SORT_COLUMNS = ['date', 'category', 'title', 'status', 'place', 'fatalities'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
/** The columns sorted by the text they show. */
export type TextColumn = Exclude<SortColumn, 'date' | 'fatalities'>;
export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** The order the table opens in: the chart's, earliest first. */
export const DATE_ORDER: TableSort = {column: 'date', direction: 'ascending'};

/** Rows on one page of the table. */
export const TABLE_PAGE_SIZE = 100;

export interface TableRows {
  /** Every alert and incident in view, in the order asked for. */
  items: TimelineItem[];
  /** How many of them are incidents, and how many alerts. */
  incidents: number;
  alerts: number;
}

/** One page of rows: its index (from 0), how many pages there are, and its rows `[start, end)`. */
export interface TablePage {
  index: number;
  count: number;
  start: number;
  end: number;
}

let english: Translate | undefined;
const englishWords = () => (english ??= translator([], 'en', 'en'));

/** When an item is placed in time: an alert's start, an incident's best time (where its marker is). */
const timeOf = (item: TimelineItem) => (item.kind === 'alert' ? item.start : item.time.best);

/**
 * The text a column shows for an item, which is also what it is sorted by: an alert's type is
 * "Alert" and its status its level; its place the areas it covers, or the whole region.
 */
export function columnText(item: TimelineItem, column: TextColumn, feed: Pick<Feed, 'categories'>, t: Translate): string {
  switch (column) {
    case 'title':
      return item.title;
    case 'category':
      return item.kind === 'alert' ? t('alert') : categoryLook(feed, item.category, t).label;
    case 'status':
      return item.kind === 'alert' ? levelLabel(item.level, t) : statusText(item.status, t);
    case 'place':
      return item.kind === 'alert' ? areaNames(item, t) || t('wholeRegion') : (item.location?.name ?? '');
  }
}

/** The indices `[first, end)` into the model's incidents (in time order) of those in view. */
export function incidentsInView(model: TimelineModel, domain: readonly [number, number]): [number, number] {
  const {earlier, later} = outsideView(model, domain);
  return [earlier, model.incidents.length - later];
}

/**
 * The sort of a table after the reader chose a column: the same column turns round; another
 * starts ascending, but deaths start with the most, which is what a reader sorting by them looks for.
 */
export function nextSort(current: TableSort, column: SortColumn): TableSort {
  if (current.column === column) return {column, direction: current.direction === 'ascending' ? 'descending' : 'ascending'};
  return {column, direction: column === 'fatalities' ? 'descending' : 'ascending'};
}

/**
 * Each item's key for a column, by its place in the model's list of alerts then incidents; NaN
 * where it has none (no deaths given, no place). Texts are ranked once, in the order of the
 * reader's language, so that the sort itself compares numbers.
 */
function sortKeys(items: readonly TimelineItem[], column: SortColumn, feed: Feed, t: Translate): Float64Array {
  const keys = new Float64Array(items.length);
  if (column === 'date' || column === 'fatalities') {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      keys[i] = column === 'date' ? timeOf(item) : item.kind === 'incident' && item.fatalities ? item.fatalities.best : NaN;
    }
    return keys;
  }
  const texts = items.map((item) => columnText(item, column, feed, t));
  const collator = new Intl.Collator(t.lang, {numeric: true});
  const ranks = new Map([...new Set(texts)].sort(collator.compare).map((text, rank) => [text, rank]));
  for (let i = 0; i < texts.length; i++) keys[i] = texts[i] === '' ? NaN : ranks.get(texts[i])!;
  return keys;
}

/** The sorted orders of a model's items, by sort and words, made once each. */
const ordersOf = new WeakMap<TimelineModel, {t: Translate; orders: Map<string, Int32Array>}>();

/** The order of all of a model's items (positions in its alerts followed by its incidents) under a sort. */
function sortedOrder(model: TimelineModel, sort: TableSort, t: Translate): Int32Array {
  let cached = ordersOf.get(model);
  if (cached?.t !== t) ordersOf.set(model, (cached = {t, orders: new Map()}));
  const name = `${sort.column} ${sort.direction}`;
  let order = cached.orders.get(name);
  if (order) return order;
  order = sort.column === 'date' && sort.direction === 'ascending' ? timeOrder(model) : sortedBy(model, sort, t);
  cached.orders.set(name, order);
  return order;
}

/**
 * The chart's time order, which the table opens in, by merging alerts and incidents (each list
 * already in time order): what the sort below gives for it, without sorting a large feed again
 * whenever the filters change.
 */
function timeOrder({alerts, incidents}: TimelineModel): Int32Array {
  const order = new Int32Array(alerts.length + incidents.length);
  let [alert, incident] = [0, 0];
  for (let i = 0; i < order.length; i++) {
    const alertFirst = incident === incidents.length || (alert < alerts.length && alerts[alert].start <= incidents[incident].time.best);
    order[i] = alertFirst ? alert++ : alerts.length + incident++;
  }
  return order;
}

/**
 * Items with no value come last either way; ties keep the chart's time order (an alert before an
 * incident at the same time), so the sort is stable whatever the engine's is.
 */
function sortedBy(model: TimelineModel, sort: TableSort, t: Translate): Int32Array {
  const items: TimelineItem[] = [...model.alerts, ...model.incidents];
  const keys = sortKeys(items, sort.column, model.feed, t);
  const times = sort.column === 'date' ? keys : sortKeys(items, 'date', model.feed, t);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return Int32Array.from(items.keys()).sort((a, b) => {
    const [keyA, keyB] = [keys[a], keys[b]];
    const [noneA, noneB] = [Number.isNaN(keyA), Number.isNaN(keyB)];
    if (noneA !== noneB) return noneA ? 1 : -1;
    if (!noneA && keyA !== keyB) return (keyA - keyB) * sign;
    return times[a] - times[b] || a - b;
  });
}

/**
 * The table's rows in a window: every alert and incident the chart has in view, none other,
 * sorted as asked (by time by default). Text columns sort in the words of `t` (English without).
 */
export function tableRows(
  model: TimelineModel,
  domain: readonly [number, number],
  sort: TableSort = DATE_ORDER,
  t: Translate = englishWords(),
): TableRows {
  const alertCount = model.alerts.length;
  const alertsShown = model.alerts.map((alert) => isInWindow(alert, domain));
  const [first, end] = incidentsInView(model, domain);
  const order = sortedOrder(model, sort, t);
  const items: TimelineItem[] = [];
  for (let i = 0; i < order.length; i++) {
    const position = order[i];
    if (position < alertCount) {
      if (alertsShown[position]) items.push(model.alerts[position]);
    } else if (position - alertCount >= first && position - alertCount < end) items.push(model.incidents[position - alertCount]);
  }
  return {items, incidents: end - first, alerts: items.length - (end - first)};
}

/** The page of `total` rows a reader asked for, kept within the pages there are. */
export function tablePage(total: number, requested: number, size: number = TABLE_PAGE_SIZE): TablePage {
  const count = Math.max(1, Math.ceil(total / size));
  const index = Math.min(Math.max(0, Math.floor(requested) || 0), count - 1);
  return {index, count, start: index * size, end: Math.min(total, (index + 1) * size)};
}

const WEB_ADDRESS = /^https?:\/\//i;

/**
 * Where a source links to: its web address, when it is http(s). The feed reader keeps only safe
 * links in `url`; this holds the table to web pages even for a hand-built feed.
 */
export function sourceLink(source: Pick<Source, 'url'>): string | undefined {
  return typeof source.url === 'string' && WEB_ADDRESS.test(source.url) ? source.url : undefined;
}
