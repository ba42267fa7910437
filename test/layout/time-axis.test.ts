import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {chooseTickInterval, clampDomain, createTimeAxis, DEFAULT_ZOOM_LIMITS, pan, zoomAround} from '../../src/layout/time-axis.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

describe('createTimeAxis', () => {
  describe('in Asia/Dushanbe, 16 days over 1280 px', () => {
    const start = Date.UTC(2024, 9, 20);
    const end = Date.UTC(2024, 10, 5);
    const axis = createTimeAxis({start, end, width: 1280, timeZone: 'Asia/Dushanbe', locale: 'en-GB'});

    it('ticks every day, at local midnight: 19:00 UTC the day before', () => {
      expect(axis.interval).to.include({unit: 'day', step: 1});
      const tick = axis.ticks.find((t) => t.label === '25 Oct')!;
      expect(tick.time).to.equal(Date.UTC(2024, 9, 24, 19));
      for (const t of axis.ticks) expect(new Date(t.time).getUTCHours()).to.equal(19);
    });

    it('places a tick at its time: (4 days 19 h / 16 days) × 1280 px', () => {
      const tick = axis.ticks.find((t) => t.label === '25 Oct')!;
      expect(tick.x).to.be.closeTo(((4 * 24 + 19) / (16 * 24)) * 1280, 1e-9);
      expect(axis.x(Date.UTC(2024, 9, 24, 19))).to.be.closeTo(383.333, 1e-3);
    });

    it('marks the first of the month as major and labels it with the month', () => {
      const november = axis.ticks.find((t) => t.time === Date.UTC(2024, 9, 31, 19))!;
      expect(november).to.include({label: 'Nov', major: true, unit: 'month'});
      expect(axis.ticks.filter((t) => t.major)).to.have.length(1);
    });

    it('inverts x', () => {
      expect(axis.invert(axis.x(Date.UTC(2024, 9, 24, 19)))).to.be.closeTo(Date.UTC(2024, 9, 24, 19), 1);
      expect(axis.invert(0)).to.equal(start);
    });

    it('keeps every tick inside the domain', () => {
      expect(axis.ticks[0].time).to.be.at.least(start);
      expect(axis.ticks[axis.ticks.length - 1].time).to.be.at.most(end);
      expect(axis.ticks).to.have.length(16);
    });
  });

  it('ticks hours of Asia/Kathmandu at a quarter past the UTC hour', () => {
    const start = Date.UTC(2024, 8, 24, 0);
    const axis = createTimeAxis({start, end: start + 12 * HOUR, width: 1200, timeZone: 'Asia/Kathmandu', locale: 'en-GB'});
    expect(axis.interval).to.include({unit: 'hour', step: 1});
    expect(axis.ticks).to.have.length(12);
    for (const tick of axis.ticks) expect(tick.time % HOUR).to.equal(15 * MINUTE);
    expect(axis.ticks[0].label).to.equal('24 Sept, 06:00');
    expect(axis.ticks[1].label).to.equal('07:00');
  });

  it('skips the hour Europe/Berlin loses when clocks go forward, keeping ticks an hour apart', () => {
    const start = Date.UTC(2024, 2, 30, 22);
    const axis = createTimeAxis({start, end: start + 6 * HOUR, width: 600, timeZone: 'Europe/Berlin', locale: 'en-GB'});
    expect(axis.ticks.map((t) => t.label)).to.deep.equal(['30 Mar, 23:00', '31 Mar', '01:00', '03:00', '04:00', '05:00', '06:00']);
    expect(axis.ticks.map((t) => t.x)).to.deep.equal([0, 100, 200, 300, 400, 500, 600]);
    expect(axis.ticks.map((t) => t.major)).to.deep.equal([false, true, false, false, false, false, false]);
  });

  it('ticks the hour Europe/Berlin repeats when clocks go back twice', () => {
    const start = Date.UTC(2024, 9, 26, 22);
    const axis = createTimeAxis({start, end: start + 6 * HOUR, width: 600, timeZone: 'Europe/Berlin', locale: 'en-GB'});
    expect(axis.ticks.map((t) => t.label)).to.deep.equal(['27 Oct 2024', '01:00', '02:00', '02:00', '03:00', '04:00', '05:00']);
    expect(axis.ticks.map((t) => t.time)).to.deep.equal([0, 1, 2, 3, 4, 5, 6].map((h) => start + h * HOUR));
  });

  it('ticks every quarter hour through the repeated hour, with no gap or double', () => {
    const start = Date.UTC(2024, 9, 27, 0);
    const axis = createTimeAxis({start, end: start + 2 * HOUR, width: 640, timeZone: 'Europe/Berlin', locale: 'en-GB'});
    expect(axis.interval).to.include({unit: 'minute', step: 15});
    expect(axis.ticks.map((t) => t.time)).to.deep.equal(Array.from({length: 9}, (_, i) => start + i * 15 * MINUTE));
    expect(axis.ticks.map((t) => t.label)).to.deep.equal(['27 Oct, 02:00', '02:15', '02:30', '02:45', '02:00', '02:15', '02:30', '02:45', '03:00']);
  });

  it('ticks Europe/Berlin days at local midnight on both sides of a change', () => {
    const axis = createTimeAxis({
      start: Date.UTC(2024, 9, 24),
      end: Date.UTC(2024, 9, 31),
      width: 700,
      timeZone: 'Europe/Berlin',
      locale: 'en-GB',
    });
    const byLabel = new Map(axis.ticks.map((t) => [t.label, t.time]));
    expect(byLabel.get('27 Oct')).to.equal(Date.UTC(2024, 9, 26, 22));
    expect(byLabel.get('28 Oct')).to.equal(Date.UTC(2024, 9, 27, 23));
  });

  it('starts a day that skips midnight when its clocks start (America/Santiago, 8 September 2024)', () => {
    const start = Date.UTC(2024, 8, 8, 0);
    const axis = createTimeAxis({start, end: start + 8 * HOUR, width: 800, timeZone: 'America/Santiago', locale: 'en-US'});
    const majors = axis.ticks.filter((t) => t.major);
    expect(majors.map((t) => [t.time, t.label])).to.deep.equal([[Date.UTC(2024, 8, 8, 4), 'Sep 8']]);
    expect(axis.ticks.map((t) => t.time)).to.deep.equal(Array.from({length: 9}, (_, i) => start + i * HOUR));
  });

  it('labels two-monthly ticks with the month and the start of a year with the year', () => {
    const axis = createTimeAxis({start: Date.UTC(2023, 0, 1), end: Date.UTC(2025, 0, 1), width: 1200, locale: 'en-US'});
    expect(axis.interval).to.include({unit: 'month', step: 2});
    expect(axis.ticks.map((t) => t.label)).to.deep.equal([
      '2023',
      'Mar',
      'May',
      'Jul',
      'Sep',
      'Nov',
      '2024',
      'Mar',
      'May',
      'Jul',
      'Sep',
      'Nov',
      '2025',
    ]);
    expect(axis.ticks.filter((t) => t.major).map((t) => t.label)).to.deep.equal(['2023', '2024', '2025']);
  });

  it('names the day, month or year the view lies in at its first tick', () => {
    const first = (start: number, end: number, locale = 'en-US') =>
      createTimeAxis({start, end, width: 1000, timeZone: 'Asia/Dushanbe', locale}).ticks[0];
    // Hours of one day, with no midnight in view: which day is it?
    const hours = first(Date.UTC(2024, 8, 24, 1), Date.UTC(2024, 8, 24, 13));
    expect(hours).to.include({label: 'Sep 24, 06:00 AM', unit: 'hour', major: false, time: Date.UTC(2024, 8, 24, 1)});
    // Days of two months: which year?
    const days = first(Date.UTC(2024, 8, 2, 19), Date.UTC(2024, 8, 12));
    expect(days).to.include({unit: 'day', major: false});
    expect(days.label).to.equal('Sep 3, 2024');
    // A first tick that begins a month among weeks, or a year among months.
    expect(first(Date.UTC(2024, 8, 30, 19), Date.UTC(2024, 11, 20)).label).to.equal('Oct 2024');
    expect(first(Date.UTC(2023, 11, 31, 19), Date.UTC(2025, 11, 31)).label).to.equal('2024');
    expect(first(Date.UTC(2024, 8, 2, 19), Date.UTC(2024, 8, 12), 'ru').label).to.equal('3 сент. 2024 г.');
    // Only the first.
    const axis = createTimeAxis({
      start: Date.UTC(2024, 8, 2, 19),
      end: Date.UTC(2024, 9, 20),
      width: 1000,
      timeZone: 'Asia/Dushanbe',
      locale: 'en-US',
    });
    expect(axis.ticks.slice(1).filter((t) => /2024/.test(t.label))).to.deep.equal([]);
  });

  it('ticks every other year over 30 years in 1500 px', () => {
    const axis = createTimeAxis({start: Date.UTC(1995, 0, 1), end: Date.UTC(2025, 0, 1), width: 1500, locale: 'en-GB'});
    expect(axis.interval).to.include({unit: 'year', step: 2});
    expect(axis.ticks.map((t) => t.label)).to.deep.equal(Array.from({length: 15}, (_, i) => String(1996 + 2 * i)));
  });

  it('ticks weeks on Mondays and gives way to the first of the month', () => {
    const axis = createTimeAxis({start: Date.UTC(2024, 9, 1), end: Date.UTC(2024, 11, 10), width: 1000, locale: 'en-GB'});
    expect(axis.interval).to.include({unit: 'week', step: 1});
    const majors = axis.ticks.filter((t) => t.major);
    expect(majors.map((t) => t.label)).to.deep.equal(['Oct 2024', 'Nov', 'Dec']);
    for (const tick of axis.ticks.filter((t) => !t.major)) {
      expect(new Date(tick.time).getUTCDay()).to.equal(1);
      for (const major of majors) expect(Math.abs(major.x - tick.x)).to.be.at.least(60);
    }
    // Monday 2 December is a day after 1 December: it is dropped rather than overlap it.
    expect(axis.ticks.some((t) => t.time === Date.UTC(2024, 11, 2))).to.equal(false);
    expect(axis.ticks.some((t) => t.label === '18 Nov')).to.equal(true);
  });

  it('labels in the locale given', () => {
    const axis = createTimeAxis({start: Date.UTC(2024, 8, 20), end: Date.UTC(2024, 9, 6), width: 1280, locale: 'en-US'});
    expect(axis.ticks.map((t) => t.label)).to.include('Sep 25');
  });

  it('mirrors positions when time runs right to left', () => {
    const options = {start: Date.UTC(2024, 8, 20), end: Date.UTC(2024, 9, 6), width: 1280, timeZone: 'Asia/Dushanbe'};
    const ltr = createTimeAxis(options);
    const rtl = createTimeAxis({...options, rtl: true});
    expect(rtl.x(options.start)).to.equal(1280);
    expect(rtl.x(options.end)).to.equal(0);
    expect(rtl.ticks.map((t) => t.time)).to.deep.equal(ltr.ticks.map((t) => t.time));
    rtl.ticks.forEach((tick, i) => expect(tick.x).to.be.closeTo(1280 - ltr.ticks[i].x, 1e-9));
    expect(rtl.invert(1280 - 383.3333333333333)).to.be.closeTo(Date.UTC(2024, 8, 24, 19), 1);
  });

  it('has no ticks at zero width and survives an empty domain', () => {
    expect(createTimeAxis({start: 0, end: DAY, width: 0}).ticks).to.deep.equal([]);
    const axis = createTimeAxis({start: DAY, end: DAY, width: 100});
    expect(axis.x(DAY)).to.equal(0);
  });

  it('gives an hour the clocks repeat one tick, not two an hour apart (Berlin, end of summer time 1991)', () => {
    // 03:00 went back to 02:00 on 29 September 1991: the hourly ticks every two hours met 02:00 twice.
    const start = Date.UTC(1991, 8, 28, 3, 59, 59, 213);
    const axis = createTimeAxis({start, end: start + 21 * HOUR + 787, width: 841, timeZone: 'Europe/Berlin'});
    const labels = axis.ticks.map((tick) => tick.label);
    expect(labels.filter((label) => label === '02:00 AM')).to.have.length(1);
    for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i].x - axis.ticks[i - 1].x).to.be.at.least(60);
  });

  it('keeps ticks at least three quarters of the spacing apart at any zoom (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1)}),
        fc.double({min: Math.log(HOUR), max: Math.log(50 * YEAR), noNaN: true}),
        fc.integer({min: 200, max: 2400}),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'UTC'),
        fc.boolean(),
        (start, logSpan, width, timeZone, rtl) => {
          const axis = createTimeAxis({start, end: start + Math.exp(logSpan), width, timeZone, rtl});
          const xs = axis.ticks.map((t) => (rtl ? width - t.x : t.x));
          for (let i = 1; i < xs.length; i++) if (xs[i] - xs[i - 1] < 60 - 1e-6) return false;
          return xs.every((x) => x >= -1e-6 && x <= width + 1e-6) && axis.ticks.length <= width / 60 + 1;
        },
      ),
      {numRuns: 300},
    );
  });
});

