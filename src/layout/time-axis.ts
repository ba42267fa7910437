/**
 * A time scale with ticks on the calendar of a given IANA zone, never the viewer's.
 *
 * Positions are linear in real time (a 23-hour DST day is 23 hours wide), but tick times come
 * from the zone's calendar: the domain is shifted to wall-clock time (see zoned-time.ts), d3's
 * UTC intervals find the calendar boundaries there, and each boundary is shifted back. Months
 * and years are those of the calendar the labels are in (see calendar-intervals.ts), weeks start
 * on the reader's first day of the week.
 */
import {scaleLinear, type ScaleLinear} from 'd3-scale';
import {type CountableTimeInterval, type TimeInterval, unixDay, utcDay, utcHour, utcMinute, utcSecond} from 'd3-time';
import {calendarIntervals, unitBegun, weekInterval} from './calendar-intervals.js';
import {fromWallClock, wallClockInstants, zoneOffset} from '../feed/zoned-time.js';

const SECOND_MS = 1_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** Average lengths: February's ticks come a tenth closer than the spacing asked for, which reads fine. */
const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;
/** Wider than any DST change, so that no tick is missed near a change in a long domain. */
const WALL_MARGIN_MS = 3 * HOUR_MS;

export type TickUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TickInterval {
  unit: TickUnit;
  /** Units per tick: 3 hours, 2 days. */
  step: number;
  /** Average length of one step in ms, used to choose the interval. */
  duration: number;
}

export interface AxisTick {
  /** Epoch ms. */
  time: number;
  /** Pixels from the left edge. */
  x: number;
  /**
   * The tick's time in its unit ("Oct", "14:00"). The first tick also names the larger unit it
   * lies in ("Oct 2024", "Sep 24, 02:00 PM"), so a view of a few hours still says which day it shows.
   */
  label: string;
  /** True where a larger unit begins (a new day among hours, a new month among days). */
  major: boolean;
  /** The calendar unit the label names: "Oct" is a month, "2024" a year, "14:00" an hour. */
  unit: TickUnit;
}

export interface TimeAxisOptions {
  /** Epoch ms at the start (inclusive) and end of the visible domain. */
  start: number;
  end: number;
  /** Width in px. */
  width: number;
  /** IANA zone whose calendar places and labels the ticks. Default UTC. */
  timeZone?: string;
  /** BCP 47 locale for labels. Default "en". */
  locale?: string;
  /** The calendar whose months and years the ticks start and the labels name. Default: the locale's. */
  calendar?: string;
  /** The first day of a week, 1 (Monday) to 7 (Sunday). Default Monday. */
  weekStart?: number;
  /** Time runs right to left. */
  rtl?: boolean;
  /**
   * Ticks are on average at least this many px apart; a tick closer than ¾ of this to a major one
   * (a Monday next to the 1st of the month) is left out. Default 80, room for "30 Sep" or "14:00".
   */
  minTickSpacing?: number;
}

export interface TimeAxis {
  domain: [number, number];
  width: number;
  rtl: boolean;
  timeZone: string;
  /**
   * The underlying d3 scale over epoch ms. A linear scale rather than \`scaleUtc\`: ticks and
   * labels are computed here in the zone, and \`scaleUtc\` would pull d3-time-format into bundles.
   */
  scale: ScaleLinear<number, number>;
  /** Epoch ms to px. */
  x: (time: number) => number;
  /** Px to epoch ms. */
  invert: (px: number) => number;
  ticks: AxisTick[];
  /** The interval the ticks were chosen at. */
  interval: TickInterval;
}

/** Finest first. Steps divide the next unit up, so every day (month, year) starts with a tick. */
const TICK_INTERVALS: readonly TickInterval[] = [
  ...[1, 5, 15, 30].map((step) => ({unit: 'second' as const, step, duration: step * SECOND_MS})),
  ...[1, 2, 5, 10, 15, 30].map((step) => ({unit: 'minute' as const, step, duration: step * MINUTE_MS})),
  ...[1, 2, 3, 6, 12].map((step) => ({unit: 'hour' as const, step, duration: step * HOUR_MS})),
  ...[1, 2, 3].map((step) => ({unit: 'day' as const, step, duration: step * DAY_MS})),
  ...[1, 2].map((step) => ({unit: 'week' as const, step, duration: step * WEEK_MS})),
  ...[1, 2, 3, 6].map((step) => ({unit: 'month' as const, step, duration: step * MONTH_MS})),
];

/**
 * The finest calendar interval whose ticks are, on average, at least `minSpacing` px apart on a
 * domain of `spanMs` drawn `width` px wide. Years go on in steps of 1, 2, 5 × 10ⁿ.
 */
