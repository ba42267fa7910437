import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {overviewBins} from '../../src/model/overview-bins.js';
import {buildTimelineModel, timelineFilters} from '../../src/model/timeline-model.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

const DAY = 86_400_000;

function modelOf(document: unknown, filters: Partial<Parameters<typeof timelineFilters>[0]> = {}) {
  const {feed} = validateFeed(document);
  return buildTimelineModel(feed!, timelineFilters({groupBy: 'none', maxLanes: 20, ...filters}));
}

describe('the overview’s bins', () => {
  const document = syntheticFeed({incidents: 3000, seed: 2});

  it('sum to the count the filters let through, and split it by status', () => {
    for (const filters of [{}, {categories: 'attack clash'}, {statuses: 'expected'}]) {
      const model = modelOf(document, filters);
      const {bins, sum, max} = overviewBins(model, {widthPx: 900});
      expect(sum).to.equal(model.incidents.length);
      expect(bins.reduce((total, bin) => total + bin.total, 0)).to.equal(model.incidents.length);
      expect(max).to.equal(Math.max(...bins.map((bin) => bin.total)));
      for (const bin of bins) expect(Object.values(bin.values).reduce((a, b) => a + b, 0)).to.equal(bin.total);
      const expected = model.incidents.filter((incident) => incident.status === 'expected').length;
      expect(bins.reduce((total, bin) => total + bin.values.expected, 0)).to.equal(expected);
    }
  });

  it('choose a finer unit the wider they are drawn, never narrower than 3 px a bar, and cover the whole feed', () => {
    const model = modelOf(document);
    const narrow = overviewBins(model, {widthPx: 50});
    const wide = overviewBins(model, {widthPx: 4000});
    expect(narrow.unit).to.equal('year');
    expect(wide.unit).to.equal('week');
    for (const {bins} of [narrow, wide]) {
      expect(bins.length).to.be.at.most(4000 / 3);
      expect(bins[0].start).to.be.at.most(model.bounds[0]);
      expect(bins.at(-1)!.end).to.be.greaterThan(model.bounds[1]);
      bins.slice(1).forEach((bin, i) => {
        expect(bin.start).to.equal(bins[i].end);
      });
    }
  });

  it('count a day’s incidents in the region’s day, whatever the zone the browser runs in', () => {
    // Kiritimati is UTC+14: 2024-09-24 there begins on 2024-09-23 at 10:00 UTC.
    const model = modelOf({
      version: '1.0',
      region: {name: 'Line Islands', timeZone: 'Pacific/Kiritimati'},
      incidents: [
        {id: 'a', when: '2024-09-24', title: 'A', category: 'attack', status: 'reported'},
        {id: 'b', when: '2024-09-24T23:30', title: 'B', category: 'attack', status: 'confirmed'},
        {id: 'c', when: '2024-09-25T00:30', title: 'C', category: 'attack', status: 'confirmed'},
        {id: 'd', when: '2024-10-10', title: 'D', category: 'attack', status: 'denied'},
      ],
    });
    const {unit, bins} = overviewBins(model, {widthPx: 900});
    expect(unit).to.equal('day');
    const day = bins.find((bin) => bin.total === 2)!;
    expect(day.start).to.equal(Date.UTC(2024, 8, 23, 10));
    expect(day.end - day.start).to.equal(DAY);
    expect(day.values).to.deep.equal({confirmed: 1, reported: 1, expected: 0, denied: 0});
  });

  it('weigh bins by deaths when asked', () => {
    const model = modelOf({
      version: '1.1',
      incidents: [
        {id: 'a', when: '2024-01-05', title: 'A', category: 'attack', status: 'confirmed', fatalities: {best: 12}},
        {id: 'b', when: '2024-01-06', title: 'B', category: 'attack', status: 'reported', fatalities: {best: 3, low: 1, high: 5}},
        {id: 'c', when: '2024-03-06', title: 'C', category: 'attack', status: 'reported'},
      ],
    });
    const {sum, weight} = overviewBins(model, {widthPx: 600, weight: 'fatalities'});
    expect(weight).to.equal('fatalities');
    expect(sum).to.equal(15);
    // One bin that dwarfs the rest does not flatten them: the bars are scaled to twice the 95th percentile.
    const days = Array.from({length: 40}, (_, i) => ({
      id: `d${i}`,
      when: `2024-0${1 + Math.floor(i / 10)}-1${i % 10}`,
      title: `Day ${i}`,
      category: 'attack',
      status: 'confirmed',
      fatalities: {best: i === 5 ? 5000 : 3},
    }));
    const outlier = overviewBins(modelOf({version: '1.1', incidents: days}), {widthPx: 2000, weight: 'fatalities'});
    expect(outlier.max).to.equal(5000);
    expect(outlier.scaleMax).to.equal(6);
    // A feed without deaths is counted instead.
    const withoutDeaths = modelOf(syntheticFeed({incidents: 50, seed: 1}));
    expect(overviewBins(withoutDeaths, {widthPx: 600, weight: 'fatalities'})).to.include({weight: 'count', sum: 50});
  });

  it('follow the reader’s calendar: Solar Hijri months begin on the 1st of Mizan and Aqrab', () => {
    const model = modelOf({
      version: '1.0',
      region: {name: 'Kabul', timeZone: 'Asia/Kabul'},
      incidents: [
        {id: 'a', when: '2024-06-01', title: 'A', category: 'attack', status: 'reported'},
        {id: 'b', when: '2025-03-01', title: 'B', category: 'attack', status: 'reported'},
      ],
    });
    const {unit, bins} = overviewBins(model, {widthPx: 60, calendar: 'persian'});
    expect(unit).to.equal('month');
    const startsUtc = bins.map((bin) => new Date(bin.start + 4.5 * 3_600_000).toISOString().slice(0, 10));
    expect(startsUtc).to.include('2024-09-22');
    expect(startsUtc).to.include('2024-10-22');
  });
});
