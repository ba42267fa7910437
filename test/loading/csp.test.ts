/**
 * Under a strict Content-Security-Policy (no inline script or style, no eval) the element loads
 * from the dev server's modules, reads a feed, draws bands, markers, tooltip, details, legend and
 * table, and causes no `securitypolicyviolation`. A control page shows the policy is enforced and
 * its violations are seen.
 */
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import type {SecurityTimeline} from '../../src/index.js';
import {styleMap} from '../../src/elements/cssom-style.js';
import {waitFor} from './helpers.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}
type ProbedWindow = Window & {__violations?: Violation[]; __controlDone?: boolean; __evalResult?: unknown; __cdnOrigin?: string};

async function open(page: string): Promise<{frame: HTMLIFrameElement; win: ProbedWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/test-server/csp/${page}`;
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow as ProbedWindow, doc: frame.contentDocument!};
}

describe('strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('serves the test pages with the strict policy', async () => {
    const response = await fetch('/test-server/csp/page', {cache: 'no-store'});
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('blocks a style attribute written as text and eval in the control page, and reports both', async () => {
    const opened = await open('control');
    frame = opened.frame;
    await waitFor(() => opened.win.__controlDone && opened.win.__violations!.length >= 2, 'the control page to run');
    expect(opened.win.__violations!.map((violation) => violation.directive).sort()).to.deep.equal(['script-src', 'style-src-attr']);
    expect(opened.win.__evalResult).to.equal('EvalError');
    const target = opened.doc.getElementById('target')!;
    // The CSSOM write went through; the attribute text did not.
    expect(opened.win.getComputedStyle(target).backgroundColor).to.equal('rgb(255, 255, 0)');
    expect(opened.win.getComputedStyle(target).color).to.not.equal('rgb(255, 0, 0)');
  });

  it('draws the feed, a tooltip, details, legend and table with no violation', async () => {
    const opened = await open('page');
    frame = opened.frame;
    const {win, doc} = opened;
    const element = doc.querySelector('security-timeline') as SecurityTimeline;
    await waitFor(() => element.status === 'ready' && element.shadowRoot?.querySelector('g.marker'), 'the feed to be drawn');
    // The table's code loads on demand (a module of its own); `updateComplete` waits for it.
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('rect.band-stripe').length).to.equal(1);
    expect(root.querySelectorAll('g.marker').length).to.equal(4);
    expect(root.querySelector('[part="legend"] .swatch')).to.not.equal(null);
    expect(root.querySelectorAll('[part="table"] tbody tr').length).to.be.greaterThan(0);
    // The element's styles apply (adopted style sheets are allowed): the chart is laid out, the legend's swatch is coloured.
    const swatch = root.querySelector<HTMLElement>('[part="legend"] .swatch')!;
    expect(win.getComputedStyle(swatch).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');

    // A tooltip is placed through the CSSOM, which the policy allows, in the top layer.
    const marker = root.querySelector('g.marker')!;
    marker.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
    await waitFor(() => root.querySelector<HTMLElement>('[part="tooltip"]'), 'the tooltip');
    const tooltip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.style.left).to.match(/px$/);
    expect(win.getComputedStyle(tooltip).position).to.equal('fixed');

    element.selected = marker.getAttribute('data-id')!;
    await waitFor(() => root.querySelector('[part="details"]'), 'the details panel');

    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__violations).to.deep.equal([]);
  });
});

describe('the built bundle and the parts it loads on demand', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /** Opens a page of the bundle with an item selected and the table shown: both parts load on demand. */
  async function drawnWithParts(page: string) {
    const opened = await open(page);
    frame = opened.frame;
    const element = await waitFor(() => opened.doc.querySelector('security-timeline'), 'the element');
    await waitFor(() => element.status === 'ready' && element.shadowRoot?.querySelector('g.marker'), 'the feed to be drawn');
    await element.updateComplete;
    const root = element.shadowRoot!;
    const chunks = opened.win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      // The parts themselves, not the modules they share with others (table-rows, …): a chunk name then an 8-character hash.
      .filter((url) => /security-timeline\.(details|table)-[\w-]{8}\.js$/.test(url));
    return {...opened, root, chunks};
  }

  it('loads the details and table under a strict policy, from the bundle’s own folder', async () => {
    const {win, root, chunks} = await drawnWithParts('bundle');
    expect(root.querySelector('[part="details"] h3')?.textContent).to.equal('Reconnaissance of the Ai-Khanum border post');
    expect(root.querySelectorAll('[part="table"] tbody tr').length).to.equal(5);
    expect(chunks.map((url) => new URL(url).pathname.replace(/-[\w-]+\.js$/, '')).sort()).to.deep.equal([
      '/dist/security-timeline.details',
      '/dist/security-timeline.table',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__violations).to.deep.equal([]);
  });

  it('loads them from the CDN the bundle came from, under a strict policy that allows it', async () => {
    const {win, root, chunks} = await drawnWithParts('cdn');
    expect(win.__cdnOrigin).to.not.equal(win.location.origin);
    expect(root.querySelector('[part="details"] h3')?.textContent).to.equal('Reconnaissance of the Ai-Khanum border post');
    expect(root.querySelectorAll('[part="table"] tbody tr').length).to.equal(5);
    expect(chunks.length).to.equal(2);
    for (const url of chunks) expect(new URL(url).origin).to.equal(win.__cdnOrigin);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__violations).to.deep.equal([]);
  });
});

describe('styleMap through the CSSOM (the element’s replacement for Lit’s)', () => {
  it('sets, changes and removes properties, !important and custom properties included', () => {
    const host = document.createElement('div');
    const draw = (styles: Record<string, string | undefined>) => render(html`<span style=${styleMap(styles)}></span>`, host);
    draw({left: '4px', backgroundColor: 'red', '--st-x': '1'});
    const span = host.querySelector('span')!;
    expect([span.style.left, span.style.backgroundColor, span.style.getPropertyValue('--st-x')]).to.deep.equal(['4px', 'red', '1']);
    draw({left: '8px', top: '2px !important'});
    expect([
      span.style.left,
      span.style.top,
      span.style.getPropertyPriority('top'),
      span.style.backgroundColor,
      span.style.getPropertyValue('--st-x'),
    ]).to.deep.equal(['8px', '2px', 'important', '', '']);
    draw({left: undefined, top: '2px'});
    expect([span.style.left, span.style.top]).to.deep.equal(['', '2px']);
  });
});
