import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import type {Incident, TimeWindow, ValidationResult} from '../../src/feed/types.js';
import {timeViolations} from './feed-invariants.js';

/*
 * Times as ACLED and UCDP GED give them, mapped as the format documents, in a zone east of UTC:
 * Dushanbe is UTC+5 all year, so a day there starts at 19:00 UTC the day before and its middle
 * is 07:00 UTC. Dates are real rows of the ACLED 2022 and UCDP GED 23.1 samples.
 */
const ZONE = 'Asia/Dushanbe';
const iso = (ms: number) => new Date(ms).toISOString();
const civilDay = new Intl.DateTimeFormat('en-CA', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit'});
const dayInDushanbe = (ms: number) => civilDay.format(ms);

/** A feed dated in Dushanbe with one incident per `when`, ids `inc-0`, `inc-1`… */
function read(...whens: unknown[]): ValidationResult {
  return validateFeed({
    version: '1.1',
    region: {name: 'Tajik–Afghan border', timeZone: ZONE},
    incidents: whens.map((when, i) => ({id: `inc-${i}`, when, title: 'Clash reported', category: 'clash', status: 'reported'})),
  });
}

function incident(result: ValidationResult, id = 'inc-0'): Incident {
  const found = result.feed?.incidents.find((item) => item.id === id);
  if (!found) throw new Error(`${id} was left out: ${result.problems.map((p) => p.message).join('; ')}`);
  return found;
}

/** The time of a lone incident, which must be read without a problem. */
function timeOf(when: unknown): TimeWindow {
  const result = read(when);
  expect(result.problems).to.deep.equal([]);
  expect(timeViolations(result)).to.deep.equal([]);
  return incident(result).time;
}

const span = (time: TimeWindow) => [iso(time.earliest), iso(time.latest)];

describe('incident times from ACLED and UCDP GED', () => {
  describe('a date with earliest and latest', () => {
    it('accepts a week-precision date whose ISO week sticks out of the bounds, with the date as best (ACLED time_precision 2)', () => {
      // AFG64466: event_date Sunday 19 June 2022, the middle of the known week 16–22 June.
      // Its ISO week (13–19 June) begins before the bounds: that once refused the incident.
      const time = timeOf({date: '2022-06-19', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'});
      expect(span(time)).to.deep.equal(['2022-06-15T19:00:00.000Z', '2022-06-22T19:00:00.000Z']);
      expect(iso(time.best)).to.equal('2022-06-19T07:00:00.000Z');
      expect(dayInDushanbe(time.best)).to.equal('2022-06-19');
      expect(time.precision).to.equal('week');
    });

    it('accepts a month-precision date whose month sticks out of the bounds, with the date as best', () => {
      const time = timeOf({date: '2022-06-19', precision: 'month', earliest: '2022-06-10', latest: '2022-06-25'});
      expect(span(time)).to.deep.equal(['2022-06-09T19:00:00.000Z', '2022-06-25T19:00:00.000Z']);
      expect(dayInDushanbe(time.best)).to.equal('2022-06-19');
      expect(time.precision).to.equal('month');
    });

    it('keeps the best point on the date of a known month, not on the month’s middle (ACLED time_precision 3)', () => {
      // AFG63876: event_date 1 January 2022, time_precision 3.
      const time = timeOf({date: '2022-01-01', earliest: '2022-01-01', latest: '2022-01-31', precision: 'month'});
      expect(span(time)).to.deep.equal(['2021-12-31T19:00:00.000Z', '2022-01-31T19:00:00.000Z']);
      expect(iso(time.best)).to.equal('2022-01-01T07:00:00.000Z');
      expect(time.precision).to.equal('month');
    });

    it('places the marker on the date, not on the middle of the window', () => {
      const time = timeOf({date: '2022-06-12', earliest: '2022-06-10', latest: '2022-06-30'});
      expect(span(time)).to.deep.equal(['2022-06-09T19:00:00.000Z', '2022-06-30T19:00:00.000Z']);
      expect(iso(time.best)).to.equal('2022-06-12T07:00:00.000Z');
      expect(time.precision).to.equal('day');
    });

    it('places the marker on the instant of a date with a time', () => {
      const time = timeOf({date: '2022-06-19T14:30', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'});
      expect(iso(time.best)).to.equal('2022-06-19T09:30:00.000Z');
      expect(time.precision).to.equal('week');
    });

    it('accepts a date on the first or the last day of the bounds', () => {
      expect(dayInDushanbe(timeOf({date: '2022-06-16', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'}).best)).to.equal(
        '2022-06-16',
      );
      expect(dayInDushanbe(timeOf({date: '2022-06-22', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'}).best)).to.equal(
        '2022-06-22',
      );
    });

    it('widens the date to its precision only on a side no bound gives', () => {
      // The ISO week of 19 June 2022 ends on Monday 20 June, 00:00 in Dushanbe.
      const time = timeOf({date: '2022-06-19', earliest: '2022-06-16', precision: 'week'});
      expect(span(time)).to.deep.equal(['2022-06-15T19:00:00.000Z', '2022-06-19T19:00:00.000Z']);
      expect(dayInDushanbe(time.best)).to.equal('2022-06-19');
    });

    it('ignores a precision finer than the date, as without bounds, and says so', () => {
      const result = read({date: '2022-06', precision: 'day', earliest: '2022-06-01', latest: '2022-06-30'});
      expect(result.problems.map((p) => [p.pointer, p.expected, p.dropped])).to.deep.equal([
        ['/incidents/0/when/precision', 'a precision no finer than the date itself (month)', 'value'],
      ]);
      const {time} = incident(result);
      expect(time.precision).to.equal('month');
      // A month date has no day to stand on: its marker stays on the month's middle.
      expect(iso(time.best)).to.equal('2022-06-15T19:00:00.000Z');
    });
  });

  describe('a date outside its bounds', () => {
    const refused = (when: unknown, found: string) => {
      const result = read(when, '2022-06-19');
      expect(result.problems.map((p) => ({pointer: p.pointer, expected: p.expected, found: p.found, dropped: p.dropped}))).to.deep.equal([
        {pointer: '/incidents/0/when/date', expected: 'a date between earliest and latest', found: JSON.stringify(found), dropped: 'item'},
      ]);
      expect(result.problems[0].message).to.equal(
        `/incidents/0/when/date: expected a date between earliest and latest, found ${JSON.stringify(found)}. The incident was left out.`,
      );
      expect(result.feed!.incidents.map((item) => item.id)).to.deep.equal(['inc-1']);
    };

    it('is still refused, pointing at the date', () => {
      refused({date: '2022-06-26', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'}, '2022-06-26');
      refused({date: '2022-06-15', earliest: '2022-06-16', latest: '2022-06-22'}, '2022-06-15');
    });

    it('is refused even when its precision would reach into the bounds', () => {
      // June holds the whole window, but the date itself, 9 June, lies before it.
      refused({date: '2022-06-09', precision: 'month', earliest: '2022-06-10', latest: '2022-06-30'}, '2022-06-09');
    });

    it('is judged by its civil day in the feed’s zone', () => {
      // 22 June 19:30 UTC is already 23 June, 00:30 in Dushanbe: past a latest of 22 June.
      refused({date: '2022-06-22T19:30:00Z', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'}, '2022-06-22T19:30:00Z');
      expect(timeOf({date: '2022-06-22T18:30:00Z', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'}).precision).to.equal('week');
    });
  });

  describe('a date with a precision and no bounds', () => {
    it('spans the ISO week around the date and keeps the date as best', () => {
      // Sunday 19 June 2022: ISO week 24 runs from Monday 13 June to Monday 20 June.
      const time = timeOf({date: '2022-06-19', precision: 'week'});
      expect(span(time)).to.deep.equal(['2022-06-12T19:00:00.000Z', '2022-06-19T19:00:00.000Z']);
      expect(iso(time.best)).to.equal('2022-06-19T07:00:00.000Z');
      expect(dayInDushanbe(time.best)).to.equal('2022-06-19');
      expect(time.precision).to.equal('week');
    });

    it('spans the month around the date and keeps the date as best', () => {
      const time = timeOf({date: '2022-06-03', precision: 'month'});
      expect(span(time)).to.deep.equal(['2022-05-31T19:00:00.000Z', '2022-06-30T19:00:00.000Z']);
      expect(dayInDushanbe(time.best)).to.equal('2022-06-03');
      expect(time.precision).to.equal('month');
    });

    it('spans the hour around a time and keeps the instant as best', () => {
      const time = timeOf({date: '2022-06-19T14:30', precision: 'hour'});
      expect(span(time)).to.deep.equal(['2022-06-19T09:00:00.000Z', '2022-06-19T10:00:00.000Z']);
      expect(iso(time.best)).to.equal('2022-06-19T09:30:00.000Z');
    });
  });

  describe('earliest and latest without a date (UCDP GED date_start and date_end)', () => {
    it('is a range placed at its middle', () => {
      // UCDP GED 401115: 28–29 May 2021, date_prec 2.
      const time = timeOf({earliest: '2021-05-28', latest: '2021-05-29', sourcePrecision: {scheme: 'ucdp-date-prec', code: 2}});
      expect(span(time)).to.deep.equal(['2021-05-27T19:00:00.000Z', '2021-05-29T19:00:00.000Z']);
      expect(iso(time.best)).to.equal('2021-05-28T19:00:00.000Z');
      expect(time.precision).to.equal('range');
    });
  });

  describe('the source’s precision code', () => {
    it('is kept on the time, as given', () => {
      const acled = timeOf({
        date: '2022-06-19',
        earliest: '2022-06-16',
        latest: '2022-06-22',
        precision: 'week',
        sourcePrecision: {scheme: 'acled-time-precision', code: 2},
      });
      expect(acled.sourcePrecision).to.deep.equal({scheme: 'acled-time-precision', code: 2});
      const ucdp = timeOf({earliest: '2021-05-28', latest: '2021-05-29', sourcePrecision: {scheme: 'ucdp-date-prec', code: 2}});
      expect(ucdp.sourcePrecision).to.deep.equal({scheme: 'ucdp-date-prec', code: 2});
    });

    it('is a copy, not the object of the raw item', () => {
      const result = read({date: '2022-06-19', sourcePrecision: {scheme: 'acled-time-precision', code: 1}});
      const {time, raw} = incident(result);
      expect(time.sourcePrecision).to.deep.equal({scheme: 'acled-time-precision', code: 1});
      expect(time.sourcePrecision).to.not.equal((raw.when as {sourcePrecision: object}).sourcePrecision);
    });

    it('is absent when the feed gives none', () => {
      expect(timeOf('2022-06-19')).to.not.have.property('sourcePrecision');
      expect(timeOf({date: '2022-06-19', precision: 'week'})).to.not.have.property('sourcePrecision');
    });
  });

  it('orders incidents by their best points', () => {
    const result = read({date: '2022-06-19', earliest: '2022-06-16', latest: '2022-06-22', precision: 'week'}, '2022-06-18', {
      date: '2022-06-19',
      precision: 'week',
    });
    expect(timeViolations(result)).to.deep.equal([]);
    expect(result.feed!.incidents.map((item) => [item.id, dayInDushanbe(item.time.best)])).to.deep.equal([
      ['inc-1', '2022-06-18'],
      ['inc-0', '2022-06-19'],
      ['inc-2', '2022-06-19'],
    ]);
  });
});
