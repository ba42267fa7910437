import {expect} from '@open-wc/testing';
import type {CountableTimeInterval} from 'd3-time';
import {calendarDayReader, calendarIntervals, unitBegun} from '../../src/layout/calendar-intervals.js';
import {createTimeAxis} from '../../src/layout/time-axis.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

declare const Temporal: {PlainDate: {from(value: string): {withCalendar(calendar: string): {day: number; month: number; year: number}}}} | undefined;

describe('calendar intervals', () => {
  it('finds the Solar Hijri months and years: 1 Mizan 1403 is 22 Sep 2024, 1 Aqrab 22 Oct, Nowruz 20 Mar 2024 and 21 Mar 2025', () => {
    const {month, year} = calendarIntervals('persian');
    expect(month.range(new Date(day('2024-09-01')), new Date(day('2024-11-01'))).map(iso)).to.deep.equal(['2024-09-22', '2024-10-22']);
    expect(year.range(new Date(day('2024-01-01')), new Date(day('2026-01-01'))).map(iso)).to.deep.equal(['2024-03-20', '2025-03-21']);
    expect(iso(month.floor(new Date(day('2024-10-02'))))).to.equal('2024-09-22');
    expect(iso(month.offset(new Date(day('2024-09-22')), -1))).to.equal('2024-08-22');
    expect(unitBegun(day('2024-03-20'), 'persian')).to.equal('year');
    expect(unitBegun(day('2024-09-22'), 'persian')).to.equal('month');
    expect(unitBegun(day('2024-09-23'), 'persian')).to.equal('day');
  });

  for (const calendar of ['persian', 'islamic-umalqura', 'islamic-civil', 'ethiopic']) {
    it(`agrees with Temporal on every month start of ${calendar} from 2015 to 2030`, function () {
      if (typeof Temporal === 'undefined') this.skip();
      const starts = calendarIntervals(calendar).month.range(new Date(day('2015-01-01')), new Date(day('2030-12-31')));
      expect(starts.length).to.be.greaterThan(180);
      for (const start of starts) {
        const date = Temporal.PlainDate.from(iso(start)).withCalendar(calendar);
        expect(date.day, `${iso(start)} in ${calendar}`).to.equal(1);
        const before = Temporal.PlainDate.from(iso(new Date(+start - 86_400_000))).withCalendar(calendar);
        expect(before.month === date.month && before.year === date.year, `${iso(start)}: the day before is another month`).to.equal(false);
      }
      // Every quarter of the year (months 1, 4, 7, 10) starts a 3-month tick.
      const quarters = (calendarIntervals(calendar).month as CountableTimeInterval)
        .every(3)!
        .range(new Date(day('2024-01-01')), new Date(day('2026-01-01')));
      for (const start of quarters) expect((calendarDayReader(calendar)(+start).month - 1) % 3).to.equal(0);
    });
  }
});

describe('createTimeAxis in another calendar', () => {
  it('puts month ticks on Persian month starts, labelled with their names, and weeks on Saturdays', () => {
    const months = createTimeAxis({
      start: day('2024-09-01'),
      end: day('2024-12-01'),
      width: 600,
      timeZone: 'Asia/Kabul',
      locale: 'fa-AF',
      calendar: 'persian',
    });
    const kabul = (time: number) => new Date(time + 4.5 * 3_600_000).toISOString().slice(0, 10);
    expect(months.interval.unit).to.equal('week');
    const majors = months.ticks.filter((tick) => tick.major);
    expect(majors.map((tick) => kabul(tick.time))).to.deep.equal(['2024-09-22', '2024-10-22', '2024-11-21']);
    expect(majors[1].label).to.equal('عقرب');
    const weeks = months.ticks.filter((tick) => !tick.major);
    for (const tick of weeks) expect(new Date(tick.time + 4.5 * 3_600_000).getUTCDay(), kabul(tick.time)).to.equal(1);
    const saturdays = createTimeAxis({
      start: day('2024-09-01'),
      end: day('2024-12-01'),
      width: 600,
      timeZone: 'Asia/Kabul',
      locale: 'fa-AF',
      calendar: 'persian',
      weekStart: 6,
    });
    for (const tick of saturdays.ticks.filter((each) => !each.major))
      expect(new Date(tick.time + 4.5 * 3_600_000).getUTCDay(), kabul(tick.time)).to.equal(6);
  });

  it('keeps Gregorian ticks for a calendar whose months are names (Hebrew), without throwing', () => {
    const axis = createTimeAxis({start: day('2024-01-01'), end: day('2024-12-31'), width: 900, timeZone: 'UTC', locale: 'en', calendar: 'hebrew'});
    expect(axis.ticks.find((tick) => tick.unit === 'year')?.time).to.equal(day('2024-01-01'));
    expect(axis.ticks.filter((tick) => tick.major).map((tick) => new Date(tick.time).getUTCDate())).to.satisfy((days: number[]) =>
      days.every((d) => d === 1),
    );
  });

  it('marks Nowruz as the year among Persian months, and keeps Gregorian ticks by default', () => {
    const year = createTimeAxis({
      start: day('2023-11-01'),
      end: day('2024-11-01'),
      width: 900,
      timeZone: 'Asia/Kabul',
      locale: 'fa-AF',
      calendar: 'persian',
    });
    expect(year.interval.unit).to.equal('month');
    const nowruz = year.ticks.find((tick) => tick.unit === 'year')!;
    expect(new Date(nowruz.time + 4.5 * 3_600_000).toISOString().slice(0, 10)).to.equal('2024-03-20');
    expect(nowruz.label).to.equal('۱۴۰۳');
    const gregorian = createTimeAxis({start: day('2023-11-01'), end: day('2024-11-01'), width: 900, timeZone: 'UTC', locale: 'en'});
    expect(gregorian.ticks.find((tick) => tick.unit === 'year')!.time).to.equal(day('2024-01-01'));
  });
});
