/**
 * What the element says of the feed and the view, in words: the title, the summary, what the
 * keys do, what changed. What it says of one alert or incident is in `describe-items.ts`. Pure.
 */
import type {Feed} from '../feed/types.js';
import {formatDayRange} from './format-time.js';
import type {TimelineItem} from './presentation.js';

/** How the chart's keys work, read after its summary. */
export const KEY_HELP =
  'Arrow keys move between incidents in time order; up and down move between lanes and, above the top lane, to the alert windows. Shift with arrows pans, plus and minus zoom, 0 shows everything, Enter selects, Escape clears.';

/** The locale dates are written in, the zone times are shown in, and the region's. */
export interface DateSettings {
  locale: string | undefined;
  /** The zone times of day are shown in. */
  timeZone: string;
  /** The zone of the feed's region, whose calendar dates are (default: `timeZone`). */
  regionZone?: string;
}

/** The zone a value is written in: a calendar date in the region's, a time in the display zone. */
export const zoneOf = (civil: boolean | undefined, dates: DateSettings) => (civil ? (dates.regionZone ?? dates.timeZone) : dates.timeZone);

/** A whole number in the locale's digits and grouping ("1,015"), or as written when the locale has none. */
export function formatCount(count: number, locale: string | undefined): string {
  try {
    return new Intl.NumberFormat(locale, {maximumFractionDigits: 0}).format(count);
  } catch {
    return String(count);
  }
}

/** The chart's title: the page's label, else the feed's title, else its region. */
export function timelineTitle(feed: Feed, label: string | undefined): string {
  return label || feed.title || feed.region?.name || 'Security timeline';
}

/** What the summary counts: the alerts and incidents shown, and the span of the whole feed. */
export interface SummaryCounts {
  alerts: readonly unknown[];
  incidents: readonly unknown[];
  extent: readonly [number, number];
}

/** "Border: 1 alert window and 5 incidents, Jan 1, 2021 – Oct 15, 2024, times in Asia/Dushanbe." */
export function summaryText(model: SummaryCounts, title: string, dates: DateSettings): string {
  const {incidents, alerts} = model;
  const [start, end] = model.extent;
  const counts = `${alerts.length} alert window${alerts.length === 1 ? '' : 's'} and ${incidents.length} incident${incidents.length === 1 ? '' : 's'}`;
  // The feed's span is given in its dates; times are the display zone's, and when that is not the
  // region's, the reader is told that dates stay the region's.
  const region = dates.regionZone ?? dates.timeZone;
  const zones = region === dates.timeZone ? `times in ${dates.timeZone}` : `times in ${dates.timeZone}, dates as in ${region}`;
  return `${title}: ${counts}, ${formatDayRange(start, end, dates.locale, region)}, ${zones}.`;
}

/** What a screen reader hears when the reader selects an item or clears the selection. */
export function selectionText(item: TimelineItem | null): string {
  return item ? `Selected ${item.kind === 'alert' ? 'alert' : 'incident'}: ${item.title}.` : 'Selection cleared.';
}

/** How many items a refresh changed, took back and added: "Since the last load: 2 changed, 1 withdrawn." Empty when none. */
export function changesText(counts: {changed: number; withdrawn: number; added: number}, locale: string | undefined): string {
  const parts = [
    counts.changed ? `${formatCount(counts.changed, locale)} changed` : '',
    counts.withdrawn ? `${formatCount(counts.withdrawn, locale)} withdrawn` : '',
    counts.added ? `${formatCount(counts.added, locale)} new` : '',
  ].filter(Boolean);
  return parts.length ? `Since the last load: ${parts.join(', ')}.` : '';
}

/** What a screen reader hears when the view comes to rest after a zoom or pan. */
export function windowText(range: {start: number; end: number}, dates: DateSettings): string {
  return `Showing ${formatDayRange(range.start, range.end, dates.locale, dates.timeZone)}.`;
}
