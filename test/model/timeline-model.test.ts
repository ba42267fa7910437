import {expect} from '@open-wc/testing';
import type {Feed, Incident, Location} from '../../src/feed/types.js';
import {DEFAULT_LEVELS} from '../../src/feed/validate.js';
import {
  alertsAlsoInForce,
  buildTimelineModel,
  findItem,
  foldedLaneLabel,
  isInWindow,
  outerBounds,
  timelineFilters,
  timelineModelCache,
  type TimelineFilters,
} from '../../src/model/timeline-model.js';
import {alert, incident} from '../layout/fixtures.js';

const DAY = 86_400_000;
const day = (n: number) => Date.UTC(2024, 8, 1) + n * DAY;

const khorog: Location = {name: 'Khorog', admin1: 'Gorno-Badakhshan', country: 'Tajikistan'};
const nawabad: Location = {name: 'Nawabad', admin1: 'Takhar', country: 'Afghanistan'};
const aiKhanum: Location = {name: 'Ai-Khanum', admin1: 'Khatlon', country: 'Tajikistan'};

function withStatus(base: Incident, status: Incident['status']): Incident {
  return {...base, status};
}

const highest = {...DEFAULT_LEVELS[3]};
const elevated = {...DEFAULT_LEVELS[1]};

function feed(): Feed {
  return {
    version: '1.0',
    timeZone: 'Asia/Dushanbe',
    levels: [...DEFAULT_LEVELS],
    sources: [],
    alerts: [
      {...alert('elevated-khatlon', day(0), day(20), ['Khatlon']), level: elevated},
      {...alert('highest-takhar', day(10), day(30), ['Takhar']), level: highest},
      {...alert('later', day(40), day(50)), level: elevated},
    ],
    incidents: [
      incident('i0', day(2), {location: khorog, category: 'movement', actors: ['Border guards']}),
      withStatus(incident('i1', day(5), {location: nawabad, category: 'attack'}), 'expected'),
      incident('i2', day(12), {location: nawabad, category: 'custom-kind'}),
      incident('i3', day(15), {location: aiKhanum, category: 'movement'}),
      withStatus(incident('i4', day(25), {location: aiKhanum, category: 'attack'}), 'denied'),
    ],
    categories: [],
    withdrawn: [],
  };
}

const all: TimelineFilters = timelineFilters({groupBy: 'location', maxLanes: 20});

describe('buildTimelineModel', () => {
  it('keeps every incident and alert when nothing is filtered, each incident in its place’s lane', () => {
    const model = buildTimelineModel(feed(), all);
    expect(model.incidents.map((i) => i.id)).to.deep.equal(['i0', 'i1', 'i2', 'i3', 'i4']);
    expect(model.alerts.map((a) => a.id)).to.deep.equal(['elevated-khatlon', 'highest-takhar', 'later']);
    // The busiest first; Nawabad and Ai-Khanum, as busy, by their first incident.
    expect(model.lanes.map((lane) => lane.label)).to.deep.equal(['Nawabad', 'Ai-Khanum', 'Khorog']);
    expect([...model.laneOfIncident]).to.deep.equal([2, 0, 0, 1, 1]);
    expect(model.folded).to.equal(0);
  });

  it('filters by category and status together', () => {
    const model = buildTimelineModel(feed(), {...all, categories: ['attack', 'movement'], statuses: ['expected', 'reported']});
    expect(model.incidents.map((i) => i.id)).to.deep.equal(['i0', 'i1', 'i3']);
    expect(model.lanes.map((lane) => lane.label)).to.deep.equal(['Khorog', 'Nawabad', 'Ai-Khanum']);
  });

  it('keeps alerts of the minimum level and higher; an unknown level filters nothing', () => {
    expect(buildTimelineModel(feed(), {...all, minLevel: 'high'}).alerts.map((a) => a.id)).to.deep.equal(['highest-takhar']);
    expect(buildTimelineModel(feed(), {...all, minLevel: 'no-such-level'}).alerts.length).to.equal(3);
  });

  it('draws each alert across the lanes its areas name, and a region-wide one across all', () => {
    const model = buildTimelineModel(feed(), all);
    const lanesOf = (id: string) => [...model.alertLanes.get(model.alerts.find((a) => a.id === id)!)!].sort();
    const keyOf = (label: string) => model.lanes.find((lane) => lane.label === label)!.key;
    expect(lanesOf('highest-takhar')).to.deep.equal([keyOf('Nawabad')]);
    expect(lanesOf('elevated-khatlon')).to.deep.equal([keyOf('Ai-Khanum')]);
    expect(lanesOf('later')).to.deep.equal(model.lanes.map((lane) => lane.key).sort());
  });

  it('shows only the lanes asked for, whatever their case', () => {
    const model = buildTimelineModel(feed(), {...all, lanes: ['nawabad']});
    expect(model.lanes.map((lane) => lane.label)).to.deep.equal(['Nawabad']);
    expect([...model.laneOfIncident]).to.deep.equal([-1, 0, 0, -1, -1]);
  });

  it('folds the least busy lanes past max-lanes into one, named for what it folds', () => {
    const model = buildTimelineModel(feed(), {...all, maxLanes: 2});
    expect(model.lanes.map((lane) => lane.label)).to.deep.equal(['Nawabad', '2 other places']);
    expect(model.folded).to.equal(2);
    // Every incident is still in a lane, the folded one included.
    expect([...model.laneOfIncident].every((lane) => lane >= 0)).to.equal(true);
    expect(foldedLaneLabel(3, 'actor')).to.equal('3 other actors');
  });

  it('has the whole feed’s extent, whatever the filters, with a margin in its bounds', () => {
    const filtered = buildTimelineModel(feed(), {...all, categories: ['attack']});
    expect(filtered.extent).to.deep.equal([day(0), day(50)]);
    const margin = (day(50) - day(0)) * 0.04;
    expect(filtered.bounds).to.deep.equal([day(0) - margin, day(50) + margin]);
    const [outerStart, outerEnd] = outerBounds(filtered);
    expect(outerEnd - outerStart).to.equal(3 * (filtered.bounds[1] - filtered.bounds[0]));
  });

  it('lists the default categories it uses in their order, then its own', () => {
    expect(buildTimelineModel(feed(), all).categories).to.deep.equal(['movement', 'attack', 'custom-kind']);
  });

  it('gives a feed of a single instant a day of room', () => {
    const single = {...feed(), alerts: [], incidents: [incident('only', day(3))]};
    const {bounds, extent} = buildTimelineModel(single, all);
    expect(extent).to.deep.equal([day(3), day(3)]);
    expect(bounds[1] - bounds[0]).to.be.closeTo(DAY * 1.08, 1);
  });
});

