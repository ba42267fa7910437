import {expect} from '@open-wc/testing';
import {parseTemporal, widen, type TemporalUnit} from '../../src/feed/temporal.js';

const unit = (text: string, zone: string) => {
  const parsed = parseTemporal(text, zone);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};
const iso = (ms: number) => new Date(ms).toISOString();
const span = (u: TemporalUnit) => [iso(u.start), iso(u.end)];

describe('parseTemporal', () => {
  it('reads a day as the whole day in the region time zone (Dushanbe is UTC+5)', () => {
    expect(span(unit('2024-10-15', 'Asia/Dushanbe'))).to.deep.equal(['2024-10-14T19:00:00.000Z', '2024-10-15T19:00:00.000Z']);
  });

  it('reads a month as the whole month', () => {
    const september = unit('2024-09', 'Asia/Dushanbe');
    expect(september.precision).to.equal('month');
    expect(span(september)).to.deep.equal(['2024-08-31T19:00:00.000Z', '2024-09-30T19:00:00.000Z']);
  });

  it('reads a year as the whole year', () => {
    expect(span(unit('2021', 'UTC'))).to.deep.equal(['2021-01-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z']);
  });

  it('reads an ISO week from Monday to Monday, across a year boundary', () => {
    // ISO week 1 of 2025 starts on Monday 30 December 2024.
    expect(span(unit('2025-W01', 'UTC'))).to.deep.equal(['2024-12-30T00:00:00.000Z', '2025-01-06T00:00:00.000Z']);
  });

  it('refuses week 53 in a year that has 52 ISO weeks and accepts it in one that has 53', () => {
    expect(parseTemporal('2023-W53', 'UTC')).to.equal('2023 has 52 ISO weeks, not 53');
    expect(span(unit('2020-W53', 'UTC'))).to.deep.equal(['2020-12-28T00:00:00.000Z', '2021-01-04T00:00:00.000Z']);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(span(unit('2024-02-29', 'UTC'))[0]).to.equal('2024-02-29T00:00:00.000Z');
    expect(parseTemporal('2023-02-29', 'UTC')).to.equal('2023-02 has 28 days, not 29');
    expect(parseTemporal('2100-02-29', 'UTC')).to.equal('2100-02 has 28 days, not 29');
    expect(span(unit('2000-02-29', 'UTC'))[0]).to.equal('2000-02-29T00:00:00.000Z');
  });

  it('reads a local time in the region zone and an offset time as absolute', () => {
    const local = unit('2024-09-24T14:30', 'Asia/Dushanbe');
    expect(iso(local.start)).to.equal('2024-09-24T09:30:00.000Z');
    expect(local.end).to.equal(local.start);
    expect(local.precision).to.equal('minute');
    expect(iso(unit('2024-09-24T14:30:15+03:00', 'Asia/Dushanbe').start)).to.equal('2024-09-24T11:30:15.000Z');
    expect(iso(unit('2024-09-24T14:30:15.5Z', 'Asia/Dushanbe').start)).to.equal('2024-09-24T14:30:15.500Z');
  });

  it('gives the day of a daylight-saving change its real length (23 and 25 hours in Berlin)', () => {
    const spring = unit('2024-03-31', 'Europe/Berlin');
    const autumn = unit('2024-10-27', 'Europe/Berlin');
    expect((spring.end - spring.start) / 3_600_000).to.equal(23);
    expect((autumn.end - autumn.start) / 3_600_000).to.equal(25);
    expect(iso(spring.start)).to.equal('2024-03-30T23:00:00.000Z');
    expect(iso(autumn.end)).to.equal('2024-10-27T23:00:00.000Z');
  });

  it('reads local midnight in New York on both sides of a daylight-saving change', () => {
    expect(iso(unit('2024-03-09', 'America/New_York').start)).to.equal('2024-03-09T05:00:00.000Z');
    expect(iso(unit('2024-03-11', 'America/New_York').start)).to.equal('2024-03-11T04:00:00.000Z');
  });

  it('reads fractions of a second of one to three digits and refuses malformed times', () => {
    expect(iso(unit('2024-09-24T14:30:15.12Z', 'UTC').start)).to.equal('2024-09-24T14:30:15.120Z');
    expect(iso(unit('2024-09-24T14:30:15.123-03:30', 'UTC').start)).to.equal('2024-09-24T18:00:15.123Z');
    expect(unit('2024-09-24T14:30:15', 'UTC').precision).to.equal('second');
    for (const text of [
      '2024-09-24T14:30:15.1234Z',
      '2024-09-24T14:30:15.',
      '2024-09-24T14:30Z ',
      '2024-09-24T14',
      '2024-09-24 14:30',
      '2024-09-24T14:30+0500',
      '2024-W3',
      '2024-W38-2',
      '+2024-09',
      '2024-9',
      '２０２４',
    ]) {
      expect(parseTemporal(text, 'UTC'), text).to.equal('not an ISO 8601 date');
    }
  });

  it('refuses impossible months and days with a reason', () => {
    expect(parseTemporal('2024-13', 'UTC')).to.equal('there is no month 13');
    expect(parseTemporal('2024-04-31', 'UTC')).to.equal('2024-04 has 30 days, not 31');
    expect(parseTemporal('24-09-2024', 'UTC')).to.equal('not an ISO 8601 date');
  });
});

describe('widen', () => {
  it('widens a day to its ISO week, Monday to Monday', () => {
    // 2024-09-18 is a Wednesday.
    const week = widen(unit('2024-09-18', 'UTC'), 'week', 'UTC');
    expect(span(week)).to.deep.equal(['2024-09-16T00:00:00.000Z', '2024-09-23T00:00:00.000Z']);
  });

  it('widens a day to its month and year', () => {
    expect(span(widen(unit('2024-09-18', 'UTC'), 'month', 'UTC'))).to.deep.equal(['2024-09-01T00:00:00.000Z', '2024-10-01T00:00:00.000Z']);
    expect(span(widen(unit('2024-09-18', 'UTC'), 'year', 'UTC'))[1]).to.equal('2025-01-01T00:00:00.000Z');
  });

  it('widens a time to its hour on the zone wall clock (Kathmandu is UTC+5:45)', () => {
    const hour = widen(unit('2024-09-18T10:20', 'Asia/Kathmandu'), 'hour', 'Asia/Kathmandu');
    expect(span(hour)).to.deep.equal(['2024-09-18T04:15:00.000Z', '2024-09-18T05:15:00.000Z']);
  });

  it('leaves a unit unchanged when the precision is not coarser', () => {
    const day = unit('2024-09-18', 'UTC');
    expect(widen(day, 'day', 'UTC')).to.equal(day);
  });
});