describe('chooseTickInterval', () => {
  it('goes from minutes through hours, days, weeks and months to years as the span grows', () => {
    const at = (span: number) => {
      const {unit, step} = chooseTickInterval(span, 1000);
      return `${step} ${unit}`;
    };
    expect(at(HOUR)).to.equal('5 minute');
    expect(at(DAY)).to.equal('2 hour');
    expect(at(30 * DAY)).to.equal('3 day');
    expect(at(60 * DAY)).to.equal('1 week');
    expect(at(90 * DAY)).to.equal('2 week');
    expect(at(YEAR)).to.equal('1 month');
    expect(at(10 * YEAR)).to.equal('1 year');
    expect(at(50 * YEAR)).to.equal('5 year');
  });
});

describe('zoomAround', () => {
  it('keeps the anchor at the same place on screen', () => {
    expect(zoomAround([0, 100 * HOUR], 2, 25 * HOUR)).to.deep.equal([12.5 * HOUR, 62.5 * HOUR]);
    expect(zoomAround([0, 100 * HOUR], 0.5, 25 * HOUR)).to.deep.equal([-25 * HOUR, 175 * HOUR]);
  });

  it('stops zooming in at one hour and out at 50 years by default', () => {
    const [a, b] = zoomAround([0, 2 * HOUR], 100, HOUR);
    expect([a, b]).to.deep.equal([0.5 * HOUR, 1.5 * HOUR]);
    const [c, d] = zoomAround([0, 10 * YEAR], 0.01, 0);
    expect(d - c).to.equal(DEFAULT_ZOOM_LIMITS.maxSpanMs);
    expect(c).to.equal(0);
  });

  it('takes other limits', () => {
    const [a, b] = zoomAround([0, 10 * DAY], 100, 5 * DAY, {minSpanMs: DAY, maxSpanMs: 20 * DAY});
    expect([a, b]).to.deep.equal([4.5 * DAY, 5.5 * DAY]);
    const [c, d] = zoomAround([0, 10 * DAY], 0.1, 0, {minSpanMs: DAY, maxSpanMs: 20 * DAY});
    expect([c, d]).to.deep.equal([0, 20 * DAY]);
  });

  it('ignores a factor that is zero, negative or not finite', () => {
    for (const factor of [0, -2, NaN, Infinity]) expect(zoomAround([0, DAY], factor, 0)).to.deep.equal([0, DAY]);
  });
});

describe('pan and clampDomain', () => {
  it('pan moves both ends', () => {
    expect(pan([10, 20], 5)).to.deep.equal([15, 25]);
    expect(pan([10, 20], -15)).to.deep.equal([-5, 5]);
  });

  it('clampDomain slides the domain back inside the bounds, keeping its span', () => {
    expect(clampDomain([-5, 5], [0, 100])).to.deep.equal([0, 10]);
    expect(clampDomain([95, 105], [0, 100])).to.deep.equal([90, 100]);
    expect(clampDomain([40, 50], [0, 100])).to.deep.equal([40, 50]);
  });

  it('clampDomain gives the bounds for a domain wider than them', () => {
    expect(clampDomain([-50, 150], [0, 100])).to.deep.equal([0, 100]);
  });
});