export function chooseTickInterval(spanMs: number, width: number, minSpacing = 80): TickInterval {
  const msPerPx = spanMs / Math.max(width, 1);
  const minDuration = minSpacing * msPerPx;
  for (const interval of TICK_INTERVALS) if (interval.duration >= minDuration) return interval;
  for (let power = 1; power < 1e6; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      const step = multiple * power;
      if (step * YEAR_MS >= minDuration) return {unit: 'year', step, duration: step * YEAR_MS};
    }
  }
  return {unit: 'year', step: 1e6, duration: 1e6 * YEAR_MS};
}

/** Where ticks go: the calendar and the first day of the week. */
interface TickCalendar {
  calendar: string | undefined;
  weekStart: number;
}

function minorInterval({unit, step}: TickInterval, {calendar, weekStart}: TickCalendar): TimeInterval {
  const every = (interval: TimeInterval): TimeInterval => (interval as CountableTimeInterval).every?.(step) ?? interval;
  switch (unit) {
    case 'second':
      return every(utcSecond);
    case 'minute':
      return every(utcMinute);
    case 'hour':
      return every(utcHour);
    // Days since the epoch rather than day of month, so that 2-day ticks do not bunch at the 31st.
    case 'day':
      return every(unixDay);
    case 'week':
      return every(weekInterval(weekStart));
    case 'month':
      return every(calendarIntervals(calendar).month);
    case 'year':
      return every(calendarIntervals(calendar).year);
  }
}

/** Where a new larger unit begins: a new day among hours, a new month among days and weeks. */
function majorInterval(unit: TickUnit, calendar: string | undefined): TimeInterval | null {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return utcDay;
    case 'day':
    case 'week':
      return calendarIntervals(calendar).month;
    case 'month':
      return calendarIntervals(calendar).year;
    case 'year':
      return null;
  }
}

/** The largest calendar unit a wall-clock time begins, for labelling a major tick. */
function alignedUnit(wall: number, calendar: string | undefined): TickUnit {
  const date = new Date(wall);
  if (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0 || date.getUTCSeconds() !== 0) return 'hour';
  return unitBegun(wall, calendar);
}

const LABEL_OPTIONS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  second: {hour: '2-digit', minute: '2-digit', second: '2-digit'},
  minute: {hour: '2-digit', minute: '2-digit'},
  hour: {hour: '2-digit', minute: '2-digit'},
  day: {day: 'numeric', month: 'short'},
  week: {day: 'numeric', month: 'short'},
  month: {month: 'short'},
  year: {year: 'numeric'},
};

const labelFormats = new Map<string, Intl.DateTimeFormat>();

/** `inContext`: the label of the first tick, with the larger unit (the year of a month, the day of an hour). */
function labelFormat(locale: string, calendar: string | undefined, timeZone: string, unit: TickUnit, inContext = false): Intl.DateTimeFormat {
  const key = `${locale}\u0000${calendar}\u0000${timeZone}\u0000${unit}${inContext}`;
  let format = labelFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      ...LABEL_OPTIONS[unit],
      ...(inContext && (unit === 'day' || unit === 'week' || unit === 'month' ? {year: 'numeric'} : {month: 'short', day: 'numeric'})),
      timeZone,
      ...(calendar ? {calendar} : {}),
    };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A malformed locale tag should not take the axis down: fall back to English labels.
      format = new Intl.DateTimeFormat('en', options);
    }
    labelFormats.set(key, format);
  }
  return format;
}

/**
 * A time axis for `[start, end]` drawn `width` px wide, with ticks on the calendar of `timeZone`,
 * about one per `minTickSpacing` px, labelled in `locale`. Throws a RangeError for an unknown zone.
 */
export function createTimeAxis(options: TimeAxisOptions): TimeAxis {
  const {start, width, timeZone = 'UTC', locale = 'en', rtl = false, minTickSpacing = 80, calendar, weekStart = 1} = options;
  // An empty domain would make every position NaN; give it a millisecond instead.
  const end = options.end > start ? options.end : start + 1;
  const scale = scaleLinear()
    .domain([start, end])
    .range(rtl ? [width, 0] : [0, width]);
  const x = (time: number) => scale(time);
  const invert = (px: number) => scale.invert(px);
  const interval = chooseTickInterval(end - start, width, minTickSpacing);
  const ticks = width > 0 ? axisTicks(start, end, interval, x, {locale, calendar, timeZone, weekStart}, minTickSpacing) : [];
  return {domain: [start, end], width, rtl, timeZone, scale, x, invert, ticks, interval};
}

