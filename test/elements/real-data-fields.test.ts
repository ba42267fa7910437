/**
 * What the fields of format 1.1 show a reader: deaths (a count, or best/low/high estimates),
 * actors with their sides and a lane for each, places grouped by province or district, the
 * categories a feed declares, and the attribution its data's terms require.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/index.js';
import type {FeedDocument, SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

type Json = Record<string, unknown>;

const incident = (id: string, when: string, fields: Json = {}): Json => ({
  id,
  when,
  title: `Incident ${id}`,
  category: 'armed-clash',
  status: 'reported',
  ...fields,
});

/** An archive as an importer writes one: declared categories, sides, estimates, an attribution. */
function archive(): FeedDocument {
  return {
    version: '1.1',
    title: 'Archive',
    region: {name: 'Afghanistan and Pakistan', timeZone: 'Asia/Kabul'},
    attribution: 'Data: ACLED (Armed Conflict Location & Event Data), acleddata.com, accessed 2026-12-01',
    categories: [
      {id: 'battles', label: 'Battles'},
      {id: 'armed-clash', label: 'Armed clash', parent: 'battles', color: '#1b7837'},
      {id: 'explosions', label: 'Explosions/Remote violence'},
      {id: 'remote-explosive-landmine-ied', label: 'Remote explosive/landmine/IED', parent: 'explosions', shape: 'star'},
    ],
    incidents: [
      incident('a', '2022-03-01', {
        fatalities: 33,
        actors: [
          {name: 'Military Forces of Pakistan', role: 'side-a'},
          {name: 'Police Forces of Pakistan', role: 'associated', with: 'Military Forces of Pakistan'},
          {name: 'TTP', role: 'side-b'},
        ],
        location: {name: 'Miranshah', admin2: 'North Waziristan', admin1: 'Khyber Pakhtunkhwa', country: 'Pakistan'},
      }),
      incident('b', '2022-03-20', {
        category: 'remote-explosive-landmine-ied',
        fatalities: {best: 12, low: 10, high: 15},
        actors: [
          {name: 'TTP', role: 'side-a'},
          {name: 'Civilians (Pakistan)', role: 'side-b'},
        ],
        location: {name: 'Peshawar', admin1: 'Khyber Pakhtunkhwa', country: 'Pakistan'},
      }),
      incident('c', '2022-04-10', {
        fatalities: 0,
        actors: ['Taliban'],
        location: {name: 'Kabul', country: 'Afghanistan'},
      }),
    ],
  } as FeedDocument;
}

async function draw(template: ReturnType<typeof html>) {
  const element = await fixture<SecurityTimeline>(template);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness, root: element.shadowRoot!};
}

const feed = archive();

/** Width px of a marker's drawn shape. */
const shapeWidth = (harness: TimelineHarness, id: string) =>
  (harness.marker(id)!.element.querySelector('path.shape') as SVGPathElement).getBBox().width;

