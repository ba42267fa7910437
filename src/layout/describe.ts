/**
 * What the element says of alerts, incidents and the feed, in words: for tooltips, details, the
 * table, the summary and announcements. Pure, no DOM.
 */
import type {AlertWindow, Fatalities, Feed, Incident} from '../feed/types.js';
import {formatDayRange, formatTimeWindow} from './format-time.js';
import {categoryLook} from './category-looks.js';
import {STATUS_LABELS, type TimelineItem} from './presentation.js';

/** How the chart's keys work, read after its summary. */
export const KEY_HELP =
  'Arrow keys move between incidents in time order; up and down move between lanes and, above the top lane, to the alert windows. Shift with arrows pans, plus and minus zoom, 0 shows everything, Enter selects, Escape clears.';

/** The locale and zone dates are written in. */
export interface DateSettings {
  locale: string | undefined;
  timeZone: string;
}

/** When an item happened or is in force. */
export function whenText(item: TimelineItem, dates: DateSettings): string {
  return item.kind === 'incident'
    ? formatTimeWindow(item.time, dates.locale, dates.timeZone)
    : formatDayRange(item.start, item.end, dates.locale, dates.timeZone);
}

/** The places an alert covers, by name; empty when it covers the whole region. */
export function areaNames(alert: AlertWindow): string {
  return alert.areas.map((area) => area.name).join(', ');
}

/** A whole number in the locale's digits and grouping ("1,015"), or as written when the locale has none. */
export function formatCount(count: number, locale: string | undefined): string {
  try {
    return new Intl.NumberFormat(locale, {maximumFractionDigits: 0}).format(count);
  } catch {
    return String(count);
  }
}

/** Deaths as the feed gives them: "33", or "33 (25–40)" with the low and high estimates. */
export function fatalitiesText(fatalities: Fatalities, locale: string | undefined): string {
  const best = formatCount(fatalities.best, locale);
  const {low, high} = fatalities;
  if (low === undefined && high === undefined) return best;
  return `${best} (${formatCount(low ?? fatalities.best, locale)}–${formatCount(high ?? fatalities.best, locale)})`;
}

export function describeAlert(alert: AlertWindow, dates: DateSettings): string {
  const areas = areaNames(alert) || 'the whole region';
  return `Alert: ${alert.title}. ${alert.level.label} level, ${whenText(alert, dates)}, ${areas}.`;
}

export function describeIncident(incident: Incident, dates: DateSettings, feed: Pick<Feed, 'categories'>): string {
  const place = incident.location ? `, ${incident.location.name}` : '';
  const deaths = incident.fatalities ? ` Fatalities: ${fatalitiesText(incident.fatalities, dates.locale)}.` : '';
  return `${incident.title}. ${whenText(incident, dates)}. ${STATUS_LABELS[incident.status]}, ${categoryLook(feed, incident.category).label}${place}.${deaths}`;
}

/** What a screen reader hears when focus reaches an item. */
export function describeItem(item: TimelineItem, dates: DateSettings, feed: Pick<Feed, 'categories'>): string {
  return item.kind === 'incident' ? describeIncident(item, dates, feed) : describeAlert(item, dates);
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
  return `${title}: ${counts}, ${formatDayRange(start, end, dates.locale, dates.timeZone)}, times in ${dates.timeZone}.`;
}

/** What a screen reader hears when the reader selects an item or clears the selection. */
export function selectionText(item: TimelineItem | null): string {
  return item ? `Selected ${item.kind === 'alert' ? 'alert' : 'incident'}: ${item.title}.` : 'Selection cleared.';
}

/** What a screen reader hears when the view comes to rest after a zoom or pan. */
export function windowText(range: {start: number; end: number}, dates: DateSettings): string {
  return `Showing ${formatDayRange(range.start, range.end, dates.locale, dates.timeZone)}.`;
}
