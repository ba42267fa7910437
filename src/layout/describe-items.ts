/**
 * What the element says of one alert or incident, in words: for tooltips, details, the table and
 * announcements (parts that load after the first frame). Pure, no DOM.
 */
import type {AlertWindow, Fatalities, Feed, Incident} from '../feed/types.js';
import {categoryLook} from './category-looks.js';
import {formatCount, zoneOf, type DateSettings} from './describe.js';
import {formatDayRange, formatTimeWindow} from './format-time.js';
import {STATUS_LABELS, type TimelineItem} from './presentation.js';

/** When an item happened or is in force. */
export function whenText(item: TimelineItem, dates: DateSettings): string {
  return item.kind === 'incident'
    ? formatTimeWindow(item.time, dates.locale, zoneOf(item.time.civil, dates))
    : formatDayRange(item.start, item.end, dates.locale, zoneOf(item.civil, dates));
}

/** The places an alert covers, by name; empty when it covers the whole region. */
export function areaNames(alert: AlertWindow): string {
  return alert.areas.map((area) => area.name).join(', ');
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
