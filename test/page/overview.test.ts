/** The overview strip under the chart: what it draws, and how its brush moves the chart's window. */
import {expect, fixture, html} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

const DAY = 86_400_000;

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture<SecurityTimeline>(template);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  const overview = () => element.shadowRoot!.querySelector<HTMLElement>('[part="overview"]');
  return {element, harness, overview};
}

/** The bars' total height per status path, px: what the strip shows of each. */
function barArea(strip: Element): number {
  let area = 0;
  for (const path of strip.querySelectorAll('path.overview-bars')) {
    for (const [, w, h] of (path.getAttribute('d') ?? '').matchAll(/h([\d.]+)v([\d.]+)/g)) area += Number(w) * Number(h);
  }
  return area;
}

/** The brush's left and right edges in page coordinates. */
function brush(strip: Element): {left: number; right: number; y: number} {
  const rect = strip.querySelector('rect.brush')!.getBoundingClientRect();
  return {left: rect.left, right: rect.right, y: rect.top + rect.height / 2};
}

describe('the overview', () => {
  afterEach(() => resetMouse());

  it('draws the whole feed under the chart, follows the filters, and is gone with no-overview', async () => {
    const feed = syntheticFeed({incidents: 3000, seed: 2});
    const {element, harness, overview} = await mount(
      html`<security-timeline style="width: 760px" group-by="location" .feed=${feed}></security-timeline>`,
    );
    const strip = overview()!;
    // Below the chart's drawing, above the count of incidents outside the window.
    expect(strip.getBoundingClientRect().top).to.be.at.least(harness.chart.getBoundingClientRect().bottom - 1);
    const all = barArea(strip);
    expect(all).to.be.greaterThan(0);
    // A mark per alert window along the top, drawn as one path per colour.
    const marks = [...strip.querySelectorAll('path.overview-alert')];
    expect(marks.map((path) => path.getAttribute('d')!.split('M').length - 1).reduce((sum, count) => sum + count, 0)).to.equal(
      element.data!.alerts.length,
    );
    expect(new Set(marks.map((path) => path.getAttribute('fill'))).size).to.equal(marks.length);
    // Its brush is the window shown, a small part of five years.
    const {left, right} = brush(strip);
    expect(right - left).to.be.below(strip.getBoundingClientRect().width / 4);
    element.statuses = 'expected';
    await harness.settle();
    // Only expected incidents: only the path of expected bars is left.
    expect([...strip.querySelectorAll('path.overview-bars')].map((path) => path.getAttribute('class'))).to.deep.equal(['overview-bars expected']);
    element.noOverview = true;
    await harness.settle();
    expect(overview()).to.equal(null);
  });

  it('moves the window when its brush is dragged, and zooms when an edge is', async () => {
    const feed = syntheticFeed({incidents: 3000, seed: 2});
    const {element, harness, overview} = await mount(
      html`<security-timeline style="width: 760px" .feed=${feed} start="2022-01-01" end="2022-07-01"></security-timeline>`,
    );
    const before = element.visibleRange!;
    const first = brush(overview()!);
    const middle = Math.round((first.left + first.right) / 2);
    await sendMouse({type: 'move', position: [middle, Math.round(first.y)]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [middle + 40, Math.round(first.y)]});
    await sendMouse({type: 'up'});
    await harness.settle();
    const moved = element.visibleRange!;
    // Later by about 40 px of five years, the span kept.
    expect(moved.end - moved.start).to.be.closeTo(before.end - before.start, DAY);
    expect(moved.start - before.start).to.be.greaterThan(60 * DAY);
    const {right, y} = brush(overview()!);
    await sendMouse({type: 'move', position: [Math.round(right), Math.round(y)]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [Math.round(right + 50), Math.round(y)]});
    await sendMouse({type: 'up'});
    await harness.settle();
    const wider = element.visibleRange!;
    expect(wider.start).to.be.closeTo(moved.start, DAY);
    expect(wider.end - wider.start).to.be.greaterThan(moved.end - moved.start + 60 * DAY);
  });

  it('brings the time of a bar clicked outside the brush into view, the span kept', async () => {
    const feed = syntheticFeed({incidents: 3000, seed: 2});
    const {element, harness, overview} = await mount(
      html`<security-timeline style="width: 760px" .feed=${feed} start="2024-01-01" end="2024-03-01"></security-timeline>`,
    );
    const span = element.visibleRange!.end - element.visibleRange!.start;
    const strip = overview()!.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(strip.left + strip.width * 0.25), Math.round(strip.top + strip.height / 2)]});
    await harness.settle();
    const range = element.visibleRange!;
    expect(range.end - range.start).to.be.closeTo(span, 1000);
    expect(new Date((range.start + range.end) / 2).getUTCFullYear()).to.be.oneOf([2020, 2021]);
  });

  it('is a slider for the keyboard and for screen readers: its value is the window, in words', async () => {
    const feed = syntheticFeed({incidents: 3000, seed: 2});
    const {element, harness, overview} = await mount(
      html`<security-timeline style="width: 760px" .feed=${feed} start="2022-01-01" end="2022-02-01"></security-timeline>`,
    );
    const strip = overview()!;
    expect(strip.getAttribute('role')).to.equal('slider');
    expect(strip.getAttribute('aria-valuetext')).to.equal('Showing Jan 1 – Feb 1, 2022.');
    strip.focus();
    const before = element.visibleRange!;
    await sendKeys({press: 'ArrowRight'});
    await harness.settle();
    const after = element.visibleRange!;
    expect(after.start - before.start).to.be.closeTo((before.end - before.start) / 10, 1000);
    await sendKeys({press: 'PageDown'});
    await harness.settle();
    expect(element.visibleRange!.start - after.start).to.be.closeTo(after.end - after.start, 1000);
    await sendKeys({press: 'End'});
    await harness.settle();
    // At the end of the feed: its latest incident in view, the slider near its top.
    expect(element.visibleRange!.end).to.be.greaterThan(element.data!.incidents.at(-1)!.time.best);
    expect(Number(strip.getAttribute('aria-valuenow'))).to.be.at.least(98);
    await sendKeys({press: '-'});
    await harness.settle();
    expect(element.visibleRange!.end - element.visibleRange!.start).to.be.closeTo(2 * (after.end - after.start), DAY);
    await expect(element).to.be.accessible();
  });

  it('is drawn right to left in right-to-left text: the latest time at the left', async () => {
    const feed = syntheticFeed({incidents: 500, seed: 2});
    const {overview} = await mount(
      html`<security-timeline dir="rtl" style="width: 760px" .feed=${feed} start="2024-06-01" end="2024-09-01"></security-timeline>`,
    );
    const strip = overview()!;
    const {left, right} = brush(strip);
    const box = strip.getBoundingClientRect();
    // The window is near the end of the feed: near the strip's left edge.
    expect((left + right) / 2 - box.left).to.be.below(box.width / 4);
  });
});
