/**
 * Focus stays where a keyboard reader expects it, the page's name for the element is used, and
 * nothing of the plot is drawn over the lane labels.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture<SecurityTimeline>(template);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness, root: element.shadowRoot!};
}

describe('focus', () => {
  it('goes back to the chart when the details close, by their × or by Escape', async () => {
    const {element, root, harness} = await mount(html`<security-timeline style="width: 900px" src=${SEED_URL}></security-timeline>`);
    element.selected = 'recon-ai-khanum-post';
    await harness.settle();
    const close = harness.details()!.querySelector<HTMLButtonElement>('.details-head button')!;
    close.focus();
    await sendKeys({press: 'Enter'});
    await harness.settle();
    expect(harness.details()).to.equal(null);
    expect(root.activeElement, 'focus after the × closed the details').to.equal(harness.chart);

    element.selected = 'recon-ai-khanum-post';
    await harness.settle();
    harness.details()!.querySelector<HTMLButtonElement>('.details-head button')!.focus();
    await sendKeys({press: 'Escape'});
    await harness.settle();
    expect(harness.details()).to.equal(null);
    expect(root.activeElement, 'focus after Escape closed the details').to.equal(harness.chart);
  });

  it('goes into the chart on host.focus()', async () => {
    const {element, root, harness} = await mount(html`<security-timeline style="width: 900px" src=${SEED_URL}></security-timeline>`);
    element.focus();
    expect(root.activeElement).to.equal(harness.chart);
    expect(document.activeElement).to.equal(element);
  });

  it('names the chart with the host’s aria-label, then what it holds', async () => {
    const {element, harness} = await mount(
      html`<security-timeline aria-label="Border security, autumn 2024" style="width: 900px" src=${SEED_URL}></security-timeline>`,
    );
    expect(harness.chart.getAttribute('aria-label')).to.match(
      /^Border security, autumn 2024\. Tajik–Afghan border, autumn 2024: 1 alert window and 5 incidents/,
    );
    element.setAttribute('aria-label', 'Another name');
    await element.updateComplete;
    expect(harness.chart.getAttribute('aria-label')).to.match(/^Another name\. /);
  });
});

describe('the plot', () => {
  it('clips markers and their uncertainty whiskers to the plot, clear of the lane labels', async () => {
    const {harness, root} = await mount(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-18" end="2024-10-10"></security-timeline>`,
    );
    const plot = root.querySelector<SVGSVGElement>('svg.plot')!;
    expect(plot.querySelector('g.markers'), 'the markers are in the clipped plot').to.not.equal(null);
    // The plot is an inner <svg>, which clips what it holds to its box.
    const clip = plot;
    expect(getComputedStyle(plot).overflow).to.equal('hidden');
    const labelsEnd = Math.max(
      ...[...root.querySelectorAll<SVGTextElement>('text.lane-label')].map((label) => label.getBBox().x + label.getBBox().width),
    );
    expect(clip.x.baseVal.value, 'the clip starts after the lane labels').to.be.at.least(labelsEnd);
    // A reconnaissance known only to lie between mid-September and 2 October: in this view its
    // whisker starts left of the plot, over the labels, and the clip is what keeps it off them.
    const whisker = root.querySelector<SVGPathElement>('[data-id="recon-ai-khanum-post"] path.interval')!;
    expect(whisker, 'the reconnaissance is drawn with its whisker').to.not.equal(null);
    const translateX = (element: Element) => Number(/translate\(([-\d.e]+)/.exec(element.getAttribute('transform') ?? '')?.[1] ?? 0);
    const start = Number(/^M([-\d.e]+)/.exec(whisker.getAttribute('d')!)![1]);
    const whiskerStart = translateX(whisker.closest('g.markers')!) + translateX(whisker.closest('[data-id]')!) + start;
    expect(whiskerStart, 'the whisker starts left of the plot').to.be.lessThan(clip.x.baseVal.value);
    expect(whisker.closest('svg.plot')).to.equal(plot);
    void harness;
  });
});

describe('the legend', () => {
  it('stays under the pointer when a chip the reader pressed changes the chart above it', async () => {
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="category" start="2024-09-01" end="2024-10-25"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    // An article around it, scrolled down to the legend.
    const above = document.createElement('div');
    above.style.height = '1000px';
    element.before(above);
    const page = document.createElement('div');
    page.style.height = '2000px';
    element.after(page);
    const chip = harness.legendButton('Reconnaissance')!;
    chip.scrollIntoView({block: 'center'});
    const before = chip.getBoundingClientRect().top;
    const chartBefore = harness.chart.getBoundingClientRect().height;
    chip.focus();
    chip.click();
    await harness.settle();
    expect(harness.chart.getBoundingClientRect().height, 'the chart lost a lane').to.be.lessThan(chartBefore);
    expect(chip.getBoundingClientRect().top).to.be.closeTo(before, 1);
    page.remove();
    above.remove();
  });
});
