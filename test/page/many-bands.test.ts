/**
 * Many alert windows in view: drawn as a few paths per level rather than as elements each, yet
 * the same bands in the same places, which a pointer, a key and the selection still reach.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline, TimelineSelectDetail} from '../../src/index.js';
import {TimelineHarness, type DrawnBand} from '../../src/testing/harness.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {MAX_BANDS_DRAWN_ALONE, MAX_STRIPE_AREA, MIN_STRIPE_PITCH, STRIPE_HEIGHT} from '../../src/layout/chart-frame.js';
import {levelColor} from '../../src/layout/presentation.js';

/** 150 alert windows over two years, with a few hundred incidents; a year of them in view. */
const feed = () => syntheticFeed({incidents: 400, alerts: 150, years: 2, seed: 5});

async function mount(dir = 'ltr'): Promise<{element: SecurityTimeline; harness: TimelineHarness}> {
  const data = feed();
  const element = await fixture<SecurityTimeline>(
    html`<security-timeline style="width: 1000px" dir=${dir} group-by="location" .feed=${data} start="2020-06-01" end="2021-06-01"></security-timeline>`,
  );
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness};
}

type BandPath = SVGPathElement & {stBands: {alerts: Array<{id: string}>; boxes: Array<{stripeTop: number; stripeHeight: number}>}};

/** The middle of a band's stripe, in page coordinates: of its own rect, or of its box on its level's path. */
function stripeMiddle(harness: TimelineHarness, band: DrawnBand): [number, number] {
  const chart = harness.chart.getBoundingClientRect();
  let y: number;
  if (band.element instanceof SVGRectElement) y = Number(band.element.getAttribute('y')) + Number(band.element.getAttribute('height')) / 2;
  else {
    const {alerts, boxes} = (band.element as BandPath).stBands;
    const box = boxes[alerts.findIndex((alert) => alert.id === band.id)];
    y = box.stripeTop + box.stripeHeight / 2;
  }
  return [Math.round(chart.left + band.x + band.width / 2), Math.round(chart.top + y)];
}

