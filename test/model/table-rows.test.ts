import {expect} from '@open-wc/testing';
import type {Feed, Incident} from '../../src/feed/types.js';
import {DEFAULT_LEVELS, validateFeed} from '../../src/feed/validate.js';
import {translator} from '../../src/i18n/translate.js';
import {loadCatalogue, cataloguesOf} from '../../src/i18n/catalogues.js';
import {outsideView} from '../../src/model/outside-view.js';
import {nextSort, sourceLink, tablePage, tableRows, TABLE_PAGE_SIZE, type TableSort} from '../../src/model/table-rows.js';
import {buildTimelineModel, isInWindow, timelineFilters, type TimelineModel} from '../../src/model/timeline-model.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {alert, incident} from '../layout/fixtures.js';

const DAY = 86_400_000;
const day = (n: number) => Date.UTC(2024, 8, 1) + n * DAY;

function modelOf(feed: Feed, filters: Partial<Parameters<typeof timelineFilters>[0]> = {}): TimelineModel {
  return buildTimelineModel(feed, timelineFilters({groupBy: 'location', maxLanes: 20, ...filters}));
}

const validated = (document: unknown) => validateFeed(document).feed!;

async function fetched(url: string): Promise<Feed> {
  return validated(await (await fetch(url)).json());
}

/** The chart's count of incidents in a window: all of them but those under "earlier" and "later". */
function chartCount(model: TimelineModel, domain: [number, number]): number {
  const {earlier, later} = outsideView(model, domain);
  return model.incidents.length - earlier - later;
}

const ids = (items: ReadonlyArray<{id: string}>) => items.map((item) => item.id);

function withDeaths(base: Incident, best: number | undefined, place?: string): Incident {
  const fields: Partial<Incident> = best === undefined ? {} : {fatalities: {best}};
  return {...base, ...fields, location: place === undefined ? undefined : {name: place}};
}

/** A hand-made feed: deaths, places and times chosen to show each rule. */
function handMade(): Feed {
  return {
    version: '1.1',
    timeZone: 'UTC',
    levels: [...DEFAULT_LEVELS],
    sources: [],
    alerts: [alert('ended-at-start', day(0), day(10)), alert('spans-start', day(5), day(12)), alert('begins-at-end', day(20), day(30))],
    incidents: [
      withDeaths(incident('before', day(9)), 100, 'Khorog'),
      withDeaths(incident('at-start', day(10)), 5, 'Ishkashim'),
      withDeaths(incident('no-deaths', day(11)), undefined, 'Darvoz'),
      withDeaths(incident('twelve', day(12)), 12),
      withDeaths(incident('five-later', day(15)), 5, 'Khorog'),
      withDeaths(incident('at-end', day(20)), 40, 'Alichur'),
      withDeaths(incident('after', day(20) + 1), 7, 'Alichur'),
    ],
    categories: [],
    withdrawn: [],
  };
}

