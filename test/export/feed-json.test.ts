import {expect} from '@open-wc/testing';
import {feedDocumentOf} from '../../src/export/feed-json.js';
import type {FeedDocument} from '../../src/feed/feed-types.js';
import {mergeFeeds} from '../../src/feed/merge.js';
import type {AlertWindow, Feed, FeedProblem, Incident} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {alert, incident} from '../layout/fixtures.js';

/** Reads a document, expecting no problems. */
function read(document: unknown): Feed {
  const {feed, problems} = validateFeed(document);
  expect(problems.map((problem) => problem.message)).to.deep.equal([]);
  return feed!;
}

/** The document as a file holds it, read back as the element reads a fetched feed. */
function roundTrip(document: FeedDocument): {feed: Feed; problems: FeedProblem[]} {
  const {feed, problems} = validateFeed(JSON.parse(JSON.stringify(document)));
  return {feed: feed!, problems};
}

/** What a reader sees of an incident: comparable across readings. */
/** Sources as a reader sees them; a link refused as unsafe is not written again. */
const sourceFacts = (item: Incident | AlertWindow) => item.sources.map((source) => ({...source, origin: undefined, rejectedUrl: undefined}));

const incidentFacts = (item: Incident) => ({
  id: item.id,
  title: item.title,
  status: item.status,
  category: item.category,
  time: item.time,
  summary: item.summary,
  actors: item.actors,
  location: item.location,
  fatalities: item.fatalities,
  severity: item.severity,
  sources: sourceFacts(item),
  reported: item.reported,
  updated: item.updated,
});

const alertFacts = (item: AlertWindow) => ({
  id: item.id,
  title: item.title,
  start: item.start,
  end: item.end,
  civil: item.civil,
  level: item.level,
  areas: item.areas,
  measures: item.measures,
  description: item.description,
  sources: sourceFacts(item),
});

const everything = (feed: Feed) => ({alerts: feed.alerts, incidents: feed.incidents});

