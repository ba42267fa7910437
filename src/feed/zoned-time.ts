/**
 * Time-zone arithmetic without a library, on top of `Intl.DateTimeFormat`.
 *
 * Two clocks meet here. An *instant* is epoch ms. A *wall-clock time* is what a clock on the wall
 * of the zone reads, encoded as epoch ms as if that reading were UTC: `wall = instant + offset`.
 * UTC arithmetic on wall-clock times (d3's `utcDay`, `Date#getUTCHours`) therefore gives the
 * zone's calendar, which is what the time axis and the feed normaliser need.
 *
 * `formatToParts` costs several microseconds, and the normaliser asks for 100,000 offsets, so
 * offsets are cached per zone: per UTC day, and per UTC hour on the rare days the offset changes.
 */

const SECOND_MS = 1_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/**
 * Offsets are first looked up per block of this many days; only blocks whose two ends disagree
 * are looked at day by day. Eight days is shorter than any time a zone has kept a changed offset
 * (the shortest, Morocco's suspension of summer time for Ramadan, lasts about a month).
 */
const BLOCK_DAYS = 8;
const BLOCK_MS = BLOCK_DAYS * DAY_MS;
/** 400 Gregorian years are exactly this many days: shifting by it keeps the calendar intact. */
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;
/** Caches past this many entries per zone are dropped rather than grown without end. */
const MAX_CACHE_ENTRIES = 1 << 20;

interface ZoneCache {
  format: Intl.DateTimeFormat;
  /** Offset at the start of each block of BLOCK_DAYS UTC days, keyed by block number. */
  blocks: Map<number, number>;
  /** Offset at the start of each UTC day, keyed by day number since the epoch, in blocks with a change. */
  days: Map<number, number>;
  /** Offset at the start of each UTC hour, only for days on which the offset changes. */
  hours: Map<number, number>;
  /** The minute at which the offset changes, for each hour in which it does. */
  changes: Map<number, number>;
  /**
   * For each wall-clock day (day number since the epoch), the offset in force from a day before
   * it to a day after it, or NaN when the offset changes in that time.
   */
  wallDays: Map<number, number>;
}

const zones = new Map<string, ZoneCache>();
const invalidZones = new Set<string>();

function zone(timeZone: string): ZoneCache {
  let cache = zones.get(timeZone);
  if (!cache) {
    // en-US with h23 and numeric fields: ASCII digits in a known order, hours 0–23 (never "24").
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    cache = {format, blocks: new Map(), days: new Map(), hours: new Map(), changes: new Map(), wallDays: new Map()};
    zones.set(timeZone, cache);
  }
  return cache;
}

/**
 * Epoch ms of calendar fields read as UTC. Unlike `Date.UTC`, years 0–99 stay in the first
 * century, and out-of-range fields roll over (month 13 is January of the next year).
 */
export function utcFromFields(year: number, month1to12: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (year >= 0 && year < 100) {
    return Date.UTC(year + 400, month1to12 - 1, day, hour, minute, second, ms) - FOUR_CENTURIES_MS;
  }
  return Date.UTC(year, month1to12 - 1, day, hour, minute, second, ms);
}

/** The offset at one instant, straight from `Intl`; whole seconds, as the tz database has them. */
function exactOffset(cache: ZoneCache, epochMs: number): number {
  const parts = cache.format.formatToParts(epochMs);
  let year = 0,
    month = 1,
    day = 1,
    hour = 0,
    minute = 0,
    second = 0,
    bc = false;
  for (const {type, value} of parts) {
    switch (type) {
      case 'year':
        year = +value;
        break;
      case 'month':
        month = +value;
        break;
      case 'day':
        day = +value;
        break;
      case 'hour':
        hour = +value % 24;
        break;
      case 'minute':
        minute = +value;
        break;
      case 'second':
        second = +value;
        break;
      case 'era':
        bc = value === 'BC' || value === 'B';
        break;
    }
  }
  if (bc) year = 1 - year;
  const wholeSecond = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return utcFromFields(year, month, day, hour, minute, second) - wholeSecond;
}

/** The offset at the start of UTC day (or hour) `index`, where `unitMs` is a day (or an hour). */
function offsetAtStart(cache: ZoneCache, map: Map<number, number>, unitMs: number, index: number): number {
  let offset = map.get(index);
  if (offset === undefined) {
    if (map.size >= MAX_CACHE_ENTRIES) map.clear();
    map.set(index, (offset = exactOffset(cache, index * unitMs)));
  }
  return offset;
}

/**
 * The zone's offset from UTC at an instant, in ms (Asia/Dushanbe: +18,000,000). NaN for a
 * non-finite instant. Throws a RangeError for a time zone `Intl` does not know.
 *
 * A block of days (or a UTC day, or hour) whose two ends agree is taken to have one offset
 * throughout: this assumes no zone changes its offset and changes it back within that time,
 * which no time zone rule has done within eight days.
 */
export function zoneOffset(epochMs: number, timeZone: string): number {
  if (!Number.isFinite(epochMs)) return NaN;
  if (timeZone === 'UTC') return 0;
  const cache = zone(timeZone);
  const block = Math.floor(epochMs / BLOCK_MS);
  const blockStart = offsetAtStart(cache, cache.blocks, BLOCK_MS, block);
  if (blockStart === offsetAtStart(cache, cache.blocks, BLOCK_MS, block + 1)) return blockStart;
  const day = Math.floor(epochMs / DAY_MS);
  const dayStart = offsetAtStart(cache, cache.days, DAY_MS, day);
  if (dayStart === offsetAtStart(cache, cache.days, DAY_MS, day + 1)) return dayStart;
  const hour = Math.floor(epochMs / HOUR_MS);
  const hourStart = offsetAtStart(cache, cache.hours, HOUR_MS, hour);
  const hourEnd = offsetAtStart(cache, cache.hours, HOUR_MS, hour + 1);
  if (hourStart === hourEnd) return hourStart;
  // Within the hour of a change (Kathmandu's 1986 switch came at :30 UTC), find the second of the
  // change once, by bisection, and compare against it.
  let change = cache.changes.get(hour);
  if (change === undefined) {
    let [lo, hi] = [hour * HOUR_MS, (hour + 1) * HOUR_MS];
    while (hi - lo > SECOND_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / SECOND_MS) * SECOND_MS;
      if (exactOffset(cache, mid) === hourStart) lo = mid;
      else hi = mid;
    }
    cache.changes.set(hour, (change = hi));
  }
  return epochMs < change ? hourStart : hourEnd;
}

