/**
 * The overview's bars: the incidents the filters let through, counted (or their deaths summed)
 * per bin of time over the whole feed, split by status. The bin is the finest calendar unit —
 * day, week, month, quarter, year, five or ten years — that gives every bar at least
 * {@link MIN_BAR_PX} px, so a month-long feed shows days and a thirty-year archive years. Bins are
 * the region's calendar days, weeks, months and years (incidents are placed by their wall-clock
 * time in the feed's zone), so a civil date is never counted in the bin of another day. Pure, no DOM.
 */
import {utcDay, utcMonth, utcYear, type TimeInterval} from 'd3-time';
import {fromWallClock, toWallClock} from '../feed/zoned-time.js';
import {INCIDENT_STATUSES, type IncidentStatus} from '../feed/types.js';
import {calendarIntervals, weekInterval} from '../layout/calendar-intervals.js';
import type {TimelineModel} from './timeline-model.js';

/** Narrowest bar, px. */
export const MIN_BAR_PX = 3;

export type OverviewUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'five-years' | 'decade';
export type OverviewWeight = 'count' | 'fatalities';

export interface OverviewBin {
  /** First instant of the bin (inclusive) and of the next (exclusive), epoch ms. */
  start: number;
  end: number;
  /** The bin's count (or deaths) by status, in the order of `INCIDENT_STATUSES`. */
  values: Record<IncidentStatus, number>;
  total: number;
}

export interface OverviewBins {
  unit: OverviewUnit;
  weight: OverviewWeight;
  bins: OverviewBin[];
  /** The largest total of a bin (0 when there is none). */
  max: number;
  /**
   * The total the bars' height is scaled to: the largest, unless a few bins dwarf the rest (one
   * massacre in thirty years of deaths), then twice the 95th percentile of the bins with
   * something in them; the taller bars reach the top of the strip, their totals in their labels.
   */
  scaleMax: number;
  /** The sum of every bin's total: the filtered count (or deaths). */
  sum: number;
}

export interface OverviewOptions {
  /** Width the bins are drawn across, px. */
  widthPx: number;
  weight?: OverviewWeight;
  /** The reader's calendar (months and years of the Solar Hijri calendar, say) and first day of the week. */
  calendar?: string;
  weekStart?: number;
}

const DAY_MS = 86_400_000;
/** Rough length of each unit, to choose one before counting its bins exactly. */
const UNITS: ReadonlyArray<[OverviewUnit, number]> = [
  ['day', DAY_MS],
  ['week', 7 * DAY_MS],
  ['month', 30.44 * DAY_MS],
  ['quarter', 91.3 * DAY_MS],
  ['year', 365.25 * DAY_MS],
  ['five-years', 5 * 365.25 * DAY_MS],
  ['decade', 10 * 365.25 * DAY_MS],
];

/** The interval of a unit and how many of it one bin takes. */
function stepOf(unit: OverviewUnit, calendar: string | undefined, weekStart: number | undefined): [TimeInterval, number] {
  const {month, year} = calendarIntervals(calendar);
  switch (unit) {
    case 'day':
      return [utcDay, 1];
    case 'week':
      return [weekInterval(weekStart), 1];
    case 'month':
      return [month, 1];
    case 'quarter':
      return [month, 3];
    case 'year':
      return [year, 1];
    case 'five-years':
      return [year, 5];
    case 'decade':
      return [year, 10];
  }
}

/**
 * Starts of the bins from `wallFrom` to past `wallTo`, wall-clock ms. Gregorian quarters and runs
 * of years begin where a reader expects them (January, April…; 2020, 2025…); another calendar's
 * are counted from the feed's first.
 */
function binStarts(unit: OverviewUnit, wallFrom: number, wallTo: number, calendar: string | undefined, weekStart: number | undefined): number[] {
  const [interval, step] = stepOf(unit, calendar, weekStart);
  let start = +interval.floor(new Date(wallFrom));
  if (step > 1 && interval === utcMonth) start = +utcMonth.every(step)!.floor(new Date(wallFrom));
  if (step > 1 && interval === utcYear) start = +utcYear.every(step)!.floor(new Date(wallFrom));
  const starts = [start];
  while (starts[starts.length - 1] <= wallTo) starts.push(+interval.offset(new Date(starts[starts.length - 1]), step));
  return starts;
}

const cached = new WeakMap<TimelineModel, Map<string, OverviewBins>>();

/** The overview's bins for a model (its filtered incidents, over the whole feed's bounds). */
export function overviewBins(model: TimelineModel, options: OverviewOptions): OverviewBins {
  const weight = options.weight ?? 'count';
  const widthPx = Math.max(1, Math.floor(options.widthPx));
  const key = binsKey(options);
  let byKey = cached.get(model);
  if (!byKey) cached.set(model, (byKey = new Map<string, OverviewBins>()));
  let bins = byKey.get(key);
  if (!bins) {
    bins = computeBins(model, widthPx, weight, options);
    // A feed that gives no deaths at all is drawn by count rather than as an empty strip.
    if (weight === 'fatalities' && bins.sum === 0 && model.incidents.length) bins = computeBins(model, widthPx, 'count', options);
    byKey.set(key, bins);
  }
  return bins;
}

/** What the bins of a model are kept under: the options they were counted with. */
const binsKey = (options: OverviewOptions) =>
  `${Math.max(1, Math.floor(options.widthPx))}|${options.weight ?? 'count'}|${options.calendar ?? ''}|${options.weekStart ?? ''}`;

/** The bins `overviewBins` gave for these options, if it was asked already; undefined if not. */
export function knownOverviewBins(model: TimelineModel, options: OverviewOptions): OverviewBins | undefined {
  return cached.get(model)?.get(binsKey(options));
}

function computeBins(model: TimelineModel, widthPx: number, weight: OverviewWeight, options: OverviewOptions): OverviewBins {
  const {timeZone} = model.feed;
  const [from, to] = model.bounds;
  const span = Math.max(1, to - from);
  const maxBins = Math.max(1, Math.floor(widthPx / MIN_BAR_PX));
  const [unit] = UNITS.find(([, length]) => span / length <= maxBins) ?? UNITS[UNITS.length - 1];
  // Bins are counted on the region's wall clock, where its calendar days begin at midnight.
  const starts = binStarts(unit, toWallClock(from, timeZone), toWallClock(to, timeZone), options.calendar, options.weekStart);
  const bins: OverviewBin[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const values = Object.fromEntries(INCIDENT_STATUSES.map((status) => [status, 0])) as Record<IncidentStatus, number>;
    bins.push({start: fromWallClock(starts[i], timeZone), end: fromWallClock(starts[i + 1], timeZone), values, total: 0});
  }
  // Incidents are in time order: one walk through them and the bins.
  let bin = 0;
  let sum = 0;
  for (const incident of model.incidents) {
    const wall = toWallClock(incident.time.best, timeZone);
    while (bin + 1 < bins.length && wall >= starts[bin + 1]) bin++;
    const value = weight === 'fatalities' ? (incident.fatalities?.best ?? 0) : 1;
    bins[bin].values[incident.status] += value;
    bins[bin].total += value;
    sum += value;
  }
  const max = bins.reduce((most, each) => Math.max(most, each.total), 0);
  const filled = bins
    .map((each) => each.total)
    .filter((total) => total > 0)
    .sort((a, b) => a - b);
  const p95 = filled.length ? filled[Math.min(filled.length - 1, Math.floor(filled.length * 0.95))] : 0;
  const scaleMax = filled.length >= 20 ? Math.min(max, Math.max(2 * p95, 1)) : max;
  return {unit, weight, bins, max, scaleMax, sum};
}
