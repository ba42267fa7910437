import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, sendMouse, resetMouse} from '@web/test-runner-commands';
import '../../src/index.js';
import type {
  FeedDocument,
  FeedLoadErrorDetail,
  SecurityTimeline,
  TimelineFilterDetail,
  TimelineRangeDetail,
  TimelineSelectDetail,
} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

/** The seed feed: a feed document with its sources, alerts and incidents. */
type SeedFeed = FeedDocument & Required<Pick<FeedDocument, 'sources' | 'alerts' | 'incidents'>>;
let seedDocument: SeedFeed | undefined;

async function seedCopy(): Promise<SeedFeed> {
  seedDocument ??= (await (await fetch(SEED_URL)).json()) as SeedFeed;
  return structuredClone(seedDocument);
}

/** Writes a value the feed's types do not allow, as a site could still publish it. */
function setUnchecked(item: object, key: string, value: unknown) {
  (item as Record<string, unknown>)[key] = value;
}

/** Left and right px of the plot for a given element width when lanes have no labels. */
const PLOT_PADDING = 12;
/** The whole of a five-year synthetic feed from 2020 (a long feed otherwise opens on its latest activity). */
const [WHOLE_START, WHOLE_END] = ['2019-11-01', '2025-03-01'];

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture<SecurityTimeline>(template);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness};
}

/** Moves the pointer onto a drawn point (chart coordinates) and returns the tooltip's text then. */
async function tooltipAt(harness: TimelineHarness, point: {x: number; y: number}): Promise<string> {
  await sendMouse({type: 'move', position: harness.pagePoint(point.x, point.y)});
  await harness.settle();
  return harness.tooltip()?.textContent ?? '';
}