describe('format 1.1 fields, as a reader sees them', () => {
  afterEach(() => resetMouse());

  it('says how many died, with the range of the estimates, in the details, the table and the tooltip', async () => {
    const {element, harness, root} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} selected="b" show-table start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    const details = harness.details()!;
    const facts = [...details.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent.trim()]);
    expect(facts).to.deep.include(['Fatalities', '12 (10–15)']);
    const header = [...root.querySelectorAll('[part="table"] th')].map((th) => th.textContent);
    const fatalities = header.indexOf('Fatalities');
    expect(fatalities).to.be.greaterThan(-1);
    expect(harness.tableRows().map((row) => row[fatalities])).to.deep.equal(['33', '12 (10–15)', '0']);
    element.selected = undefined;
    await harness.settle();
    const marker = harness.marker('a')!;
    await sendMouse({type: 'move', position: harness.pagePoint(marker.x, marker.y)});
    await harness.settle();
    expect(harness.tooltip()!.textContent).to.contain('Fatalities: 33');
  });

  it('says the deaths when keyboard focus reaches an incident', async () => {
    const {element, harness, root} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await element.updateComplete;
    expect(root.querySelector('[aria-live]')!.textContent).to.contain('Fatalities: 12 (10–15).');
  });

  it('sizes markers by deaths with size-by="fatalities", by severity by default, and all alike with "none"', async () => {
    const {element, harness} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    // a (33 dead) and c (none) are of one category, so of one shape; neither gives a severity.
    expect(shapeWidth(harness, 'a')).to.be.closeTo(shapeWidth(harness, 'c'), 0.01);
    element.sizeBy = 'fatalities';
    await harness.settle();
    expect(shapeWidth(harness, 'a')).to.be.greaterThan(shapeWidth(harness, 'c') * 1.3);
    element.setAttribute('size-by', 'none');
    await harness.settle();
    expect(shapeWidth(harness, 'a')).to.be.closeTo(shapeWidth(harness, 'c'), 0.01);
  });

  it('sums the deaths of a cluster, with their range, and sizes it by them', async () => {
    const many: Json[] = Array.from({length: 22}, (_, i) =>
      incident(`k${i}`, `2022-03-0${1 + (i % 3)}`, {fatalities: i === 0 ? {best: 100, low: 80, high: 130} : 5}),
    );
    const document = {...archive(), incidents: many} as FeedDocument;
    const {element, harness} = await draw(
      html`<security-timeline style="width: 800px" .feed=${document} start="2021-06-01" end="2022-12-01"></security-timeline>`,
    );
    const [cluster] = harness.clusters();
    expect(cluster.count).to.equal(22);
    const radiusByCount = cluster.r;
    await sendMouse({type: 'move', position: harness.pagePoint(cluster.x, cluster.y)});
    await harness.settle();
    // 100 + 21 × 5 = 205 at best; 80 + 105 = 185 at the lowest; 130 + 105 = 235 at the highest.
    expect(harness.tooltip()!.textContent).to.contain('22 incidents');
    expect(harness.tooltip()!.textContent).to.contain('Fatalities: 205 (185–235)');
    element.sizeBy = 'fatalities';
    await harness.settle();
    expect(harness.clusters()[0].r).to.not.equal(radiusByCount);
  });

  it('draws an incident in the lane of every actor it involves, and counts it once', async () => {
    const {harness, root} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} group-by="actor" start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    // The busiest first: TTP is in two incidents; the others, in one each, in the order they are first named.
    expect(harness.laneLabels()).to.deep.equal([
      'TTP',
      'Military Forces of Pakistan',
      'Police Forces of Pakistan',
      'Civilians (Pakistan)',
      'Taliban',
    ]);
    const lanesOf = (id: string) => harness.markers().filter((marker) => marker.id === id).length;
    expect([lanesOf('a'), lanesOf('b'), lanesOf('c')]).to.deep.equal([3, 2, 1]);
    expect(root.querySelector('.summary')!.textContent).to.contain('3 incidents');
  });

  it('shows each side of an incident, the actors acting with a side among it', async () => {
    const {harness} = await draw(html`<security-timeline style="width: 1000px" .feed=${archive()} selected="a"></security-timeline>`);
    const sides = [...harness.details()!.querySelectorAll('.actor-sides li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(sides).to.deep.equal(['Side A: Military Forces of Pakistan, Police Forces of Pakistan', 'Side B: TTP']);
  });

  it('keeps only incidents involving the actors named in actors="…", on either side', async () => {
    const {element, harness} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} actors="ttp" start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    expect(harness.markers().map((marker) => marker.id)).to.deep.equal(['a', 'b']);
    element.actors = 'Taliban, Police Forces of Pakistan';
    await harness.settle();
    expect(harness.markers().map((marker) => marker.id)).to.deep.equal(['a', 'c']);
  });

  it('groups by province and district, naming what is known when a level is missing', async () => {
    const {element, harness} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} group-by="admin1" start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    expect(harness.laneLabels()).to.deep.equal(['Khyber Pakhtunkhwa', 'Afghanistan, province unknown']);
    element.groupBy = 'admin2';
    await harness.settle();
    expect(harness.laneLabels()).to.deep.equal(['North Waziristan', 'Khyber Pakhtunkhwa, district unknown', 'Afghanistan, district unknown']);
  });

  it('labels, colours and shapes markers by the categories the feed declares, and groups sub-types under their type', async () => {
    const {element, harness, root} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    expect(harness.marker('a')!.element.querySelector('path.shape')!.getAttribute('fill')).to.equal('#1b7837');
    const legend = root.querySelector('[part="legend"]')!;
    const types = [...legend.querySelectorAll('.category-type')].map((group) =>
      [...group.querySelectorAll('button')].map((b) => b.textContent.trim()),
    );
    expect(types).to.deep.equal([
      ['Battles', 'Armed clash'],
      ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    ]);
    // Hiding a type hides its sub-types.
    const battles = [...legend.querySelectorAll('button.type')].find((b) => b.textContent.trim() === 'Battles') as HTMLButtonElement;
    battles.click();
    await harness.settle();
    expect(element.categories).to.equal('remote-explosive-landmine-ied');
    expect(harness.markers().map((marker) => marker.id)).to.deep.equal(['b']);
  });

  it('names the lanes of categories by their declared labels', async () => {
    const {harness} = await draw(
      html`<security-timeline style="width: 1000px" .feed=${archive()} group-by="category" start="2022-02-20" end="2022-04-20"></security-timeline>`,
    );
    expect(harness.laneLabels()).to.deep.equal(['Armed clash', 'Remote explosive/landmine/IED']);
  });

  it('shows the attribution the data’s terms require with the chart', async () => {
    const {root} = await draw(html`<security-timeline style="width: 1000px" .feed=${feed}></security-timeline>`);
    expect(root.querySelector('[part="attribution"]')!.textContent).to.equal(
      'Data: ACLED (Armed Conflict Location & Event Data), acleddata.com, accessed 2026-12-01',
    );
  });
});

describe('a language tag that is not one', () => {
  it('draws the feed in the browser’s language when the page’s lang is "en_US" or the locale attribute "tg, ru"', async () => {
    for (const template of [
      html`<div lang="en_US"><security-timeline style="width: 800px" .feed=${archive()}></security-timeline></div>`,
      html`<security-timeline style="width: 800px" locale="tg, ru" .feed=${archive()}></security-timeline>`,
    ]) {
      const container = await fixture<HTMLElement>(template);
      const element = (container.localName === 'security-timeline' ? container : container.querySelector('security-timeline')!) as SecurityTimeline;
      const harness = new TimelineHarness(element);
      await harness.loaded();
      expect(element.status).to.equal('ready');
      expect(harness.markers().length).to.equal(3);
      expect(harness.tickLabels().length).to.be.greaterThan(2);
    }
  });
});
