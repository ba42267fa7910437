/**
 * Dates for readers: `Intl.DateTimeFormat` in the reader's locale and calendar and the feed's (or
 * the attribute's) time zone, at the precision the feed knows, so "September 2024" is never
 * shown as "15 Sep 2024".
 */
import type {TimePrecision, TimeWindow} from '../feed/types.js';

/** The locale and calendar dates are written in. */
export interface DateStyle {
  locale: string | undefined;
  /** A calendar `Intl` knows (`persian`, `islamic-umalqura`…); default the locale's. */
  calendar?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${style.locale ?? ''}|${style.calendar ?? ''}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    const all: Intl.DateTimeFormatOptions = {...options, timeZone, ...(style.calendar ? {calendar: style.calendar} : {})};
    try {
      cached = new Intl.DateTimeFormat(style.locale, all);
    } catch {
      // The locale and calendar are checked where they are chosen; a page's odd value still never throws here.
      cached = new Intl.DateTimeFormat(undefined, {...options, timeZone});
    }
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
export function formatInstant(ms: number, precision: Exclude<TimePrecision, 'range'>, style: DateStyle, timeZone: string): string {
  return formatter(style, timeZone, OPTIONS[precision]).format(ms);
}

/** A half-open day range `[start, end)` as days, e.g. "24 Sep – 15 Oct 2024" (the end day included). */
export function formatDayRange(start: number, end: number, style: DateStyle, timeZone: string): string {
  // The exclusive end is the next midnight; the reader expects the last day that is covered.
  const lastDay = end > start ? end - 1 : end;
  return formatter(style, timeZone, OPTIONS.day).formatRange(start, lastDay);
}

/**
 * When an incident happened, as precisely as known, with the feed's own label if it has one:
 * "mid-September 2024 (10–20 Sep 2024)". `withLabel` writes the label and the window together.
 */
export function formatTimeWindow(
  time: TimeWindow,
  style: DateStyle,
  timeZone: string,
  withLabel: (label: string, explanation: string) => string = (label, explanation) => `${label} (${explanation})`,
): string {
  let text: string;
  if (time.precision === 'range' || time.precision === 'week') text = formatDayRange(time.earliest, time.latest, style, timeZone);
  else if ((time.precision === 'year' || time.precision === 'month') && !sameCalendarUnits(style)) {
    // A Gregorian year or month straddles two of another calendar's: 2021 is 1399 – 1400 in the
    // Solar Hijri calendar, and writing "1399" alone would name a year it is mostly not in.
    text = formatter(style, timeZone, OPTIONS[time.precision]).formatRange(time.earliest, Math.max(time.earliest, time.latest - 1));
  } else
    text = formatInstant(time.precision === 'minute' || time.precision === 'second' ? time.best : time.earliest, time.precision, style, timeZone);
  return time.label ? withLabel(time.label, text) : text;
}

/** Whether the calendar dates are written in has the Gregorian months and years the feed gives. */
function sameCalendarUnits(style: DateStyle): boolean {
  const calendar = style.calendar ?? formatter(style, 'UTC', OPTIONS.year).resolvedOptions().calendar;
  return ['gregory', 'iso8601', 'buddhist', 'japanese', 'roc'].includes(calendar);
}

/** Whether a window is uncertain enough to be drawn as an interval rather than a point. */
export function isUncertain(time: TimeWindow): boolean {
  return time.latest > time.earliest;
}
