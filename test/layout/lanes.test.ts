import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {Feed, Location} from '../../src/feed/types.js';
import type {Incident} from '../../src/feed/types.js';
import {
  ALL_LANE_KEY,
  buildFeedLanes,
  buildLanes,
  foldLanes,
  GROUP_BY_VALUES,
  OTHER_LANE_KEY,
  packIntervals,
  UNSPECIFIED_LANE_KEY,
} from '../../src/layout/lanes.js';
import {actorGroups, areaGroup, locationKey, normalise} from '../../src/layout/lane-groups.js';
import {validateFeed} from '../../src/feed/validate.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {alert, incident} from './fixtures.js';

const DAY = 86_400_000;
const day = (n: number) => Date.UTC(2024, 8, 1) + n * DAY;

const khorog: Location = {name: 'Khorog', admin1: 'Gorno-Badakhshan', country: 'Tajikistan'};
const ishkashimTj: Location = {name: 'Ishkashim', admin1: 'Gorno-Badakhshan', country: 'Tajikistan'};
const ishkashimAf: Location = {name: 'Ishkashim', admin1: 'Badakhshan', country: 'Afghanistan'};
const panjiPoyon: Location = {name: 'Panji Poyon', admin1: 'Khatlon', country: 'Tajikistan'};

const incidents = [
  incident('i0', day(5), {location: khorog, actors: ['Border guards'], category: 'clash'}),
  incident('i1', day(1), {location: ishkashimTj, actors: ['Smugglers', 'Border guards'], category: 'arrest'}),
  incident('i2', day(3), {category: 'statement'}),
  incident('i3', day(2), {location: ishkashimAf, actors: ['taliban'], category: 'clash'}),
  incident('i4', day(4), {location: panjiPoyon, actors: ['Taliban '], category: 'attack'}),
  incident('i5', day(6), {location: {name: 'khorog', admin1: 'gorno-badakhshan', country: 'TAJIKISTAN'}, actors: [' '], category: ' '}),
];

const alerts = [
  alert('a0-region', day(0), day(10)),
  alert('a1-gbao', day(0), day(10), ['gorno-badakhshan']),
  alert('a2-nowhere', day(0), day(10), ['Nowhere']),
  alert('a3-khatlon', day(0), day(10), ['Khatlon', 'Atlantis']),
  alert('a4-afghanistan', day(0), day(10), ['AFGHANISTAN']),
];

