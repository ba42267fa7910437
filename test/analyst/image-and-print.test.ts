/** toImage() and print, as a page calls them on a drawn timeline. */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

async function mount() {
  const element = await fixture<SecurityTimeline>(
    html`<security-timeline style="width: 800px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
  );
  await new TimelineHarness(element).loaded();
  return element;
}

describe('toImage()', () => {
  it('gives a PNG of the chart at the scale asked for', async () => {
    const element = await mount();
    const blob = (await element.toImage({format: 'png', scale: 2}))!;
    expect(blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 8)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = new DataView(bytes.buffer).getUint32(16);
    // The chart's width and the image's margins, twice over.
    expect(width).to.be.at.least(2 * 800);
  });

  it('gives a self-contained SVG with the title, the legend and the as-of date drawn in', async () => {
    const element = await mount();
    const text = await (await element.toImage({format: 'svg'}))!.text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.documentElement.textContent).to.contain('Tajik–Afghan border, autumn 2024');
    expect(svg.documentElement.textContent).to.contain('As of Oct 2, 2024');
    expect(svg.documentElement.textContent).to.contain('Highest');
    expect(svg.documentElement.textContent).to.contain('Reported');
    expect(svg.querySelectorAll('script, foreignObject, image')).to.have.length(0);
    // No reference out of the document (its namespace declaration is a name, not a reference).
    for (const node of svg.querySelectorAll('*'))
      for (const attribute of node.attributes)
        if (!attribute.name.startsWith('xmlns'))
          expect(attribute.value, `${node.tagName} ${attribute.name}`).not.to.match(/^\s*(https?:|javascript:|data:)/i);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints the chart, its legend and credit without the toolbar', async () => {
    const element = await mount();
    const root = element.shadowRoot!;
    expect(getComputedStyle(root.querySelector('[part="toolbar"]')!).display).not.to.equal('none');
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(root.querySelector('[part="toolbar"]')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part="legend"]')!).display).not.to.equal('none');
    expect(getComputedStyle(root.querySelector('[part="attribution"]')!).display).not.to.equal('none');
    const svg = root.querySelector('.chart > svg')!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(root.querySelector('.chart')!.getBoundingClientRect().width + 1);
  });
});
