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

/** The element as the tests drive it. */
type Timeline = HTMLElement & {selected?: string; showTable: boolean; updateComplete: Promise<boolean>};

/** Every word a reader sees or hears in a shadow root: its texts, labels and titles, in document order. */
function wordsIn(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')]
    .flatMap((each) => [
      ...['aria-label', 'title', 'aria-roledescription'].map((name) => each.getAttribute(name) ?? ''),
      ...[...each.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent!.trim()),
    ])
    .filter(Boolean);
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

  it('loads its details, table and problem list from the chunks beside it, and draws them', async () => {
    const {window: page, errors} = await openPage('/test/drop-in/index.html');
    const element = await until(() => page.document.querySelector<Timeline>('#from-src'), 'the element');
    const root = await until(() => element.shadowRoot, 'the element to upgrade');
    await until(() => root.querySelector('g.marker'), 'markers to be drawn');
    element.selected = 'recon-ai-khanum-post';
    element.showTable = true;
    await element.updateComplete;
    expect(root.querySelector('[part="details"] h3')?.textContent).to.equal('Reconnaissance of the Ai-Khanum border post');
    expect([...root.querySelectorAll('[part="details"] dd')].map((dd) => dd.textContent.trim())).to.include('Jamaat Ansarullah');
    // Its words come from the catalogue, found by their keys in the minified code too, not the keys themselves.
    const details = root.querySelector('[part="details"]')!;
    expect(details.getAttribute('aria-label')).to.equal('Details');
    expect(details.querySelector('.details-head button')!.getAttribute('aria-label')).to.equal('Close details');
    expect(
      wordsIn(root).filter((word) => /^[a-z]+[A-Z]\w*$/.test(word)),
      'message keys shown as words',
    ).to.deep.equal([]);
    expect(root.querySelectorAll('[part="table"] tbody tr').length).to.equal(5);
    expect(errors).to.deep.equal([]);
  });

  it('writes every word the library built from its source writes, in English, Persian and Russian, a problem list included', async () => {
    /** What a reader sees and hears on the page built one way, once an alert is open and the table shown. */
    const wordsOf = async (build: 'bundle' | 'source') => {
      const {window: page, errors} = await openPage(`/test/drop-in/words.html?build=${build}`);
      const words: Record<string, string[]> = {};
      for (const id of ['en', 'fa']) {
        const element = await until(() => page.document.querySelector<Timeline>(`#${id}`), 'the element');
        const root = await until(() => element.shadowRoot, 'the element to upgrade');
        await until(() => root.querySelector('g.marker'), 'markers to be drawn');
        element.selected = 'tj-af-border-highest-2024';
        element.showTable = true;
        await element.updateComplete;
        await until(() => root.querySelector('[part="details"]') && root.querySelector('[part="table"] tbody tr'), 'the details and the table');
        words[id] = wordsIn(root);
      }
      // A feed with a problem, in Russian: the problem count, and the list it opens.
      const element = await until(() => page.document.querySelector<Timeline>('#problems'), 'the element with problems');
      const root = await until(() => element.shadowRoot, 'the element with problems to upgrade');
      const count = await until(() => root.querySelector<HTMLButtonElement>('button.problem-count'), 'the problem count');
      count.click();
      await until(() => root.querySelector('[part="problems"] li'), 'the problem list');
      words.problems = wordsIn(root);
      return {words, errors};
    };
    const [bundle, source] = [await wordsOf('bundle'), await wordsOf('source')];
    expect(source.words.en).to.include.members(['Details', 'Close details']);
    expect(source.words.en.length).to.be.greaterThan(100);
    expect(bundle.words.en).to.deep.equal(source.words.en);
    expect(bundle.words.fa).to.deep.equal(source.words.fa);
    expect(source.words.problems).to.include('Проблемы в данных');
    expect(bundle.words.problems).to.deep.equal(source.words.problems);
    expect([...bundle.errors, ...source.errors]).to.deep.equal([]);
  });

  it(`keeps its first load within the budget of ${BUNDLE_GZIP_BUDGET / 1024} KB gzip, and every part it loads on demand beside it`, async () => {
    const files = await bundleFiles('/dist/security-timeline.bundle.js');
    const first = files.filter((file) => file.firstLoad);
    const onDemand = files.filter((file) => !file.firstLoad);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const total = (list: typeof files) => list.reduce((sum, file) => sum + file.gzip, 0);
    console.log(
      [
        `first load ${kb(total(first))} gzip (${first.map((file) => file.name).join(', ')})`,
        ...onDemand.map((file) => `on demand: ${file.name} ${kb(file.gzip)} gzip`),
        `everything ${kb(total(files))} gzip`,
      ].join('\n'),
    );
    expect(first[0].bytes).to.be.greaterThan(10_000);
    expect(total(first)).to.be.at.most(BUNDLE_GZIP_BUDGET);
    // The parts that load on demand are there, each a file of its own.
    // (A chunk's name ends in a hash of 8 characters.)
    expect(onDemand.map((file) => file.name.replace(/-[\w-]{8}\.js$/, '')).sort()).to.include.members([
      'security-timeline.details',
      'security-timeline.describe-items',
      'security-timeline.feed-changes',
      'security-timeline.gesture-controller',
      'security-timeline.keyboard-controller',
      'security-timeline.legend',
      'security-timeline.markup-feed',
      'security-timeline.merge',
      'security-timeline.problems',
      'security-timeline.table',
      'security-timeline.tooltip',
    ]);
  });
});

interface BundleFile {
  name: string;
  bytes: number;
  gzip: number;
  /** Loaded before the entry runs (the entry and its static imports), or only on demand (`import()`). */
  firstLoad: boolean;
}

/** The entry and every file it imports, statically or on demand, transitively, with their sizes. */
async function bundleFiles(entry: string): Promise<BundleFile[]> {
  const found = new Map<string, BundleFile>();
  const visit = async (url: string, firstLoad: boolean) => {
    const known = found.get(url);
    if (known) {
      known.firstLoad ||= firstLoad;
      return;
    }
    const bytes = await (await fetch(url)).arrayBuffer();
    const file = {name: url.split('/').pop()!, bytes: bytes.byteLength, gzip: await gzipSize(bytes), firstLoad};
    found.set(url, file);
    const code = new TextDecoder().decode(bytes);
    for (const [, specifier] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["'](\.\/[^"']+)["']/g))
      await visit(new URL(specifier, url).href, firstLoad);
    for (const [, specifier] of code.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)) await visit(new URL(specifier, url).href, false);
  };
  await visit(new URL(entry, location.href).href, true);
  return [...found.values()];
}