describe('timelineFilters', () => {
  it('reads lists separated by spaces or commas, and lanes by commas only', () => {
    expect(
      timelineFilters({groupBy: 'location', categories: 'attack, movement clash', statuses: ' expected ', lanes: 'Ai Khanum, Nawabad', maxLanes: 5}),
    ).to.deep.equal({
      groupBy: 'location',
      categories: ['attack', 'movement', 'clash'],
      statuses: ['expected'],
      minLevel: undefined,
      lanes: ['Ai Khanum', 'Nawabad'],
      actors: [],
      maxLanes: 5,
      laneOrder: 'count',
      query: '',
    });
  });

  it('takes a lane order it knows, else counts; and a query trimmed', () => {
    const read = (laneOrder: string, query: string) => timelineFilters({groupBy: 'none', maxLanes: 0, laneOrder, query});
    expect(read('name', '  Kunduz  ')).to.include({laneOrder: 'name', query: 'Kunduz'});
    expect(read('alphabetical', '')).to.include({laneOrder: 'count', query: ''});
  });
});

describe('timelineModelCache', () => {
  it('keeps the model while the feed and the filters stay the same, and builds a new one when either changes', () => {
    const modelOf = timelineModelCache();
    const source = feed();
    const first = modelOf(source, all);
    expect(modelOf(source, {...all})).to.equal(first);
    expect(modelOf(source, {...all, categories: ['attack']})).to.not.equal(first);
    expect(modelOf(feed(), all)).to.not.equal(first);
  });
});

describe('findItem, isInWindow and alertsAlsoInForce', () => {
  it('finds incidents and alerts by id, and nothing for an unknown id or no feed', () => {
    const source = feed();
    expect(findItem(source, 'i2')?.id).to.equal('i2');
    expect(findItem(source, 'later')?.kind).to.equal('alert');
    expect(findItem(source, 'nope')).to.equal(null);
    expect(findItem(null, 'i2')).to.equal(null);
  });

  it('counts an item in a window when any of its time reaches into it', () => {
    const [i0] = feed().incidents;
    expect(isInWindow(i0, [day(2), day(3)])).to.equal(true);
    expect(isInWindow(i0, [day(2) + 1, day(3)])).to.equal(false);
    const window = feed().alerts[0];
    // An alert's end is exclusive: one ending as the window starts is not in it.
    expect(isInWindow(window, [day(20), day(21)])).to.equal(false);
    expect(isInWindow(window, [day(19), day(21)])).to.equal(true);
  });

  it('lists the other alerts in force at some time in an alert’s window', () => {
    const source = feed();
    expect(alertsAlsoInForce(source, source.alerts[0]).map((a) => a.id)).to.deep.equal(['highest-takhar']);
    expect(alertsAlsoInForce(source, source.alerts[2])).to.deep.equal([]);
  });
});
