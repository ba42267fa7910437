import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {fromWallClock, isValidTimeZone, toWallClock, utcFromFields, wallClockInstants, zonedToEpoch, zoneOffset} from '../../src/feed/zoned-time.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The offset straight from Intl, without any cache: the reference the cached one must match. */
function referenceOffset(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(epochMs);
  const field = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const wall = utcFromFields(field('year'), field('month'), field('day'), field('hour'), field('minute'), field('second'));
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

describe('zoneOffset', () => {
  it('is +5 hours all year in Asia/Dushanbe, which has no DST', () => {
    expect(zoneOffset(Date.UTC(2024, 0, 15, 12), 'Asia/Dushanbe')).to.equal(5 * HOUR);
    expect(zoneOffset(Date.UTC(2024, 6, 15, 12), 'Asia/Dushanbe')).to.equal(5 * HOUR);
  });

  it('is +5:45 in Asia/Kathmandu', () => {
    expect(zoneOffset(Date.UTC(2024, 8, 24), 'Asia/Kathmandu')).to.equal(5 * HOUR + 45 * MINUTE);
  });

  it('changes at the exact instant even within a UTC hour (Kathmandu, 1985-12-31T18:30Z)', () => {
    expect(zoneOffset(Date.UTC(1985, 11, 31, 18, 29, 59, 999), 'Asia/Kathmandu')).to.equal(5 * HOUR + 30 * MINUTE);
    expect(zoneOffset(Date.UTC(1985, 11, 31, 18, 30), 'Asia/Kathmandu')).to.equal(5 * HOUR + 45 * MINUTE);
  });

  it('is 0 in UTC', () => {
    expect(zoneOffset(Date.UTC(2024, 8, 24, 14, 30), 'UTC')).to.equal(0);
    expect(zoneOffset(Date.UTC(2024, 8, 24, 14, 30), 'Etc/UTC')).to.equal(0);
  });

  it('follows Europe/Berlin into and out of summer time at 01:00 UTC', () => {
    const berlin = (t: number) => zoneOffset(t, 'Europe/Berlin');
    expect(berlin(Date.UTC(2024, 2, 31, 0, 59, 59, 999))).to.equal(HOUR);
    expect(berlin(Date.UTC(2024, 2, 31, 1))).to.equal(2 * HOUR);
    expect(berlin(Date.UTC(2024, 9, 27, 0, 59, 59, 999))).to.equal(2 * HOUR);
    expect(berlin(Date.UTC(2024, 9, 27, 1))).to.equal(HOUR);
  });

  it('follows America/New_York into and out of daylight time', () => {
    const newYork = (t: number) => zoneOffset(t, 'America/New_York');
    expect(newYork(Date.UTC(2024, 2, 10, 6, 59, 59))).to.equal(-5 * HOUR);
    expect(newYork(Date.UTC(2024, 2, 10, 7))).to.equal(-4 * HOUR);
    expect(newYork(Date.UTC(2024, 10, 3, 5, 59, 59))).to.equal(-4 * HOUR);
    expect(newYork(Date.UTC(2024, 10, 3, 6))).to.equal(-5 * HOUR);
  });

  it('keeps the seconds of local mean time (Berlin in 1890 was +0:53:28)', () => {
    expect(zoneOffset(Date.UTC(1890, 0, 1), 'Europe/Berlin')).to.equal((53 * 60 + 28) * 1000);
  });

  it('keeps local mean time before the common era (Berlin, 500 BC)', () => {
    const epoch = utcFromFields(-499, 6, 1, 12);
    expect(zoneOffset(epoch, 'Europe/Berlin')).to.equal((53 * 60 + 28) * 1000);
  });

  it('is NaN for an instant that is not finite', () => {
    expect(zoneOffset(NaN, 'Europe/Berlin')).to.satisfy(Number.isNaN);
    expect(zoneOffset(Infinity, 'Europe/Berlin')).to.satisfy(Number.isNaN);
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => zoneOffset(0, 'Mars/Olympus_Mons')).to.throw(RangeError);
  });

  it('agrees with Intl at any instant, cache or not (property)', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Asia/Dushanbe', 'Australia/Lord_Howe', 'America/Santiago'];
    fc.assert(
      fc.property(
        fc.integer({min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1)}),
        fc.constantFrom(...zones),
        (epoch, zone) => zoneOffset(epoch, zone) === referenceOffset(epoch, zone),
      ),
      {numRuns: 500},
    );
  });

  it('agrees with Intl minute by minute through a day of change', () => {
    const start = Date.UTC(2024, 9, 26, 12);
    for (let t = start; t < start + 24 * HOUR; t += 7 * MINUTE) {
      expect(zoneOffset(t, 'Europe/Berlin'), new Date(t).toISOString()).to.equal(referenceOffset(t, 'Europe/Berlin'));
    }
  });
});

