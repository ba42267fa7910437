/**
 * The chart as an image (src/export/image.ts), from an element drawing the seed feed: a PNG of
 * the drawing's size times the scale, whose pixels show the band; an SVG that is valid XML, refers
 * to nothing outside itself, holds the title, credit, as-of line and the chart's shapes in the
 * colours the element computed; feed text that stays text; and the PNG under a
 * Content-Security-Policy that blocks `blob:` images, or `data:` ones too.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {FeedDocument, SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {chartImage, chartSvg, type ImageInfo} from '../../src/export/image.js';
import {concreteColor, overOpaque} from '../../src/export/concrete-color.js';
import {levelColor} from '../../src/layout/presentation.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';
const SVG_NS = 'http://www.w3.org/2000/svg';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ATTRIBUTION = 'Armed Conflict Location & Event Data (ACLED); acleddata.com, accessed 2 October 2024';
const AS_OF = 'As of 2 October 2024';

async function mount(theme = 'light', width = 900): Promise<{element: SecurityTimeline; harness: TimelineHarness}> {
  const element = await fixture<SecurityTimeline>(html`<security-timeline
    style="width: ${width}px"
    theme=${theme}
    src=${SEED_URL}
    start="2024-09-01"
    end="2024-10-25"
    group-by="location"
  ></security-timeline>`);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness};
}

/** What the element will pass: its words, the feed's levels and the statuses in its tokens. */
function infoOf(element: SecurityTimeline, overrides: Partial<ImageInfo> = {}): ImageInfo {
  const levels = element.data!.levels.filter((level) => level.known);
  return {
    title: element.data!.title ?? '',
    attribution: ATTRIBUTION,
    asOf: AS_OF,
    legend: [
      ...levels.map((level) => ({label: level.label, color: levelColor(level, levels), kind: 'level' as const})),
      {label: 'Confirmed', color: 'var(--_marker)', kind: 'status', status: 'confirmed'},
      {label: 'Reported', color: 'var(--_marker)', kind: 'status', status: 'reported'},
      {label: 'Expected', color: 'var(--_expected)', kind: 'status', status: 'expected'},
      {label: 'Denied', color: 'var(--_denied)', kind: 'status', status: 'denied'},
    ],
    background: 'var(--_bg)',
    foreground: 'var(--_fg)',
    lang: 'en',
    dir: 'ltr',
    ...overrides,
  };
}