describe('buildLanes', () => {
  describe('grouped by location', () => {
    const {lanes, alerts: placements} = buildLanes(incidents, alerts, 'location');

    it('orders lanes by their first incident and puts "Unspecified" last', () => {
      expect(lanes.map((lane) => lane.label)).to.deep.equal([
        'Ishkashim, Gorno-Badakhshan, Tajikistan',
        'Ishkashim, Badakhshan, Afghanistan',
        'Panji Poyon',
        'Khorog',
        'Unspecified',
      ]);
      expect(lanes.map((lane) => lane.unspecified)).to.deep.equal([false, false, false, false, true]);
      expect(lanes[4].key).to.equal(UNSPECIFIED_LANE_KEY);
    });

    it('keys a place by name and region, ignoring case', () => {
      expect(lanes[3].key).to.equal('khorog||gorno-badakhshan|tajikistan');
      expect(lanes[3].incidentIndices).to.deep.equal([0, 5]);
      expect(lanes[0].incidentIndices).to.deep.equal([1]);
      expect(lanes[4].incidentIndices).to.deep.equal([2]);
    });

    it('draws an alert without areas across every lane, for the whole region', () => {
      expect(placements[0]).to.deep.equal({laneKeys: lanes.map((lane) => lane.key), coverage: 'region', unmatchedAreas: []});
    });

    it('draws an alert across the lanes whose places its areas name, ignoring case', () => {
      expect(placements[1].coverage).to.equal('areas');
      expect(placements[1].laneKeys).to.deep.equal([lanes[0].key, lanes[3].key]);
      expect(placements[4].laneKeys).to.deep.equal([lanes[1].key]);
    });

    it('draws an alert whose areas name no lane across every lane, and says so', () => {
      expect(placements[2]).to.deep.equal({
        laneKeys: lanes.map((lane) => lane.key),
        coverage: 'unmatched',
        unmatchedAreas: ['Nowhere'],
      });
    });

    it('reports the areas of a partly matched alert that named no lane', () => {
      expect(placements[3]).to.deep.equal({laneKeys: [lanes[2].key], coverage: 'areas', unmatchedAreas: ['Atlantis']});
    });

    it('lists on each lane the alerts drawn across it', () => {
      expect(lanes.map((lane) => lane.alertIndices)).to.deep.equal([
        [0, 1, 2],
        [0, 2, 4],
        [0, 2, 3],
        [0, 1, 2],
        [0, 2],
      ]);
    });
  });

  it('groups by country, an admin1 area covering its country', () => {
    const {lanes, alerts: placements} = buildLanes(incidents, alerts, 'country');
    expect(lanes.map((lane) => [lane.key, lane.label, lane.incidentIndices])).to.deep.equal([
      ['tajikistan', 'Tajikistan', [1, 4, 0, 5]],
      ['afghanistan', 'Afghanistan', [3]],
      ['', 'Unspecified', [2]],
    ]);
    expect(placements[1].laneKeys).to.deep.equal(['tajikistan']);
    expect(placements[4].laneKeys).to.deep.equal(['afghanistan']);
  });

  it('groups by every actor an incident involves, ignoring blank names and case', () => {
    const {lanes, alerts: placements} = buildLanes(incidents, alerts, 'actor');
    // i1 involves the smugglers and the border guards: it is in both their lanes.
    expect(lanes.map((lane) => [lane.label, lane.incidentIndices])).to.deep.equal([
      ['Border guards', [1, 0]],
      ['Smugglers', [1]],
      ['taliban', [3, 4]],
      ['Unspecified', [2, 5]],
    ]);
    // The incidents in Gorno-Badakhshan are the smugglers', the border guards' and an unattributed one.
    expect(placements[1].laneKeys).to.deep.equal(['border guards', 'smugglers', UNSPECIFIED_LANE_KEY]);
  });

  it('groups by province or district, with a lane named for what is known when a level is missing', () => {
    const places = [
      incident('p0', day(1), {location: {name: 'Nawabad', admin1: 'Takhar', country: 'Afghanistan'}}),
      incident('p1', day(2), {location: {name: 'Kabul', country: 'Afghanistan'}}),
      incident('p2', day(3), {location: {name: 'Khorog', admin1: 'Badakhshan', country: 'Afghanistan'}}),
      incident('p3', day(4), {location: {name: 'Khorog', admin1: 'Badakhshan', admin2: 'Shighnan', country: 'Tajikistan'}}),
      incident('p4', day(5), {location: {name: 'Somewhere'}}),
    ];
    expect(buildLanes(places, [], 'admin1').lanes.map((lane) => [lane.label, lane.incidentIndices])).to.deep.equal([
      ['Takhar', [0]],
      ['Afghanistan, province unknown', [1]],
      // Two provinces of one name in two countries are told apart by their country.
      ['Badakhshan, Afghanistan', [2]],
      ['Badakhshan, Tajikistan', [3]],
      ['Unspecified', [4]],
    ]);
    expect(buildLanes(places, [], 'admin2').lanes.map((lane) => [lane.label, lane.incidentIndices])).to.deep.equal([
      ['Takhar, district unknown', [0]],
      ['Afghanistan, district unknown', [1]],
      ['Badakhshan, district unknown', [2]],
      ['Shighnan', [3]],
      ['Unspecified', [4]],
    ]);
  });

  it('draws an alert whose area names its levels across the lanes of incidents on every level it names', () => {
    const places = [
      incident('n', day(1), {location: {name: 'Nawabad', admin1: 'Takhar', country: 'Afghanistan'}}),
      incident('a', day(2), {location: {name: 'Ai-Khanum border post', country: 'Tajikistan'}}),
      incident('k', day(3), {location: {name: 'Khamadoni crossing', admin1: 'Khatlon', country: 'Tajikistan'}}),
    ];
    const tajikSide = {...alert('tj', day(0), day(9)), areas: [{name: 'Tajik side of the border', country: 'Tajikistan'}]};
    const takhar = {...alert('tk', day(0), day(9)), areas: [{name: 'Takhar', admin1: 'takhar', country: 'Afghanistan'}]};
    const khatlonInAfghanistan = {...alert('x', day(0), day(9)), areas: [{name: 'Khatlon?', admin1: 'Khatlon', country: 'Afghanistan'}]};
    const {lanes, alerts: placements} = buildLanes(places, [tajikSide, takhar, khatlonInAfghanistan], 'location');
    const labels = (keys: string[]) => keys.map((key) => lanes.find((lane) => lane.key === key)!.label);
    expect(labels(placements[0].laneKeys)).to.deep.equal(['Ai-Khanum border post', 'Khamadoni crossing']);
    expect(labels(placements[1].laneKeys)).to.deep.equal(['Nawabad']);
    // No incident in Khatlon is in Afghanistan: the area names no lane.
    expect(placements[2].coverage).to.equal('unmatched');
    expect(placements[2].unmatchedAreas).to.deep.equal(['Khatlon?']);
  });

  it('groups by category', () => {
    const {lanes} = buildLanes(incidents, alerts, 'category');
    expect(lanes.map((lane) => [lane.key, lane.incidentIndices])).to.deep.equal([
      ['arrest', [1]],
      ['clash', [3, 0]],
      ['statement', [2]],
      ['attack', [4]],
      ['', [5]],
    ]);
  });

  it('puts each incident in the lane of its place, and matches areas to every place a lane holds, however places repeat (property)', () => {
    // A few spellings that share names but not regions, so a place seen before may differ in one field.
    const places: Location[] = [
      {name: 'Ishkashim', admin1: 'Badakhshan', country: 'Afghanistan'},
      {name: 'Ishkashim', admin1: 'Gorno-Badakhshan', country: 'Tajikistan'},
      {name: 'Ishkashim', admin1: 'Gorno-Badakhshan', admin2: 'Ishkashim District', country: 'Tajikistan'},
      {name: 'Ishkashim', admin1: 'Khatlon', country: 'Tajikistan'},
      {name: 'Khorog', admin1: 'Gorno-Badakhshan', country: 'Tajikistan'},
      {name: 'KHOROG ', admin1: 'gorno-badakhshan', country: 'tajikistan'},
      {name: 'Darwaz', admin1: 'Badakhshan', country: 'Afghanistan'},
    ];
    const norm = (text?: string) => (text ?? '').trim().toLowerCase();
    const areas = ['badakhshan', 'gorno-badakhshan', 'khatlon', 'ishkashim district', 'tajikistan', 'afghanistan', 'darwaz'];
    fc.assert(
      fc.property(
        fc.array(fc.nat(places.length - 1), {minLength: 1, maxLength: 40}),
        fc.constantFrom('location', 'country', 'actor'),
        (picks, groupBy) => {
          // Fresh objects, as a parsed feed gives: equal spellings, never the same object. Actors
          // change independently of places, so one place turns up in several actors' lanes.
          const list = picks.map((p, i) => incident(`i${i}`, day(i), {location: {...places[p]}, actors: [`Actor ${i % 3}`]}));
          const windows = areas.map((area, i) => alert(`a${i}`, day(0), day(50), [area]));
          const {lanes, alerts: placements} = buildLanes(list, windows, groupBy);
          const laneOf = (index: number) => lanes.findIndex((lane) => lane.incidentIndices.includes(index));
          const keyOf = (location: Location) =>
            groupBy === 'location'
              ? [location.name, location.admin2, location.admin1, location.country].map(norm).join('|')
              : groupBy === 'country'
                ? norm(location.country)
                : '';
          list.forEach((item, i) => {
            const lane = lanes[laneOf(i)];
            if (groupBy === 'actor') expect(lane.key).to.equal(norm(item.actors[0].name));
            else expect(lane.key).to.equal(keyOf(item.location!));
          });
          // An area covers a lane exactly when one of the lane's incidents is at a place of that name.
          placements.forEach((placement, a) => {
            const expected = lanes
              .filter((lane) =>
                lane.incidentIndices.some((i) => {
                  const location = list[i].location!;
                  return [location.name, location.admin1, location.admin2, location.country].map(norm).includes(areas[a]);
                }),
              )
              .map((lane) => lane.key);
            expect(placement.coverage === 'unmatched' ? [] : placement.laneKeys).to.have.members(expected);
          });
        },
      ),
      {numRuns: 300},
    );
  });

  it('keeps lanes that start together in feed order', () => {
    const same = [incident('b', day(1), {category: 'b'}), incident('a', day(1), {category: 'a'}), incident('c', day(0), {category: 'c'})];
    expect(buildLanes(same, [], 'category').lanes.map((lane) => lane.key)).to.deep.equal(['c', 'b', 'a']);
  });

  it('sorts a lane by best time, ties by index, when the incidents given are not, with each time beside its incident', () => {
    const shuffled = [incident('late', day(9)), incident('early', day(1)), incident('middle', day(5)), incident('early too', day(1))];
    const [lane] = buildLanes(shuffled, [], 'none').lanes;
    expect(lane.incidentIndices).to.deep.equal([1, 3, 2, 0]);
    expect(Array.from(lane.times)).to.deep.equal([day(1), day(1), day(5), day(9)]);
  });

  it('gives each lane the best times of its own incidents, in order', () => {
    const {lanes} = buildLanes(
      [...incidents].sort((a, b) => a.time.best - b.time.best),
      [],
      'country',
    );
    expect(lanes.length).to.be.greaterThan(1);
    for (const lane of lanes) {
      expect(Array.from(lane.times)).to.deep.equal(
        lane.incidentIndices.map((i) => [...incidents].sort((a, b) => a.time.best - b.time.best)[i].time.best),
      );
      expect(Array.from(lane.times)).to.deep.equal(Array.from(lane.times).sort((a, b) => a - b));
    }
  });

  it('gives one lane, named after the region, when not grouping', () => {
    const feed: Feed = {
      version: '1.0',
      region: {name: 'Tajik–Afghan border', timeZone: 'Asia/Dushanbe'},
      timeZone: 'Asia/Dushanbe',
      levels: [],
      sources: [],
      alerts,
      incidents,
      categories: [],
      withdrawn: [],
    };
    const {lanes, alerts: placements} = buildFeedLanes(feed, 'none');
    expect(lanes).to.have.length(1);
    expect(lanes[0]).to.deep.include({key: ALL_LANE_KEY, label: 'Tajik–Afghan border', unspecified: false});
    expect(lanes[0].incidentIndices).to.deep.equal([1, 3, 2, 4, 0, 5]);
    expect(placements.map((p) => p.coverage)).to.deep.equal(['region', 'areas', 'unmatched', 'areas', 'areas']);
  });

  it('gives one lane to a feed without incidents, so its alerts still show', () => {
    const {lanes, alerts: placements} = buildLanes([], alerts.slice(0, 2), 'country', {regionLabel: 'Border'});
    expect(lanes.map((lane) => [lane.key, lane.label])).to.deep.equal([[ALL_LANE_KEY, 'Border']]);
    expect(placements.map((p) => [p.coverage, p.laneKeys])).to.deep.equal([
      ['region', [ALL_LANE_KEY]],
      ['unmatched', [ALL_LANE_KEY]],
    ]);
  });

  it('takes the labels of the region and "Unspecified" lanes from options', () => {
    const {lanes} = buildLanes(incidents, [], 'country', {unspecifiedLabel: 'Sans pays'});
    expect(lanes[lanes.length - 1].label).to.equal('Sans pays');
  });
});