/** The wall-clock time (see the module comment) of an instant in a zone. */
export function toWallClock(epochMs: number, timeZone: string): number {
  return epochMs + zoneOffset(epochMs, timeZone);
}

/**
 * Every instant at which the zone's clocks read `wallMs`, earliest first: usually one, none in
 * the hour skipped when clocks go forward, two in the hour repeated when they go back.
 */
export function wallClockInstants(wallMs: number, timeZone: string): number[] {
  if (!Number.isFinite(wallMs)) return [];
  // Offsets never exceed a day, so a day either side of the reading brackets any change around it.
  const before = zoneOffset(wallMs - DAY_MS, timeZone);
  const after = zoneOffset(wallMs + DAY_MS, timeZone);
  const instants: number[] = [];
  const consider = (offset: number) => {
    const instant = wallMs - offset;
    if (!instants.includes(instant) && zoneOffset(instant, timeZone) === offset) instants.push(instant);
  };
  consider(before);
  if (after !== before) consider(after);
  // Should a zone change twice within two days, the offset near the reading itself still finds it.
  if (instants.length === 0) consider(zoneOffset(wallMs - before, timeZone));
  return instants.sort((a, b) => a - b);
}

/**
 * The instant at which the zone's clocks read `wallMs`, always exactly one:
 * - in a repeated hour (clocks go back), the earlier of the two instants, the first time the clock
 *   shows it;
 * - in a skipped hour (clocks go forward), the reading is moved forward by the length of the gap,
 *   as if the clock had not been changed yet: 02:30 on the day Berlin skips 02:00–03:00 is 03:30
 *   CEST. This is what `Temporal`'s default "compatible" disambiguation does too.
 */
export function fromWallClock(wallMs: number, timeZone: string): number {
  if (timeZone === 'UTC' || !Number.isFinite(wallMs)) return wallMs;
  // Nearly every reading is a day or more from any change, and feeds hold many readings per day:
  // the offset of the reading's whole day (with a day either side) is looked up once per day.
  const uniform = uniformOffsetAround(zone(timeZone), Math.floor(wallMs / DAY_MS), timeZone);
  if (!Number.isNaN(uniform)) return wallMs - uniform;
  const before = zoneOffset(wallMs - DAY_MS, timeZone);
  if (before === zoneOffset(wallMs + DAY_MS, timeZone) && zoneOffset(wallMs - before, timeZone) === before) {
    return wallMs - before;
  }
  const instants = wallClockInstants(wallMs, timeZone);
  if (instants.length > 0) return instants[0];
  // In a gap, read the time with the offset that was in force before it.
  return wallMs - before;
}

/**
 * The offset in force throughout wall-clock day `day` and the day either side of it, or NaN when
 * it changes in that time. Offsets stay within a day of UTC, so every instant whose reading falls
 * on `day`, and a day either side of that instant, lies in this span.
 */
function uniformOffsetAround(cache: ZoneCache, day: number, timeZone: string): number {
  let offset = cache.wallDays.get(day);
  if (offset === undefined) {
    // Two ends that agree mean one offset in between: no zone changes and changes back within
    // the eight-day blocks `zoneOffset` relies on, and this span is five days long.
    const first = zoneOffset((day - 2) * DAY_MS, timeZone);
    offset = first === zoneOffset((day + 3) * DAY_MS, timeZone) ? first : NaN;
    if (cache.wallDays.size >= MAX_CACHE_ENTRIES) cache.wallDays.clear();
    cache.wallDays.set(day, offset);
  }
  return offset;
}

/**
 * Epoch ms of a wall-clock time in a zone (month 1–12). Fields out of range roll over, as with
 * `Date.UTC`. Skipped and repeated times resolve as `fromWallClock` documents.
 */
export function zonedToEpoch(
  year: number,
  month1to12: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  timeZone: string,
): number {
  const wall = utcFromFields(year, month1to12, day, hour, minute, second, ms);
  if (timeZone === 'UTC') return wall;
  return fromWallClock(wall, timeZone);
}

/**
 * Loads what `Intl` needs for time-zone arithmetic. The first `Intl.DateTimeFormat` a page makes
 * costs tens of milliseconds (the engine reads its time-zone and locale data then); calling this
 * while a feed is still on its way keeps that cost out of the first drawing.
 */
export function prepareTimeZoneData(): void {
  zone('UTC').format.formatToParts(0);
}

/**
 * Whether `Intl` knows `name` as a time zone. Names are matched as `Intl` matches them (case does
 * not matter, links such as "US/Eastern" count); UTC-offset strings such as "+05:00", which newer
 * engines also accept, do not count: the feed format asks for a named zone.
 */
export function isValidTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.trim() === '' || /^[+\-\u2212]/.test(name)) return false;
  if (zones.has(name)) return true;
  if (invalidZones.has(name)) return false;
  try {
    zone(name);
    return true;
  } catch {
    invalidZones.add(name);
    return false;
  }
}