describe('feedDocumentOf', () => {
  let seed: Feed;
  let seedDocument: Record<string, unknown>;

  before(async () => {
    const response = await fetch('/data/tajik-afghan-border-2024.json');
    seedDocument = (await response.json()) as Record<string, unknown>;
    seed = read(seedDocument);
  });

  it('writes the seed feed so that it reads back with no problems and the same items', () => {
    const {feed, problems} = roundTrip(feedDocumentOf(seed, everything(seed)));
    expect(problems).to.deep.equal([]);
    expect(feed.incidents.map((item) => item.id)).to.deep.equal(seed.incidents.map((item) => item.id));
    expect(feed.alerts.map((item) => item.id)).to.deep.equal(seed.alerts.map((item) => item.id));
    expect(feed.incidents.map(incidentFacts)).to.deep.equal(seed.incidents.map(incidentFacts));
    expect(feed.alerts.map(alertFacts)).to.deep.equal(seed.alerts.map(alertFacts));
  });

  it('keeps the feed’s own fields, and each item as it was published', () => {
    const document = feedDocumentOf(seed, everything(seed)) as Record<string, unknown>;
    for (const field of ['$schema', 'version', 'title', 'description', 'region', 'view', 'updated', 'sources']) {
      expect(document[field], field).to.deep.equal(seedDocument[field]);
    }
    // Items in the order given: the reading's, by time.
    const published = new Map((seedDocument.incidents as {id: string}[]).map((item) => [item.id, item]));
    for (const item of document.incidents as {id: string}[]) expect(item).to.deep.equal(published.get(item.id));
    expect(document.alerts).to.deep.equal(seedDocument.alerts);
    const {feed} = roundTrip(document as FeedDocument);
    expect([feed.title, feed.region, feed.view, feed.updated, feed.timeZone]).to.deep.equal([
      seed.title,
      seed.region,
      seed.view,
      seed.updated,
      seed.timeZone,
    ]);
  });

  it('writes a subset with only the sources it cites', () => {
    const document = feedDocumentOf(seed, {alerts: [], incidents: seed.incidents.slice(1, 3)});
    const {feed, problems} = roundTrip(document);
    expect(problems).to.deep.equal([]);
    expect(feed.incidents.map((item) => item.id)).to.deep.equal(seed.incidents.slice(1, 3).map((item) => item.id));
    expect(feed.alerts).to.deep.equal([]);
    expect(document.sources?.map((source) => source.id)).to.deep.equal(['newsaz-2024-10-02']);
    const none = feedDocumentOf(seed, {alerts: [], incidents: []});
    expect(none.sources).to.equal(undefined);
    expect(roundTrip(none).problems).to.deep.equal([]);
  });

  it('writes 2,000 synthetic incidents and their alerts so that they read back as they were', () => {
    const original = read(syntheticFeed({incidents: 2_000, seed: 3}));
    const {feed, problems} = roundTrip(feedDocumentOf(original, everything(original)));
    expect(problems).to.deep.equal([]);
    expect(feed.incidents.map(incidentFacts)).to.deep.equal(original.incidents.map(incidentFacts));
    expect(feed.alerts.map(alertFacts)).to.deep.equal(original.alerts.map(alertFacts));
    expect(feed.levels).to.deep.equal(original.levels);
    expect(feed.categories).to.deep.equal(original.categories);
  });

  it('keeps fields this version does not know', () => {
    const original = read({
      version: '1.4',
      region: {name: 'Border', timeZone: 'Asia/Dushanbe', 'x-future': true},
      incidents: [
        {
          id: 'a',
          when: '2024-09-24',
          title: 'A',
          category: 'clash',
          status: 'reported',
          'x-casualty-kind': {civilian: 2},
          location: {name: 'Khorog', elevation: 2200},
        },
      ],
      alerts: [{id: 'b', start: '2024-09-24', end: '2024-10-15', level: 'high', title: 'B', 'x-authority': 'Border troops'}],
    });
    const document = feedDocumentOf(original, everything(original)) as Record<string, unknown>;
    expect(document.version).to.equal('1.4');
    const [item] = document.incidents as Record<string, unknown>[];
    expect(item['x-casualty-kind']).to.deep.equal({civilian: 2});
    expect(item.location).to.deep.equal({name: 'Khorog', elevation: 2200});
    expect((document.alerts as Record<string, unknown>[])[0]['x-authority']).to.equal('Border troops');
    expect(roundTrip(document as FeedDocument).problems).to.deep.equal([]);
  });

  it('leaves out what the reader ignored, so that the document reads back with no problems', () => {
    const {feed: original, problems: originalProblems} = validateFeed({
      version: '1.1',
      region: {name: 'Border', timeZone: 'Asia/Dushanbe'},
      sources: [
        {id: 's1', publisher: 'News.Az', url: 'javascript:alert(1)'},
        {id: 's2', publisher: 'Asia-Plus', published: '2024-02-30'},
      ],
      incidents: [
        {
          id: 'a',
          when: {date: '2024-09-24', precision: 'hour'},
          title: 'A',
          category: 'clash',
          status: 'reported',
          summary: 42,
          severity: 9,
          fatalities: {best: 3, low: 5, high: 4},
          location: {name: 'Khorog', latitude: 37.5},
          actors: ['Border troops', {role: 'side-a'}],
          sources: ['s1', 'missing', 's2'],
          reported: '2024-13-01',
          updated: '2024-09-25',
        },
      ],
      alerts: [
        {
          id: 'b',
          start: '2024-09-24',
          end: '2024-10-15',
          level: 'high',
          title: 'B',
          description: ['not text'],
          sources: ['missing'],
          measures: [{text: 'Patrols'}, {kind: 'Bad Kind', text: 'x'}],
        },
      ],
    });
    expect(originalProblems.length).to.be.greaterThan(8);
    const {feed, problems} = roundTrip(feedDocumentOf(original!, everything(original!)));
    expect(problems.map((problem) => problem.message)).to.deep.equal([]);
    expect(feed.incidents.map(incidentFacts)).to.deep.equal(original!.incidents.map(incidentFacts));
    expect(feed.alerts.map(alertFacts)).to.deep.equal(original!.alerts.map(alertFacts));
  });

  it('writes an alert whose level the scale lacks as it was, reported again', () => {
    const {feed: original, problems: before} = validateFeed({
      version: '1.1',
      alerts: [{id: 'b', start: '2024-09-24', end: '2024-10-15', level: 'extreme', title: 'B'}],
    });
    const {feed, problems} = roundTrip(feedDocumentOf(original!, everything(original!)));
    expect(problems.map((problem) => problem.message)).to.deep.equal(before.map((problem) => problem.message));
    expect(feed.alerts[0].level).to.deep.equal({id: 'extreme', label: 'extreme', rank: 0, known: false});
    expect(feed.levels).to.deep.equal(original!.levels);
  });

  it('writes feeds read together, their clashing sources apart and their times as they were', () => {
    const first = {
      version: '1.1',
      title: 'Tajik side',
      region: {name: 'Tajik side', timeZone: 'Asia/Dushanbe'},
      sources: [{id: 'src-1', publisher: 'Asia-Plus'}],
      incidents: [{id: 'tj-1', when: '2024-09-24T14:30', title: 'Tajik', category: 'clash', status: 'reported', sources: ['src-1']}],
    };
    const second = {
      version: '1.1',
      region: {name: 'Afghan side', timeZone: 'Asia/Kabul'},
      sources: [{id: 'src-1', publisher: 'Tolo News'}],
      incidents: [
        {id: 'af-1', when: '2024-09-24T14:30', title: 'Afghan time', category: 'clash', status: 'reported', sources: ['src-1']},
        {id: 'af-2', when: '2024-09-24', title: 'Afghan day', category: 'clash', status: 'reported', sources: ['src-1']},
        {id: 'tj-1', when: '2024-09-25', title: 'Clash of ids', category: 'clash', status: 'reported'},
      ],
    };
    const merged = mergeFeeds([
      {url: 'https://a.example/feed.json', document: first, result: validateFeed(first)},
      {url: 'https://b.example/feed.json', document: second, result: validateFeed(second)},
    ])!.feed!;
    expect(merged.incidents.map((item) => item.id).sort()).to.deep.equal(['af-1', 'af-2', 'tj-1']);
    const document = feedDocumentOf(merged, everything(merged));
    expect(document.sources).to.deep.equal([
      {id: 'src-1', publisher: 'Asia-Plus'},
      {id: 'src-1.2', publisher: 'Tolo News'},
    ]);
    const {feed, problems} = roundTrip(document);
    expect(problems).to.deep.equal([]);
    const byId = new Map(feed.incidents.map((item) => [item.id, item]));
    for (const item of merged.incidents) {
      const back = byId.get(item.id)!;
      expect(
        back.sources.map((source) => source.publisher),
        item.id,
      ).to.deep.equal(item.sources.map((source) => source.publisher));
      // A time of day keeps its instant; a calendar date stays that date.
      if (!item.time.civil) expect(back.time, item.id).to.deep.equal(item.time);
    }
    const afghanDay = (document.incidents as {id: string; when: unknown}[]).find((item) => item.id === 'af-2')!;
    expect(afghanDay.when).to.equal('2024-09-24');
    expect(byId.get('af-1')!.time.best).to.equal(Date.UTC(2024, 8, 24, 10, 0));
  });

  it('writes each id once, the first item with it', () => {
    const [first] = seed.incidents;
    const impostor = {...seed.incidents[1], id: first.id};
    const document = feedDocumentOf(seed, {alerts: [], incidents: [first, impostor, first]});
    expect(document.incidents?.map((item) => item.title)).to.deep.equal([first.title]);
  });

  it('writes items built in code, which have no published form', () => {
    const built = {
      ...incident('built', Date.UTC(2024, 8, 24, 9, 30), {actors: ['Border troops'], location: {name: 'Khorog', latitude: 37.5, longitude: 71.6}}),
      summary: 'Made in code',
      fatalities: {best: 1},
    };
    const day = Date.UTC(2024, 8, 24);
    const band = alert('band', day, day + 3 * 86_400_000, ['Khorog']);
    const feed: Feed = {version: '1.1', timeZone: 'UTC', levels: [], sources: [], alerts: [band], incidents: [built], categories: [], withdrawn: []};
    const {feed: back, problems} = roundTrip(feedDocumentOf(feed, everything(feed)));
    expect(problems).to.deep.equal([]);
    const {raw: _raw, ...fields} = built;
    expect(back.incidents.map(incidentFacts)).to.deep.equal([incidentFacts({...fields, raw: {}})]);
    expect([back.alerts[0].start, back.alerts[0].end, back.alerts[0].areas]).to.deep.equal([band.start, band.end, band.areas]);
  });

  it('opens on the feed’s view, another, or none', () => {
    expect(roundTrip(feedDocumentOf(seed, everything(seed))).feed.view).to.deep.equal(seed.view);
    expect(feedDocumentOf(seed, everything(seed), {view: null}).view).to.equal(undefined);
    const view = {start: Date.UTC(2024, 8, 30, 19), end: Date.UTC(2024, 9, 2, 7, 15)};
    const document = feedDocumentOf(seed, everything(seed), {view});
    // 19:00 UTC is midnight in Dushanbe, where the feed's dates are read.
    expect(document.view).to.deep.equal({start: '2024-10-01', end: '2024-10-02T07:15:00.000Z'});
    expect(roundTrip(document).feed.view).to.deep.equal(view);
  });
});