describe('the table’s rows', () => {
  const window: [number, number] = [day(10), day(20)];

  it('hold exactly what the chart has in view: incidents by best time, alerts reaching into the window', () => {
    const model = modelOf(handMade());
    const rows = tableRows(model, window);
    // An alert whose end (exclusive) is the window's start has ended; one starting at its end has not begun.
    expect(ids(rows.items)).to.deep.equal(['spans-start', 'at-start', 'no-deaths', 'twelve', 'five-later', 'at-end']);
    expect(rows.incidents).to.equal(chartCount(model, window));
    expect(rows.alerts).to.equal(model.alerts.filter((item) => isInWindow(item, window)).length);
  });

  it('leave out an incident that ended when the window starts (its end is exclusive), as the chart does', async () => {
    const model = modelOf(await fetched('/data/tajik-afghan-border-2024.json'));
    const arrival = model.incidents.find((item) => item.id === 'ansarullah-arrive-nawabad')!;
    const domain: [number, number] = [arrival.time.latest, arrival.time.latest + 30 * DAY];
    // Reaching the window by its (exclusive) end is not being in it.
    expect(isInWindow(arrival, domain)).to.equal(true);
    const rows = tableRows(model, domain);
    expect(ids(rows.items)).to.not.include('ansarullah-arrive-nawabad');
    expect(rows.incidents).to.equal(chartCount(model, domain));
    expect(ids(rows.items)).to.include('tj-af-border-highest-2024');
  });

  it('count what the chart counts in any window of a large feed, without a cap', () => {
    const model = modelOf(validated(syntheticFeed({incidents: 2400, seed: 7})));
    const [from, to] = model.bounds;
    let checked = 0;
    for (let i = 0; i < 12; i++) {
      // Windows from a day to the whole feed, at whole milliseconds and not.
      const start = from + ((to - from) * i) / 13;
      const domain: [number, number] = [start, start + (to - from) * (i / 12) + DAY + (i % 2) * 0.5];
      const rows = tableRows(model, domain);
      expect(rows.incidents, `window ${i}`).to.equal(chartCount(model, domain));
      const incidents = rows.items.filter((item) => item.kind === 'incident');
      expect(incidents.length).to.equal(rows.incidents);
      expect(incidents.every((item) => item.time.best >= domain[0] && item.time.best <= domain[1] + 1)).to.equal(true);
      checked += rows.items.length;
    }
    const whole = tableRows(model, model.bounds);
    expect(whole.incidents).to.equal(2400);
    expect(new Set(whole.items).size).to.equal(whole.items.length);
    // In the chart's time order: by an alert's start or an incident's best time, an alert first at the same time.
    const when = (item: (typeof whole.items)[number]) => (item.kind === 'alert' ? item.start : item.time.best);
    expect(whole.items.slice(1).every((item, i) => when(whole.items[i]) <= when(item))).to.equal(true);
    const reversed = tableRows(model, model.bounds, {column: 'date', direction: 'descending'}).items;
    expect(reversed.slice(1).every((item, i) => when(reversed[i]) >= when(item))).to.equal(true);
    expect(reversed.length).to.equal(whole.items.length);
    expect(whole.items.length).to.be.greaterThan(500);
    expect(checked).to.be.greaterThan(2400);
  });

  it('follow the filters the chart follows', () => {
    const feed = validated(syntheticFeed({incidents: 2000, seed: 4}));
    const model = modelOf(feed, {statuses: 'confirmed', categories: 'attack clash'});
    const rows = tableRows(model, model.bounds);
    expect(rows.incidents).to.equal(model.incidents.length);
    expect(
      rows.items.every((item) => item.kind === 'alert' || (item.status === 'confirmed' && ['attack', 'clash'].includes(item.category))),
    ).to.equal(true);
  });

  it('sort by deaths, the most first or the fewest, those with none given last either way, ties in time order', () => {
    const model = modelOf(handMade());
    const by = (sort: TableSort) => ids(tableRows(model, window, sort).items);
    expect(by({column: 'fatalities', direction: 'descending'})).to.deep.equal([
      'at-end',
      'twelve',
      'at-start',
      'five-later',
      'spans-start',
      'no-deaths',
    ]);
    expect(by({column: 'fatalities', direction: 'ascending'})).to.deep.equal([
      'at-start',
      'five-later',
      'twelve',
      'at-end',
      'spans-start',
      'no-deaths',
    ]);
  });

  it('sort by what a column shows, in the reader’s language, empty places last, ties in time order', async () => {
    const model = modelOf(handMade());
    const english = translator([], 'en', 'en');
    // The alert covers the whole region; "twelve" has no place.
    expect(ids(tableRows(model, window, {column: 'place', direction: 'ascending'}, english).items)).to.deep.equal([
      'at-end',
      'no-deaths',
      'at-start',
      'five-later',
      'spans-start',
      'twelve',
    ]);
    expect(ids(tableRows(model, window, {column: 'place', direction: 'descending'}, english).items)).to.deep.equal([
      'spans-start',
      'five-later',
      'at-start',
      'no-deaths',
      'at-end',
      'twelve',
    ]);
    // By status: the alert's level ("High") before "Reported", whose incidents stay in time order.
    expect(ids(tableRows(model, window, {column: 'status', direction: 'ascending'}, english).items)).to.deep.equal([
      'spans-start',
      'at-start',
      'no-deaths',
      'twelve',
      'five-later',
      'at-end',
    ]);
    await loadCatalogue('ru');
    const russian = translator(cataloguesOf('ru')!, 'ru', 'ru');
    const rows = tableRows(model, window, {column: 'category', direction: 'ascending'}, russian).items;
    // "Столкновение" (clash) before "Тревога" (alert) in Russian; "Alert" before "Clash" in English.
    expect(rows[rows.length - 1].kind).to.equal('alert');
    expect(tableRows(model, window, {column: 'category', direction: 'ascending'}, english).items[0].kind).to.equal('alert');
  });

  it('sort a large archive by deaths, in order, with every row of the window', async () => {
    const model = modelOf(await fetched('/data/examples/ucdp-ged-23.1-sample-1000.json'));
    const rows = tableRows(model, model.bounds, {column: 'fatalities', direction: 'descending'});
    expect(rows.items.length).to.equal(1000);
    const deaths = rows.items.map((item) => (item.kind === 'incident' ? (item.fatalities?.best ?? -1) : -1));
    expect(deaths.slice(1).every((value, i) => value <= deaths[i])).to.equal(true);
    expect(deaths[0]).to.be.greaterThan(deaths[deaths.length - 1]);
  });

  it('turn a column round on a second choice; deaths start with the most', () => {
    const dates: TableSort = {column: 'date', direction: 'ascending'};
    expect(nextSort(dates, 'date')).to.deep.equal({column: 'date', direction: 'descending'});
    expect(nextSort(dates, 'title')).to.deep.equal({column: 'title', direction: 'ascending'});
    expect(nextSort(dates, 'fatalities')).to.deep.equal({column: 'fatalities', direction: 'descending'});
    expect(nextSort({column: 'fatalities', direction: 'descending'}, 'fatalities')).to.deep.equal({column: 'fatalities', direction: 'ascending'});
  });
});

describe('the table’s pages', () => {
  it('cover every row once, a hundred at a time, and keep a page asked for within them', () => {
    expect(tablePage(2345, 0)).to.deep.equal({index: 0, count: 24, start: 0, end: TABLE_PAGE_SIZE});
    expect(tablePage(2345, 23)).to.deep.equal({index: 23, count: 24, start: 2300, end: 2345});
    expect(tablePage(2345, 99).index).to.equal(23);
    expect(tablePage(2345, -1).index).to.equal(0);
    expect(tablePage(0, 3)).to.deep.equal({index: 0, count: 1, start: 0, end: 0});
    let covered = 0;
    for (let page = 0; page < tablePage(2345, 0).count; page++) covered += tablePage(2345, page).end - tablePage(2345, page).start;
    expect(covered).to.equal(2345);
  });
});

describe('a source’s link', () => {
  it('is its web address when http or https, else none', () => {
    expect(sourceLink({url: 'https://example.org/a'})).to.equal('https://example.org/a');
    expect(sourceLink({url: 'http://example.org/a'})).to.equal('http://example.org/a');
    expect(sourceLink({url: 'javascript:alert(1)'})).to.equal(undefined);
    expect(sourceLink({url: 'data:text/html,x'})).to.equal(undefined);
    expect(sourceLink({})).to.equal(undefined);
  });
});
