/**
 * ISO 8601 strings at the precision their writer knew, read into calendar units in a time zone.
 *
 * "2024-09" is not the instant 2024-09-01T00:00: it is the whole of September in the region's
 * time zone. Every string becomes the unit it names, `[start, end)` in epoch ms, so that
 * a month-only event is drawn as a month, not as a falsely precise day.
 */
import {utcFromFields, zoneOffset, zonedToEpoch} from '../layout/zoned-time.js';
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

/** The number written by `count` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  if (at + count > text.length) return -1;
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Calendar fields of an ISO 8601 string; -1 marks a field the text leaves out. */
interface IsoFields {
  year: number;
  week: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC written in the text, or NaN when it gives no offset. */
  offsetMinutes: number;
}

/**
 * Splits `YYYY`, `YYYY-Www`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]`
 * into fields, or returns null for any other text. Read by character codes, not a regular
 * expression: a feed holds one date per incident, and this runs 100,000 times on a large one.
 */
function isoFields(text: string): IsoFields | null {
  const length = text.length;
  const fields: IsoFields = {year: digitsAt(text, 0, 4), week: -1, month: -1, day: -1, hour: -1, minute: -1, second: -1, millisecond: -1, offsetMinutes: NaN};
  if (fields.year < 0) return null;
  if (length === 4) return fields;
  if (text.charCodeAt(4) !== 45 /* - */) return null;
  if (text.charCodeAt(5) === 87 /* W */) {
    fields.week = digitsAt(text, 6, 2);
    return fields.week >= 0 && length === 8 ? fields : null;
  }
  fields.month = digitsAt(text, 5, 2);
  if (fields.month < 0) return null;
  if (length === 7) return fields;
  if (text.charCodeAt(7) !== 45 /* - */) return null;
  fields.day = digitsAt(text, 8, 2);
  if (fields.day < 0) return null;
  if (length === 10) return fields;
  if (text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(13) !== 58 /* : */) return null;
  fields.hour = digitsAt(text, 11, 2);
  fields.minute = digitsAt(text, 14, 2);
  if (fields.hour < 0 || fields.minute < 0) return null;
  let at = 16;
  if (text.charCodeAt(at) === 58 /* : */) {
    fields.second = digitsAt(text, at + 1, 2);
    if (fields.second < 0) return null;
    at += 3;
    if (text.charCodeAt(at) === 46 /* . */) {
      let digits = 0;
      let millisecond = 0;
      while (digits < 3 && at + 1 + digits < length) {
        const digit = text.charCodeAt(at + 1 + digits) - 48;
        if (digit < 0 || digit > 9) break;
        millisecond = millisecond * 10 + digit;
        digits++;
      }
      if (digits === 0) return null;
      // ".5" is 500 ms.
      fields.millisecond = millisecond * (digits === 1 ? 100 : digits === 2 ? 10 : 1);
      at += 1 + digits;
    }
  }
  if (at === length) return fields;
  const sign = text.charCodeAt(at);
  if (sign === 90 /* Z */ && at + 1 === length) {
    fields.offsetMinutes = 0;
    return fields;
  }
  if ((sign === 43 /* + */ || sign === 45 /* - */) && at + 6 === length && text.charCodeAt(at + 3) === 58 /* : */) {
    const hours = digitsAt(text, at + 1, 2);
    const minutes = digitsAt(text, at + 4, 2);
    if (hours < 0 || minutes < 0) return null;
    fields.offsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
    return fields;
  }
  return null;
}

/**
 * Reads one temporal string. Returns a string describing the problem when the text has the
 * right shape but names no real date (30 February, week 53 of a 52-week year).
 */
export function parseTemporal(text: string, timeZone: string): TemporalUnit | string {
  const fields = isoFields(text);
  if (!fields) return 'not an ISO 8601 date';
  const {year, week, month} = fields;
  if (week >= 0) {
    const weeks = isoWeeksInYear(year);
    if (week < 1 || week > weeks) return `${text.slice(0, 4)} has ${weeks} ISO weeks, not ${week}`;
    const monday = new Date(isoWeekOneMonday(year).getTime() + (week - 1) * 7 * DAY_MS);
    const [y, m, d] = [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()];
    return {start: dayStart(y, m, d, timeZone), end: dayStart(y, m, d + 7, timeZone), precision: 'week', year: y, month: m, day: d};
  }
  if (month < 0) {
    return {start: dayStart(year, 1, 1, timeZone), end: dayStart(year + 1, 1, 1, timeZone), precision: 'year', year, month: 1, day: 1};
  }
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const day = fields.day;
  if (day < 0) {
    return {
      start: dayStart(year, month, 1, timeZone),
      end: dayStart(year, month + 1, 1, timeZone),
      precision: 'month',
      year,
      month,
      day: 1,
    };
  }
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) return `${text.slice(0, 7)} has ${monthLength} days, not ${day}`;
  if (fields.hour < 0) {
    return {start: dayStart(year, month, day, timeZone), end: dayStart(year, month, day + 1, timeZone), precision: 'day', year, month, day};
  }
  const {hour, minute} = fields;
  const second = Math.max(0, fields.second);
  const millisecond = Math.max(0, fields.millisecond);
  const instant = Number.isNaN(fields.offsetMinutes)
    ? zonedToEpoch(year, month, day, hour, minute, second, millisecond, timeZone)
    : utcFromFields(year, month, day, hour, minute, second, millisecond) - fields.offsetMinutes * 60_000;
  return {start: instant, end: instant, precision: fields.second < 0 ? 'minute' : 'second', year, month, day};
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
