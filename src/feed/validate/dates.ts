/**
 * Dates and time windows: every date is read in the feed's zone as the calendar unit it names,
 * an incident's time becomes the window it may have happened in, and items are put in time order.
 */
import {isCoarser, parseTemporal, widen, type CalendarPrecision, type TemporalUnit} from '../temporal.js';
import type {FeedProblem, TimeWindow} from '../types.js';
import type {Json} from './feed-document.js';
import {report, type FeedReading} from './reading.js';
import {isPausePoint, type Work} from '../slices.js';

/** A date read in the feed's zone, or undefined once the problem with it is reported. */
export function readDate(reading: FeedReading, text: string, pointer: string, dropped: FeedProblem['dropped']): TemporalUnit | undefined {
  const unit = parseTemporal(text, reading.timeZone);
  return typeof unit === 'string' ? notADate(reading, pointer, unit, text, dropped) : unit;
}

/** Reports that `text` names no real date (`why`); undefined, for the caller to pass on. */
function notADate(reading: FeedReading, pointer: string, why: string, text: string, dropped: FeedProblem['dropped']): undefined {
  report(reading, pointer, `a real calendar date (${why})`, text, dropped);
  return undefined;
}

/** The time of the incident at `index`. */
export function incidentTime(reading: FeedReading, value: unknown, index: number): TimeWindow | undefined {
  if (typeof value === 'string') {
    let window = reading.windows.get(value);
    if (window) return window;
    // Nearly every date is valid: the pointer is only spelled out for one that is not.
    const unit = parseTemporal(value, reading.timeZone);
    if (typeof unit === 'string') return notADate(reading, `/incidents/${index}/when`, unit, value, 'item');
    reading.windows.set(value, (window = windowOf(unit)));
    return window;
  }
  const pointer = `/incidents/${index}/when`;
  const spec = value as Json;
  const date = typeof spec.date === 'string' ? readDate(reading, spec.date, `${pointer}/date`, 'item') : undefined;
  const earliest = typeof spec.earliest === 'string' ? readDate(reading, spec.earliest, `${pointer}/earliest`, 'item') : undefined;
  const latest = typeof spec.latest === 'string' ? readDate(reading, spec.latest, `${pointer}/latest`, 'item') : undefined;
  if ((spec.date !== undefined && !date) || (spec.earliest !== undefined && !earliest) || (spec.latest !== undefined && !latest)) {
    return undefined;
  }
  // The precision says how far the date may be off. It only widens the window on a side no
  // bound gives: ACLED's month dates come with the month's own first and last day, and a date
  // widened to its month would stick out of a window that starts or ends mid-month.
  let span = date;
  let precision = date?.precision;
  if (date && typeof spec.precision === 'string') {
    const given = spec.precision as CalendarPrecision;
    if (isCoarser(date.precision, given)) {
      report(reading, `${pointer}/precision`, `a precision no finer than the date itself (${date.precision})`, spec.precision, 'value');
    } else {
      precision = given;
      if (!earliest || !latest) span = widen(date, given, reading.timeZone);
    }
  }
  // The latest unit must reach past the start of the earliest: "2024-09-10" as latest ends
  // where "2024-09-11" as earliest begins, so that pair is refused; two equal instants are not.
  if (earliest && latest && (latest.end < earliest.start || (latest.end === earliest.start && latest.start !== latest.end))) {
    report(reading, `${pointer}/latest`, `a date no earlier than earliest (${String(spec.earliest)})`, spec.latest, 'item');
    return undefined;
  }
  const from = earliest?.start ?? span?.start ?? latest!.start;
  const to = latest?.end ?? span?.end ?? earliest!.end;
  // The date as written must fit the window, not the date widened to its precision.
  if (date && (date.start < from || date.end > to)) {
    report(reading, `${pointer}/date`, 'a date between earliest and latest', spec.date, 'item');
    return undefined;
  }
  // The source's date is its best point (ACLED puts a week's or a month's event on the middle
  // of the known period), so the marker stays on it rather than on the window's middle.
  const window: TimeWindow = date ? {earliest: from, latest: to, best: middleOf(date), precision: precision!} : rangeWindow(from, to);
  if (typeof spec.label === 'string') window.label = spec.label;
  if ((!date || isCalendarDate(date)) && (!earliest || isCalendarDate(earliest)) && (!latest || isCalendarDate(latest))) window.civil = true;
  const source = spec.sourcePrecision as Json | undefined;
  if (source && typeof source.scheme === 'string' && typeof source.code === 'number') {
    window.sourcePrecision = {scheme: source.scheme, code: source.code};
  }
  return window;
}

/** The middle of a unit (a day's is its noon, in a zone without a clock change), or the instant itself. */
function middleOf(unit: TemporalUnit): number {
  return unit.start + Math.floor((unit.end - unit.start) / 2);
}

/** A window from a calendar unit: instants are exact; units are placed at their middle. */
function windowOf(unit: TemporalUnit): TimeWindow {
  const window: TimeWindow = {earliest: unit.start, latest: unit.end, best: middleOf(unit), precision: unit.precision};
  if (isCalendarDate(unit)) window.civil = true;
  return window;
}

/** Whether a date names a year, month, week or day, rather than a time of day. */
export function isCalendarDate(unit: TemporalUnit): boolean {
  return unit.precision === 'day' || unit.precision === 'week' || unit.precision === 'month' || unit.precision === 'year';
}

function rangeWindow(from: number, to: number): TimeWindow {
  return {earliest: from, latest: to, best: from + Math.floor((to - from) / 2), precision: 'range'};
}

/**
 * Items by time, then id. Feeds usually list items in time order already, so that is checked
 * first. Otherwise the times are sorted as a typed array (a numeric sort, far cheaper than a
 * comparator over 100,000 objects) and each item is placed in the next free slot of its time;
 * only items that share a time are then compared by id.
 */
export function* sortedBy<T extends {id: string}>(items: T[], timeOf: (item: T) => number): Work<T[]> {
  const count = items.length;
  const times = new Float64Array(count);
  let inOrder = true;
  for (let i = 0; i < count; i++) {
    if (isPausePoint(i)) yield;
    times[i] = timeOf(items[i]);
    if (i > 0 && (times[i] < times[i - 1] || (times[i] === times[i - 1] && items[i].id < items[i - 1].id))) inOrder = false;
  }
  if (inOrder) return items;
  const sortedTimes = times.slice().sort();
  yield;
  const taken = new Uint32Array(count);
  const sorted = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    if (isPausePoint(i)) yield;
    const time = times[i];
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sortedTimes[middle] < time) low = middle + 1;
      else high = middle;
    }
    sorted[low + taken[low]++] = items[i];
  }
  for (let first = 0, groups = 0; first < count; groups++) {
    if (isPausePoint(groups)) yield;
    let end = first + 1;
    while (end < count && sortedTimes[end] === sortedTimes[first]) end++;
    if (end - first > 1) {
      const tied = sorted.slice(first, end).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (let i = first; i < end; i++) sorted[i] = tied[i - first];
    }
    first = end;
  }
  return sorted;
}