describe('<security-timeline> with the seed feed', () => {
  afterEach(() => resetMouse());

  it('draws the alert window as a band whose x and width match the time scale', async () => {
    const {harness} = await mount(html`<security-timeline
      style="width: 1000px"
      src=${SEED_URL}
      start="2024-09-01"
      end="2024-10-31"
    ></security-timeline>`);
    const [band] = harness.bands();
    expect(harness.bands().length).to.equal(1);
    // Window and alert are read in the feed's zone, Asia/Dushanbe (UTC+5).
    const [viewStart, viewEnd] = [Date.parse('2024-08-31T19:00:00Z'), Date.parse('2024-10-31T19:00:00Z')];
    const [alertStart, alertEnd] = [Date.parse('2024-09-23T19:00:00Z'), Date.parse('2024-10-15T19:00:00Z')];
    const plotWidth = 1000 - 2 * PLOT_PADDING;
    const x = (t: number) => PLOT_PADDING + ((t - viewStart) / (viewEnd - viewStart)) * plotWidth;
    expect(band.x).to.be.closeTo(x(alertStart), 0.5);
    expect(band.width).to.be.closeTo(x(alertEnd) - x(alertStart), 0.5);
    expect(band.label).to.contain('Highest');
  });

  it('puts each incident in the lane of its location when grouped by location', async () => {
    const {harness} = await mount(html`<security-timeline
      style="width: 1000px"
      src=${SEED_URL}
      group-by="location"
      start="2024-09-01"
      end="2024-10-31"
    ></security-timeline>`);
    expect(harness.laneLabels()).to.deep.equal(['Afghanistan', 'Nawabad', 'Ai-Khanum border post', 'Kaflotun border post', 'Khamadoni crossing']);
    const nawabad = harness.marker('ansarullah-arrive-nawabad')!;
    const khamadoni = harness.marker('expected-recon-khamadoni')!;
    const laneHeight = 44;
    expect(khamadoni.y - nawabad.y).to.be.closeTo(3 * laneHeight, 0.5);
    // The 2021 context lies outside the window and is not drawn.
    expect(harness.marker('taliban-take-power-2021')).to.equal(undefined);
  });

  it('draws an uncertain time as an interval spanning what the feed says, not a point', async () => {
    const {harness, element} = await mount(html`<security-timeline
      style="width: 1000px"
      src=${SEED_URL}
      start="2024-09-01"
      end="2024-10-31"
    ></security-timeline>`);
    const arrival = element.data!.incidents.find((i) => i.id === 'ansarullah-arrive-nawabad')!;
    const [viewStart, viewEnd] = [Date.parse('2024-08-31T19:00:00Z'), Date.parse('2024-10-31T19:00:00Z')];
    const plotWidth = 1000 - 2 * PLOT_PADDING;
    const x = (t: number) => PLOT_PADDING + ((t - viewStart) / (viewEnd - viewStart)) * plotWidth;
    const marker = harness.marker('ansarullah-arrive-nawabad')!;
    expect(marker.interval![0]).to.be.closeTo(x(arrival.time.earliest), 0.5);
    expect(marker.interval![1]).to.be.closeTo(x(arrival.time.latest), 0.5);
    expect(marker.x).to.be.closeTo(x(arrival.time.best), 0.5);
  });

  it('draws expected incidents hollow with a dashed outline and reported ones filled', async () => {
    const {harness} = await mount(
      html`<security-timeline src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    const expectedShape = harness.marker('expected-recon-khamadoni')!.element.querySelector('path.shape')!;
    const reportedShape = harness.marker('recon-kaflotun-post')!.element.querySelector('path.shape')!;
    expect(getComputedStyle(expectedShape).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(reportedShape).strokeDasharray).to.equal('none');
    expect(getComputedStyle(expectedShape).fill).to.equal(
      getComputedStyle(harness.chart).backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : getComputedStyle(harness.chart).backgroundColor,
    );
    expect(Number(getComputedStyle(reportedShape).fillOpacity)).to.be.greaterThan(0.3);
  });

  it('reflects a selection made by clicking a marker and fires st-select', async () => {
    const {element, harness} = await mount(
      html`<security-timeline src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    const marker = harness.marker('recon-ai-khanum-post')!;
    const [x, y] = harness.pagePoint(marker.x, marker.y);
    const selected = oneEvent<CustomEvent<TimelineSelectDetail>>(element, 'st-select');
    await sendMouse({type: 'click', position: [x, y]});
    const event = await selected;
    expect(event.detail.id).to.equal('recon-ai-khanum-post');
    await harness.settle();
    expect(element.getAttribute('selected')).to.equal('recon-ai-khanum-post');
    const details = harness.details()!;
    expect(details.textContent).to.contain('Reconnaissance of the Ai-Khanum border post');
    expect(details.textContent).to.contain('Jamaat Ansarullah');
    expect(details.textContent).to.contain('News.Az');
  });

  it('shows a tooltip with title, date, status and place on hover', async () => {
    const {harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    const marker = harness.marker('expected-recon-khamadoni')!;
    const tooltip = await tooltipAt(harness, marker);
    expect(tooltip).to.contain('Similar action expected near the Khamadoni crossing');
    expect(tooltip).to.contain('Expected');
    expect(tooltip).to.contain('Khamadoni crossing');
    expect(tooltip).to.contain('in the days after 2 October 2024');
  });

  it('does not fire st-select when the selection is set by the page', async () => {
    const {element, harness} = await mount(html`<security-timeline src=${SEED_URL}></security-timeline>`);
    let fired = 0;
    element.addEventListener('st-select', () => fired++);
    element.selected = 'tj-af-border-highest-2024';
    await harness.settle();
    expect(element.getAttribute('selected')).to.equal('tj-af-border-highest-2024');
    expect(harness.details()!.textContent).to.contain('All military leave cancelled');
    expect(fired).to.equal(0);
  });
});

describe('<security-timeline> zoom and pan', () => {
  afterEach(() => resetMouse());

  it('zooms in around the pointer on Ctrl+wheel (a trackpad pinch), keeping the time under it in place', async () => {
    const {element, harness} = await mount(html`<security-timeline
      style="width: 1000px"
      src=${SEED_URL}
      start="2024-09-01"
      end="2024-10-31"
    ></security-timeline>`);
    const before = harness.window();
    const rect = harness.chart.querySelector('svg')!.getBoundingClientRect();
    const pointerX = rect.left + 300;
    const timeAt = ([start, end]: number[]) => start + ((300 - PLOT_PADDING) / (1000 - 2 * PLOT_PADDING)) * (end - start);
    const change = oneEvent<CustomEvent<TimelineRangeDetail>>(element, 'st-range-change');
    harness.chart.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -60,
        ctrlKey: true,
        clientX: pointerX,
        clientY: rect.top + 60,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    const event = await change;
    await harness.settle();
    const after = harness.window();
    expect(after[1] - after[0]).to.be.lessThan((before[1] - before[0]) * 0.8);
    expect(timeAt(after)).to.be.closeTo(timeAt(before), 60_000);
    expect([event.detail.start, event.detail.end]).to.deep.equal(after);
  });

  it('pans by dragging with the mouse', async () => {
    const {harness} = await mount(
      html`<security-timeline style="width: 1000px" src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    const before = harness.window();
    const msPerPx = (before[1] - before[0]) / (1000 - 2 * PLOT_PADDING);
    const [x, y] = harness.pagePoint(500, 40);
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [x + 60, y]});
    await sendMouse({type: 'move', position: [x + 120, y]});
    await sendMouse({type: 'up'});
    await harness.settle();
    const after = harness.window();
    expect(after[0] - before[0]).to.be.closeTo(-120 * msPerPx, 2 * msPerPx);
    expect(after[1] - after[0]).to.be.closeTo(before[1] - before[0], 1);
  });

  it('zooms with the + and - keys and the toolbar buttons', async () => {
    const {harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    const span = () => harness.window()[1] - harness.window()[0];
    const initial = span();
    harness.chart.focus();
    await sendKeys({press: '+'});
    await harness.settle();
    expect(span()).to.be.closeTo(initial / 2, 1000);
    await sendKeys({press: '-'});
    await harness.settle();
    expect(span()).to.be.closeTo(initial, 1000);
    harness.toolbarButton('Zoom in')!.click();
    await harness.settle();
    expect(span()).to.be.closeTo(initial / 2, 1000);
  });

  it('zooms in twice as far on double-click', async () => {
    const {harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    const initial = harness.window()[1] - harness.window()[0];
    const [x, y] = harness.pagePoint(400, 40);
    await sendMouse({type: 'click', position: [x, y]});
    await sendMouse({type: 'click', position: [x, y]});
    harness.chart.dispatchEvent(new MouseEvent('dblclick', {clientX: x, clientY: y, bubbles: true, composed: true}));
    await harness.settle();
    expect(harness.window()[1] - harness.window()[0]).to.be.closeTo(initial / 2, 1000);
  });

  it('fits the whole feed, 2021 context included, with "Fit all"', async () => {
    const {harness, element} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    harness.toolbarButton('Fit all')!.click();
    await harness.settle();
    const [start, end] = harness.window();
    expect(start).to.be.lessThan(Date.parse('2021-01-01'));
    expect(end).to.be.greaterThan(Date.parse('2024-10-15'));
    expect(Boolean(harness.marker('taliban-take-power-2021') ?? harness.clusters().length)).to.equal(true);
    expect(element.getAttribute('start')).to.equal(new Date(start).toISOString());
  });

  it('moves the view when the page sets start and end, without firing st-range-change', async () => {
    const {element, harness} = await mount(html`<security-timeline src=${SEED_URL}></security-timeline>`);
    let fired = 0;
    element.addEventListener('st-range-change', () => fired++);
    element.start = '2024-10-01';
    element.end = '2024-10-10';
    await harness.settle();
    expect(harness.markers().map((m) => m.id)).to.include('expected-recon-khamadoni');
    expect(harness.marker('taliban-take-power-2021')).to.equal(undefined);
    expect(fired).to.equal(0);
  });
});

describe('<security-timeline> keyboard', () => {
  it('is one tab stop; arrows move between incidents in time order; Enter selects; Escape clears', async () => {
    const {element, harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'});
    await harness.settle();
    const live = () => harness.root.querySelector('[aria-live]')!.textContent;
    expect(live()).to.contain('Jamaat Ansarullah militants arrive in Nawabad');
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await harness.settle();
    expect(live()).to.contain('Reconnaissance of the Kaflotun border post');
    const selected = oneEvent<CustomEvent<TimelineSelectDetail>>(element, 'st-select');
    await sendKeys({press: 'Enter'});
    expect((await selected).detail.id).to.equal('recon-kaflotun-post');
    await harness.settle();
    expect(harness.details()).to.not.equal(null);
    await sendKeys({press: 'Escape'});
    await harness.settle();
    expect(element.hasAttribute('selected')).to.equal(false);
    expect(harness.details()).to.equal(null);
  });

  it('shows the tooltip and a focus ring for the incident reached by keyboard', async () => {
    const {harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    harness.chart.focus();
    await sendKeys({press: 'End'});
    await harness.settle();
    expect(harness.tooltip()!.textContent).to.contain('Khamadoni');
    expect(harness.root.querySelector('.focus-ring')).to.not.equal(null);
  });

  it('moves between lanes with the up and down arrows', async () => {
    const {harness} = await mount(
      html`<security-timeline src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'}); // Nawabad, lane 2
    await sendKeys({press: 'ArrowDown'}); // Ai-Khanum, lane 3
    await harness.settle();
    expect(harness.tooltip()!.textContent).to.contain('Ai-Khanum');
    await sendKeys({press: 'ArrowDown'});
    await harness.settle();
    expect(harness.tooltip()!.textContent).to.contain('Kaflotun');
    await sendKeys({press: 'ArrowUp'});
    await harness.settle();
    expect(harness.tooltip()!.textContent).to.contain('Ai-Khanum');
  });

  it('pans with Shift and the arrow keys', async () => {
    const {harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    const before = harness.window();
    harness.chart.focus();
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({up: 'Shift'});
    await harness.settle();
    const after = harness.window();
    expect(after[0]).to.be.greaterThan(before[0]);
    expect(after[1] - after[0]).to.be.closeTo(before[1] - before[0], 1);
  });
});

describe('<security-timeline> alert rows', () => {
  it('keeps the chart height and each band in its row while the view pans past overlapping alerts', async () => {
    const feed = await seedCopy();
    const [seedAlert] = feed.alerts;
    feed.alerts = [
      {...seedAlert, id: 'january-a', start: '2024-01-01', end: '2024-01-20', areas: []},
      {...seedAlert, id: 'january-b', start: '2024-01-05', end: '2024-01-25', areas: []},
      {...seedAlert, id: 'march', start: '2024-03-01', end: '2024-03-10', areas: []},
    ];
    // Two views of the same span (29 days): March alone, then the two overlapping January alerts.
    const {element, harness} = await mount(html`<security-timeline .feed=${feed} start="2024-02-15" end="2024-03-15"></security-timeline>`);
    const chartHeight = () => element.shadowRoot!.querySelector('svg')!.getAttribute('height');
    const rowOf = (id: string) =>
      harness
        .bands()
        .find((band) => band.id === id)
        ?.element.getAttribute('y');
    const [height, marchRow] = [chartHeight(), rowOf('march')];
    expect(harness.bands().map((band) => band.id)).to.deep.equal(['march']);
    element.start = '2024-01-01';
    element.end = '2024-01-30';
    await harness.settle();
    expect(
      harness
        .bands()
        .map((band) => band.id)
        .sort(),
    ).to.deep.equal(['january-a', 'january-b']);
    expect(rowOf('january-a')).to.not.equal(rowOf('january-b'));
    expect(chartHeight()).to.equal(height);
    element.start = '2024-02-15';
    element.end = '2024-03-15';
    await harness.settle();
    expect(rowOf('march')).to.equal(marchRow);
  });
});

describe('<security-timeline> filters and legend', () => {
  it('shows only the categories named in the categories attribute', async () => {
    const {harness} = await mount(
      html`<security-timeline src=${SEED_URL} categories="movement" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    expect(harness.markers().map((m) => m.id)).to.deep.equal(['ansarullah-arrive-nawabad']);
  });

  it('keeps each alert on its own lanes when min-level hides an earlier one', async () => {
    const feed = await seedCopy();
    const [seedAlert] = feed.alerts;
    feed.alerts = [
      {...seedAlert, id: 'early-low', start: '2024-09-01', end: '2024-09-05', level: 'low', areas: []},
      {...seedAlert, id: 'takhar-only', start: '2024-09-10', end: '2024-09-20', areas: ['Takhar']},
      {...seedAlert, id: 'whole-region', start: '2024-09-24', end: '2024-10-15', areas: []},
    ];
    const {harness} = await mount(
      html`<security-timeline .feed=${feed} group-by="location" min-level="high" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    const lanes = harness.laneLabels();
    const covered = Object.fromEntries(harness.bands().map((band) => [band.id, band.lanes.map((index) => lanes[index])]));
    // Nawabad is the seed's only place in Takhar.
    expect(covered).to.deep.equal({'takhar-only': ['Nawabad'], 'whole-region': lanes});
    // Neighbouring lanes share one fill.
    expect(harness.bands().find((band) => band.id === 'whole-region')!.fills.length).to.equal(1);
  });

  it('lists in the legend the default categories the feed uses, in their order, then its own', async () => {
    const feed = await seedCopy();
    const [template] = feed.incidents;
    feed.incidents = ['smuggling', 'attack', 'movement', 'border-protest', 'attack', 'smuggling'].map((category, i) => ({
      ...template,
      id: `category-${i}`,
      category,
    }));
    const {element} = await mount(html`<security-timeline .feed=${feed}></security-timeline>`);
    const group = element.shadowRoot!.querySelector('[role="group"][aria-label="Categories"]')!;
    const labels = [...group.querySelectorAll('button')].map((button) => button.textContent.trim());
    expect(labels).to.deep.equal(['Movement', 'Attack', 'Smuggling', 'Border protest']);
  });

  it('shows only the statuses named in the statuses attribute', async () => {
    const {harness} = await mount(
      html`<security-timeline src=${SEED_URL} statuses="expected" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    expect(harness.markers().map((m) => m.id)).to.deep.equal(['expected-recon-khamadoni']);
  });

  it('hides alerts below min-level', async () => {
    const feed = await seedCopy();
    feed.alerts.push({...feed.alerts[0], id: 'lower', level: 'elevated', title: 'Elevated alert'});
    const {harness, element} = await mount(html`<security-timeline .feed=${feed} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    expect(harness.bands().length).to.equal(2);
    element.minLevel = 'high';
    await harness.settle();
    expect(harness.bands().map((b) => b.id)).to.deep.equal(['tj-af-border-highest-2024']);
  });

  it('toggles a status from the legend and reports it with st-filter-change', async () => {
    const {element, harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    const change = oneEvent<CustomEvent<TimelineFilterDetail>>(element, 'st-filter-change');
    harness.legendButton('Expected')!.click();
    const event = await change;
    await harness.settle();
    expect(event.detail.statuses).to.deep.equal(['confirmed', 'reported', 'denied']);
    expect(element.statuses).to.equal('confirmed reported denied');
    expect(harness.marker('expected-recon-khamadoni')).to.equal(undefined);
    expect(harness.legendButton('Expected')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('hides the legend with no-legend', async () => {
    const {harness} = await mount(html`<security-timeline src=${SEED_URL} no-legend></security-timeline>`);
    expect(harness.root.querySelector('[part="legend"]')).to.equal(null);
  });
});

describe('<security-timeline> density', () => {
  it('draws 10,000 incidents with at most a few hundred marker elements and keeps the count', async () => {
    const feed = syntheticFeed({incidents: 10_000, seed: 7});
    const {harness, element} = await mount(
      html`<security-timeline style="width: 1200px" group-by="location" .feed=${feed} start=${WHOLE_START} end=${WHOLE_END}></security-timeline>`,
    );
    const markers = harness.markers();
    const clusters = harness.clusters();
    expect(markers.length + clusters.length).to.be.at.most(8 * (1200 / 22 + 1));
    const drawn = markers.length + clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    const [start, end] = harness.window();
    const expected = element.data!.incidents.filter((i) => i.time.best >= start && i.time.best <= end).length;
    expect(drawn).to.equal(expected);
    expect(harness.elementCount()).to.be.below(2000);
  });

  it('never draws two clusters of a lane, or a cluster and a marker, over each other, at any zoom', async () => {
    const feed = syntheticFeed({incidents: 10_000, seed: 1});
    const {harness, element} = await mount(
      html`<security-timeline style="width: 1200px" group-by="location" .feed=${feed} start=${WHOLE_START} end=${WHOLE_END}></security-timeline>`,
    );
    for (let step = 0; step < 6; step++) {
      // Circles and markers by lane (their y), left to right.
      const byLane = new Map<number, Array<{x: number; r: number}>>();
      const add = (y: number, item: {x: number; r: number}) => byLane.set(Math.round(y), [...(byLane.get(Math.round(y)) ?? []), item]);
      for (const cluster of harness.clusters()) add(cluster.y, {x: cluster.x, r: cluster.r});
      for (const marker of harness.markers()) add(marker.y, {x: marker.x, r: 4});
      for (const items of byLane.values()) {
        items.sort((a, b) => a.x - b.x);
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1], items[i]];
          // Two singles may sit as close as their times; a circle keeps clear of its neighbours.
          if (a.r === 4 && b.r === 4) continue;
          // Centres are read from path data written to a tenth of a pixel.
          expect(b.x - a.x, `after ${step} zoom steps`).to.be.at.least(a.r + b.r - 0.1);
        }
      }
      element.zoom(2);
      await harness.settle();
    }
  });

  it('stays under 2,000 elements at every zoom level, also when markers are evenly spread', async () => {
    // One incident a day in each of 12 places: at some zoom every marker stands alone, 25 px apart.
    const day = 86_400_000;
    const incidents = Array.from({length: 12 * 400}, (_, i) => ({
      id: `even-${i}`,
      when: new Date(Date.UTC(2023, 0, 1) + Math.floor(i / 12) * day + 12 * 3_600_000).toISOString().slice(0, 16) + 'Z',
      title: `Incident ${i}`,
      category: 'movement',
      status: 'reported',
      location: {name: `Place ${i % 12}`},
    }));
    const feed = {version: '1.0', incidents};
    const {harness, element} = await mount(html`<security-timeline style="width: 1600px" group-by="location" .feed=${feed}></security-timeline>`);
    let mostMarkers = 0;
    for (let step = 0; step < 8; step++) {
      expect(harness.elementCount(), `after ${step} zoom steps`).to.be.below(2000);
      mostMarkers = Math.max(mostMarkers, harness.markers().length);
      element.zoom(2);
      await harness.settle();
    }
    // The budget merged some markers that would otherwise have been drawn apart, yet many stayed.
    expect(mostMarkers).to.be.greaterThan(100);
  });

  it('writes the count of each cluster inside its circle, as text grouped in thousands, readable at the default size', async () => {
    const feed = syntheticFeed({incidents: 10_000, seed: 7});
    const {harness, element} = await mount(
      html`<security-timeline style="width: 1200px" group-by="location" .feed=${feed} start=${WHOLE_START} end=${WHOLE_END}></security-timeline>`,
    );
    const clusters = harness.clusters();
    expect(clusters.length).to.be.greaterThan(50);
    for (const cluster of clusters) expect(cluster.label, `the cluster at ${cluster.x}`).to.equal(cluster.count.toLocaleString('en'));
    // One text per lane, its glyphs at least 11 px high, each within its circle.
    const texts = [...element.shadowRoot!.querySelectorAll<SVGTextElement>('text.cluster-count')];
    expect(texts).to.have.length(harness.laneLabels().length);
    for (const text of texts) expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(11);
    for (const cluster of clusters) expect(cluster.r * 2, 'a 24 px target').to.be.at.least(24);
    // Thousands are grouped: 5,000 incidents on one day are one cluster.
    const sameDay = Array.from({length: 5000}, (_, i) => ({
      id: `s${i}`,
      when: '2024-05-01',
      title: `Event ${i}`,
      category: 'attack',
      status: 'reported',
    }));
    element.feed = {
      version: '1.0',
      incidents: [...sameDay, {id: 'other', when: '2024-01-01', title: 'Other', category: 'attack', status: 'reported'}],
    };
    element.groupBy = 'none';
    await harness.settle();
    expect(harness.clusters().map((cluster) => cluster.label)).to.deep.equal(['5,000']);
  });

  it('spans each cluster over the time its incidents may have happened in, and rings it by status', async () => {
    // Two events known only as "sometime in 1992", and others to the day.
    const incidents = [
      {id: 'y1', when: '1992', title: 'One in 1992', category: 'attack', status: 'reported'},
      {id: 'y2', when: '1992', title: 'Another in 1992', category: 'attack', status: 'confirmed'},
      ...Array.from({length: 30}, (_, i) => ({
        id: `d${i}`,
        when: `2000-0${1 + (i % 9)}-1${i % 10}`,
        title: `Day ${i}`,
        category: 'attack',
        status: i % 3 ? 'expected' : 'denied',
      })),
    ];
    const {harness} = await mount(
      html`<security-timeline style="width: 900px" .feed=${{version: '1.0', incidents}} start="1985-01-01" end="2010-01-01"></security-timeline>`,
    );
    const clusters = harness.clusters();
    const year = clusters.find((cluster) => cluster.count === 2)!;
    expect(new Date(year.span.earliest).toISOString().slice(0, 10)).to.equal('1992-01-01');
    expect(new Date(year.span.latest).toISOString().slice(0, 10)).to.equal('1993-01-01');
    expect(year.statuses).to.deep.equal({confirmed: 1, reported: 1, expected: 0, denied: 0});
    // The span is drawn as a line from the first of 1992 to the end of it.
    const span = year.element.previousElementSibling!;
    expect(span.matches('path.cluster-span')).to.equal(true);
    const days = clusters.find((cluster) => cluster.count === 30)!;
    expect(days.statuses).to.deep.equal({confirmed: 0, reported: 0, expected: 20, denied: 10});
    const rings = [...year.element.parentElement!.querySelectorAll('path.cluster-ring')].map((ring) => ring.getAttribute('class'));
    expect(rings).to.have.members(['cluster-ring confirmed', 'cluster-ring reported', 'cluster-ring expected', 'cluster-ring denied']);
    // Every member lies within its cluster's span.
    for (const cluster of clusters) expect(cluster.span.earliest).to.be.at.most(cluster.earliest);
  });

  it('redraws the clusters of a zoom or pan step in the elements already there, their circles and counts', async () => {
    const feed = syntheticFeed({incidents: 10_000, seed: 7});
    const {harness, element} = await mount(
      html`<security-timeline style="width: 1200px" group-by="location" .feed=${feed} start=${WHOLE_START} end=${WHOLE_END}></security-timeline>`,
    );
    const paths = () => [...element.shadowRoot!.querySelectorAll('path.cluster, text.cluster-count')];
    const before = paths();
    expect(before.length).to.equal(2 * harness.laneLabels().length);
    const countsBefore = harness.clusters().map((cluster) => cluster.count);
    element.zoom(2);
    await harness.settle();
    // The clusters now stand for other markers (a cluster of 30 becomes two of about 15) ...
    expect(harness.clusters().map((cluster) => cluster.count)).to.not.deep.equal(countsBefore);
    // ... drawn by the same elements.
    expect(paths()).to.deep.equal(before);
    const range = element.visibleRange!;
    const shift = (range.end - range.start) / 10;
    element.start = new Date(range.start + shift).toISOString();
    element.end = new Date(range.end + shift).toISOString();
    await harness.settle();
    expect(paths()).to.deep.equal(before);
  });

  it('keeps the clusters of the last 16 zoom levels, so zooming back out reuses them', async () => {
    const feed = syntheticFeed({incidents: 10_000, seed: 7});
    const {harness, element} = await mount(
      html`<security-timeline style="width: 1200px" group-by="location" .feed=${feed} start=${WHOLE_START} end=${WHOLE_END}></security-timeline>`,
    );
    const clusterObjects = () =>
      [...element.shadowRoot!.querySelectorAll('path.cluster')].flatMap((path) => (path as Element & {stLane: {clusters: object[]}}).stLane.clusters);
    const zoomSteps = async (factor: number, steps: number) => {
      for (let i = 0; i < steps; i++) {
        element.zoom(factor);
        await harness.settle();
      }
    };
    const overview = clusterObjects();
    expect(overview.length).to.be.greaterThan(50);
    await zoomSteps(2, 10);
    await zoomSteps(0.5, 10);
    // The same cluster objects: the overview was not clustered again.
    expect(clusterObjects()).to.deep.equal(overview);
    expect(clusterObjects().every((cluster, i) => cluster === overview[i])).to.equal(true);
    // After 16 other levels it has been let go, and is clustered afresh, to the same clusters.
    await zoomSteps(1.5, 16);
    await zoomSteps(1 / 1.5, 16);
    const again = clusterObjects() as Array<{x: number; first: number; last: number}>;
    expect(again.some((cluster, i) => cluster === overview[i])).to.equal(false);
    expect(again.map(({first, last}) => [first, last])).to.deep.equal((overview as typeof again).map(({first, last}) => [first, last]));
    again.forEach((cluster, i) => expect(cluster.x).to.be.closeTo((overview as typeof again)[i].x, 0.01));
  });

  it('finds the cluster under the pointer right to left too', async () => {
    const feed = syntheticFeed({incidents: 2_000, seed: 3});
    // Narrower than the test page's 800 px, so the rightmost cluster can be pointed at.
    const {harness} = await mount(
      html`<security-timeline dir="rtl" style="width: 700px" .feed=${feed} start=${WHOLE_START} end=${WHOLE_END}></security-timeline>`,
    );
    const clusters = harness.clusters();
    // Time runs right to left: the earliest cluster is drawn rightmost.
    expect(clusters[0].x).to.be.greaterThan(clusters[clusters.length - 1].x);
    for (const cluster of [clusters[0], clusters[Math.floor(clusters.length / 2)]]) {
      expect(await tooltipAt(harness, cluster)).to.contain(`${cluster.count} incidents`);
    }
    await resetMouse();
  });

  it('shows the count and the days of a cluster under the pointer', async () => {
    const feed = syntheticFeed({incidents: 2_000, seed: 3});
    const {harness, element} = await mount(html`<security-timeline style="width: 900px" .feed=${feed}></security-timeline>`);
    const clusters = harness.clusters();
    const cluster = clusters[Math.floor(clusters.length / 2)];
    const tooltip = await tooltipAt(harness, cluster);
    expect(tooltip).to.contain(`${cluster.count} incidents`);
    // The days it spans run from the earliest its incidents may have begun to the latest they may have ended, in the feed's time zone.
    const days = new Intl.DateTimeFormat(undefined, {year: 'numeric', month: 'short', day: 'numeric', timeZone: element.data!.timeZone});
    expect(tooltip).to.contain(days.formatRange(cluster.span.earliest, cluster.span.latest - 1));
    const statuses = Object.entries(cluster.statuses).filter(([, n]) => n > 0);
    expect(tooltip).to.contain(statuses.map(([status, n]) => `${status[0].toUpperCase()}${status.slice(1)}: ${n}`).join(' · '));
    await resetMouse();
  });

  it('follows the pointer from a cluster to its neighbour in the same lane', async () => {
    const feed = syntheticFeed({incidents: 10_000, seed: 7});
    const {harness} = await mount(
      html`<security-timeline style="width: 780px" group-by="location" .feed=${feed} start=${WHOLE_START} end=${WHOLE_END}></security-timeline>`,
    );
    const clusters = harness.clusters();
    // Two close neighbours: the pointer goes from one to the other on one path.
    const index = clusters.findIndex((cluster, i) => {
      const next = clusters[i + 1];
      // Within the test page's 800 px, where the pointer can go.
      const onPage = next && harness.pagePoint(next.x + next.r, next.y)[0] < 790;
      return onPage && next.element === cluster.element && next.count !== cluster.count && next.x - cluster.x <= cluster.r + next.r + 20;
    });
    expect(index).to.be.at.least(0);
    const [first, second] = [clusters[index], clusters[index + 1]];
    expect(await tooltipAt(harness, first)).to.contain(`${first.count} incidents`);
    expect(await tooltipAt(harness, second)).to.contain(`${second.count} incidents`);
    await resetMouse();
  });

  it('splits a cluster into markers when the reader clicks it to zoom in', async () => {
    const feed = syntheticFeed({incidents: 2_000, seed: 3});
    const {harness} = await mount(html`<security-timeline style="width: 900px" .feed=${feed}></security-timeline>`);
    const before = harness.clusters();
    const biggest = before.reduce((a, b) => (b.count > a.count ? b : a));
    await sendMouse({type: 'click', position: harness.pagePoint(biggest.x, biggest.y)});
    await harness.settle();
    const after = harness.clusters();
    const largestAfter = Math.max(0, ...after.map((cluster) => cluster.count));
    expect(largestAfter).to.be.lessThan(biggest.count);
    expect(harness.markers().length + after.length).to.be.greaterThan(1);
    const [start, end] = harness.window();
    expect(end - start).to.be.lessThan(Date.parse('2025-01-01') - Date.parse('2020-01-01'));
    await resetMouse();
  });
});

describe('<security-timeline> bad and hostile data', () => {
  it('draws the valid items and counts the rejected ones, listing each problem on demand', async () => {
    const feed = await seedCopy();
    setUnchecked(feed.incidents[1], 'status', 'rumoured');
    feed.incidents[2].when = '2024-02-30';
    const {harness, element} = await mount(html`<security-timeline .feed=${feed} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    expect(element.problems.length).to.equal(2);
    expect(harness.markers().length).to.equal(2);
    const button = harness.problemsButton()!;
    expect(button.textContent).to.contain('2 problems in the feed');
    button.click();
    await harness.settle();
    const problems = harness.problemsList();
    expect(problems[0]).to.contain('/incidents/1/status');
    expect(problems[0]).to.contain('"rumoured"');
    expect(problems[1]).to.contain('/incidents/2/when');
  });

  it('shows an HTTP error from src with its status and fires st-error', async () => {
    const element = await fixture<SecurityTimeline>(html`<security-timeline></security-timeline>`);
    const failed = oneEvent<CustomEvent<FeedLoadErrorDetail>>(element, 'st-error');
    element.src = '/data/no-such-feed.json';
    const event = await failed;
    expect(event.detail.kind).to.equal('http');
    expect(event.detail.status).to.equal(404);
    await element.updateComplete;
    const harness = new TimelineHarness(element);
    expect(harness.errorMessage()).to.contain('404');
    expect(harness.errorMessage()).to.contain('no-such-feed.json');
  });

  it('refuses a feed of a newer major version with a clear message', async () => {
    const feed = await seedCopy();
    feed.version = '2.0';
    const {harness} = await mount(html`<security-timeline .feed=${feed}></security-timeline>`);
    expect(harness.errorMessage()).to.contain('version 2.0 is newer than this reader understands');
    expect(harness.markers().length).to.equal(0);
  });

  it('renders markup in titles as text and never makes a link of javascript: URLs', async () => {
    const feed = await seedCopy();
    feed.incidents[1].title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    feed.sources[0].url = 'javascript:window.__pwned=3';
    feed.title = '</svg><b>bold</b>';
    const {harness, element} = await mount(html`<security-timeline .feed=${feed} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    element.selected = feed.incidents[1].id;
    await harness.settle();
    expect(harness.root.querySelector('img, script, b')).to.equal(null);
    expect(harness.details()!.textContent).to.contain('<img src=x onerror=');
    expect(harness.details()!.querySelector('a')).to.equal(null);
    expect(harness.details()!.textContent).to.contain('link not shown: javascript:window.__pwned=3');
    expect(harness.root.querySelector('h2')!.textContent).to.equal('</svg><b>bold</b>');
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('isolates each feed string, so a bidi override in one cannot reorder the next', async () => {
    const feed = await seedCopy();
    feed.sources[0].publisher = 'News\u202E.Az';
    feed.sources[0].title = 'Second string';
    feed.incidents[2].actors = ['\u202EFirst actor', 'Second actor'];
    const {harness, element} = await mount(html`<security-timeline .feed=${feed}></security-timeline>`);
    element.selected = feed.incidents[2].id;
    await harness.settle();
    const isolated = [...harness.details()!.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).to.include.members(['News\u202E.Az', 'Second string', '\u202EFirst actor', 'Second actor']);
    for (const bdi of harness.details()!.querySelectorAll('bdi')) expect(getComputedStyle(bdi).unicodeBidi).to.equal('isolate');
  });

  it('links sources with http(s) URLs safely', async () => {
    const feed = await seedCopy();
    feed.sources[0].url = 'https://news.example/article';
    const {harness, element} = await mount(html`<security-timeline .feed=${feed}></security-timeline>`);
    element.selected = 'recon-kaflotun-post';
    await harness.settle();
    const link = harness.details()!.querySelector('a')!;
    expect(link.href).to.equal('https://news.example/article');
    expect(link.rel).to.equal('noopener noreferrer');
  });
});

describe('<security-timeline> inputs', () => {
  it('reads an inline JSON script child and follows edits to it', async () => {
    const feed = await seedCopy();
    const element = await fixture<SecurityTimeline>(html`<security-timeline group-by="location" start="2024-09-01" end="2024-10-31">
      <script type="application/json">${JSON.stringify(feed)}</script>
    </security-timeline>`);
    const harness = new TimelineHarness(element);
    await harness.loaded();
    expect(harness.markers().length).to.equal(4);
    feed.incidents = feed.incidents.slice(0, 2);
    element.querySelector('script')!.textContent = JSON.stringify(feed);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.settle();
    expect(harness.markers().map((m) => m.id)).to.deep.equal(['ansarullah-arrive-nawabad']);
  });

  it('prefers the feed property over src and goes back to src when it is cleared', async () => {
    const feed = await seedCopy();
    feed.incidents = [];
    const {element, harness} = await mount(
      html`<security-timeline src=${SEED_URL} .feed=${feed} group-by="location" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    expect(harness.markers().length).to.equal(0);
    element.feed = undefined;
    await element.updateComplete;
    await harness.loaded();
    expect(harness.markers().length).to.equal(4);
  });

  it('shows times of day in the zone of the time-zone attribute, and calendar dates as the region’s', async () => {
    const seed = await seedCopy();
    seed.incidents.push({id: 'at-noon', when: '2024-09-24T14:30', title: 'Shots at the post', category: 'clash', status: 'reported'});
    const {element, harness} = await mount(html`<security-timeline .feed=${seed} time-zone="America/New_York"></security-timeline>`);
    expect(harness.root.querySelector('.summary')!.textContent).to.contain('times in America/New_York, dates as in Asia/Dushanbe');
    element.selected = 'at-noon';
    await harness.settle();
    // 14:30 in Dushanbe (UTC+5) is 5:30 in the morning in New York (UTC−4 in September).
    expect(harness.details()!.textContent).to.contain('5:30');
    element.selected = 'tj-af-border-highest-2024';
    await harness.settle();
    // 24 Sep is a date in Dushanbe: it reads as 24 Sep, though its first instant is 23 Sep in New York.
    expect(harness.details()!.textContent).to.contain('Sep 24 – Oct 15, 2024');
  });

  it('mirrors time right to left under dir="rtl"', async () => {
    const {harness} = await mount(html`<security-timeline dir="rtl" src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    const early = harness.marker('ansarullah-arrive-nawabad')!;
    const late = harness.marker('expected-recon-khamadoni')!;
    expect(late.x).to.be.lessThan(early.x);
  });
  it('lays out right to left for a right-to-left locale without a dir attribute: lane labels inside, on the right', async () => {
    const {element, harness} = await mount(
      html`<security-timeline locale="fa" group-by="location" style="width: 900px" src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    const chart = harness.chart.getBoundingClientRect();
    const labels = [...element.shadowRoot!.querySelectorAll('text.lane-label')].map((label) => label.getBoundingClientRect());
    expect(labels.length).to.equal(5);
    for (const label of labels) {
      expect(label.right).to.be.at.most(chart.right);
      expect(label.left).to.be.greaterThan(chart.left + chart.width / 2);
    }
    const early = harness.marker('ansarullah-arrive-nawabad')!;
    const late = harness.marker('expected-recon-khamadoni')!;
    expect(late.x).to.be.lessThan(early.x);
  });
});

describe('<security-timeline> accessibility', () => {
  it('passes an axe audit in the light theme with a selection and the table shown', async () => {
    const {element, harness} = await mount(
      html`<security-timeline src=${SEED_URL} group-by="location" show-table start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    element.selected = 'recon-ai-khanum-post';
    await harness.settle();
    expect(harness.tableRows().length).to.equal(5);
    await expect(element).to.be.accessible();
  });

  it('passes an axe audit in the dark theme', async () => {
    const {element} = await mount(html`<security-timeline theme="dark" src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    await expect(element).to.be.accessible();
  });

  it('passes an axe audit right to left in Persian', async () => {
    const {element} = await mount(
      html`<security-timeline dir="rtl" locale="fa" src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    await expect(element).to.be.accessible();
  });

  it('passes an axe audit with the list of problems open, and in the error state', async () => {
    const feed = await seedCopy();
    setUnchecked(feed.incidents[1], 'status', 'rumoured');
    const {element, harness} = await mount(html`<security-timeline .feed=${feed}></security-timeline>`);
    harness.problemsButton()!.click();
    await harness.settle();
    expect(harness.problemsList().length).to.equal(1);
    await expect(element).to.be.accessible();
    element.feed = {...feed, version: '3.0'};
    await harness.settle();
    expect(harness.errorMessage()).to.contain('version 3.0');
    await expect(element).to.be.accessible();
  });

  it('gives the chart a summary label and announces selection changes', async () => {
    const {element, harness} = await mount(html`<security-timeline src=${SEED_URL}></security-timeline>`);
    expect(harness.chart.getAttribute('aria-label')).to.contain('1 alert window and 5 incidents');
    harness.chart.focus();
    await sendKeys({press: 'Home'});
    await sendKeys({press: 'Enter'});
    await harness.settle();
    expect(harness.root.querySelector('[aria-live]')!.textContent).to.contain('Selected incident: Taliban take power in Afghanistan');
    expect(element.selected).to.equal('taliban-take-power-2021');
  });
});

describe('<security-timeline> more interactions', () => {
  afterEach(() => resetMouse());

  it('reaches the alert bands with the up arrow from the top lane and selects one with Enter', async () => {
    const {element, harness} = await mount(html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`);
    harness.chart.focus();
    await sendKeys({press: 'End'});
    await sendKeys({press: 'ArrowUp'});
    await harness.settle();
    expect(harness.root.querySelector('[aria-live]')!.textContent).to.contain('Alert: Highest alert on the Tajik–Afghan border');
    expect(harness.tooltip()!.textContent).to.contain('Highest alert');
    expect(harness.bands()[0].element.parentElement!.classList.contains('active')).to.equal(true);
    await sendKeys({press: 'Enter'});
    await harness.settle();
    expect(element.selected).to.equal('tj-af-border-highest-2024');
    await sendKeys({press: 'ArrowDown'});
    await harness.settle();
    expect(harness.tooltip()!.textContent).to.not.contain('Highest alert');
  });

  it('says so when the filters hide everything, and shows everything again on request', async () => {
    const {element, harness} = await mount(
      html`<security-timeline src=${SEED_URL} group-by="location" categories="arrest" lanes="Nowhere"></security-timeline>`,
    );
    expect(harness.markers().length).to.equal(0);
    expect(harness.bands().length).to.equal(0);
    const state = harness.root.querySelector('[part="state"]')!;
    expect(state.textContent).to.contain('No alert or incident matches the filters');
    const change = oneEvent<CustomEvent<TimelineFilterDetail>>(element, 'st-filter-change');
    state.querySelector('button')!.click();
    await change;
    await harness.settle();
    expect([element.categories, element.statuses, element.lanes]).to.deep.equal([undefined, undefined, undefined]);
    expect(harness.root.querySelector('[part="state"]')).to.equal(null);
  });

  it('says a feed with nothing in it is empty', async () => {
    const {harness} = await mount(html`<security-timeline .feed=${{version: '1.0', title: 'Nothing yet'}}></security-timeline>`);
    expect(harness.stateMessage()).to.equal('The feed has no alerts or incidents yet.');
  });

  it('filters lanes from the legend when grouped', async () => {
    const {element, harness} = await mount(
      html`<security-timeline src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    harness.legendButton('Nawabad')!.click();
    await harness.settle();
    expect(harness.laneLabels()).to.not.include('Nawabad');
    expect(element.lanes).to.equal('Afghanistan, Ai-Khanum border post, Kaflotun border post, Khamadoni crossing');
    expect(harness.marker('ansarullah-arrive-nawabad')).to.equal(undefined);
  });

  it('zooms with a two-finger pinch on touch', async () => {
    const {harness} = await mount(
      html`<security-timeline style="width: 1000px" src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    const before = harness.window();
    const rect = harness.chart.getBoundingClientRect();
    const y = rect.top + 80;
    const touch = (type: string, pointerId: number, x: number) =>
      harness.chart.dispatchEvent(
        new PointerEvent(type, {
          pointerId,
          pointerType: 'touch',
          clientX: rect.left + x,
          clientY: y,
          button: 0,
          bubbles: true,
          composed: true,
          isPrimary: pointerId === 1,
        }),
      );
    touch('pointerdown', 1, 400);
    touch('pointerdown', 2, 600);
    touch('pointermove', 1, 300);
    touch('pointermove', 2, 700);
    touch('pointerup', 1, 300);
    touch('pointerup', 2, 700);
    await harness.settle();
    const after = harness.window();
    // The fingers moved twice as far apart: twice the magnification.
    expect((before[1] - before[0]) / (after[1] - after[0])).to.be.closeTo(2, 0.05);
  });

  it('draws a "today" line only when today is in view', async () => {
    const now = Date.now();
    const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
    const feed = {version: '1.0', incidents: [{id: 'recent', when: day(-2), title: 'Recent', category: 'attack', status: 'reported'}]};
    const {element, harness} = await mount(html`<security-timeline .feed=${feed} start=${day(-10)} end=${day(10)}></security-timeline>`);
    expect(harness.root.querySelector('.today')).to.not.equal(null);
    element.end = day(-5);
    element.start = day(-20);
    await harness.settle();
    expect(harness.root.querySelector('.today')).to.equal(null);
  });

  it('labels a view of a few hours with its day, and keeps every axis label whole, with and without lanes, left to right and right to left', async () => {
    const views = [
      {groupBy: 'location', start: '2024-09-24T06:00', end: '2024-09-24T20:00', first: 'Sep 24, 06:00 AM', last: '08:00 PM'},
      // No lane labels before the plot: ticks at both of its edges.
      {groupBy: 'none', start: '2024-09-01', end: '2024-11-01', first: 'Sep 2024', last: 'Nov'},
    ];
    for (const view of views) {
      for (const dir of ['ltr', 'rtl']) {
        const {harness} = await mount(html`<security-timeline style="width: 1000px" dir=${dir} locale="en-US" src=${SEED_URL}
          group-by=${view.groupBy} start=${view.start} end=${view.end}></security-timeline>`);
        const what = `${view.groupBy}, ${dir}`;
        expect(harness.tickLabels()[0], what).to.equal(view.first);
        expect(harness.tickLabels().at(-1), what).to.equal(view.last);
        const svg = harness.chart.querySelector('svg')!.getBoundingClientRect();
        for (const text of harness.root.querySelectorAll('.tick text')) {
          const box = text.getBoundingClientRect();
          expect(box.left, `${what}: left of "${text.textContent}"`).to.be.at.least(svg.left);
          expect(box.right, `${what}: right of "${text.textContent}"`).to.be.at.most(svg.right);
        }
      }
    }
  });

  it('draws at most max-lanes lanes, the least busy places folded into one that keeps their incidents and alerts', async () => {
    // Forty places; place k has k + 1 incidents, so the busiest are the last ones.
    const places = Array.from({length: 40}, (_, k) => `Place ${k}`);
    const feed = {
      version: '1.0',
      alerts: [{id: 'quiet-place-alert', start: '2024-03-01', end: '2024-03-10', level: 'high', title: 'Alert in Place 2', areas: ['Place 2']}],
      incidents: places.flatMap((name, k) =>
        Array.from({length: k + 1}, (_, n) => ({
          id: `p${k}-${n}`,
          when: `2024-${String(1 + (n % 9)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`,
          title: `Incident ${n} in ${name}`,
          category: 'attack',
          status: 'reported',
          location: {name},
        })),
      ),
    };
    const {element, harness} = await mount(html`<security-timeline style="width: 1000px" group-by="location" .feed=${feed}></security-timeline>`);
    const labels = harness.laneLabels();
    expect(labels).to.have.length(20);
    expect(labels.at(-1)).to.equal('21 other places');
    expect(new Set(labels.slice(0, -1))).to.deep.equal(new Set(places.slice(21)));
    // Every incident is still drawn somewhere: as a marker or inside a cluster.
    const drawn = harness.markers().length + harness.clusters().reduce((sum, cluster) => sum + cluster.count, 0);
    expect(drawn).to.equal(feed.incidents.length);
    // The alert of a folded place is drawn across the lane that holds it, and only there.
    expect(harness.bands().find((band) => band.id === 'quiet-place-alert')!.lanes).to.deep.equal([19]);

    // A folded place can still be shown on its own, and no limit shows every place.
    element.lanes = 'Place 2, Place 39';
    await harness.settle();
    expect(harness.laneLabels()).to.have.members(['Place 2', 'Place 39']);
    element.lanes = undefined;
    element.maxLanes = 0;
    await harness.settle();
    expect(harness.laneLabels()).to.have.length(40);
    element.setAttribute('max-lanes', '5');
    await harness.settle();
    expect(harness.laneLabels()).to.deep.equal([...harness.laneLabels().slice(0, 4), '36 other places']);
    expect(harness.laneLabels().slice(0, 4)).to.have.members(places.slice(36));
  });

  it('adapts to a 320 px phone and a 2,560 px wall screen', async () => {
    for (const width of [320, 2560]) {
      const {harness} = await mount(
        html`<security-timeline style=${`width: ${width}px`} src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-31"></security-timeline>`,
      );
      const svg = harness.chart.querySelector('svg')!;
      expect(svg.getBoundingClientRect().width).to.be.closeTo(width, 1);
      for (const marker of harness.markers()) expect(marker.x).to.be.within(0, width);
      expect(harness.tickLabels().length).to.be.within(2, Math.ceil(width / 60));
      expect(harness.root.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(width + 1);
    }
  });

  it('keeps several timelines on a page independent, also inside another shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    shadow.innerHTML = `<security-timeline src="${SEED_URL}" start="2024-09-01" end="2024-10-31"></security-timeline>`;
    const {element: outside, harness: outsideHarness} = await mount(
      html`<security-timeline src=${SEED_URL} start="2024-09-01" end="2024-10-31"></security-timeline>`,
    );
    const inside = shadow.querySelector('security-timeline')!;
    const insideHarness = new TimelineHarness(inside);
    await insideHarness.loaded();
    expect(insideHarness.bands().length).to.equal(1);
    insideHarness.toolbarButton('Zoom in')!.click();
    inside.selected = 'recon-kaflotun-post';
    await insideHarness.settle();
    await outsideHarness.settle();
    expect(outside.selected).to.equal(undefined);
    expect(outsideHarness.window()[1] - outsideHarness.window()[0]).to.be.greaterThan(insideHarness.window()[1] - insideHarness.window()[0]);
    expect(insideHarness.details()!.textContent).to.contain('Kaflotun');
  });
});
