/** The element on a phone's width: lane labels inside their lanes, whole; details brought into view. */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {tap} from '../helpers/tap.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

async function mount(width: number) {
  const element = await fixture<SecurityTimeline>(
    html`<security-timeline style="width: ${width}px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
  );
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness, root: element.shadowRoot!};
}

describe('on a phone', () => {
  it('writes lane labels whole inside their lanes, and gives the plot the whole width', async () => {
    const {harness, root} = await mount(360);
    const labels = [...root.querySelectorAll<SVGTextElement>('text.lane-label')];
    const drawnText = (label: SVGTextElement) =>
      [...label.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('');
    expect(labels.map(drawnText)).to.include('Ai-Khanum border post');
    const lanes = [...root.querySelectorAll<SVGRectElement>('rect.lane-background')];
    labels.forEach((label, i) => {
      const lane = lanes[i].getBBox();
      const y = label.y.baseVal[0].value;
      expect(y, 'in the top part of its lane').to.be.within(lane.y, lane.y + lane.height / 2);
    });
    // The plot starts near the chart's edge: no gutter.
    expect(root.querySelector<SVGSVGElement>('svg.plot')!.x.baseVal.value).to.equal(0);
    expect(harness.laneLabels()).to.include('Khamadoni crossing');
  });

  it('draws the clusters of a dense archive under the labels, never over them', async () => {
    // Five years in one view, clusters sized by their deaths: drawn at their largest.
    const feed = syntheticFeed({incidents: 8000, seed: 4, locations: 8, realistic: true});
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 375px" group-by="location" size-by="fatalities" .feed=${feed} start="2020-01-01" end="2025-01-01"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    const root = element.shadowRoot!;
    // In the chart's drawing: each lane's box, and its label's.
    const lanes = [...root.querySelectorAll<SVGRectElement>('rect.lane-background')].map((lane) => lane.getBBox());
    const labels = [...root.querySelectorAll<SVGTextElement>('text.lane-label.inline')].map((label) => label.getBBox());
    expect(labels).to.have.length(8);
    const clusters = harness.clusters();
    expect(clusters.length).to.be.greaterThan(8);
    expect(Math.max(...clusters.map((cluster) => cluster.r))).to.be.at.least(16);
    for (const [k, cluster] of clusters.entries()) {
      const lane = lanes.findIndex((box) => cluster.y > box.y && cluster.y < box.y + box.height);
      const label = labels[lane];
      expect(cluster.y - cluster.r, `cluster ${k}, lane ${lane}: below its label`).to.be.at.least(label.y + label.height - 0.5);
      expect(cluster.y + cluster.r, `cluster ${k}, lane ${lane}: inside its lane`).to.be.at.most(lanes[lane].y + lanes[lane].height + 0.5);
    }
  });

  it('keeps the gutter on a wider screen', async () => {
    const {root} = await mount(900);
    expect(root.querySelector<SVGSVGElement>('svg.plot')!.x.baseVal.value).to.be.greaterThan(100);
    expect(root.querySelector('text.lane-label.inline')).to.equal(null);
  });

  it('brings the details into view when the reader taps an item', async () => {
    const spacer = document.createElement('div');
    const {element, harness} = await mount(360);
    spacer.style.height = '100px';
    element.after(spacer);
    window.scrollTo(0, 0);
    const marker = harness.marker('expected-recon-khamadoni')!.element;
    // A page so short that the details open below the screen.
    document.body.style.paddingBottom = '0';
    tap(marker);
    await harness.settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const details = harness.details()!.getBoundingClientRect();
    expect(details.top).to.be.lessThan(innerHeight);
    expect(details.bottom).to.be.at.most(innerHeight + 1);
    spacer.remove();
  });
});

describe('the incidents outside the view', () => {
  it('are counted under the chart, and a press brings the nearest into view', async () => {
    // The seed feed opens on the autumn of 2024; the change of power of 2021 is before it.
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    const root = element.shadowRoot!;
    const earlier = root.querySelector<HTMLButtonElement>('.outside .earlier')!;
    expect(earlier.textContent.trim()).to.equal('← 1 earlier incident');
    expect(root.querySelector('.outside .later')).to.equal(null);
    expect(harness.marker('taliban-take-power-2021')).to.equal(undefined);
    earlier.click();
    await harness.settle();
    expect(harness.marker('taliban-take-power-2021'), 'the 2021 incident in view').to.not.equal(undefined);
    expect(root.querySelector('.outside .earlier')).to.equal(null);
    expect(root.querySelector('.outside .later')!.textContent.trim()).to.match(/^\d later incidents? →$/);
  });
});

describe('the legend on a phone', () => {
  it('folds away behind its name, the chart first, and opens to the same filters', async () => {
    const {root} = await mount(360);
    const legend = root.querySelector<HTMLDetailsElement>('details[part="legend"]')!;
    expect(legend, 'a folded legend').to.not.equal(null);
    expect(legend.open).to.equal(false);
    expect(legend.querySelector('summary')!.textContent).to.equal('Legend and filters');
    const legendTop = legend.getBoundingClientRect().top;
    expect(legend.getBoundingClientRect().height, 'one line while folded').to.be.lessThan(40);
    legend.querySelector('summary')!.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(legend.open).to.equal(true);
    expect([...legend.querySelectorAll('button')].map((button) => button.textContent.trim())).to.include('Reconnaissance');
    expect(legend.getBoundingClientRect().top).to.equal(legendTop);
  });

  it('stays open on a wider screen', async () => {
    const {root} = await mount(900);
    expect(root.querySelector('details[part="legend"]')).to.equal(null);
    expect(root.querySelector('div[part="legend"]')).to.not.equal(null);
  });
});
