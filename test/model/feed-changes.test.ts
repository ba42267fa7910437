import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {AlertWindow, Feed, Incident, Source, Withdrawal} from '../../src/feed/types.js';
import {feedChanges, itemChange, type FeedChanges} from '../../src/model/feed-changes.js';
import {alert, incident} from '../layout/fixtures.js';

const DAY = 86_400_000;
const day = (n: number) => Date.UTC(2024, 8, 1) + n * DAY;

const byTimeThenId =
  <T extends {id: string}>(timeOf: (item: T) => number) =>
  (a: T, b: T) =>
    timeOf(a) - timeOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A feed of these items, sorted as a reading sorts them. */
function feed(items: (Incident | AlertWindow)[], withdrawn: Withdrawal[] = []): Feed {
  return {
    version: '1.1',
    timeZone: 'UTC',
    levels: [],
    sources: [],
    alerts: items.filter((item): item is AlertWindow => item.kind === 'alert').sort(byTimeThenId((item) => item.start)),
    incidents: items.filter((item): item is Incident => item.kind === 'incident').sort(byTimeThenId((item) => item.time.best)),
    categories: [],
    withdrawn,
  };
}

/** A reading of the same feed made apart, as a refresh makes it: equal items, no shared objects. */
const readAgain = (reading: Feed): Feed => structuredClone(reading);

/** The changes as plain values, to compare whole. */
const plain = (changes: FeedChanges) => ({
  changed: Object.fromEntries(changes.changed),
  withdrawn: Object.fromEntries([...changes.withdrawn].map(([id, {item, ...rest}]) => [id, {item: item.id, ...rest}])),
  added: [...changes.added].sort(),
});

const NONE = {changed: {}, withdrawn: {}, added: []};