describe('buildLanes on an archive of thousands of incidents', () => {
  const {feed} = validateFeed(syntheticFeed({incidents: 3000, realistic: true, seed: 7, locations: 12}));
  // The same incidents as a careless export spells them: out of time order, some without a
  // place, places respelled, blank and repeated actors, blank categories and place names.
  const scrambled = feed!.incidents
    .map((item, k): Incident => {
      if (k % 7 === 0) return {...item, location: undefined};
      if (k % 5 === 0 && item.location)
        return {
          ...item,
          location: {...item.location, name: ` ${item.location.name.toUpperCase()}`, admin2: undefined},
          actors: [...item.actors, {name: ' '}, ...item.actors],
        };
      if (k % 11 === 0) return {...item, category: ' ', location: item.location && {name: '', country: item.location.country}};
      return item;
    })
    .reverse();

  /** The keys of the lanes an incident belongs in, read off the incident alone. */
  const keysOf = (item: Incident, groupBy: (typeof GROUP_BY_VALUES)[number]): string[] => {
    const {location} = item;
    if (groupBy === 'actor') {
      const keys = actorGroups(item, normalise).map((group) => group.key);
      return keys.length ? keys : [UNSPECIFIED_LANE_KEY];
    }
    const key = {
      none: ALL_LANE_KEY,
      location: location && locationKey(location, normalise),
      admin1: areaGroup(location, 'admin1', normalise)?.key,
      admin2: areaGroup(location, 'admin2', normalise)?.key,
      country: normalise(location?.country),
      category: normalise(item.category),
    }[groupBy];
    return [key || UNSPECIFIED_LANE_KEY];
  };
  const names = (item: Incident) =>
    item.location ? [item.location.name, item.location.admin2, item.location.admin1, item.location.country].map(normalise) : [];

  for (const [what, incidents] of Object.entries({'as validated': feed!.incidents, scrambled})) {
    for (const groupBy of GROUP_BY_VALUES) {
      it(`puts each incident in the lanes its own values name, ${what}, grouped by ${groupBy}`, () => {
        const {lanes, alerts: placements} = buildLanes(incidents, feed!.alerts, groupBy);
        // Each incident in exactly its lanes, once.
        const drawnIn = incidents.map(() => [] as string[]);
        for (const lane of lanes) for (const i of lane.incidentIndices) drawnIn[i].push(lane.key);
        incidents.forEach((item, i) => {
          expect(drawnIn[i].sort(), item.id).to.deep.equal([...new Set(keysOf(item, groupBy))].sort());
        });
        // Lanes by their first incident, "Unspecified" last; each lane's times its incidents', in order.
        const named = lanes.filter((lane) => !lane.unspecified);
        for (let k = 1; k < named.length; k++) expect(named[k].times[0]).to.be.at.least(named[k - 1].times[0]);
        expect(lanes.findIndex((lane) => lane.unspecified)).to.be.oneOf([-1, lanes.length - 1]);
        for (const lane of lanes) {
          expect([...lane.times]).to.deep.equal(lane.incidentIndices.map((i) => incidents[i].time.best));
          for (let k = 1; k < lane.times.length; k++) expect(lane.times[k]).to.be.at.least(lane.times[k - 1]);
        }
        // An alert covers the lanes holding an incident at a place its areas name, on any level.
        feed!.alerts.forEach((item, a) => {
          const areas = item.areas.map((area) => normalise(area.name)).filter((area) => area !== '');
          const covered = lanes.flatMap((lane, index) =>
            areas.some((area) => lane.key === area || lane.incidentIndices.some((i) => names(incidents[i]).includes(area))) ? [index] : [],
          );
          const expected = areas.length && covered.length ? covered : lanes.map((_, index) => index);
          expect(placements[a].laneKeys, item.id).to.deep.equal(expected.map((index) => lanes[index].key));
          expect(placements[a].coverage, item.id).to.equal(areas.length === 0 ? 'region' : covered.length ? 'areas' : 'unmatched');
        });
      });
    }
  }
});

