/**
 * The table of alerts and incidents as a reader uses it: every item the chart has in view, a
 * page at a time, sortable, with deaths and sources, whole words on a phone, matches marked.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/index.js';
import type {FeedDocument, SecurityTimeline} from '../../src/index.js';
import {validateFeed} from '../../src/feed/validate.js';
import {translator} from '../../src/i18n/translate.js';
import {renderTable} from '../../src/elements/security-timeline/render/table.js';
import {buildTimelineModel, timelineFilters} from '../../src/model/timeline-model.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';
const UCDP_URL = '/data/examples/ucdp-ged-23.1-sample-1000.json';

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture<SecurityTimeline>(template);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness, root: element.shadowRoot!};
}

const table = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="table"]')!;
const caption = (root: ShadowRoot) => table(root).querySelector('caption')!.textContent.replace(/\s+/g, ' ').trim();
const pageButton = (root: ShadowRoot, label: string) =>
  [...table(root).querySelectorAll<HTMLButtonElement>('.table-pages button')].find((button) => button.textContent.trim() === label);
const heading = (root: ShadowRoot, label: string) => [...table(root).querySelectorAll('th')].find((th) => th.textContent.trim() === label)!;
const columnIndex = (root: ShadowRoot, label: string) => [...table(root).querySelectorAll('th')].indexOf(heading(root, label));
/** A number as the table writes it in English ("1,234"); its first if several ("12 (10–15)"). */
const numberIn = (text: string) => Number(/[\d,]+/.exec(text)![0].replace(/,/g, ''));

/** The chart's count of incidents in view: those of the filters, but those it says are earlier or later. */
function chartIncidentCount(element: SecurityTimeline, root: ShadowRoot): number {
  const outside = (side: string) => {
    const text = root.querySelector(`.outside .${side}`)?.textContent;
    return text ? numberIn(text) : 0;
  };
  return element.data!.incidents.length - outside('earlier') - outside('later');
}

/** Every row of every page, turning the pages with the "Next page" button. */
async function allRows(harness: TimelineHarness, root: ShadowRoot): Promise<string[][]> {
  const rows = [...harness.tableRows()];
  for (let next = pageButton(root, 'Next page'); next && next.getAttribute('aria-disabled') !== 'true'; next = pageButton(root, 'Next page')) {
    next.click();
    await harness.settle();
    rows.push(...harness.tableRows());
  }
  return rows;
}

/** The boxes of the lines a cell's text is laid out in: one for each line. */
function textLines(cell: Element): DOMRect[] {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  const lines: DOMRect[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    lines.push(...range.getClientRects());
  }
  return lines;
}

