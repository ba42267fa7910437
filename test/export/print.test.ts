/**
 * The element printed (print.styles.ts), under the print media the browser emulates: the chart,
 * legend and credit stay; the toolbar, search, hints, tooltip, focus ring and the overview's grips
 * go; the chart fits the page's width; colours are printed as they are; blocks are kept whole.
 * The element adopts `printStyles` among its styles; these tests adopt it themselves, so that they
 * check the style sheet whatever the element's list holds.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {FeedDocument, SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {printStyles} from '../../src/elements/security-timeline/print.styles.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';
const ATTRIBUTION = 'Armed Conflict Location & Event Data (ACLED); acleddata.com, accessed 2 October 2024';

async function mount(width: number, theme = 'light'): Promise<{element: SecurityTimeline; harness: TimelineHarness; root: ShadowRoot}> {
  const seed = (await (await fetch(SEED_URL)).json()) as FeedDocument;
  seed.attribution = ATTRIBUTION;
  const element = await fixture<SecurityTimeline>(html`<div style="width: ${width}px">
    <security-timeline .feed=${seed} theme=${theme} start="2024-09-01" end="2024-10-25" group-by="location"></security-timeline>
  </div>`);
  const timeline = element.querySelector('security-timeline')!;
  const harness = new TimelineHarness(timeline);
  await harness.loaded();
  const root = timeline.shadowRoot!;
  const sheet = printStyles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return {element: timeline, harness, root};
}

const shown = (element: Element | null) => Boolean(element?.checkVisibility());

describe('printStyles', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints the chart, the overview, the legend and the credit, without the toolbar or the search', async () => {
    const {root} = await mount(900);
    const parts = () => ({
      toolbar: shown(root.querySelector('[part="toolbar"]')),
      search: shown(root.querySelector('[part="search"]')),
      title: shown(root.querySelector('[part="header"] h2')),
      chart: shown(root.querySelector('.chart > svg')),
      overview: shown(root.querySelector('[part="overview"]')),
      legend: shown(root.querySelector('[part="legend"]')),
      attribution: shown(root.querySelector('[part="attribution"]')),
    });
    expect(root.querySelector('[part="attribution"]')!.textContent).to.contain(ATTRIBUTION);
    expect(parts(), 'on screen').to.deep.equal({
      toolbar: true,
      search: true,
      title: true,
      chart: true,
      overview: true,
      legend: true,
      attribution: true,
    });
    await emulateMedia({media: 'print'});
    expect(parts(), 'on paper').to.deep.equal({
      toolbar: false,
      search: false,
      title: true,
      chart: true,
      overview: true,
      legend: true,
      attribution: true,
    });
  });

  it('fits the chart to the width it is printed at, keeping its proportions', async () => {
    const {element, root} = await mount(900);
    const svg = root.querySelector<SVGSVGElement>('.chart > svg')!;
    const chart = root.querySelector<HTMLElement>('.chart')!;
    const ratio = Number(svg.getAttribute('height')) / Number(svg.getAttribute('width'));
    // The page narrows (as paper is narrower than the screen) and is laid out before the element
    // draws again at the new width: the drawing must fit by the styles alone.
    const narrowed = () => {
      element.parentElement!.style.width = '600px';
      const box = svg.getBoundingClientRect();
      const width = chart.clientWidth;
      element.parentElement!.style.width = '900px';
      return {box, width};
    };
    const onScreen = narrowed();
    expect(onScreen.box.width, 'on screen the drawing keeps its width').to.be.greaterThan(onScreen.width);
    await emulateMedia({media: 'print'});
    const onPaper = narrowed();
    expect(onPaper.box.width).to.be.at.most(onPaper.width);
    expect(onPaper.box.width).to.be.greaterThan(onPaper.width - 2);
    expect(onPaper.box.height / onPaper.box.width).to.be.closeTo(ratio, 0.01);
  });

  it('leaves out the tooltip, the focus ring and the chart’s outline', async () => {
    const {harness, root} = await mount(900);
    harness.chart.focus();
    await sendKeys({press: 'End'});
    await harness.settle();
    const marks = () => ({
      tooltip: shown(harness.tooltip()),
      ring: shown(root.querySelector('.focus-ring')),
      outline: getComputedStyle(harness.chart).outlineStyle,
    });
    expect(marks(), 'on screen').to.deep.equal({tooltip: true, ring: true, outline: 'solid'});
    await emulateMedia({media: 'print'});
    expect(marks(), 'on paper').to.deep.equal({tooltip: false, ring: false, outline: 'none'});
  });

  it('leaves out the hint on zooming with the wheel and the overview brush’s grips, and keeps the brush', async () => {
    const {harness, root} = await mount(900);
    await emulateMedia({media: 'print'});
    // A wheel over the chart that scrolls the page shows the hint, for a moment after the last one.
    harness.chart.dispatchEvent(new WheelEvent('wheel', {deltaY: 40, bubbles: true, composed: true, cancelable: true}));
    await harness.element.updateComplete;
    const hint = root.querySelector('.gesture-hint');
    expect(hint, 'the hint is drawn').to.not.equal(null);
    expect(shown(hint)).to.equal(false);
    expect(root.querySelectorAll('.brush-edge').length).to.equal(2);
    expect([...root.querySelectorAll('.brush-edge')].some(shown)).to.equal(false);
    expect(shown(root.querySelector('.brush'))).to.equal(true);
  });

  it('prints colours as they are and keeps the chart, overview and legend whole', async () => {
    const {root} = await mount(900);
    await emulateMedia({media: 'print'});
    for (const selector of ['.band-fill', '.band-stripe', 'g.marker', '[part="overview"]', '[part="legend"] .swatch']) {
      const element = root.querySelector(selector);
      expect(element, selector).to.not.equal(null);
      expect(getComputedStyle(element!).printColorAdjust, selector).to.equal('exact');
    }
    for (const selector of ['.chart', '[part="overview"]', '[part="legend"]']) {
      expect(getComputedStyle(root.querySelector(selector)!).breakInside, selector).to.equal('avoid');
    }
  });

  it('prints a dark timeline in the light scheme', async () => {
    const {root} = await mount(900, 'dark');
    const base = root.querySelector('.base')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(17, 21, 28)');
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(root.querySelector('g.marker path.shape')!).fill).to.equal('rgb(36, 50, 74)');
  });

  it('prints a legend folded away on a narrow page unfolded', async () => {
    const {root} = await mount(360);
    const folded = root.querySelector('details.legend.compact');
    expect(folded, 'the legend is folded at this width').to.not.equal(null);
    const levels = () => shown(folded!.querySelector('.legend-group'));
    expect(levels(), 'on screen').to.equal(false);
    await emulateMedia({media: 'print'});
    expect(levels(), 'on paper').to.equal(true);
    expect(shown(folded!.querySelector('summary'))).to.equal(false);
  });
});