describe('many alert windows in view', () => {
  afterEach(() => resetMouse());

  it('are drawn as a few paths per level, each band once, in the place and over the lanes it has when drawn alone', async () => {
    const {element, harness} = await mount();
    const inView = element.data!.alerts.filter((alert) => alert.end > Date.UTC(2020, 5, 1) && alert.start < Date.UTC(2021, 5, 1));
    expect(inView.length).to.be.greaterThan(MAX_BANDS_DRAWN_ALONE);
    const merged = harness.bands();
    expect(merged.map((band) => band.id).sort()).to.deep.equal(inView.map((alert) => alert.id).sort());
    // No band is an element of its own: a fill path and a stripe path per level, and the labels.
    const drawing = harness.root.querySelector('g.bands')!;
    expect(drawing.querySelectorAll('rect').length).to.equal(0);
    expect(drawing.querySelectorAll('path.band-stripe').length).to.be.at.most(element.data!.levels.length);
    expect(drawing.querySelectorAll('*').length).to.be.below(60);
    // Each band's stripe is in its level's path, in its level's colour.
    for (const band of merged) {
      const alert = element.data!.alerts.find((each) => each.id === band.id)!;
      const path = band.element;
      const [x, y] = stripeMiddle(harness, band);
      const chart = harness.chart.getBoundingClientRect();
      expect(path.isPointInFill(new DOMPoint(x - chart.left, y - chart.top)), band.id).to.equal(true);
      expect(path.getAttribute('fill'), band.id).to.equal(levelColor(alert.level, element.data!.levels));
      expect(path.parentElement!.classList.contains('band'), 'its level’s step shows as the stripe’s pattern').to.equal(true);
    }

    // Filtered to the highest level, few enough are left to be drawn alone, at the same x and over the same lanes.
    element.minLevel = 'highest';
    await harness.settle();
    const alone = harness.bands();
    expect(alone.length).to.be.within(1, MAX_BANDS_DRAWN_ALONE);
    expect(harness.root.querySelectorAll('g.bands rect.band-stripe').length).to.equal(alone.length);
    for (const band of alone) {
      const before = merged.find((each) => each.id === band.id)!;
      expect(band.x, band.id).to.be.closeTo(before.x, 0.1);
      expect(band.width, band.id).to.be.closeTo(before.width, 0.1);
      expect(band.lanes, band.id).to.deep.equal(before.lanes);
      expect(band.label, band.id).to.equal(before.label);
    }
    // A band wide enough carries its label (its level and title, cut to its width), as one drawn alone does.
    const wide = merged.filter((band) => band.width > 80);
    expect(wide.length).to.be.greaterThan(0);
    for (const band of wide) {
      const alert = element.data!.alerts.find((each) => each.id === band.id)!;
      expect(band.label.length, band.id).to.be.greaterThan(4);
      expect(`${alert.level.label}: ${alert.title}`.startsWith(band.label.replace(/…$/, '')), band.label).to.equal(true);
    }
  });

  it('hover and select by pointer, the band under it drawn on top, highlighted', async () => {
    const {element, harness} = await mount();
    const band = harness.bands().find((each) => each.width > 12 && each.element instanceof SVGPathElement)!;
    const [x, y] = stripeMiddle(harness, band);
    await sendMouse({type: 'move', position: [x, y]});
    await harness.settle();
    const alert = element.data!.alerts.find((each) => each.id === band.id)!;
    expect(harness.tooltip()!.textContent).to.contain(alert.title);
    const highlighted = harness.root.querySelector<SVGRectElement>('g.band.active rect.band-stripe')!;
    expect(highlighted.dataset.id).to.equal(band.id);
    // Moving to another band of the same path, clear of the tooltip, changes the hovered one.
    const other = harness.bands().find((each) => each.element === band.element && each.width > 12 && Math.abs(each.x - band.x) > 400)!;
    await sendMouse({type: 'move', position: stripeMiddle(harness, other)});
    await harness.settle();
    expect(harness.root.querySelector<SVGRectElement>('g.band.active rect.band-stripe')!.dataset.id).to.equal(other.id);

    const selected = oneEvent<CustomEvent<TimelineSelectDetail>>(element, 'st-select');
    await sendMouse({type: 'click', position: stripeMiddle(harness, other)});
    expect((await selected).detail.item?.id).to.equal(other.id);
    expect(element.selected).to.equal(other.id);
    await resetMouse();
    await sendMouse({type: 'move', position: [x, Math.round(harness.chart.getBoundingClientRect().bottom + 200)]});
    await harness.settle();
    expect(harness.root.querySelector<SVGRectElement>('g.band.selected rect.band-stripe')!.dataset.id).to.equal(other.id);
  });

  it('are reached by the keys, the focused one drawn highlighted', async () => {
    const {harness} = await mount();
    harness.chart.focus();
    await sendKeys({press: 'Home'});
    // Up from the top lane reaches the alert windows.
    const live = () => harness.root.querySelector('[aria-live]')!.textContent.trim();
    for (let presses = 0; presses < 20 && !live().startsWith('Alert:'); presses++) {
      await sendKeys({press: 'ArrowUp'});
      await harness.settle();
    }
    const active = harness.root.querySelector<SVGRectElement>('g.band.active rect.band-stripe');
    expect(active, 'the focused band is drawn on its own').to.not.equal(null);
    expect(live()).to.match(/^Alert: Alert \d+\. /);
    const id = active!.dataset.id!;
    expect(harness.tooltip()!.textContent).to.contain(`Alert ${id.replace('alert-', '')}`);
  });

  it('are found under the pointer in a right-to-left chart too, later windows to the left', async () => {
    const {element, harness} = await mount('rtl');
    const bands = harness.bands();
    expect(bands.every((band) => band.element instanceof SVGPathElement)).to.equal(true);
    // The two rightmost bands: in a right-to-left chart a band's left edge is its end, and the rightmost ends first.
    const [inner, rightmost] = [...bands]
      .sort((a, b) => a.x - b.x)
      .filter((band) => band.width > 12)
      .slice(-2);
    const end = (id: string) => element.data!.alerts.find((alert) => alert.id === id)!.end;
    expect(end(rightmost.id), 'time runs right to left').to.be.below(end(inner.id));
    await sendMouse({type: 'move', position: stripeMiddle(harness, rightmost)});
    await harness.settle();
    expect(harness.root.querySelector<SVGRectElement>('g.band.active rect.band-stripe')!.dataset.id).to.equal(rightmost.id);
  });

  it('are in an exported image as they are drawn', async () => {
    const {element, harness} = await mount();
    const drawn = [...harness.root.querySelectorAll('g.bands path.band-stripe')].map((path) => path.getAttribute('d'));
    const svg = new DOMParser().parseFromString(await (await element.toImage({format: 'svg'}))!.text(), 'image/svg+xml');
    const exported = [...svg.querySelectorAll('path.band-stripe')].map((path) => path.getAttribute('d'));
    expect(exported).to.deep.equal(drawn);
    expect(svg.querySelector('path.band-stripe')!.getAttribute('fill')).to.match(/^#[0-9a-f]{6}$/);
  });

  it('zoomed out on a phone, take the height of six rows, thinner and unlabelled, and full height again zoomed in to a few', async () => {
    const data = syntheticFeed({incidents: 1000, alerts: 400, years: 5, seed: 7});
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 375px" group-by="location" .feed=${data} start="2020-01-01" end="2025-01-01"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    const lanesTop = () => Number(harness.root.querySelector('svg.plot')!.getAttribute('y'));
    const inView = element.data!.alerts.filter((alert) => alert.end > Date.UTC(2020, 0, 1) && alert.start < Date.UTC(2025, 0, 1));
    const zoomedOut = harness.bands();
    expect(zoomedOut.length).to.equal(inView.length);
    const boxes = [...harness.root.querySelectorAll<BandPath>('g.bands path.band-stripe')].flatMap((path) => path.stBands.boxes);
    expect(new Set(boxes.map((box) => box.stripeTop)).size, 'stripe rows').to.be.greaterThan(6);
    expect(Math.max(...boxes.map((box) => box.stripeTop + box.stripeHeight))).to.be.at.most(MAX_STRIPE_AREA);
    for (const box of boxes) expect(box.stripeHeight).to.be.within(MIN_STRIPE_PITCH - 3, STRIPE_HEIGHT - 4);
    expect(
      zoomedOut.every((band) => band.label === ''),
      'no label on a thin stripe',
    ).to.equal(true);
    expect(lanesTop(), 'the lanes’ top').to.be.at.most(MAX_STRIPE_AREA + 6);

    // A month holds a few windows: each drawn alone, at full height, the wide ones labelled.
    element.start = '2022-03-01';
    element.end = '2022-04-01';
    await harness.settle();
    const zoomedIn = harness.bands();
    expect(zoomedIn.length).to.be.within(1, MAX_BANDS_DRAWN_ALONE);
    for (const stripe of harness.root.querySelectorAll('g.bands rect.band-stripe'))
      expect(Number(stripe.getAttribute('height'))).to.equal(STRIPE_HEIGHT - 3);
    expect(zoomedIn.some((band) => band.label.length > 4)).to.equal(true);
    expect(lanesTop()).to.be.at.least(STRIPE_HEIGHT);
  });
});
