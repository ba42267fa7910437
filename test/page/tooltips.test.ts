/**
 * Tooltips in an article: over whatever container clips the chart, inside the screen, readable
 * with the pointer on them, and dismissed with Escape (WCAG 1.4.13).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

async function inCard(style: string) {
  const card = await fixture<HTMLElement>(html`<div style=${style}>
    <security-timeline style="width: 640px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>
  </div>`);
  const element = card.querySelector('security-timeline') as SecurityTimeline;
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {card, element, harness, root: element.shadowRoot!};
}

/** Points the mouse at a marker's centre and waits for its tooltip. */
async function hover(harness: TimelineHarness, id: string) {
  const box = harness.chart.querySelector(`[data-id="${id}"]`)!.getBoundingClientRect();
  await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
  await harness.settle();
  return harness.tooltip();
}

/** Whether the tooltip is what the reader sees at each of its corners: nothing of the page covers it. */
function topmostAtCorners(root: ShadowRoot, tooltip: HTMLElement) {
  const box = tooltip.getBoundingClientRect();
  return [
    [box.left + 3, box.top + 3],
    [box.right - 3, box.top + 3],
    [box.left + 3, box.bottom - 3],
    [box.right - 3, box.bottom - 3],
  ].every(([x, y]) => tooltip.contains(root.elementFromPoint(x, y)));
}

const inViewport = (tooltip: HTMLElement) => {
  const box = tooltip.getBoundingClientRect();
  return box.left >= 0 && box.top >= 0 && box.right <= document.documentElement.clientWidth && box.bottom <= innerHeight;
};

describe('tooltips', () => {
  afterEach(() => resetMouse());

  it('show whole over a container that clips the chart: the bottom lane’s tooltip is not cut off', async () => {
    const {harness, root} = await inCard('overflow: hidden; height: 440px; border: 1px solid');
    const tooltip = await hover(harness, 'expected-recon-khamadoni');
    expect(tooltip, 'a tooltip').to.not.equal(null);
    expect(tooltip!.textContent).to.contain('Similar action expected near the Khamadoni crossing');
    expect(inViewport(tooltip!)).to.equal(true);
    expect(topmostAtCorners(root, tooltip!), 'the tooltip is on top at its four corners').to.equal(true);
  });

  it('go above their point when the screen has no room below it', async () => {
    const {card, harness} = await inCard('');
    // The chart's bottom lane just above the bottom of the screen.
    const chartBottom = harness.chart.getBoundingClientRect().bottom;
    card.style.marginTop = `${innerHeight - chartBottom - 20}px`;
    await harness.settle();
    const point = harness.chart.querySelector('[data-id="expected-recon-khamadoni"]')!.getBoundingClientRect();
    const tooltip = await hover(harness, 'expected-recon-khamadoni');
    expect(inViewport(tooltip!)).to.equal(true);
    expect(tooltip!.getBoundingClientRect().bottom).to.be.at.most(point.top);
  });

  it('stay while the pointer moves onto them to read, and Escape hides them wherever focus is', async () => {
    const {harness, root} = await inCard('');
    const tooltip = await hover(harness, 'recon-kaflotun-post');
    const box = tooltip!.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
    await harness.settle();
    expect(harness.tooltip(), 'the tooltip stays under the pointer').to.not.equal(null);
    expect(harness.tooltip()!.textContent).to.contain('Kaflotun');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({press: 'Escape'});
    await harness.settle();
    expect(harness.tooltip(), 'Escape hid it').to.equal(null);
    void root;
  });

  it('of the focused item are dismissed with Escape, focus and selection staying', async () => {
    const {element, harness, root} = await inCard('');
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'});
    await harness.settle();
    expect(harness.tooltip()).to.not.equal(null);
    await sendKeys({press: 'Escape'});
    await harness.settle();
    expect(harness.tooltip()).to.equal(null);
    expect(root.activeElement).to.equal(harness.chart);
    expect(element.selected).to.equal(undefined);
    // The next item brings its tooltip back.
    await sendKeys({press: 'ArrowRight'});
    await harness.settle();
    expect(harness.tooltip()).to.not.equal(null);
  });
});
