/**
 * Meaning that survives without colour: the default levels' contrast, their patterns, and the
 * element under forced colours (Windows High Contrast), in light and dark themes.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/index.js';
import {DEFAULT_LEVELS} from '../../src/feed/validate.js';
import type {SecurityTimeline} from '../../src/index.js';
import {tap} from '../helpers/tap.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {levelStep, RANK_RAMP} from '../../src/layout/presentation.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
/** The lanes' two backgrounds in each theme. */
const BACKGROUNDS = ['#ffffff', '#f6f8fb', '#11151c', '#161b24'];

describe('levels without colour', () => {
  it('are at least 3:1 against every lane background in both themes, the default scale and the ramp', () => {
    for (const color of [...DEFAULT_LEVELS.map((level) => level.color!), ...RANK_RAMP]) {
      for (const background of BACKGROUNDS) expect(contrast(color, background), `${color} on ${background}`).to.be.at.least(3);
    }
  });

  it('tell their step on the scale by a pattern: one step per level of the scale', async () => {
    expect(DEFAULT_LEVELS.map((level) => levelStep(level, DEFAULT_LEVELS))).to.deep.equal([1, 2, 4, 5]);
    const element = await fixture<SecurityTimeline>(html`<security-timeline style="width: 900px" src=${SEED_URL}></security-timeline>`);
    await new TimelineHarness(element).loaded();
    const stripe = element.shadowRoot!.querySelector('.band-stripe')!;
    expect(stripe.closest('.band')!.classList.contains('step-5')).to.equal(true);
  });

  it('select their alert by a click on the band’s fill, not only on its stripe', async () => {
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    const fill = element.shadowRoot!.querySelector<SVGRectElement>('.band-fill')!;
    tap(fill, {x: 5, y: 5});
    await harness.settle();
    expect(element.selected).to.equal('tj-af-border-highest-2024');
  });
});

describe('forced colours', () => {
  afterEach(() => executeServerCommand('forced-colors', {active: false}));

  for (const theme of ['light', 'dark']) {
    it(`draw every mark in system colours, the legend's keys kept, and pass axe (theme ${theme})`, async () => {
      await executeServerCommand('forced-colors', {active: true});
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const element = await fixture<SecurityTimeline>(
        html`<security-timeline theme=${theme} style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
      );
      await new TimelineHarness(element).loaded();
      const root = element.shadowRoot!;
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      const canvas = getComputedStyle(probe).backgroundColor;
      probe.remove();
      expect(getComputedStyle(root.querySelector('.marker path.shape')!).fill, 'a marker').to.equal(text);
      expect(getComputedStyle(root.querySelector('text.lane-label')!).fill, 'a lane label').to.equal(text);
      expect(getComputedStyle(root.querySelector('.lane-background')!).fill, 'a lane').to.equal(canvas);
      expect(getComputedStyle(root.querySelector('.band-stripe')!).stroke, 'a band’s outline').to.equal(text);
      const swatch = root.querySelector<HTMLElement>('.swatch')!;
      expect(getComputedStyle(swatch).backgroundColor, 'the legend keeps its colour key').to.not.equal(canvas);
      await expect(element).to.be.accessible();
    });
  }
});