describe('the table of alerts and incidents', () => {
  it('lists what the chart has in view: not an incident whose best time is before it, though its window reaches in', async () => {
    const {element, harness, root} = await mount(
      html`<security-timeline style="width: 1000px" src=${SEED_URL} show-table start="2024-09-23" end="2024-10-31"></security-timeline>`,
    );
    const titles = harness.tableRows().map((row) => row[2]);
    // Both reconnaissance reports may have happened until 2 October, but the chart places them in mid-September.
    expect(titles).to.deep.equal(['Highest alert on the Tajik–Afghan border', 'Similar action expected near the Khamadoni crossing']);
    expect(root.querySelector('.outside .earlier')!.textContent).to.include('4 earlier incidents');
    const alerts = harness.bands().length;
    expect(titles.length).to.equal(chartIncidentCount(element, root) + alerts);
    expect(caption(root)).to.include('1 incident, 1 alert window in view');
    expect(harness.markers().map((marker) => marker.id)).to.deep.equal(['expected-recon-khamadoni']);
  });

  it('does not list an incident that ended as the window starts (its end is exclusive)', async () => {
    const feed = validateFeed(await (await fetch(SEED_URL)).json()).feed!;
    const arrival = feed.incidents.find((item) => item.id === 'ansarullah-arrive-nawabad')!;
    const start = new Date(arrival.time.latest).toISOString();
    const {element, harness, root} = await mount(
      html`<security-timeline style="width: 1000px" src=${SEED_URL} show-table start=${start} end="2024-10-31"></security-timeline>`,
    );
    expect(harness.window()[0]).to.equal(arrival.time.latest);
    const titles = harness.tableRows().map((row) => row[2]);
    expect(titles).to.not.include('Jamaat Ansarullah militants arrive in Nawabad');
    expect(titles.length).to.equal(chartIncidentCount(element, root) + harness.bands().length);
  });

  it('pages through all of a large feed’s items in view, as many as the chart counts, a hundred at a time', async () => {
    const feedDocument = syntheticFeed({incidents: 2400, seed: 5});
    const {element, harness, root} = await mount(
      html`<security-timeline style="width: 1000px" .feed=${feedDocument} show-table start="2021-01-01" end="2022-12-31"></security-timeline>`,
    );
    const incidents = chartIncidentCount(element, root);
    const alerts = harness.bands().length;
    expect(incidents).to.be.greaterThan(500);
    expect(caption(root)).to.include(`${incidents.toLocaleString('en')} incidents, ${alerts} alert windows in view`);
    const total = incidents + alerts;
    expect(table(root).querySelector('.table-range')!.textContent).to.equal(`Rows 1–100 of ${total.toLocaleString('en')}`);
    expect(harness.tableRows()).to.have.length(100);
    const previous = pageButton(root, 'Previous page')!;
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    const next = pageButton(root, 'Next page')!;
    next.focus();
    const rows = await allRows(harness, root);
    expect(rows).to.have.length(total);
    // The button the reader pressed keeps focus, also on the last page.
    expect(root.activeElement).to.equal(next);
    expect(table(root).querySelector('.table-range')!.textContent).to.equal(
      `Rows ${(Math.floor((total - 1) / 100) * 100 + 1).toLocaleString('en')}–${total.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    );
    previous.click();
    await harness.settle();
    expect(table(root).querySelector('.table-range')!.textContent).to.match(/^Rows [\d,]+–[\d,]+ of/);
    expect(previous.getAttribute('aria-disabled')).to.equal('false');
  });

  it('counts an imported archive’s incidents as the chart does, over every page', async () => {
    const {element, harness, root} = await mount(
      html`<security-timeline style="width: 1000px" src=${UCDP_URL} show-table start="2014-01-01" end="2017-12-31"></security-timeline>`,
    );
    const rows = await allRows(harness, root);
    const incidents = chartIncidentCount(element, root);
    expect(incidents).to.be.greaterThan(100);
    expect(rows).to.have.length(incidents);
    expect(caption(root)).to.include(`${incidents.toLocaleString('en')} incidents, 0 alert windows in view`);
  });

  it('sorts by deaths, the most first, then the fewest, on every page, and keeps the order as the chart redraws', async () => {
    const {element, harness, root} = await mount(html`<security-timeline style="width: 1000px" src=${UCDP_URL} show-table></security-timeline>`);
    element.fitAll();
    await harness.settle();
    const column = columnIndex(root, 'Fatalities');
    expect(heading(root, 'When').getAttribute('aria-sort')).to.equal('ascending');
    heading(root, 'Fatalities').querySelector('button')!.click();
    await harness.settle();
    expect(heading(root, 'Fatalities').getAttribute('aria-sort')).to.equal('descending');
    expect(heading(root, 'When').hasAttribute('aria-sort')).to.equal(false);
    let deaths = (await allRows(harness, root)).map((row) => numberIn(row[column]));
    expect(deaths).to.have.length(1000);
    expect(deaths.slice(1).every((value, i) => value <= deaths[i])).to.equal(true);
    expect(deaths[0]).to.be.greaterThan(deaths[deaths.length - 1]);
    // Another render (a selection) keeps the sort.
    element.selected = element.data!.incidents[0].id;
    await harness.settle();
    expect(heading(root, 'Fatalities').getAttribute('aria-sort')).to.equal('descending');
    heading(root, 'Fatalities').querySelector('button')!.click();
    await harness.settle();
    expect(heading(root, 'Fatalities').getAttribute('aria-sort')).to.equal('ascending');
    expect(table(root).querySelector('.table-range')!.textContent).to.match(/^Rows 1–100 /);
    deaths = harness.tableRows().map((row) => numberIn(row[column]));
    expect(deaths.slice(1).every((value, i) => value >= deaths[i])).to.equal(true);
  });

  it('shows deaths with their range, and links sources only to web addresses', async () => {
    const feedDocument = {
      version: '1.1',
      region: {name: 'Test region', timeZone: 'Asia/Dushanbe'},
      sources: [
        {id: 'secure', publisher: 'Secure Wire', url: 'https://example.org/a'},
        {id: 'plain', publisher: 'Plain Herald', url: 'http://example.org/b'},
        {id: 'script', publisher: 'Script Post', url: 'javascript:alert(1)'},
        {id: 'bare', publisher: 'Bare Gazette'},
      ],
      incidents: [
        {
          id: 'a',
          when: '2024-05-02',
          title: '<img src=x onerror=alert(1)> in the title',
          category: 'clash',
          status: 'reported',
          fatalities: {best: 12, low: 10, high: 15},
          sources: ['secure', 'plain', 'script', 'bare'],
        },
      ],
    } as unknown as FeedDocument;
    const {root} = await mount(
      html`<security-timeline style="width: 1000px" .feed=${feedDocument} show-table start="2024-05-01" end="2024-05-05"></security-timeline>`,
    );
    const row = table(root).querySelector('tbody tr')!;
    const cells = [...row.querySelectorAll('td')];
    expect(cells[columnIndex(root, 'Fatalities')].textContent.trim()).to.equal('12 (10–15)');
    const sources = cells[columnIndex(root, 'Sources')];
    expect([...sources.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['https://example.org/a', 'Secure Wire'],
      ['http://example.org/b', 'Plain Herald'],
    ]);
    expect(sources.textContent).to.include('Script Post').and.to.include('Bare Gazette');
    expect(table(root).querySelector('img')).to.equal(null);
    expect(cells[2].textContent).to.equal('<img src=x onerror=alert(1)> in the title');
  });

  it('never breaks a word on a phone: columns wrap at spaces, and the table scrolls sideways in its own box', async () => {
    const word = 'Counterreconnaissance';
    const feedDocument = {
      version: '1.1',
      region: {name: 'Test region', timeZone: 'Asia/Dushanbe'},
      incidents: [
        {id: 'a', when: '2024-05-02', title: word, category: 'reconnaissance', status: 'reported', location: {name: 'Ҳаракатнокшавӣ'}},
        {id: 'b', when: '2024-05-03', title: 'A title of several short words that wraps', category: 'security-measure', status: 'expected'},
      ],
    } as unknown as FeedDocument;
    const {element, root} = await mount(
      html`<security-timeline style="width: 375px" .feed=${feedDocument} show-table start="2024-05-01" end="2024-05-05"></security-timeline>`,
    );
    for (const cell of table(root).querySelectorAll('td, th, caption')) {
      const style = getComputedStyle(cell);
      expect(style.wordBreak, cell.textContent).to.equal('normal');
      expect(style.overflowWrap, cell.textContent).to.equal('normal');
    }
    // Each single word takes one line, and its cell is at least as wide as it.
    for (const text of [word, 'Reconnaissance', 'Ҳаракатнокшавӣ']) {
      const cell = [...table(root).querySelectorAll('td')].find((td) => td.textContent.trim() === text)!;
      const lines = textLines(cell);
      expect(lines.length, text).to.equal(1);
      expect(cell.getBoundingClientRect().width, text).to.be.at.least(lines[0].width);
    }
    // The table is wider than the phone: it scrolls in its box, and the element stays the phone's width.
    const scroller = table(root).querySelector<HTMLElement>('.table-scroll')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    expect(element.getBoundingClientRect().width).to.equal(375);
    expect(table(root).getBoundingClientRect().width).to.be.at.most(375);
  });

  it('passes an axe audit with pages and a sorted column', async () => {
    const {element, root, harness} = await mount(
      html`<security-timeline style="width: 1000px" .feed=${syntheticFeed({incidents: 400, seed: 2})} show-table></security-timeline>`,
    );
    element.fitAll();
    await harness.settle();
    heading(root, 'What').querySelector('button')!.click();
    await harness.settle();
    expect(pageButton(root, 'Next page')).to.not.equal(undefined);
    await expect(element).to.be.accessible();
  });
});

describe('the table’s marks of a search', () => {
  it('marks what the query finds in titles and places, as text, in the original spelling', () => {
    const feedDocument = {
      version: '1.1',
      region: {name: 'Test region', timeZone: 'UTC'},
      incidents: [
        {
          id: 'a',
          when: '2024-05-02',
          title: 'Reconnaissance near <b>Kaflotun</b>',
          category: 'clash',
          status: 'reported',
          location: {name: 'Kaflotun post'},
        },
        {id: 'b', when: '2024-05-03', title: 'Patrol', category: 'clash', status: 'reported', location: {name: 'Khorog'}},
      ],
    };
    const feed = validateFeed(feedDocument).feed!;
    const model = buildTimelineModel(feed, timelineFilters({groupBy: 'none', maxLanes: 0}));
    const t = translator([], 'en', 'en');
    const host = document.createElement('div');
    document.body.append(host);
    const dates = {locale: 'en', timeZone: 'UTC', t};
    render(renderTable(model, [Date.UTC(2024, 4, 1), Date.UTC(2024, 4, 5)], dates, {query: 'kaflotun RECON'}), host);
    const marks = [...host.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['Recon', 'Kaflotun', 'Kaflotun']);
    expect(host.querySelector('b')).to.equal(null);
    expect(host.querySelector('tbody tr')!.querySelectorAll('td')[2].textContent).to.equal('Reconnaissance near <b>Kaflotun</b>');
    // Without a query nothing is marked.
    render(renderTable(model, [Date.UTC(2024, 4, 1), Date.UTC(2024, 4, 5)], dates), host);
    expect(host.querySelectorAll('mark')).to.have.length(0);
    host.remove();
  });
});