describe('foldLanes', () => {
  // Place p<k> has k + 1 incidents, on days k, k + 10, k + 20, …; alert a<k> covers place p<k>.
  const places = Array.from({length: 6}, (_, k) => ({name: `p${k}`}));
  const many = places.flatMap((location, k) => Array.from({length: k + 1}, (_, n) => incident(`p${k}-${n}`, day(k + 10 * n), {location})));
  const areaAlerts = places.map((place, k) => alert(`a${k}`, day(0), day(90), [place.name]));
  const {lanes} = buildLanes(many, areaAlerts, 'location');
  const label = (count: number) => `${count} other places`;

  it('keeps the busiest lanes in their order and gathers the rest, in time order, into one last lane', () => {
    const folded = foldLanes(lanes, 3, label);
    expect(folded.map((lane) => lane.label)).to.deep.equal(['p4', 'p5', '4 other places']);
    const other = folded[2];
    expect(other).to.include({key: OTHER_LANE_KEY, unspecified: false});
    const gathered = lanes.filter((lane) => !['p4', 'p5'].includes(lane.label));
    expect([...other.incidentIndices].sort((a, b) => a - b)).to.deep.equal(gathered.flatMap((lane) => lane.incidentIndices).sort((a, b) => a - b));
    expect([...other.times]).to.deep.equal(other.incidentIndices.map((i) => many[i].time.best));
    for (let i = 1; i < other.times.length; i++) expect(other.times[i]).to.be.at.least(other.times[i - 1]);
    // Ties of time by index: p0's first incident (day 0)… then p1's (day 1), p0's second (day 10)…
    expect(other.incidentIndices.slice(0, 2).map((i) => many[i].id)).to.deep.equal(['p0-0', 'p1-0']);
    // Each alert of a gathered place is drawn across the lane that holds it.
    expect(other.alertIndices).to.deep.equal([0, 1, 2, 3]);
    expect(folded[0].alertIndices).to.deep.equal([4]);
  });

  it('keeps the lanes as they are when they are few enough, or when no limit is set', () => {
    for (const max of [6, 10, 0, 1, Number.NaN]) expect(foldLanes(lanes, max, label), `max ${max}`).to.equal(lanes);
  });

  it('prefers the earlier lane among lanes as busy', () => {
    const even = buildLanes(
      places.map((location, k) => incident(`q${k}`, day(k), {location})),
      [],
      'location',
    ).lanes;
    expect(foldLanes(even, 4, label).map((lane) => lane.label)).to.deep.equal(['p0', 'p1', 'p2', '3 other places']);
  });
});