describe('zonedToEpoch', () => {
  it('puts midnight of 25 September 2024 in Asia/Dushanbe at 19:00 UTC the day before', () => {
    expect(zonedToEpoch(2024, 9, 25, 0, 0, 0, 0, 'Asia/Dushanbe')).to.equal(Date.UTC(2024, 8, 24, 19));
  });

  it('puts midnight of 1 January 2024 in Asia/Kathmandu at 18:15 UTC the day before', () => {
    expect(zonedToEpoch(2024, 1, 1, 0, 0, 0, 0, 'Asia/Kathmandu')).to.equal(Date.UTC(2023, 11, 31, 18, 15));
  });

  it('is Date.UTC in UTC, milliseconds included', () => {
    expect(zonedToEpoch(2024, 2, 29, 23, 59, 59, 999, 'UTC')).to.equal(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
  });

  it('reads Berlin winter and summer times with their own offsets', () => {
    expect(zonedToEpoch(2024, 1, 15, 12, 0, 0, 0, 'Europe/Berlin')).to.equal(Date.UTC(2024, 0, 15, 11));
    expect(zonedToEpoch(2024, 7, 15, 12, 0, 0, 0, 'Europe/Berlin')).to.equal(Date.UTC(2024, 6, 15, 10));
  });

  it('moves a time in the skipped hour forward by the gap (Berlin 02:30 on 31 March 2024 is 03:30 CEST)', () => {
    expect(zonedToEpoch(2024, 3, 31, 2, 30, 0, 0, 'Europe/Berlin')).to.equal(Date.UTC(2024, 2, 31, 1, 30));
    expect(zonedToEpoch(2024, 3, 10, 2, 30, 0, 0, 'America/New_York')).to.equal(Date.UTC(2024, 2, 10, 7, 30));
  });

  it('takes the earlier instant of a repeated hour (Berlin 02:30 on 27 October 2024 is 02:30 CEST)', () => {
    expect(zonedToEpoch(2024, 10, 27, 2, 30, 0, 0, 'Europe/Berlin')).to.equal(Date.UTC(2024, 9, 27, 0, 30));
    expect(zonedToEpoch(2024, 11, 3, 1, 30, 0, 0, 'America/New_York')).to.equal(Date.UTC(2024, 10, 3, 5, 30));
  });

  it('rolls fields over like Date.UTC (month 13, day 0)', () => {
    expect(zonedToEpoch(2024, 13, 1, 0, 0, 0, 0, 'Asia/Dushanbe')).to.equal(Date.UTC(2024, 11, 31, 19));
    expect(zonedToEpoch(2024, 3, 0, 0, 0, 0, 0, 'UTC')).to.equal(Date.UTC(2024, 1, 29));
  });

  it('keeps years below 100 in the first century', () => {
    expect(new Date(zonedToEpoch(50, 6, 1, 0, 0, 0, 0, 'UTC')).getUTCFullYear()).to.equal(50);
  });

  it('inverts toWallClock wherever the wall-clock time is not repeated (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({min: Date.UTC(1970, 0, 1), max: Date.UTC(2060, 0, 1)}),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Asia/Dushanbe'),
        (epoch, zone) => {
          const wall = toWallClock(epoch, zone);
          const instants = wallClockInstants(wall, zone);
          return instants.includes(epoch) && fromWallClock(wall, zone) === instants[0];
        },
      ),
      {numRuns: 500},
    );
  });
});

describe('wallClockInstants', () => {
  it('finds no instant in the hour Berlin skips', () => {
    expect(wallClockInstants(Date.UTC(2024, 2, 31, 2, 30), 'Europe/Berlin')).to.deep.equal([]);
  });

  it('finds both instants of the hour Berlin repeats, earlier first', () => {
    expect(wallClockInstants(Date.UTC(2024, 9, 27, 2, 30), 'Europe/Berlin')).to.deep.equal([
      Date.UTC(2024, 9, 27, 0, 30),
      Date.UTC(2024, 9, 27, 1, 30),
    ]);
  });

  it('finds exactly one instant on an ordinary day', () => {
    expect(wallClockInstants(Date.UTC(2024, 8, 24, 14), 'Asia/Dushanbe')).to.deep.equal([Date.UTC(2024, 8, 24, 9)]);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names, including links', () => {
    expect(isValidTimeZone('Asia/Dushanbe')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('US/Eastern')).to.equal(true);
  });

  it('rejects unknown names, offsets, empty strings and non-strings', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('+05:00')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone(undefined)).to.equal(false);
    expect(isValidTimeZone(5)).to.equal(false);
  });
});
