/**
 * ISO 8601 strings at the precision their writer knew, read into calendar units in a time zone.
 *
 * "2024-09" is not the instant 2024-09-01T00:00: it is the whole of September in the region's
 * time zone. Every string becomes the unit it names, `[start, end)` in epoch ms, so that
 * a month-only event is drawn as a month, not as a falsely precise day.
 */
import {utcFromFields, zoneOffset, zonedToEpoch} from './zoned-time.js';
import type {TimePrecision} from './types.js';

export type CalendarPrecision = Exclude<TimePrecision, 'range'>;

/** A calendar unit or an instant; an instant has `start === end`. */
export interface TemporalUnit {
  start: number;
  end: number;
  precision: CalendarPrecision;
  /** The calendar fields as written, for widening to a coarser precision. */
  year: number;
  month: number;
  day: number;
}

/** Coarsest first: a precision "widens" to any that comes before it. */
const PRECISION_ORDER: readonly CalendarPrecision[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

export function isCoarser(a: CalendarPrecision, b: CalendarPrecision): boolean {
  return PRECISION_ORDER.indexOf(a) < PRECISION_ORDER.indexOf(b);
}

const DAY_MS = 86_400_000;

// Calendar arithmetic goes through `utcFromFields`: `Date.UTC` reads years 0–99 as 1900–1999.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12) of the proleptic Gregorian calendar; arithmetic, as it runs per date. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Monday of ISO week 1: the week that holds 4 January. Returned as a UTC calendar date. */
function isoWeekOneMonday(year: number): Date {
  const jan4 = new Date(utcFromFields(year, 1, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(jan4.getTime() - weekday * DAY_MS);
}

function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1).getTime() - isoWeekOneMonday(year).getTime()) / (7 * DAY_MS);
}

/** Start of the wall-clock calendar day `y-m-d` (month 1–12, day may overflow) in the zone. */
function dayStart(year: number, month: number, day: number, timeZone: string): number {
  // zonedToEpoch rolls over out-of-range fields: day 32 of January is 1 February.
  return zonedToEpoch(year, month, day, 0, 0, 0, 0, timeZone);
}

/** Every form a temporal string may take; checked without captures, so nothing is allocated. */
const TEMPORAL = /^\d{4}(?:-W\d\d|-\d\d(?:-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:\d\d)?)?)?)?$/;

/** The number written by the `count` digits at `at` (the text has been checked to hold digits there). */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * Reads one temporal string. Returns a string describing the problem when the text has the
 * right shape but names no real date (30 February, week 53 of a 52-week year).
 *
 * Each form puts its fields at fixed places, so once the shape is checked they are read by
 * character code rather than through a regular expression's captures: a feed holds one date per
 * incident, and this runs 100,000 times on a large one.
 */
export function parseTemporal(text: string, timeZone: string): TemporalUnit | string {
  if (!TEMPORAL.test(text)) return 'not an ISO 8601 date';
  const length = text.length;
  const year = digitsAt(text, 0, 4);
  if (text[5] === 'W') {
    const week = digitsAt(text, 6, 2);
    const weeks = isoWeeksInYear(year);
    if (week < 1 || week > weeks) return `${text.slice(0, 4)} has ${weeks} ISO weeks, not ${week}`;
    const monday = new Date(isoWeekOneMonday(year).getTime() + (week - 1) * 7 * DAY_MS);
    const [y, m, d] = [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()];
    return {start: dayStart(y, m, d, timeZone), end: dayStart(y, m, d + 7, timeZone), precision: 'week', year: y, month: m, day: d};
  }
  if (length === 4) {
    return {start: dayStart(year, 1, 1, timeZone), end: dayStart(year + 1, 1, 1, timeZone), precision: 'year', year, month: 1, day: 1};
  }
  const month = digitsAt(text, 5, 2);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (length === 7) {
    return {start: dayStart(year, month, 1, timeZone), end: dayStart(year, month + 1, 1, timeZone), precision: 'month', year, month, day: 1};
  }
  const day = digitsAt(text, 8, 2);
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) return `${text.slice(0, 7)} has ${monthLength} days, not ${day}`;
  if (length === 10) {
    return {start: dayStart(year, month, day, timeZone), end: dayStart(year, month, day + 1, timeZone), precision: 'day', year, month, day};
  }
  const hasSeconds = text[16] === ':';
  const second = hasSeconds ? digitsAt(text, 17, 2) : 0;
  let at = hasSeconds ? 19 : 16;
  let millisecond = 0;
  if (text[at] === '.') {
    let end = at + 1;
    while (text[end] >= '0' && text[end] <= '9') end++;
    // ".5" is 500 ms.
    millisecond = digitsAt(text, at + 1, end - at - 1) * 10 ** (4 - (end - at));
    at = end;
  }
  const [hour, minute, offset] = [digitsAt(text, 11, 2), digitsAt(text, 14, 2), text[at]];
  const instant =
    offset === undefined
      ? zonedToEpoch(year, month, day, hour, minute, second, millisecond, timeZone)
      : utcFromFields(year, month, day, hour, minute, second, millisecond) -
        (offset === 'Z' ? 0 : (offset === '-' ? -60_000 : 60_000) * (digitsAt(text, at + 1, 2) * 60 + digitsAt(text, at + 4, 2)));
  return {start: instant, end: instant, precision: hasSeconds ? 'second' : 'minute', year, month, day};
}

/**
 * The unit of a coarser precision that contains a parsed date: the ISO week, month or year
 * around a day, or the hour around a time. Returns the unit unchanged for its own precision.
 */
export function widen(unit: TemporalUnit, precision: CalendarPrecision, timeZone: string): TemporalUnit {
  if (!isCoarser(precision, unit.precision)) return unit;
  const {year, month, day} = unit;
  switch (precision) {
    case 'year':
      return {...unit, precision, start: dayStart(year, 1, 1, timeZone), end: dayStart(year + 1, 1, 1, timeZone)};
    case 'month':
      return {...unit, precision, start: dayStart(year, month, 1, timeZone), end: dayStart(year, month + 1, 1, timeZone)};
    case 'week': {
      const weekday = (new Date(utcFromFields(year, month, day)).getUTCDay() + 6) % 7;
      return {
        ...unit,
        precision,
        start: dayStart(year, month, day - weekday, timeZone),
        end: dayStart(year, month, day - weekday + 7, timeZone),
      };
    }
    case 'day':
      return {...unit, precision, start: dayStart(year, month, day, timeZone), end: dayStart(year, month, day + 1, timeZone)};
    default: {
      // Hours start on the zone's wall clock (Kathmandu is UTC+5:45); minutes and seconds align everywhere.
      const size = precision === 'hour' ? 3_600_000 : precision === 'minute' ? 60_000 : 1_000;
      const wall = unit.start + (precision === 'hour' ? zoneOffset(unit.start, timeZone) : 0);
      const start = unit.start - (((wall % size) + size) % size);
      return {...unit, precision, start, end: start + size};
    }
  }
}