function parseSvg(text: string): Document {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

/**
 * The parser's complaint, if any, in printable ASCII: the test runner's report cannot carry the
 * characters the complaint may quote (a lone surrogate would stall it).
 */
function parseError(doc: Document): string | null {
  const error = doc.querySelector('parsererror');
  return error && (error.textContent ?? '').replace(/[^\x20-\x7e]/g, '?');
}

/** Everything in a document that could reach outside it or run. */
function externalReferences(doc: Document): string[] {
  const found: string[] = [];
  for (const element of doc.querySelectorAll('*')) {
    if (['script', 'foreignObject', 'image', 'iframe', 'use', 'a', 'style', 'feImage'].includes(element.localName))
      found.push(`<${element.localName}>`);
    for (const {name, value} of element.attributes) {
      // Namespace declarations name a vocabulary; nothing is fetched from them.
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (/^on/i.test(name)) found.push(`${name} on <${element.localName}>`);
      if (/(^|:)href$/i.test(name) && !value.startsWith('#')) found.push(`${name}="${value}"`);
      // A url(#…) names a part of the document; anything else with a scheme leaves it.
      const outside = value.replace(/url\(\s*['"]?#[^)]*\)/g, '');
      if (/(https?|javascript|data|blob|file):/i.test(outside)) found.push(`${name}="${value}"`);
    }
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk (big-endian, right after the signature and chunk header). */
function pngSize(bytes: Uint8Array): {width: number; height: number} {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(...bytes.slice(12, 16))).to.equal('IHDR');
  return {width: data.getUint32(16), height: data.getUint32(20)};
}

async function pixelsOf(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Of the pixels on a grid over a rectangle, the share that passes `test`. */
function share(
  image: ImageData,
  box: {x: number; y: number; width: number; height: number},
  test: (r: number, g: number, b: number) => boolean,
): number {
  let passed = 0;
  let total = 0;
  for (let y = box.y + 2; y < box.y + box.height - 2; y += 3) {
    for (let x = box.x + 2; x < box.x + box.width - 2; x += 3) {
      const at = (Math.round(y) * image.width + Math.round(x)) * 4;
      total += 1;
      if (test(image.data[at], image.data[at + 1], image.data[at + 2])) passed += 1;
    }
  }
  return passed / total;
}

/** A computed colour as `#rrggbb`, the form the export writes. */
const hexOf = (value: string) => concreteColor(value, document)?.hex ?? 'none';

/** Where the chart is placed in the exported image. */
function chartOffset(doc: Document): {x: number; y: number} {
  const chart = doc.querySelector('svg > svg.chart')!;
  return {x: Number(chart.getAttribute('x')), y: Number(chart.getAttribute('y'))};
}

/** Words for a chart drawn without the element. */
const FRAME_INFO: ImageInfo = {title: 'Framed', legend: [], background: '#ffffff', foreground: '#000000', lang: 'en', dir: 'ltr'};

describe('chartImage', () => {
  it('makes a PNG of the drawing’s size times the scale', async () => {
    const {element} = await mount();
    const info = infoOf(element);
    const {width, height} = chartSvg(element.shadowRoot!, info);
    // The image is the chart's width with margins, and taller than the chart with the words around it.
    const chartBox = element.shadowRoot!.querySelector('.chart > svg')!.getBoundingClientRect();
    expect(width).to.equal(Math.ceil(chartBox.width) + 32);
    expect(height).to.be.greaterThan(chartBox.height + 60);

    const png = await chartImage(element.shadowRoot!, info, {format: 'png', scale: 2});
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 8)]).to.deep.equal(PNG_SIGNATURE);
    expect(pngSize(bytes)).to.deep.equal({width: width * 2, height: height * 2});
  });

  it('scales the PNG by the screen’s pixel ratio by default, within 1 to 4', async () => {
    const {element} = await mount();
    const info = infoOf(element);
    const {width, height} = chartSvg(element.shadowRoot!, info);
    const sizeAt = async (scale?: number) =>
      pngSize(new Uint8Array(await (await chartImage(element.shadowRoot!, info, {format: 'png', scale})).arrayBuffer()));
    Object.defineProperty(window, 'devicePixelRatio', {configurable: true, value: 3});
    try {
      expect(await sizeAt()).to.deep.equal({width: width * 3, height: height * 3});
    } finally {
      delete (window as {devicePixelRatio?: number}).devicePixelRatio;
    }
    expect(await sizeAt(10)).to.deep.equal({width: width * 4, height: height * 4});
    expect(await sizeAt(0.25)).to.deep.equal({width, height});
  });

  it('makes an SVG that is valid XML, refers to nothing outside itself and holds the words and shapes', async () => {
    const {element} = await mount();
    const blob = await chartImage(element.shadowRoot!, infoOf(element), {format: 'svg'});
    expect(blob.type).to.equal('image/svg+xml');
    const text = await blob.text();
    const doc = parseSvg(text);
    expect(parseError(doc)).to.equal(null);
    expect(doc.documentElement.namespaceURI).to.equal(SVG_NS);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(externalReferences(doc)).to.deep.equal([]);
    // Lit's markers are comments: none is left.
    expect(text).not.to.contain('<!--');
    expect(text).not.to.contain('lit$');

    const texts = [...doc.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).to.include('Tajik–Afghan border, autumn 2024');
    expect(texts).to.include(ATTRIBUTION);
    expect(texts).to.include(AS_OF);
    expect(texts).to.include.members(['Low', 'Elevated', 'High', 'Highest', 'Confirmed', 'Reported', 'Expected', 'Denied']);
    // A lane's label, with its full name as its <title>.
    expect(doc.querySelector('text.lane-label')!.firstChild!.textContent).to.equal('Afghanistan');
    expect(doc.querySelector('text.lane-label > title')!.textContent).to.equal('Afghanistan');
    expect(doc.querySelectorAll('path, rect').length).to.be.greaterThan(15);
    expect(doc.querySelectorAll('rect.band-fill').length).to.be.greaterThan(0);
    expect(doc.querySelectorAll('g.marker path.shape').length).to.equal(element.shadowRoot!.querySelectorAll('g.marker path.shape').length);
    // The overview strip comes along, without its brush's grips.
    expect(doc.querySelector('svg.overview rect.brush')).to.not.equal(null);
    expect(doc.querySelector('.brush-edge, .focus-ring, .hit')).to.equal(null);
  });

  it('writes every colour as a concrete value: no token, light-dark() or color-mix() is left', async () => {
    const {element} = await mount();
    const text = chartSvg(element.shadowRoot!, infoOf(element)).text;
    expect(text).not.to.match(/var\(|light-dark\(|color-mix\(|currentcolor/i);
    const doc = parseSvg(text);
    for (const node of doc.querySelectorAll('[fill], [stroke]')) {
      for (const name of ['fill', 'stroke']) {
        const value = node.getAttribute(name);
        if (value !== null) expect(value, `${name} of <${node.localName} class="${node.getAttribute('class')}">`).to.match(/^(#[0-9a-f]{6}|none)$/);
      }
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`draws shapes in the colours the element computed for them (${theme} theme)`, async () => {
      const {element} = await mount(theme);
      const root = element.shadowRoot!;
      const doc = parseSvg(chartSvg(root, infoOf(element)).text);
      for (const selector of ['g.marker path.shape', 'rect.band-fill', 'rect.lane-background.alternate', '.tick line', 'text.lane-label']) {
        const drawn = [...root.querySelectorAll(`.chart > svg ${selector}`)];
        const exported = [...doc.querySelectorAll(`svg.chart ${selector}`)];
        expect(drawn.length, selector).to.be.greaterThan(0);
        expect(exported.length, selector).to.equal(drawn.length);
        drawn.forEach((original, i) => {
          const style = getComputedStyle(original);
          const copy = exported[i];
          // An attribute written on a parent is inherited: look up the nearest that sets it.
          const written = (name: string) => copy.closest(`[${name}]`)?.getAttribute(name);
          expect(written('fill'), `${selector} fill`).to.equal(hexOf(style.fill));
          expect(written('stroke'), `${selector} stroke`).to.equal(hexOf(style.stroke));
          expect(Number(written('fill-opacity')), `${selector} fill-opacity`).to.be.closeTo(
            Number(style.fillOpacity) * (concreteColor(style.fill, document)?.alpha ?? 1),
            0.001,
          );
        });
      }
      const background = doc.querySelector('rect.background')!.getAttribute('fill');
      expect(background).to.equal(theme === 'dark' ? '#11151c' : '#ffffff');
      expect(doc.querySelector('text.title')!.getAttribute('fill')).to.equal(theme === 'dark' ? '#e6e9ef' : '#1d2330');
    });
  }

  it('keeps text from a hostile feed as text', async () => {
    const seed = (await (await fetch(SEED_URL)).json()) as FeedDocument & {alerts: Array<{title: string}>; incidents: Array<Record<string, unknown>>};
    const hostileTitle = '</svg><script>alert(1)</script>';
    const hostileIncident = '<img src=x onerror="window.__pwned=1"> & "quotes"';
    seed.title = hostileTitle;
    // Characters XML cannot hold (a control, a lone surrogate) first, where the band's label keeps them.
    seed.alerts[0].title = `\u0001\uD800]]><foreignObject><script>alert(2)</script></foreignObject>`;
    for (const incident of seed.incidents) {
      incident.title = hostileIncident;
      incident.location = {name: `<img src=x onerror=alert(3)>`, country: 'Tajikistan'};
    }
    const element = await fixture<SecurityTimeline>(html`<security-timeline
      style="width: 900px"
      .feed=${seed}
      start="2024-09-01"
      end="2024-10-25"
      group-by="location"
    ></security-timeline>`);
    await new TimelineHarness(element).loaded();
    const text = chartSvg(element.shadowRoot!, infoOf(element, {attribution: hostileIncident})).text;
    const doc = parseSvg(text);
    expect(parseError(doc)).to.equal(null);
    expect(doc.querySelectorAll('script, img, foreignObject').length).to.equal(0);
    expect(externalReferences(doc)).to.deep.equal([]);
    const texts = [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '');
    expect(texts).to.include(hostileTitle);
    expect(texts).to.include(hostileIncident);
    expect(texts.some((line) => line.includes('<img src=x onerror=alert(3)>'))).to.equal(true, 'the lane label, as text');
    expect(doc.querySelector('title')!.textContent).to.equal(hostileTitle);
    // The band's label carries the alert's title, as text.
    expect(doc.querySelector('text.band-label')!.textContent).to.contain('foreignObject');
  });

  it('makes an SVG an <img> loads at its size', async () => {
    const {element} = await mount();
    const svg = chartSvg(element.shadowRoot!, infoOf(element));
    const blob = await chartImage(element.shadowRoot!, infoOf(element), {format: 'svg'});
    const url = URL.createObjectURL(blob);
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      expect(image.naturalWidth).to.equal(svg.width);
      expect(image.naturalHeight).to.equal(svg.height);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('draws the band in the PNG where the chart draws it, and leaves the lanes beside it clear', async () => {
    const {element, harness} = await mount();
    const info = infoOf(element);
    const offset = chartOffset(parseSvg(chartSvg(element.shadowRoot!, info).text));
    const scale = 2;
    const image = await pixelsOf(await chartImage(element.shadowRoot!, info, {format: 'png', scale}));
    const [band] = harness.bands();
    const fill = band.fills[0];
    const box = (x: number, width: number) => ({
      x: (offset.x + x) * scale,
      y: (offset.y + fill.y) * scale,
      width: width * scale,
      height: fill.height * scale,
    });
    // The level's magenta at 0.2 over the lanes: green well under red and blue.
    const tinted = (r: number, g: number, b: number) => r - g > 18 && b - g > 12;
    expect(share(image, box(band.x, band.width), tinted)).to.be.greaterThan(0.8);
    const plotLeft = Number(
      element
        .shadowRoot!.querySelector('.chart > svg .axis')!
        .getAttribute('transform')!
        .match(/translate\(([\d.]+)/)![1],
    );
    expect(share(image, box(plotLeft, band.x - plotLeft - 4), tinted)).to.be.lessThan(0.02);
    // The title is drawn: dark pixels in its line.
    const title = {x: 16 * scale, y: 16 * scale, width: 120 * scale, height: 20 * scale};
    expect(share(image, title, (r, g, b) => r + g + b < 300)).to.be.greaterThan(0.02);
  });

  it('sets the words from the right edge right to left', async () => {
    const {element} = await mount();
    const place = (dir: 'ltr' | 'rtl') => {
      const svg = chartSvg(element.shadowRoot!, infoOf(element, {dir, lang: dir === 'rtl' ? 'ar' : 'en'}));
      const drawn = document.importNode(parseSvg(svg.text).documentElement, true);
      document.body.append(drawn);
      try {
        const box = (selector: string) => (drawn.querySelector(selector) as SVGGraphicsElement).getBBox();
        return {
          width: svg.width,
          title: box('text.title'),
          note: box('text.note'),
          swatch: (drawn.querySelector('.legend g') as SVGGElement).getCTM()!.e,
        };
      } finally {
        drawn.remove();
      }
    };
    const ltr = place('ltr');
    expect(ltr.title.x).to.be.closeTo(16, 1.5);
    expect(ltr.note.x).to.be.closeTo(16, 1.5);
    expect(ltr.swatch).to.be.lessThan(40);
    const rtl = place('rtl');
    expect(rtl.title.x + rtl.title.width).to.be.closeTo(rtl.width - 16, 1.5);
    expect(rtl.title.x).to.be.greaterThan(100);
    expect(rtl.note.x + rtl.note.width).to.be.closeTo(rtl.width - 16, 1.5);
    expect(rtl.swatch).to.be.greaterThan(rtl.width - 40);
  });

  it('says so when no chart is drawn', async () => {
    const element = await fixture<SecurityTimeline>(html`<security-timeline></security-timeline>`);
    await element.updateComplete;
    let error: unknown;
    await chartImage(element.shadowRoot!, FRAME_INFO, {format: 'svg'}).catch((caught: unknown) => {
      error = caught;
    });
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('not drawn');
  });
});

/**
 * A page of its own under a policy given in a meta element, with a shadow root drawing a chart
 * as the element does (the element's class is not defined in that page's registry).
 */
async function framedChart(policy: string): Promise<{frame: HTMLIFrameElement; root: ShadowRoot; violations: string[]}> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><body></body>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI.replace(/:.*$/, '')}`));
  const host = doc.createElement('div');
  doc.body.append(host);
  const root = host.attachShadow({mode: 'open'});
  const chart = doc.createElement('div');
  chart.className = 'chart';
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of Object.entries({width: '200', height: '100', viewBox: '0 0 200 100'})) svg.setAttribute(name, value);
  const rect = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({width: '200', height: '100', fill: '#b8229e'})) rect.setAttribute(name, value);
  svg.append(rect);
  chart.append(svg);
  root.append(chart);
  return {frame, root, violations};
}

describe('chartImage under a Content-Security-Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('draws the PNG from a data: URL when img-src blocks blob:', async () => {
    const framed = await framedChart("img-src 'self' data:");
    frame = framed.frame;
    const png = await chartImage(framed.root, FRAME_INFO, {format: 'png', scale: 1});
    const image = await pixelsOf(png);
    expect(image.width).to.equal(232);
    // The chart's rectangle is drawn, in its colour.
    const offset = chartOffset(parseSvg(chartSvg(framed.root, FRAME_INFO).text));
    const at = ((offset.y + 50) * image.width + offset.x + 100) * 4;
    expect([...image.data.slice(at, at + 3)]).to.deep.equal([0xb8, 0x22, 0x9e]);
    // The blob: image was tried and blocked first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(framed.violations).to.include('img-src blob');
  });

  it('rejects with the reason when img-src blocks both blob: and data:', async () => {
    const framed = await framedChart("img-src 'self'");
    frame = framed.frame;
    let error: unknown;
    await chartImage(framed.root, FRAME_INFO, {format: 'png'}).catch((caught: unknown) => {
      error = caught;
    });
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/Content-Security-Policy/);
    expect((error as Error).message).to.match(/img-src/);
    expect((error as Error).message).to.match(/SVG/);
    // The SVG still comes out: it needs no image loaded.
    const svg = await chartImage(framed.root, FRAME_INFO, {format: 'svg'});
    expect(await svg.text()).to.contain('Framed');
  });
});

describe('concreteColor', () => {
  it('reads the forms computed styles take, as hex and alpha', () => {
    expect(concreteColor('rgb(36, 50, 74)', document)).to.deep.equal({hex: '#24324a', alpha: 1});
    expect(concreteColor('rgba(0, 0, 0, 0)', document)).to.deep.equal({hex: '#000000', alpha: 0});
    expect(concreteColor('rgb(36 50 74 / 50%)', document)).to.deep.equal({hex: '#24324a', alpha: 0.5});
    expect(concreteColor('color(srgb 1 0.5 0 / 0.25)', document)).to.deep.equal({hex: '#ff8000', alpha: 0.25});
    expect(concreteColor('none', document)).to.equal(null);
    expect(concreteColor('url("#pattern") none', document)).to.equal(null);
  });

  it('draws the colours it cannot read on a pixel', () => {
    expect(concreteColor('oklch(62.8% 0.2577 29.23)', document)!.hex).to.match(/^#f[a-f0-9]0[0-9a-f]0[0-9a-f]$/);
    expect(concreteColor('rebeccapurple', document)).to.deep.equal({hex: '#663399', alpha: 1});
    expect(concreteColor('not a colour', document)).to.equal(null);
  });

  it('lays a see-through colour over an opaque one', () => {
    expect(overOpaque({hex: '#000000', alpha: 0.5}, '#ffffff')).to.equal('#808080');
    expect(overOpaque({hex: '#b8229e', alpha: 0}, '#ffffff')).to.equal('#ffffff');
  });
});