function axisTicks(
  start: number,
  end: number,
  interval: TickInterval,
  x: (time: number) => number,
  {locale, calendar, timeZone, weekStart}: TickCalendar & {locale: string; timeZone: string},
  minSpacing: number,
): AxisTick[] {
  // Offsets within the domain lie between those at its ends, unless it spans a change and its
  // reversal; only a domain that long gets a margin, where the ticks are too coarse for it to cost.
  const [offsetStart, offsetEnd] = [zoneOffset(start, timeZone), zoneOffset(end, timeZone)];
  const margin = end - start > WEEK_MS ? WALL_MARGIN_MS : 0;
  const wallStart = start + Math.min(offsetStart, offsetEnd) - margin;
  // d3's ranges exclude their stop; the domain includes its end.
  const wallEnd = end + Math.max(offsetStart, offsetEnd) + margin + 1;
  const subDay = interval.duration < DAY_MS;
  const ticks: AxisTick[] = [];
  const taken = new Set<number>();
  const add = (time: number, major: boolean, unit: TickUnit) => {
    if (time < start || time > end || taken.has(time)) return;
    taken.add(time);
    ticks.push({time, x: x(time), label: labelFormat(locale, calendar, timeZone, unit).format(time), major, unit});
  };

  // Majors first, so that a minor tick at the same instant (00:00 among hours) defers to them.
  const majors = majorInterval(interval.unit, calendar)?.range(new Date(wallStart), new Date(wallEnd)) ?? [];
  // A day that begins in a DST gap (Santiago skips 00:00) begins when the clocks say it does.
  for (const wall of majors) add(fromWallClock(+wall, timeZone), true, alignedUnit(+wall, calendar));
  const majorXs = ticks.map((tick) => tick.x);

  // Minor ticks that would crowd a major one (2-day or weekly ticks next to the 1st) give way.
  const crowd = 0.75 * minSpacing;
  for (const wall of minorInterval(interval, {calendar, weekStart}).range(new Date(wallStart), new Date(wallEnd))) {
    // Below a day, a skipped hour has no tick and a repeated hour has two; a day always has one.
    const times = subDay ? wallClockInstants(+wall, timeZone) : [fromWallClock(+wall, timeZone)];
    for (const time of times) {
      const px = x(time);
      if (!taken.has(time) && majorXs.some((mx) => Math.abs(mx - px) < crowd)) continue;
      add(time, false, interval.unit);
    }
  }
  ticks.sort((a, b) => a.time - b.time);
  // An hour the clocks repeat (02:00 twice when summer time ends) would put two ticks an hour
  // apart: the second of two minor ticks closer than the crowding distance gives way.
  const spaced: AxisTick[] = [];
  for (const tick of ticks) {
    const last = spaced[spaced.length - 1];
    if (last && !tick.major && Math.abs(tick.x - last.x) < crowd) continue;
    spaced.push(tick);
  }
  const first = spaced[0];
  if (first && first.unit !== 'year') first.label = labelFormat(locale, calendar, timeZone, first.unit, true).format(first.time);
  return spaced;
}

/** Span limits that keep the axis readable. */
export interface ZoomLimits {
  minSpanMs: number;
  maxSpanMs: number;
}

export const DEFAULT_ZOOM_LIMITS: Readonly<ZoomLimits> = {minSpanMs: HOUR_MS, maxSpanMs: 50 * 365.25 * DAY_MS};

export type Domain = readonly [start: number, end: number];

/**
 * Zooms by `factor` (2 halves the span, 0.5 doubles it) keeping `anchorTime` at the same place on
 * screen, as under the pointer; the span stays within `limits`. A factor that is not a positive
 * finite number leaves the domain as it is.
 */
export function zoomAround(domain: Domain, factor: number, anchorTime: number, limits: Partial<ZoomLimits> = DEFAULT_ZOOM_LIMITS): [number, number] {
  const [start, end] = domain;
  const {minSpanMs = DEFAULT_ZOOM_LIMITS.minSpanMs, maxSpanMs = DEFAULT_ZOOM_LIMITS.maxSpanMs} = limits;
  const span = end - start;
  if (!(factor > 0) || !Number.isFinite(factor) || !(span > 0)) return [start, end];
  const newSpan = Math.min(Math.max(span / factor, minSpanMs), Math.max(maxSpanMs, minSpanMs));
  const ratio = (anchorTime - start) / span;
  const newStart = anchorTime - ratio * newSpan;
  return [newStart, newStart + newSpan];
}

/** Moves the domain later by `deltaMs` (earlier when negative). */
export function pan(domain: Domain, deltaMs: number): [number, number] {
  return [domain[0] + deltaMs, domain[1] + deltaMs];
}

/**
 * Slides the domain, keeping its span, until it lies within `bounds`; a domain wider than the
 * bounds becomes the bounds.
 */
export function clampDomain(domain: Domain, bounds: Domain): [number, number] {
  const [start, end] = domain;
  const [min, max] = bounds;
  if (end - start >= max - min) return [min, max];
  if (start < min) return [min, min + (end - start)];
  if (end > max) return [max - (end - start), max];
  return [start, end];
}
