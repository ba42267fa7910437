/**
 * The chart in an article: the wheel and a vertical swipe scroll the page, as over any figure;
 * Ctrl or ⌘ with the wheel, or the wheel over the focused chart, zooms; a sideways drag pans.
 * Input comes from the browser itself (test/input/real-input.mjs), so its default actions happen.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

/** An article: a screenful of text, the timeline, another screenful. */
async function article() {
  const page = await fixture<HTMLElement>(html`<article>
    <p style="height: 900px">An article about the border.</p>
    <security-timeline style="width: 700px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>
    <p style="height: 1800px">More of the article.</p>
  </article>`);
  const element = page.querySelector('security-timeline') as SecurityTimeline;
  const harness = new TimelineHarness(element);
  await harness.loaded();
  // A fling from the test before may still be carrying the page: wait until it has come to rest.
  for (let last = NaN; last !== window.scrollY;) {
    last = window.scrollY;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  element.scrollIntoView({block: 'center'});
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const box = harness.chart.getBoundingClientRect();
  const middle = {x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2)};
  return {element, harness, middle};
}

const wheel = (payload: {x: number; y: number; deltaX?: number; deltaY?: number; modifier?: string}) => executeServerCommand('real-wheel', payload);
const swipe = (payload: {x: number; y: number; xDistance?: number; yDistance?: number}) => executeServerCommand('real-swipe', payload);
const settle = async (element: SecurityTimeline) => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
};

describe('cooperative gestures', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('lets the wheel scroll the page over the chart, leaves the view alone, and says how to zoom', async () => {
    const {element, harness, middle} = await article();
    const range = harness.window();
    const scrolled = window.scrollY;
    await wheel({...middle, deltaY: 300});
    await settle(element);
    expect(window.scrollY).to.be.greaterThan(scrolled + 100);
    expect(harness.window()).to.deep.equal(range);
    expect(element.shadowRoot!.querySelector('.gesture-hint')?.textContent).to.match(/^Hold (Ctrl|⌘) and scroll to zoom the timeline$/);
  });

  it('zooms with Ctrl held, and the page stays where it is', async () => {
    const {element, harness, middle} = await article();
    const [start, end] = harness.window();
    const scrolled = window.scrollY;
    await wheel({...middle, deltaY: -100, modifier: 'Control'});
    await settle(element);
    const [zoomedStart, zoomedEnd] = harness.window();
    expect(zoomedEnd - zoomedStart).to.be.lessThan((end - start) * 0.8);
    expect(window.scrollY).to.equal(scrolled);
    expect(element.shadowRoot!.querySelector('.gesture-hint')).to.equal(null);
  });

  it('zooms with the plain wheel once the reader has put focus in the chart', async () => {
    const {element, harness, middle} = await article();
    harness.chart.focus();
    const [start, end] = harness.window();
    const scrolled = window.scrollY;
    await wheel({...middle, deltaY: 200});
    await settle(element);
    const [zoomedStart, zoomedEnd] = harness.window();
    expect(zoomedEnd - zoomedStart).to.be.greaterThan((end - start) * 1.2);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('scrolls the page on a vertical swipe, and leaves the view alone', async () => {
    const {element, harness, middle} = await article();
    const range = harness.window();
    const scrolled = window.scrollY;
    await swipe({...middle, yDistance: -300});
    await settle(element);
    expect(window.scrollY, 'the page scrolled').to.be.greaterThan(scrolled + 100);
    expect(harness.window(), 'the view stayed').to.deep.equal(range);
  });

  it('pans the view on a sideways swipe, and leaves the page where it is', async () => {
    const {element, harness, middle} = await article();
    const range = harness.window();
    const scrolled = window.scrollY;
    await swipe({...middle, xDistance: 200});
    await settle(element);
    expect(harness.window()[0], 'the view moved back in time').to.be.lessThan(range[0]);
    expect(window.scrollY).to.equal(scrolled);
  });
});