describe('packIntervals', () => {
  const identity = (t: number) => t;

  it('puts an item in the lowest row free at its start', () => {
    const items = [
      {start: 0, end: 10},
      {start: 5, end: 15},
      {start: 12, end: 20},
      {start: 20, end: 30},
    ];
    const {rows, rowCount} = packIntervals(items, identity);
    expect(Array.from(rows)).to.deep.equal([0, 1, 0, 1]);
    expect(rowCount).to.equal(2);
  });

  it('keeps the gap between neighbours in a row', () => {
    const items = [
      {start: 0, end: 10},
      {start: 12, end: 20},
    ];
    expect(Array.from(packIntervals(items, identity, {gapPx: 2}).rows)).to.deep.equal([0, 0]);
    expect(Array.from(packIntervals(items, identity, {gapPx: 3}).rows)).to.deep.equal([0, 1]);
  });

  it('gives points at the same place their own rows', () => {
    const {rows} = packIntervals(
      [
        {start: 5, end: 5},
        {start: 5, end: 5},
        {start: 9, end: 9},
      ],
      identity,
    );
    expect(Array.from(rows)).to.deep.equal([0, 1, 0]);
  });

  it('packs the same way when time runs right to left', () => {
    const items = [
      {start: 0, end: 10},
      {start: 5, end: 15},
      {start: 12, end: 20},
    ];
    const {rows, rowCount} = packIntervals(items, (t) => 100 - t);
    expect(rowCount).to.equal(2);
    expect(rows[0]).to.not.equal(rows[1]);
    expect(rows[1]).to.not.equal(rows[2]);
  });

  it('leaves an item with no finite position out, in row -1', () => {
    const {rows, rowCount} = packIntervals(
      [
        {start: NaN, end: 3},
        {start: 0, end: 3},
      ],
      identity,
    );
    expect(Array.from(rows)).to.deep.equal([-1, 0]);
    expect(rowCount).to.equal(1);
  });

  it('never lets two items in one row come within the gap, and uses no more rows than the deepest overlap (property)', () => {
    const item = fc
      .tuple(fc.integer({min: 0, max: 5 * 365 * DAY}), fc.integer({min: 0, max: 60 * DAY}))
      .map(([start, length]) => ({start, end: start + length}));
    fc.assert(
      fc.property(fc.array(item, {maxLength: 200}), fc.integer({min: 0, max: 6}), fc.boolean(), (items, gapPx, rtl) => {
        const width = 1200;
        const span = 5 * 365 * DAY + 60 * DAY;
        const x = (t: number) => (rtl ? width - (t / span) * width : (t / span) * width);
        const {rows, rowCount} = packIntervals(items, x, {gapPx, minWidthPx: 1});
        const box = items.map(({start, end}) => {
          const [a, b] = [x(start), x(end)];
          const left = Math.min(a, b);
          return {left, right: Math.max(a, b, left + 1)};
        });
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            if (rows[i] !== rows[j]) continue;
            const [p, q] = [box[i], box[j]];
            if (!(p.right + gapPx <= q.left || q.right + gapPx <= p.left)) return false;
          }
        }
        // The deepest pile of items (each widened by the gap) is the fewest rows possible.
        const events = box
          .flatMap((b) => [
            [b.left, 1],
            [b.right + gapPx, -1],
          ])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        let depth = 0;
        let deepest = 0;
        for (const [, change] of events) deepest = Math.max(deepest, (depth += change));
        return rowCount === deepest && Array.from(rows).every((row) => row >= 0 && row < rowCount);
      }),
      {numRuns: 200},
    );
  });
});
