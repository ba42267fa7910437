/**
 * The element in its readers' languages: words, digits, dates and calendar from the page's `lang`
 * (across shadow roots, followed when it changes) or the `locale` list; bad tags never break it.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

async function mountIn(wrapper: ReturnType<typeof html>) {
  const host = await fixture<HTMLElement>(wrapper);
  const element = (host.matches('security-timeline') ? host : host.querySelector('security-timeline'))!;
  const harness = new TimelineHarness(element as SecurityTimeline);
  await harness.loaded();
  return {host, element: element as SecurityTimeline, harness, root: element.shadowRoot!};
}

const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** Collects the console warnings written while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('languages', () => {
  it('writes Dari under lang="fa-AF": its words, Persian digits, Solar Hijri dates, right to left', async () => {
    const {root, harness} = await mountIn(
      html`<div lang="fa-AF"><security-timeline style="width: 900px" src=${SEED_URL} start="2024-09-01" end="2024-11-30"></security-timeline></div>`,
    );
    const base = root.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('fa-AF');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(harness.toolbarButton('نمای کامل'), 'the "Fit all" button in Dari').to.not.equal(undefined);
    const summary = text(root, '.summary')!;
    // "1 alert window and 5 incidents", dates from 11 Jadi 1399 to 24 Mizan 1403, the zone isolated.
    expect(summary).to.match(/۱ دورهٔ هشدار/);
    expect(summary).to.match(/۵ رویداد/);
    expect(summary).to.contain('۱۳۹۹');
    expect(summary).to.contain('میزان ۱۴۰۳');
    expect(summary).to.contain('\u2068Asia/Dushanbe\u2069');
    // Digits are the reader's, save those of the feed's own title.
    expect(summary.replace('autumn 2024', '')).to.not.match(/[0-9]/);
    // The axis names the Solar Hijri months it starts: Mizan (22 Sep) and Aqrab (22 Oct).
    expect(harness.tickLabels()).to.include.members(['میزان', 'عقرب']);
    expect(root.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.contain('Enter');
  });

  it('writes Pashto words with Dari dates, on the Solar Hijri calendar, where the browser knows no Pashto months', async () => {
    const {root} = await mountIn(html`<security-timeline lang="ps" style="width: 900px" src=${SEED_URL}></security-timeline>`);
    expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ps');
    const summary = text(root, '.summary')!;
    expect(summary).to.contain('پېښې');
    expect(summary).to.contain('میزان ۱۴۰۳');
  });

  it('takes a list in order of preference: Tajik words, Russian dates', async () => {
    const {root, harness} = await mountIn(html`<security-timeline locale="tg ru" style="width: 900px" src=${SEED_URL}></security-timeline>`);
    expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('tg');
    expect(harness.toolbarButton('Тамоми давра')).to.not.equal(undefined);
    expect(text(root, '.summary')).to.match(/\d+ ҳодиса/);
    expect(text(root, '.summary')).to.contain('окт. 2024');
  });

  it('writes Russian plurals and Arabic words with the Arabic comma', async () => {
    const ru = await mountIn(html`<security-timeline locale="ru" style="width: 900px" src=${SEED_URL}></security-timeline>`);
    expect(text(ru.root, '.summary')).to.contain('1 период тревоги и 5 инцидентов');
    const ar = await mountIn(html`<security-timeline locale="ar" style="width: 900px" src=${SEED_URL}></security-timeline>`);
    expect(ar.root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    // Five is of the "few" form in Arabic: the plural noun.
    expect(text(ar.root, '.summary')).to.contain('حوادث');
  });

  it('draws under lang="en_US", a common mistake, reading it as en-US, and says so once in the console', async () => {
    let drawn: Awaited<ReturnType<typeof mountIn>> | undefined;
    const seen = await warnings(async () => {
      drawn = await mountIn(html`<div lang="en_US"><security-timeline style="width: 900px" src=${SEED_URL}></security-timeline></div>`);
      drawn.element.requestUpdate();
      await drawn.element.updateComplete;
    });
    expect(drawn!.element.status).to.equal('ready');
    expect(drawn!.harness.markers().length).to.be.greaterThan(0);
    expect(seen.filter((line) => line.includes('en_US'))).to.deep.equal([
      'security-timeline: the page’s lang: "en_US" is not a language tag (BCP 47 separates its parts with "-"): read as "en-US".',
    ]);
  });

  it('skips a tag that is none, and an unknown calendar or time zone, saying why, and still draws', async () => {
    const seen = await warnings(async () => {
      const {element, harness} = await mountIn(
        html`<security-timeline locale="?? ru" calendar="martian" time-zone="Mars/Olympus" style="width: 900px" src=${SEED_URL}></security-timeline>`,
      );
      expect(element.status).to.equal('ready');
      expect(harness.toolbarButton('Весь период')).to.not.equal(undefined);
    });
    expect(seen.some((line) => line.includes('"??" is not a language tag'))).to.equal(true);
    expect(seen.some((line) => line.includes('"martian" is not a calendar'))).to.equal(true);
    expect(seen.some((line) => line.includes('"Mars/Olympus" is not an IANA time zone'))).to.equal(true);
  });

  it('finds the lang of the component it sits in, across its shadow root', async () => {
    class Wrapper extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const shadow = this.attachShadow({mode: 'open'});
        shadow.innerHTML = `<div lang="ru"><security-timeline style="width: 900px" src="${SEED_URL}"></security-timeline></div>`;
      }
    }
    if (!customElements.get('article-card')) customElements.define('article-card', Wrapper);
    const card = await fixture<HTMLElement>(html`<article-card></article-card>`);
    const element = card.shadowRoot!.querySelector('security-timeline') as SecurityTimeline;
    await new TimelineHarness(element).loaded();
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ru');

    const outer = await fixture<HTMLElement>(html`<div lang="uz"><article-card></article-card></div>`);
    const inner = outer.querySelector('article-card')!.shadowRoot!;
    inner.querySelector('div')!.removeAttribute('lang');
    const nested = inner.querySelector('security-timeline') as SecurityTimeline;
    await new TimelineHarness(nested).loaded();
    expect(nested.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('uz');
  });

  it('follows later changes of the page’s lang and dir', async () => {
    const {host, element, root} = await mountIn(
      html`<div lang="en"><security-timeline style="width: 900px" src=${SEED_URL}></security-timeline></div>`,
    );
    expect(text(root, '.summary')).to.contain('incidents');
    host.setAttribute('lang', 'ru');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(text(root, '.summary')).to.contain('инцидентов');
    host.setAttribute('dir', 'rtl');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('takes the page’s own wording of any message, and the feed’s own names of levels in the reader’s language', async () => {
    const feed = {
      version: '1.1',
      levels: [{id: 'top', label: 'Highest', labels: {ru: 'Наивысший', 'fa-AF': 'بلندترین'}, rank: 4}],
      alerts: [{id: 'a', title: 'Alert', level: 'top', start: '2024-09-24', end: '2024-10-15'}],
      incidents: [{id: 'i', title: 'Incident', when: '2024-10-02', category: 'attack', status: 'confirmed'}],
    };
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline locale="ru" style="width: 900px" .feed=${feed} .messages=${{fitAll: 'Всё сразу', incidents: {one: '{count} событие', few: '{count} события', many: '{count} событий', other: '{count} события'}}}></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    expect(harness.toolbarButton('Всё сразу')).to.not.equal(undefined);
    expect(text(element.shadowRoot!, '.summary')).to.contain('1 событие');
    expect(harness.legendButton('Наивысший')).to.not.equal(undefined);
    // A default category is named in the reader's language too.
    expect(harness.legendButton('Нападение') ?? harness.legendButton('Атака')).to.not.equal(undefined);
  });

  for (const [locale, digits] of [
    ['en', '0123456789'],
    ['fa-AF', '۰۱۲۳۴۵۶۷۸۹'],
    ['ar-EG', '٠١٢٣٤٥٦٧٨٩'],
  ]) {
    it(`writes cluster counts in the reader’s digits: ${locale}`, async () => {
      const feed = syntheticFeed({incidents: 2_000, seed: 3});
      const element = await fixture<SecurityTimeline>(
        html`<security-timeline locale=${locale} style="width: 900px" .feed=${feed}></security-timeline>`,
      );
      const harness = new TimelineHarness(element);
      await harness.loaded();
      const clusters = harness.clusters();
      expect(clusters.length).to.be.greaterThan(3);
      // Each cluster's count, grouped and in those digits, written inside its circle.
      const written = (count: number) => new Intl.NumberFormat(locale).format(count);
      for (const cluster of clusters) {
        expect(cluster.label).to.equal(written(cluster.count));
        expect([...cluster.label].every((glyph) => digits.includes(glyph) || /[^\d]/.test(glyph))).to.equal(true);
      }
    });
  }
});
