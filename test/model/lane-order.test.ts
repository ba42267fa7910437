import {expect} from '@open-wc/testing';
import type {Feed, Incident, Location} from '../../src/feed/types.js';
import {DEFAULT_LEVELS} from '../../src/feed/validate.js';
import {buildTimelineModel, timelineFilters, type LaneOrder, type TimelineFilters} from '../../src/model/timeline-model.js';
import {translator} from '../../src/i18n/translate.js';
import {incident} from '../layout/fixtures.js';

const DAY = 86_400_000;
const day = (n: number) => Date.UTC(2024, 8, 1) + n * DAY;
const place = (name: string): Location => ({name, country: 'Afghanistan'});

/** An incident at a place (none: no place), on a day, with some deaths (none: not given). */
function at(name: string | undefined, onDay: number, deaths?: number): Incident {
  const base = incident(`${name ?? 'nowhere'}-${onDay}`, day(onDay), name ? {location: place(name)} : {});
  return deaths === undefined ? base : {...base, fatalities: {best: deaths}};
}

function feed(incidents: Incident[]): Feed {
  return {
    version: '1.1',
    timeZone: 'Asia/Kabul',
    levels: [...DEFAULT_LEVELS],
    sources: [],
    alerts: [],
    incidents: [...incidents].sort((a, b) => a.time.best - b.time.best),
    categories: [],
    withdrawn: [],
  };
}

const filters = (laneOrder: LaneOrder, maxLanes = 0): TimelineFilters => timelineFilters({groupBy: 'location', maxLanes, laneOrder});

const labels = (source: Feed, laneOrder: LaneOrder, maxLanes = 0, lang = 'en') =>
  buildTimelineModel(source, filters(laneOrder, maxLanes), translator([], lang, lang)).lanes.map((lane) => lane.label);

// Kunduz: 3 incidents, 2 deaths, from day 4. Herat: 2, 40 deaths, from day 0. Balkh: 2, 40 deaths,
// from day 6. Zaranj: 1, 2 deaths, on day 0. Nowhere (no place): 4, 90 deaths, from day 1.
const archive = feed([
  at('Kunduz', 4, 1),
  at('Kunduz', 5, 1),
  at('Kunduz', 9),
  at('Herat', 0, 20),
  at('Herat', 8, 20),
  at('Balkh', 6, 40),
  at('Balkh', 7),
  at('Zaranj', 0, 2),
  ...[1, 2, 3, 10].map((n) => at(undefined, n, 90 / 4)),
]);

describe('lane order', () => {
  it('puts the busiest lane first, lanes as busy by their first incident, and the unspecified lane after the others', () => {
    // Herat and Balkh have 2 incidents each; Herat's first is earlier.
    expect(labels(archive, 'count')).to.deep.equal(['Kunduz', 'Herat', 'Balkh', 'Zaranj', 'Unspecified']);
    // Lanes as busy in the order of their first incidents, not of the feed's order of places.
    const even = feed([at('Zebak', 3), at('Argo', 2), at('Mazar', 1)]);
    expect(labels(even, 'count')).to.deep.equal(['Mazar', 'Argo', 'Zebak']);
  });

  it('puts the deadliest first, lanes with as many deaths the busier first, then by name', () => {
    // Herat and Balkh have 40 deaths each and 2 incidents each: by name. Kunduz and Zaranj 2 each: Kunduz is busier.
    expect(labels(archive, 'fatalities')).to.deep.equal(['Balkh', 'Herat', 'Kunduz', 'Zaranj', 'Unspecified']);
  });

  it('puts the earliest first, lanes starting together the busier first', () => {
    // Herat and Zaranj both start on day 0; Herat has more incidents.
    expect(labels(archive, 'first')).to.deep.equal(['Herat', 'Zaranj', 'Kunduz', 'Balkh', 'Unspecified']);
  });

  it('orders names alphabetically in the reader’s language', () => {
    expect(labels(archive, 'name')).to.deep.equal(['Balkh', 'Herat', 'Kunduz', 'Zaranj', 'Unspecified']);
    const scripts = feed([at('Zebak', 0), at('Зебак', 1), at('Sector 10', 2), at('Sector 9', 3)]);
    expect(labels(scripts, 'name', 0, 'en')).to.deep.equal(['Sector 9', 'Sector 10', 'Zebak', 'Зебак']);
    expect(labels(scripts, 'name', 0, 'ru')).to.deep.equal(['Зебак', 'Sector 9', 'Sector 10', 'Zebak']);
    // A language tag the browser cannot read still orders, in its own alphabet.
    expect(labels(scripts, 'name', 0, 'not a tag')).to.have.members(['Sector 9', 'Sector 10', 'Zebak', 'Зебак']);
  });

  it('folds the quietest lanes whatever the order, the folded lane last, and says how many it folds', () => {
    const model = (laneOrder: LaneOrder) => buildTimelineModel(archive, filters(laneOrder, 4));
    // The three busiest stay: Unspecified (4), Kunduz (3), then Herat, as busy as Balkh but earlier.
    expect(model('count').lanes.map((lane) => lane.label)).to.deep.equal(['Kunduz', 'Herat', 'Unspecified', '2 other places']);
    expect(model('name').lanes.map((lane) => lane.label)).to.deep.equal(['Herat', 'Kunduz', 'Unspecified', '2 other places']);
    expect(model('first').lanes.map((lane) => lane.label)).to.deep.equal(['Herat', 'Kunduz', 'Unspecified', '2 other places']);
    expect(model('fatalities').lanes.map((lane) => lane.label)).to.deep.equal(['Herat', 'Kunduz', 'Unspecified', '2 other places']);
    expect(model('fatalities').folded).to.equal(2);
    expect(buildTimelineModel(archive, filters('count', 0)).folded).to.equal(0);
  });

  it('folds an incident of several quiet actors into the folded lane once', () => {
    const actors = (names: string[], onDay: number) => incident(`i${onDay}`, day(onDay), {actors: names});
    const both = feed([actors(['Army', 'Police'], 0), actors(['Army'], 1), actors(['Army'], 2), actors(['Militia', 'Smugglers'], 3)]);
    const model = buildTimelineModel(both, {...filters('count', 2), groupBy: 'actor'});
    expect(model.lanes.map((lane) => lane.label)).to.deep.equal(['Army', '3 other actors']);
    expect(model.lanes[1].incidentIndices.map((i) => model.incidents[i].id)).to.deep.equal(['i0', 'i3']);
  });

  it('gives every incident the lane it is drawn in, in the order drawn', () => {
    const model = buildTimelineModel(archive, filters('name'));
    model.incidents.forEach((item, index) => {
      const lane = model.lanes[model.laneOfIncident[index]];
      expect(lane.label, item.id).to.equal(item.location?.name ?? 'Unspecified');
    });
  });

  it('rebuilds the lanes whenever the incidents they hold change, and only orders them again otherwise', () => {
    const first = buildTimelineModel(archive, filters('count', 4));
    const unfolded = buildTimelineModel(archive, filters('name', 0));
    // The same lanes, shown in another order and unfolded, from the same grouping.
    expect(unfolded.layout).to.equal(first.layout);
    expect(unfolded.lanes).to.have.length(5);
    const attacks = buildTimelineModel(archive, {...filters('count', 4), categories: ['attack']});
    expect(attacks.incidents).to.deep.equal([]);
    expect(attacks.lanes.map((lane) => lane.incidentIndices.length)).to.deep.equal([0]);
    expect(buildTimelineModel(archive, filters('count', 4)).lanes.map((lane) => lane.label)).to.deep.equal(first.lanes.map((lane) => lane.label));
  });
});
