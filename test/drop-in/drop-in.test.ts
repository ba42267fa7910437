import {expect} from '@open-wc/testing';

/** Budget for the one-file bundle, gzip-compressed, in bytes. */
const BUNDLE_GZIP_BUDGET = 40 * 1024;

async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function openPage(path: string): Promise<{window: Window; errors: string[]}> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '800px';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  await loaded;
  const win = frame.contentWindow!;
  // The page collects its own errors from its first script on.
  return {window: win, errors: (win as unknown as {pageErrors: string[]}).pageErrors};
}

async function until<T>(read: () => T | null | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the drop-in bundle', () => {
  it('renders bands and markers on a plain page that loads only the bundle and a feed URL', async () => {
    const {window: page, errors} = await openPage('/test/drop-in/index.html');
    const root = await until(() => page.document.querySelector('#from-src')?.shadowRoot, 'the element to upgrade');
    await until(() => root.querySelector('g.marker'), 'markers to be drawn');
    expect(root.querySelectorAll('rect.band-stripe').length).to.equal(1);
    expect([...root.querySelectorAll('g.marker')].map((m) => (m as SVGElement).dataset.id)).to.include('expected-recon-khamadoni');
    // The bundle's scales zoom and pan like the library's.
    const element = page.document.querySelector('#from-src') as HTMLElement & {zoom(f: number): void; visibleRange: {start: number; end: number}};
    const before = element.visibleRange;
    element.zoom(2);
    const after = element.visibleRange;
    expect((before.end - before.start) / (after.end - after.start)).to.be.closeTo(2, 0.001);
    expect(errors).to.deep.equal([]);
  });

  it('reads inline JSON data on the same page', async () => {
    const {window: page} = await openPage('/test/drop-in/index.html');
    const root = await until(() => page.document.querySelector('#inline')?.shadowRoot, 'the element to upgrade');
    const marker = await until(() => root.querySelector('g.marker'), 'the inline marker');
    expect((marker as SVGElement).dataset.id).to.equal('one');
  });

  it('survives a second copy of the bundle defining the element again', async () => {
    const {window: page, errors} = await openPage('/test/drop-in/index.html');
    await until(() => page.customElements.get('security-timeline'), 'the definition');
    // Both module copies have run by the time the page's load event fired.
    expect(page.document.querySelectorAll('script[src*="bundle"]').length).to.equal(2);
    expect(errors).to.deep.equal([]);
  });

  it(`stays within the size budget of ${BUNDLE_GZIP_BUDGET / 1024} KB gzip`, async () => {
    const bytes = await (await fetch('/dist/security-timeline.bundle.js')).arrayBuffer();
    expect(bytes.byteLength).to.be.greaterThan(10_000);
    expect(await gzipSize(bytes)).to.be.at.most(BUNDLE_GZIP_BUDGET);
  });
});
