/**
 * What the export menu and the element's `toData()` / `toImage()` produce, loaded the first time
 * one is asked for: the items in view after the filters as CSV or as a feed, the chart as an
 * image, and a file for the reader to save.
 */
import {incidentsToCsv} from '../../../export/csv.js';
import type {ImageInfo} from '../../../export/image.js';
import {INCIDENT_STATUSES} from '../../../feed/types.js';
import type {Translate} from '../../../i18n/translate.js';
import {statusText} from '../../../layout/describe-items.js';
import {levelLabel} from '../../../layout/labels.js';
import {levelColor} from '../../../layout/presentation.js';
import {feedDocumentOf} from '../../../export/feed-json.js';
import type {AlertWindow, Incident} from '../../../feed/types.js';
import {incidentsInView} from '../../../model/table-rows.js';
import {isInWindow, type TimelineModel} from '../../../model/timeline-model.js';

export type DataFormat = 'csv' | 'json';

/**
 * The items the chart shows in a window, the same the table lists: incidents whose best time is
 * in it (those the count under the chart leaves out of "earlier" and "later"), and alert windows
 * that reach into it.
 */
export function itemsInView(model: TimelineModel, domain: readonly [number, number]): {alerts: AlertWindow[]; incidents: Incident[]} {
  const [first, last] = incidentsInView(model, domain);
  return {incidents: model.incidents.slice(first, last), alerts: model.alerts.filter((alert) => isInWindow(alert, domain))};
}

/** The items in view as a CSV of incidents (safe to open in a spreadsheet) or as a valid feed. */
export function dataBlob(model: TimelineModel, domain: readonly [number, number], format: DataFormat): Blob {
  const items = itemsInView(model, domain);
  if (format === 'csv') return new Blob([incidentsToCsv(items.incidents, {timeZone: model.feed.timeZone})], {type: 'text/csv;charset=utf-8'});
  const document = feedDocumentOf(model.feed, items, {view: {start: domain[0], end: domain[1]}});
  return new Blob([JSON.stringify(document, null, 2)], {type: 'application/json'});
}

/** A file name from the feed's title and the window's first day: "tajik-afghan-border-autumn-2024-2024-09-01.png". */
export function fileName(title: string, start: number, extension: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'timeline';
  return `${slug}-${new Date(start).toISOString().slice(0, 10)}.${extension}`;
}

/** Offers a file for the reader to save. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the URL can go once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The colour each status is drawn in, as the chart's tokens name them. */
const STATUS_COLORS = {confirmed: 'var(--_marker)', reported: 'var(--_marker)', expected: 'var(--_expected)', denied: 'var(--_denied)'} as const;

/** What an exported image writes around the chart: its title, a legend of levels and statuses, the credit and the as-of date. */
export function imageInfo(model: TimelineModel, words: {title: string; asOf?: string; t: Translate; rtl: boolean}): ImageInfo {
  const {feed} = model;
  const {t} = words;
  const levels = feed.levels.filter((level) => level.known && model.alerts.some((alert) => alert.level === level));
  const statuses = INCIDENT_STATUSES.filter((status) => model.incidents.some((incident) => incident.status === status));
  return {
    title: words.title,
    attribution: feed.attribution,
    asOf: words.asOf,
    legend: [
      ...levels.map((level) => ({label: levelLabel(level, t), color: levelColor(level, feed.levels), kind: 'level' as const})),
      ...statuses.map((status) => ({label: statusText(status, t), color: STATUS_COLORS[status], kind: 'status' as const, status})),
    ],
    background: 'var(--_bg)',
    foreground: 'var(--_fg)',
    lang: t.lang,
    dir: words.rtl ? 'rtl' : 'ltr',
  };
}
