/** The analyst's tools: search, the feed's own words, data exports, and views kept in the URL. */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {parse} from 'csv-parse/browser/esm/sync';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {validateFeed} from '../../src/feed/validate.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture<SecurityTimeline>(template);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness};
}

const drawnIds = (harness: TimelineHarness) => harness.markers().map((marker) => marker.id);

describe('search', () => {
  it('filters what is drawn as the reader types, whatever the case and diacritics, and says how many match', async () => {
    const {element, harness} = await mount(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
    );
    expect(drawnIds(harness)).to.have.length(4);
    const box = element.shadowRoot!.querySelector<HTMLInputElement>('input[part="search"]')!;
    expect(box.getAttribute('aria-label')).to.equal('Search');
    box.focus();
    await sendKeys({type: 'KAFLOTÚN'});
    // The search applies after a short pause, then the chart shows only what matches.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await harness.settle();
    expect(element.query).to.equal('KAFLOTÚN');
    expect(drawnIds(harness)).to.deep.equal(['recon-kaflotun-post']);
    expect(element.shadowRoot!.querySelector('.search-status')!.textContent).to.equal('1 incident matching “KAFLOTÚN”');
    // Every word must match: a second word that matches nothing leaves nothing.
    element.query = 'kaflotun nawabad';
    await harness.settle();
    expect(drawnIds(harness)).to.deep.equal([]);
    element.query = undefined;
    await harness.settle();
    expect(drawnIds(harness)).to.have.length(4);
    expect(element.shadowRoot!.querySelector('.search-status')).to.equal(null);
  });

  it('finds Persian text written with Arabic letters (ي for ی, ك for ک)', async () => {
    const feed = {
      version: '1.0',
      incidents: [
        {id: 'fa', when: '2024-09-10', title: 'حمله در کندز', category: 'attack', status: 'reported', location: {name: 'کندز'}},
        {id: 'other', when: '2024-09-12', title: 'Patrol near Khorog', category: 'movement', status: 'reported'},
      ],
    };
    const {element, harness} = await mount(html`<security-timeline style="width: 900px" .feed=${feed} query="كندز"></security-timeline>`);
    expect(element.query).to.equal('كندز');
    expect(drawnIds(harness)).to.deep.equal(['fa']);
  });

  it('is gone with no-search, while a query the page sets still applies', async () => {
    const {element, harness} = await mount(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25" no-search query="reconnaissance"></security-timeline>`,
    );
    expect(element.shadowRoot!.querySelector('input[part="search"]')).to.equal(null);
    expect(drawnIds(harness)).to.have.members(['recon-ai-khanum-post', 'recon-kaflotun-post', 'expected-recon-khamadoni']);
  });
});

describe('the feed’s own words', () => {
  it('shows its description, and its credit with the date it is as of', async () => {
    const {element} = await mount(html`<security-timeline style="width: 900px" src=${SEED_URL}></security-timeline>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('.description')!.textContent).to.contain('Alert level and reported militant activity');
    // The seed feed has no attribution; its update is 2 October 2024 in Dushanbe.
    expect(root.querySelector('[part="attribution"]')!.textContent.trim()).to.equal('As of Oct 2, 2024');
  });
});

describe('toData()', () => {
  it('gives the incidents in view after the filters as a CSV a spreadsheet cannot run, and as a feed the validator reads back', async () => {
    const feed = syntheticFeed({incidents: 400, seed: 3});
    // A hostile title on an incident the view and filters keep.
    Object.assign(feed.incidents![0], {title: '=HYPERLINK("http://evil.example","click")', when: '2020-03-01', status: 'reported'});
    const {element, harness} = await mount(
      html`<security-timeline style="width: 900px" .feed=${feed} start="2020-01-01" end="2020-07-01" statuses="reported confirmed"></security-timeline>`,
    );
    const [start, end] = harness.window();
    const inView = element.data!.incidents.filter(
      (incident) => incident.time.best >= start && incident.time.best <= end && ['reported', 'confirmed'].includes(incident.status),
    );
    const csv = await (await element.toData({format: 'csv'}))!.text();
    const rows = parse<Record<string, string>>(csv, {bom: true, columns: true});
    expect(rows.map((row) => row.id)).to.deep.equal(inView.map((incident) => incident.id));
    const hostile = rows.find((row) => row.title.includes('HYPERLINK'));
    expect(hostile!.title).to.equal(`'=HYPERLINK("http://evil.example","click")`);
    const json = JSON.parse(await (await element.toData({format: 'json'}))!.text()) as unknown;
    const readBack = validateFeed(json);
    expect(readBack.problems).to.deep.equal([]);
    expect(readBack.feed!.incidents.map((incident) => incident.id).sort()).to.deep.equal(inView.map((incident) => incident.id).sort());
  });
});

describe('sources in the tooltip', () => {
  it('names who reported an incident, as a link where the feed gives a safe one', async () => {
    const feed = {
      version: '1.0',
      sources: [
        {id: 'a', publisher: 'Asia-Plus', url: 'https://asiaplus.example/report'},
        {id: 'b', publisher: 'Evil', url: 'javascript:alert(1)'},
      ],
      incidents: [{id: 'one', when: '2024-09-10', title: 'Patrol near Khorog', category: 'movement', status: 'reported', sources: ['a', 'b']}],
    };
    const {element, harness} = await mount(html`<security-timeline style="width: 900px" .feed=${feed}></security-timeline>`);
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'});
    await harness.settle();
    const sources = element.shadowRoot!.querySelector('[part="tooltip"] .tooltip-sources')!;
    expect(sources.textContent.replace(/\s+/g, ' ').trim()).to.equal('Sources: Asia-Plus, Evil');
    expect([...sources.querySelectorAll('a')].map((link) => link.href)).to.deep.equal(['https://asiaplus.example/report']);
  });
});
