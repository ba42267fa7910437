/**
 * Months, years and weeks of the reader's calendar as d3 intervals over wall-clock time (UTC
 * fields holding the zone's clock, see zoned-time.ts), so that the axis puts ticks where the
 * calendar its labels are written in starts a month or a year: 1 Mizan 1403 is 22 September 2024,
 * Nowruz 1403 is 20 March 2024.
 *
 * The calendar's dates are read with `Intl.DateTimeFormat#formatToParts`, the same data the labels
 * are written with, so a tick and its label never disagree; this works where `Temporal` is
 * missing, and the tests check it against `Temporal` where it is there. Pure, no DOM.
 */
import {timeInterval, utcDay, utcFriday, utcMonday, utcMonth, utcSaturday, utcSunday, utcThursday, utcTuesday, utcWednesday, utcYear} from 'd3-time';
import type {TimeInterval} from 'd3-time';

const DAY_MS = 86_400_000;

/** A day of a calendar: its year, month (1-based) and day of the month. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const readers = new Map<string, (wall: number) => CalendarDay>();

/** Reads the calendar date of a wall-clock day; Latin digits, so that the parts are numbers. */
export function calendarDayReader(calendar: string): (wall: number) => CalendarDay {
  let reader = readers.get(calendar);
  if (!reader) {
    const format = new Intl.DateTimeFormat('en-u-nu-latn', {calendar, timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric'});
    reader = (wall) => {
      const day: CalendarDay = {year: 0, month: 0, day: 0};
      for (const part of format.formatToParts(wall)) {
        if (part.type === 'year' || (part.type as string) === 'relatedYear') day.year ||= parseInt(part.value, 10);
        else if (part.type === 'month') day.month = parseInt(part.value, 10);
        else if (part.type === 'day') day.day = parseInt(part.value, 10);
      }
      return day;
    };
    readers.set(calendar, reader);
  }
  return reader;
}

/** Whether a calendar's months and years are the Gregorian ones, which d3 finds without reading dates. */
export const isGregorian = (calendar: string | undefined) => !calendar || calendar === 'gregory' || calendar === 'iso8601';

const intervals = new Map<string, {month: TimeInterval; year: TimeInterval}>();

/**
 * Whether `Intl` writes a calendar's dates as numbers the axis can count by. Hebrew months come
 * as names ("Adar II"): that calendar keeps Gregorian ticks, its labels still its own.
 */
function countable(read: (wall: number) => CalendarDay): boolean {
  const {year, month, day} = read(Date.UTC(2024, 2, 15));
  return Number.isFinite(year) && year !== 0 && Number.isFinite(month) && month > 0 && Number.isFinite(day) && day > 0;
}

/** The month and year intervals of a calendar (the Gregorian ones for a calendar it cannot count). */
export function calendarIntervals(calendar: string | undefined): {month: TimeInterval; year: TimeInterval} {
  const gregorian = {month: utcMonth, year: utcYear};
  if (isGregorian(calendar)) return gregorian;
  let found = intervals.get(calendar!);
  if (found) return found;
  let read: (wall: number) => CalendarDay;
  try {
    read = calendarDayReader(calendar!);
    if (!countable(read)) throw new RangeError(`${calendar} dates are not written as numbers`);
  } catch {
    intervals.set(calendar!, gregorian);
    return gregorian;
  }
  const monthStart = (wall: number) => {
    const day = utcDay.floor(new Date(wall)).getTime();
    return day - (read(day).day - 1) * DAY_MS;
  };
  const yearStart = (wall: number) => {
    let start = monthStart(wall);
    // No calendar `Intl` knows has more than 13 months.
    for (let i = 0; i < 13 && read(start).month !== 1; i++) start = monthStart(start - DAY_MS);
    return start;
  };
  const step = (date: Date, count: number, floor: (wall: number) => number, longest: number) => {
    let wall = floor(date.getTime());
    // A month is at most 31 days, a year at most 385: a jump that far and back to its start is the next one.
    for (let i = 0; i < count; i++) wall = floor(wall + longest);
    for (let i = 0; i > count; i--) wall = floor(wall - DAY_MS);
    date.setTime(wall);
  };
  const monthIndex = (date: Date) => {
    const {year, month} = read(date.getTime());
    return year * 13 + month;
  };
  const month = timeInterval(
    (date) => date.setTime(monthStart(date.getTime())),
    (date, count) => step(date, count, monthStart, 32 * DAY_MS),
    (start, end) => monthIndex(end) - monthIndex(start),
    // `every(3)` keeps the months whose number, counted from 0, divides by 3: quarters of the year.
    (date) => read(date.getTime()).month - 1,
  );
  const year = timeInterval(
    (date) => date.setTime(yearStart(date.getTime())),
    (date, count) => step(date, count, yearStart, 390 * DAY_MS),
    (start, end) => read(end.getTime()).year - read(start.getTime()).year,
    (date) => read(date.getTime()).year,
  );
  intervals.set(calendar!, (found = {month, year}));
  return found;
}

const WEEKS = [utcMonday, utcTuesday, utcWednesday, utcThursday, utcFriday, utcSaturday, utcSunday];

/** Weeks starting on a day, 1 (Monday) to 7 (Sunday). */
export const weekInterval = (firstDay = 1): TimeInterval => WEEKS[firstDay - 1] ?? utcMonday;

/**
 * The largest calendar unit a wall-clock day begins: a year, a month, or just a day.
 */
export function unitBegun(wall: number, calendar: string | undefined): 'year' | 'month' | 'day' {
  if (isGregorian(calendar) || calendarIntervals(calendar).month === utcMonth) {
    const date = new Date(wall);
    if (date.getUTCDate() !== 1) return 'day';
    return date.getUTCMonth() === 0 ? 'year' : 'month';
  }
  const {month, day} = calendarDayReader(calendar!)(wall);
  if (day !== 1) return 'day';
  return month === 1 ? 'year' : 'month';
}
