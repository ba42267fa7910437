/**
 * The element looks like part of the page: light or dark as the page is (not as the reader's
 * system is set), in the page's font, at the page's size.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

/** The drawing's background, as the reader sees it. */
const background = (element: SecurityTimeline) => getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

async function mountIn(style: string, theme?: string) {
  const page = await fixture<HTMLElement>(html`<div style=${style}>
    <security-timeline style="width: 700px" src=${SEED_URL} theme=${theme ?? 'auto'}></security-timeline>
  </div>`);
  const element = page.querySelector('security-timeline') as SecurityTimeline;
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {page, element, harness};
}

describe('themes', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it('stays light on a light page when the reader’s system is dark', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const {element} = await mountIn('background: #ffffff; color-scheme: light dark');
    expect(background(element)).to.equal('rgb(255, 255, 255)');
  });

  it('turns dark on a dark page, and back when the page’s own switch turns it light', async () => {
    const {element, page} = await mountIn('background: #101318; color: #eee');
    expect(background(element)).to.equal('rgb(17, 21, 28)');
    page.style.background = '#fafafa';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(background(element)).to.equal('rgb(255, 255, 255)');
  });

  it('follows a page that declares dark, and the theme attribute over the page', async () => {
    const {element} = await mountIn('color-scheme: dark');
    expect(background(element)).to.equal('rgb(17, 21, 28)');
    element.theme = 'light';
    await element.updateComplete;
    expect(background(element)).to.equal('rgb(255, 255, 255)');
    // Back to auto: the page is looked at again.
    element.theme = 'auto';
    await element.updateComplete;
    await element.updateComplete;
    expect(background(element)).to.equal('rgb(17, 21, 28)');
  });

  it('follows the system on a page that follows it and paints nothing behind the element', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const {element} = await mountIn('color-scheme: light dark');
    // The test page itself paints no background: the canvas follows the system.
    document.documentElement.style.colorScheme = 'light dark';
    element.requestUpdate();
    await element.updateComplete;
    expect(background(element)).to.equal('rgb(17, 21, 28)');
    document.documentElement.style.colorScheme = '';
  });
});

describe('fonts', () => {
  it('uses the page’s font and grows with the reader’s font size, lanes too', async () => {
    const small = await mountIn('font: 16px Georgia, serif');
    expect(getComputedStyle(small.element).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(small.element).fontSize).to.equal('14px');
    const lane = (harness: TimelineHarness) => Number(harness.chart.querySelector('rect.lane-background')!.getAttribute('height'));
    expect(lane(small.harness)).to.equal(44);
    const large = await mountIn('font: 32px Georgia, serif');
    expect(getComputedStyle(large.element).fontSize).to.equal('28px');
    expect(lane(large.harness)).to.equal(88);
  });

  it('takes --st-font-family and --st-font-size when the page sets them', async () => {
    const {element} = await mountIn('font: 16px Georgia, serif; --st-font-family: monospace; --st-font-size: 20px');
    expect(getComputedStyle(element).fontFamily).to.equal('monospace');
    expect(getComputedStyle(element).fontSize).to.equal('20px');
  });
});
