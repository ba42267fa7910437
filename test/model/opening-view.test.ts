import {expect} from '@open-wc/testing';
import type {FeedDocument} from '../../src/feed/feed-types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {openingView} from '../../src/model/opening-view.js';
import {buildTimelineModel, timelineFilters} from '../../src/model/timeline-model.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

const DAY = 86_400_000;
const seedText = await (await fetch('/data/tajik-afghan-border-2024.json')).text();

function modelOf(document: unknown) {
  const {feed} = validateFeed(document);
  return buildTimelineModel(feed!, timelineFilters({groupBy: 'none', maxLanes: 20}));
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('the view a feed opens on without a view of its own', () => {
  it('opens the seed feed (2021–2024) on its autumn-2024 alert and the incidents around it, not on four years', () => {
    const document = JSON.parse(seedText) as FeedDocument & {view?: unknown};
    delete document.view;
    const model = modelOf(document);
    const [start, end] = openingView(model);
    // The alert runs 24 Sep – 15 Oct 2024 (Asia/Dushanbe); the window holds it and the month before it.
    expect(iso(start)).to.match(/^2024-08-2\d$/);
    expect(iso(end)).to.match(/^2024-10-2\d$/);
    const inView = model.incidents.filter((incident) => incident.time.best >= start && incident.time.best <= end);
    expect(inView.map((incident) => incident.id)).to.have.length(model.incidents.length - 1);
  });

  it('opens a feed of less than about a year and a month whole', () => {
    const model = modelOf({
      version: '1.0',
      incidents: [
        {id: 'a', when: '2024-01-05', title: 'A', category: 'movement', status: 'reported'},
        {id: 'b', when: '2024-12-20', title: 'B', category: 'movement', status: 'reported'},
      ],
    });
    expect(openingView(model)).to.deep.equal(model.bounds);
  });

  it('opens an archive without alerts on the year up to its latest incident', () => {
    const incidents = Array.from({length: 40}, (_, i) => ({
      id: `e${i}`,
      when: iso(day('2000-01-01') + i * 200 * DAY),
      title: `Event ${i}`,
      category: 'attack',
      status: 'confirmed',
    }));
    const model = modelOf({version: '1.0', incidents});
    const latest = model.incidents.at(-1)!.time.best;
    const [start, end] = openingView(model);
    expect((latest - start) / DAY).to.be.closeTo(365, 1);
    expect(end).to.be.greaterThan(latest);
    expect(end).to.be.at.most(model.bounds[1]);
  });

  it('lets an alert "until further notice" count only up to 90 days past the latest incident', () => {
    const model = modelOf({
      version: '1.0',
      alerts: [{id: 'open', level: 'high', title: 'Until further notice', start: '2024-06-01', end: '9999-12-31'}],
      incidents: [
        {id: 'old', when: '2019-03-01', title: 'Old', category: 'movement', status: 'reported'},
        {id: 'new', when: '2024-07-01', title: 'New', category: 'movement', status: 'reported'},
      ],
    });
    const [start, end] = openingView(model);
    expect(start).to.be.below(day('2024-06-01'));
    expect(end).to.be.below(day('2025-01-01'));
    expect(end).to.be.greaterThan(day('2024-07-01'));
  });

  it('opens a five-year synthetic feed on its last alert window, the same whatever the filters', () => {
    const {feed} = validateFeed(syntheticFeed({incidents: 2000, seed: 3}));
    const all = buildTimelineModel(feed!, timelineFilters({groupBy: 'location', maxLanes: 20}));
    const some = buildTimelineModel(feed!, timelineFilters({groupBy: 'location', maxLanes: 20, categories: 'attack', minLevel: 'highest'}));
    const [start, end] = openingView(all);
    expect(end - start).to.be.below(0.25 * (all.bounds[1] - all.bounds[0]));
    expect(openingView(some)).to.deep.equal([start, end]);
    const last = feed!.alerts.reduce((latest, alert) => (alert.start > latest.start ? alert : latest));
    expect(start).to.be.at.most(last.start);
  });
});