describe('feedChanges', () => {
  const before = feed([
    {...incident('kept', day(1)), updated: day(1)},
    {...incident('retitled', day(2)), updated: day(2)},
    incident('corrected', day(3)),
    incident('deleted', day(4)),
    incident('vanished', day(5)),
    alert('alert-kept', day(0), day(10)),
  ]);

  it('reports nothing on a first reading, though the feed lists withdrawn items', () => {
    const first = feed([incident('a', day(1))], [{id: 'gone-before', reason: 'Duplicate'}]);
    expect(plain(feedChanges(null, first))).to.deep.equal(NONE);
  });

  it('reports nothing when a new reading says the same', () => {
    expect(plain(feedChanges(before, readAgain(before)))).to.deep.equal(NONE);
    expect(plain(feedChanges(before, before))).to.deep.equal(NONE);
  });

  it('tells an update (a later `updated`) from an edit made without one', () => {
    const after = readAgain(before);
    const retitled = after.incidents.find((item) => item.id === 'retitled')!;
    retitled.title = 'Retitled';
    retitled.updated = day(9);
    after.incidents.find((item) => item.id === 'corrected')!.status = 'confirmed';
    expect(plain(feedChanges(before, after)).changed).to.deep.equal({retitled: 'updated', corrected: 'edited'});
  });

  it('counts a later `updated` alone as an update, and one that went back as an edit', () => {
    const later = readAgain(before);
    later.incidents.find((item) => item.id === 'kept')!.updated = day(2);
    expect(plain(feedChanges(before, later)).changed).to.deep.equal({kept: 'updated'});
    const earlier = readAgain(before);
    earlier.incidents.find((item) => item.id === 'kept')!.updated = day(0);
    expect(plain(feedChanges(before, earlier)).changed).to.deep.equal({kept: 'edited'});
  });

  it('keeps every item taken back, with the feed’s date and reason, or none when it vanished without a word', () => {
    const after = feed(
      readAgain(before).incidents.filter((item) => item.id !== 'deleted' && item.id !== 'vanished'),
      [
        {id: 'deleted', date: day(6), reason: 'Duplicate of another event'},
        {id: 'never-seen', reason: 'Withdrawn before this reader saw it'},
      ],
    );
    after.alerts = readAgain(before).alerts;
    const changes = feedChanges(before, after);
    // The item as the reader last saw it, to show it still.
    expect(changes.withdrawn.get('vanished')!.item).to.equal(before.incidents.find((item) => item.id === 'vanished'));
    expect(changes.withdrawn.get('vanished')).to.not.have.property('reason');
    expect(plain(changes)).to.deep.equal({
      changed: {},
      withdrawn: {deleted: {item: 'deleted', date: day(6), reason: 'Duplicate of another event'}, vanished: {item: 'vanished'}},
      added: [],
    });
  });

  it('names the items new in this reading', () => {
    const after = readAgain(before);
    after.incidents.push(incident('new', day(30)));
    after.alerts.unshift(alert('new-alert', day(-5), day(1)));
    expect(plain(feedChanges(before, after))).to.deep.equal({...NONE, added: ['new', 'new-alert']});
  });

  it('pairs an item that moved in time, or turned from an incident into an alert, with what it was', () => {
    const revised = readAgain(before);
    const moved = revised.incidents.find((item) => item.id === 'kept')!;
    moved.time = {...moved.time, earliest: day(20), best: day(20), latest: day(20)};
    const items = [...revised.incidents.filter((item) => item.id !== 'corrected'), ...revised.alerts, alert('corrected', day(3), day(4))];
    expect(plain(feedChanges(before, feed(items)))).to.deep.equal({...NONE, changed: {kept: 'edited', corrected: 'edited'}});
  });

  it('gives the same answer for lists out of time order', () => {
    const after = readAgain(before);
    after.incidents = after.incidents.filter((item) => item.id !== 'vanished');
    after.incidents.find((item) => item.id === 'corrected')!.title = 'Corrected';
    after.incidents.push(incident('new', day(0)));
    const shuffled = (reading: Feed): Feed => ({...reading, incidents: [...reading.incidents].reverse()});
    const expected = plain(feedChanges(before, after));
    expect(plain(feedChanges(shuffled(before), after))).to.deep.equal(expected);
    expect(plain(feedChanges(before, shuffled(after)))).to.deep.equal(expected);
    expect(expected).to.deep.equal({changed: {corrected: 'edited'}, withdrawn: {vanished: {item: 'vanished'}}, added: ['new']});
  });

  it('agrees with a comparison of every id for any two readings', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const version = fc.record({
      id: fc.constantFrom(...ids),
      kind: fc.constantFrom('incident', 'alert'),
      day: fc.integer({min: 0, max: 3}),
      title: fc.constantFrom('one', 'two'),
    });
    const reading = fc.uniqueArray(version, {selector: (item) => item.id, maxLength: ids.length});
    const itemOf = ({id, kind, day: n, title}: {id: string; kind: string; day: number; title: string}) =>
      kind === 'alert' ? {...alert(id, day(n), day(n + 1)), title} : {...incident(id, day(n)), title};
    fc.assert(
      fc.property(reading, reading, (previousItems, nextItems) => {
        const previous = feed(previousItems.map(itemOf));
        const next = feed(nextItems.map(itemOf));
        const byId = new Map(previousItems.map((item) => [item.id, item]));
        const expected = {
          changed: Object.fromEntries(
            nextItems
              .filter((item) => byId.has(item.id) && JSON.stringify(byId.get(item.id)) !== JSON.stringify(item))
              .map((item) => [item.id, 'edited']),
          ),
          withdrawn: Object.fromEntries(
            previousItems.filter((item) => !nextItems.some((other) => other.id === item.id)).map((item) => [item.id, {item: item.id}]),
          ),
          added: nextItems
            .filter((item) => !byId.has(item.id))
            .map((item) => item.id)
            .sort(),
        };
        expect(plain(feedChanges(previous, next))).to.deep.equal(expected);
      }),
    );
  });
});

