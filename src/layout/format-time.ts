/**
 * Dates for readers: `Intl.DateTimeFormat` in the chosen locale and the feed's (or the
 * attribute's) time zone, at the precision the feed knows, so "September 2024" is never
 * shown as "15 Sep 2024".
 */
import type {TimePrecision, TimeWindow} from '../feed/types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, {...options, timeZone});
    formatters.set(key, cached);
  }
  return cached;
}

const OPTIONS: Record<Exclude<TimePrecision, 'range'>, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric'},
  month: {year: 'numeric', month: 'long'},
  week: {year: 'numeric', month: 'short', day: 'numeric'},
  day: {year: 'numeric', month: 'short', day: 'numeric'},
  hour: {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'},
  minute: {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'},
  second: {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit'},
};

/** An instant at a precision: "2024", "September 2024", "24 Sep 2024", "24 Sep 2024, 14:30". */
export function formatInstant(ms: number, precision: Exclude<TimePrecision, 'range'>, locale: string | undefined, timeZone: string): string {
  return formatter(locale, timeZone, OPTIONS[precision]).format(ms);
}

/** A half-open day range `[start, end)` as days, e.g. "24 Sep – 15 Oct 2024" (the end day included). */
export function formatDayRange(start: number, end: number, locale: string | undefined, timeZone: string): string {
  // The exclusive end is the next midnight; the reader expects the last day that is covered.
  const lastDay = end > start ? end - 1 : end;
  return formatter(locale, timeZone, OPTIONS.day).formatRange(start, lastDay);
}

/** A time range with minutes, for windows that start or end within a day. */
export function formatTimeRange(start: number, end: number, locale: string | undefined, timeZone: string): string {
  return formatter(locale, timeZone, OPTIONS.minute).formatRange(start, end);
}

/**
 * When an incident happened, as precisely as known: the feed's own label if it has one, with
 * the window it stands for ("mid-September 2024 (10–20 Sep 2024)").
 */
export function formatTimeWindow(time: TimeWindow, locale: string | undefined, timeZone: string): string {
  let text: string;
  if (time.precision === 'range') text = formatDayRange(time.earliest, time.latest, locale, timeZone);
  else if (time.precision === 'week') text = formatDayRange(time.earliest, time.latest, locale, timeZone);
  else text = formatInstant(time.precision === 'minute' || time.precision === 'second' ? time.best : time.earliest, time.precision, locale, timeZone);
  return time.label ? `${time.label} (${text})` : text;
}

/** Whether a window is uncertain enough to be drawn as an interval rather than a point. */
export function isUncertain(time: TimeWindow): boolean {
  return time.latest > time.earliest;
}
