/**
 * What the element says of the feed and the view, in words: the title, the summary, what
 * changed. What it says of one alert or incident is in `describe-items.ts`. Pure.
 */
import type {Feed} from '../feed/types.js';
import {joinList, type Translate} from '../i18n/translate.js';
import {formatDayRange} from './format-time.js';
import type {TimelineItem} from './presentation.js';

/**
 * How the reader reads: the language of the element's words, the locale and calendar of dates
 * and numbers, the zone times are shown in, and the region's.
 */
export interface ReaderSettings {
  /** The locale dates and numbers are written in; undefined: the browser's. */
  locale: string | undefined;
  /** The calendar of dates and of the axis (`gregory`, `persian`, `islamic-umalqura`…); default the locale's. */
  calendar?: string;
  /** The first day of the week, 1 (Monday) to 7 (Sunday); default Monday. */
  weekStart?: number;
  /** The zone times of day are shown in. */
  timeZone: string;
  /** The zone of the feed's region, whose calendar dates are (default: `timeZone`). */
  regionZone?: string;
  /** The element's own words. */
  t: Translate;
}

/** The zone a value is written in: a calendar date in the region's, a time in the display zone. */
export const zoneOf = (civil: boolean | undefined, settings: Pick<ReaderSettings, 'timeZone' | 'regionZone'>) =>
  civil ? (settings.regionZone ?? settings.timeZone) : settings.timeZone;

/** The chart's title: the page's label, else the feed's title, else its region. */
export function timelineTitle(feed: Feed, label: string | undefined, t: Translate): string {
  return label || feed.title || feed.region?.name || t('untitled');
}

/** What the summary counts: the alerts and incidents shown, and the span of the whole feed. */
export interface SummaryCounts {
  alerts: readonly unknown[];
  incidents: readonly unknown[];
  extent: readonly [number, number];
}

/** "Border: 1 alert window and 5 incidents, Jan 1, 2021 – Oct 15, 2024, times in Asia/Dushanbe." */
export function summaryText(model: SummaryCounts, title: string, settings: ReaderSettings): string {
  const {t} = settings;
  const [start, end] = model.extent;
  // The feed's span is given in its dates; times are the display zone's, and when that is not the
  // region's, the reader is told that dates stay the region's.
  const region = settings.regionZone ?? settings.timeZone;
  const zones = region === settings.timeZone ? t('timesIn', {zone: settings.timeZone}) : t('timesAndDatesIn', {zone: settings.timeZone, region});
  return t('summary', {
    title,
    alerts: t('alertWindows', {count: model.alerts.length}),
    incidents: t('incidents', {count: model.incidents.length}),
    span: formatDayRange(start, end, settings, region),
    zones,
  });
}

/** What a screen reader hears when the reader selects an item or clears the selection. */
export function selectionText(item: TimelineItem | null, t: Translate): string {
  if (!item) return t('selectionCleared');
  return t(item.kind === 'alert' ? 'selectedAlert' : 'selectedIncident', {title: item.title});
}

/** How many items a refresh changed, took back and added: "Since the last load: 2 changed, 1 withdrawn." Empty when none. */
export function changesText(counts: {changed: number; withdrawn: number; added: number}, t: Translate): string {
  const parts = [
    counts.changed ? t('changedCount', {count: counts.changed}) : '',
    counts.withdrawn ? t('withdrawnCount', {count: counts.withdrawn}) : '',
    counts.added ? t('addedCount', {count: counts.added}) : '',
  ].filter(Boolean);
  return parts.length ? t('changesSince', {changes: joinList(t, parts)}) : '';
}

/** What a screen reader hears when the view comes to rest after a zoom or pan. */
export function windowText(range: {start: number; end: number}, settings: ReaderSettings): string {
  return settings.t('showing', {span: formatDayRange(range.start, range.end, settings, settings.timeZone)});
}