describe('itemChange: what counts as an edit', () => {
  const source = (id: string): Source => ({id, publisher: id});
  const base: Incident = {
    kind: 'incident',
    id: 'x',
    time: {earliest: day(1), latest: day(2), best: day(1), precision: 'day', label: 'early September'},
    title: 'Clash',
    summary: 'Shots were fired.',
    category: 'clash',
    status: 'reported',
    severity: 2,
    fatalities: {best: 2, low: 1, high: 3},
    actors: [{name: 'Side A', role: 'side-a'}],
    location: {name: 'Khorog', country: 'Tajikistan', admin1: 'GBAO', admin2: 'Khorog city', latitude: 37.5, longitude: 71.5, geoPrecision: 'exact'},
    sources: [source('s1')],
    reported: day(1),
    updated: day(3),
    raw: {id: 'x'},
    origin: 'https://example.org/feed.json',
  };

  // Every field readers see, with edits of it. A new field of Incident fails to compile here
  // until it is given one (or said to be no edit, as `raw` is below).
  const incidentEdits: Record<Exclude<keyof Incident, 'kind' | 'id' | 'raw'>, Partial<Incident>[]> = {
    time: [
      {time: {...base.time, best: day(2)}},
      {time: {...base.time, earliest: day(0)}},
      {time: {...base.time, latest: day(3)}},
      {time: {...base.time, precision: 'week'}},
      {time: {...base.time, civil: true}},
      {time: {...base.time, label: undefined}},
    ],
    title: [{title: 'Clash near Khorog'}],
    summary: [{summary: undefined}],
    category: [{category: 'attack'}],
    status: [{status: 'denied'}],
    severity: [{severity: 3}],
    fatalities: [
      {fatalities: undefined},
      {fatalities: {best: 3, low: 1, high: 3}},
      {fatalities: {best: 2, high: 3}},
      {fatalities: {best: 2, low: 1, high: 4}},
    ],
    actors: [
      {actors: []},
      {actors: [{name: 'Side B', role: 'side-a'}]},
      {actors: [{name: 'Side A', role: 'side-b'}]},
      {actors: [{name: 'Side A', role: 'associated', with: 'Side B'}]},
    ],
    location: [
      {location: undefined},
      ...(['name', 'country', 'admin1', 'admin2'] as const).map((field) => ({location: {...base.location!, [field]: 'Elsewhere'}})),
      {location: {...base.location!, latitude: 37.6}},
      {location: {...base.location!, longitude: 71.6}},
      {location: {...base.location!, geoPrecision: 'near'}},
    ],
    sources: [{sources: []}, {sources: [source('s2')]}, {sources: [source('s1'), source('s2')]}],
    reported: [{reported: day(2)}],
    updated: [{updated: undefined}, {updated: day(2)}],
    origin: [{origin: 'https://example.org/other.json'}],
  };

  for (const [field, edits] of Object.entries(incidentEdits)) {
    it(`counts a change of an incident's ${field} as an edit`, () => {
      for (const edit of edits) expect(itemChange(base, {...structuredClone(base), ...edit}), JSON.stringify(edit)).to.equal('edited');
    });
  }

  const baseAlert: AlertWindow = {
    ...alert('y', day(0), day(5)),
    description: 'Raised after the clash.',
    areas: [{name: 'Khorog', country: 'Tajikistan', admin1: 'GBAO', admin2: 'Khorog city', place: 'Khorog'}],
    measures: [{kind: 'patrols', text: 'More patrols'}],
    sources: [source('s1')],
    reported: day(0),
    updated: day(1),
    origin: 'https://example.org/feed.json',
  };
  const alertEdits: Record<Exclude<keyof AlertWindow, 'kind' | 'id' | 'raw'>, Partial<AlertWindow>[]> = {
    start: [{start: day(1)}],
    end: [{end: day(6)}],
    // Its dates became calendar dates (or times): they are written in another zone.
    civil: [{civil: true}],
    level: [{level: {...baseAlert.level, id: 'highest'}}],
    title: [{title: 'Alert lifted'}],
    description: [{description: undefined}],
    areas: [
      {areas: []},
      ...(['name', 'country', 'admin1', 'admin2', 'place'] as const).map((field) => ({areas: [{...baseAlert.areas[0], [field]: 'Elsewhere'}]})),
    ],
    measures: [{measures: []}, {measures: [{text: 'More patrols'}]}, {measures: [{kind: 'patrols', text: 'Fewer patrols'}]}],
    sources: [{sources: []}, {sources: [source('s2')]}],
    reported: [{reported: day(1)}],
    updated: [{updated: undefined}, {updated: day(0)}],
    origin: [{origin: 'https://example.org/other.json'}],
  };

  for (const [field, edits] of Object.entries(alertEdits)) {
    it(`counts a change of an alert's ${field} as an edit`, () => {
      for (const edit of edits) expect(itemChange(baseAlert, {...structuredClone(baseAlert), ...edit}), JSON.stringify(edit)).to.equal('edited');
    });
  }

  it('counts any of those changes with a later `updated` as an update', () => {
    expect(itemChange(base, {...structuredClone(base), title: 'Clash near Khorog', updated: day(4)})).to.equal('updated');
    expect(itemChange({...base, updated: undefined}, {...structuredClone(base), title: 'Clash near Khorog'})).to.equal('updated');
    expect(itemChange(baseAlert, {...structuredClone(baseAlert), end: day(9), updated: day(2)})).to.equal('updated');
  });

  it('does not count what readers do not see: the item as published, a cited source’s or level’s own wording', () => {
    const republished = {...structuredClone(base), raw: {id: 'x', when: {date: '2024-09-01'}, unknownField: true}};
    expect(itemChange(base, republished)).to.equal(undefined);
    expect(itemChange(base, {...structuredClone(base), sources: [{...source('s1'), title: 'Renamed report'}]})).to.equal(undefined);
    expect(itemChange(baseAlert, {...structuredClone(baseAlert), level: {...baseAlert.level, label: 'Very high', rank: 9}})).to.equal(undefined);
  });
});
