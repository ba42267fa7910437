import {expect} from '@open-wc/testing';
import {readFeed} from '../../src/feed/validate.js';
import {buildTimelineModel, timelineFilters} from '../../src/model/timeline-model.js';

const iso = (ms: number) => new Date(ms).toISOString();

async function seed() {
  const response = await fetch('/data/tajik-afghan-border-2024.json');
  return readFeed(await response.text());
}

describe('the seed feed (Tajik–Afghan border, autumn 2024)', () => {
  it('validates without a single problem', async () => {
    const {feed, problems} = await seed();
    expect(problems).to.deep.equal([]);
    expect(feed).to.not.equal(null);
  });

  it('reads its dates in the region time zone, Asia/Dushanbe', async () => {
    const {feed} = await seed();
    expect(feed!.timeZone).to.equal('Asia/Dushanbe');
    expect(feed!.region!.name).to.equal('Tajik–Afghan border');
  });

  it('covers the whole of 15 October with the highest alert (inclusive end)', async () => {
    const {feed} = await seed();
    const [alert] = feed!.alerts;
    expect(alert.level.id).to.equal('highest');
    expect(alert.level.rank).to.equal(4);
    expect(iso(alert.start)).to.equal('2024-09-23T19:00:00.000Z'); // 24 Sep 00:00 in Dushanbe
    expect(iso(alert.end)).to.equal('2024-10-15T19:00:00.000Z'); // 16 Oct 00:00 in Dushanbe
    // The alert is Tajikistan's, on its side of the border with the two Afghan provinces.
    expect(alert.areas).to.deep.equal([{name: 'Tajik side of the border with Badakhshan and Takhar', country: 'Tajikistan'}]);
    expect(alert.measures.map((m) => m.kind)).to.deep.equal(['patrols', 'surveillance', 'leave-cancelled']);
  });

  it('cites News.Az, published on 2 October 2024, from every item', async () => {
    const {feed} = await seed();
    const items = [...feed!.alerts, ...feed!.incidents];
    expect(items.length).to.equal(6);
    for (const item of items) expect(item.sources.map((s) => s.publisher)).to.deep.equal(['News.Az']);
    expect(iso(feed!.sources[0].published!)).to.equal('2024-10-01T19:00:00.000Z');
  });

  it('keeps the arrival in Nawabad as a mid-September range, not a precise day', async () => {
    const {feed} = await seed();
    const arrival = feed!.incidents.find((i) => i.id === 'ansarullah-arrive-nawabad')!;
    expect(arrival.time.precision).to.equal('range');
    expect(arrival.time.label).to.equal('mid-September 2024');
    expect(iso(arrival.time.earliest)).to.equal('2024-09-09T19:00:00.000Z');
    expect(iso(arrival.time.latest)).to.equal('2024-09-20T19:00:00.000Z');
    expect(arrival.time.best).to.be.within(arrival.time.earliest, arrival.time.latest);
  });

  it('marks the action near the Khamadoni crossing as expected', async () => {
    const {feed} = await seed();
    const expected = feed!.incidents.filter((i) => i.status === 'expected');
    expect(expected.map((i) => i.location?.name)).to.deep.equal(['Khamadoni crossing']);
  });

  it('sorts incidents by time, the 2021 context first', async () => {
    const {feed} = await seed();
    const times = feed!.incidents.map((i) => i.time.best);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    expect(feed!.incidents[0].id).to.equal('taliban-take-power-2021');
    expect(feed!.incidents[0].time.precision).to.equal('year');
  });
});

describe('the seed feed’s highest alert, drawn by place', () => {
  it('covers the lanes of the Tajik border posts, not Nawabad across the border, where the militants were', async () => {
    const {feed} = await seed();
    const model = buildTimelineModel(feed!, timelineFilters({groupBy: 'location', maxLanes: 20}));
    const covered = [...model.alertLanes.get(model.alerts[0])!].map((key) => model.lanes.find((lane) => lane.key === key)!.label);
    expect(covered).to.deep.equal(['Ai-Khanum border post', 'Kaflotun border post', 'Khamadoni crossing']);
  });
});
