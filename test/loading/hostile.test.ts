/**
 * The hostile corpus (test/fixtures/hostile): each feed is served by the test server and loaded
 * through `<security-timeline src>`; the manifest says exactly what each must give: its problems
 * with pointers, what survives and is drawn, and what is shown as text. Nothing in any of them may
 * run (a `window.__pwned` trap), pollute a prototype, become an element, or become a link that is
 * not http(s).
 */
import {expect} from '@open-wc/testing';
import type {FeedProblem} from '../../src/feed/types.js';
import {mount, settled, unmountAll} from './helpers.js';

interface SelectCheck {
  id: string;
  includes?: string[];
  excludes?: string[];
  heading?: string;
  /** Every link in the details panel, as [href, text]. */
  links?: Array<[string, string]>;
}

interface HostileCase {
  name: string;
  about: string;
  attributes?: Record<string, string>;
  problems: Array<Pick<FeedProblem, 'pointer' | 'expected' | 'found' | 'dropped'>>;
  survivors: {alerts: string[]; incidents: string[]} | null;
  error?: {kind: string; includes: string[]};
  heading?: string;
  lanes?: string[];
  legend?: string[];
  bandLabels?: string[];
  table?: string[];
  summaryIncludes?: string[];
  select?: SelectCheck[];
}

const manifest = (await (await fetch(new URL('../fixtures/hostile/manifest.json', import.meta.url))).json()) as {cases: HostileCase[]};

/** Elements a feed must never be able to create in the element. */
const FORBIDDEN = 'script, iframe, object, embed, img, style, link, marquee, h1, b, frame, frameset, meta, base, form, math, video, audio';

/** Every assignment to `window.__pwned`, from anything a feed could make run. */
const pwned: unknown[] = [];
Object.defineProperty(window, '__pwned', {
  configurable: true,
  get: () => (pwned.length ? pwned[pwned.length - 1] : undefined),
  set: (value) => pwned.push(value),
});

const prototypes = {Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype};
const snapshot = () => Object.fromEntries(Object.entries(prototypes).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort()]));
const clean = snapshot();

describe('hostile feeds', () => {
  afterEach(unmountAll);

  it('has a trap that does catch markup that runs (a control for every case below)', async () => {
    const control = document.createElement('div');
    control.innerHTML = `<img src="data:," onerror="window.__pwned='control'">`;
    document.body.append(control);
    await new Promise((resolve) => setTimeout(resolve, 100));
    control.remove();
    expect(pwned).to.deep.equal(['control']);
    pwned.length = 0;
  });

  it('make a corpus of at least 40 cases, each with a file', () => {
    expect(manifest.cases.length).to.be.at.least(40);
    expect(new Set(manifest.cases.map((c) => c.name)).size).to.equal(manifest.cases.length);
  });

  for (const c of manifest.cases) {
    it(`${c.name}: ${c.about}`, async () => {
      const {element, harness, recorded} = mount({src: `/test-server/hostile/${c.name}`, ...c.attributes});
      await settled(element, recorded);

      const problems = element.problems.map(({pointer, expected, found, dropped}) => ({pointer, expected, found, dropped}));
      expect(problems, 'problems').to.deep.equal(c.problems);

      if (c.survivors === null) {
        expect(element.status).to.equal('error');
        expect(recorded.errors.map((detail) => detail.kind)).to.deep.equal([c.error!.kind]);
        for (const text of c.error!.includes) expect(harness.errorMessage()).to.contain(text);
        expect(harness.markers()).to.have.length(0);
      } else {
        expect(element.status).to.equal('ready');
        expect(recorded.errors).to.have.length(0);
        const data = element.data!;
        // A long feed opens on its latest activity: the whole of it is what these checks are about.
        element.fitAll();
        await harness.settle();
        expect({alerts: data.alerts.map((a) => a.id), incidents: data.incidents.map((i) => i.id)}, 'survivors').to.deep.equal(c.survivors);
        // Everything that survives is drawn: every alert as a band, every incident as a marker (or in a cluster).
        expect(
          harness
            .bands()
            .map((band) => band.id)
            .sort(),
        ).to.deep.equal([...c.survivors.alerts].sort());
        const clustered = harness.clusters().reduce((sum, cluster) => sum + cluster.count, 0);
        expect(harness.markers().length + clustered).to.equal(c.survivors.incidents.length);
        if (!clustered)
          expect(
            harness
              .markers()
              .map((marker) => marker.id)
              .sort(),
          ).to.deep.equal([...c.survivors.incidents].sort());
      }

      if (c.heading !== undefined) expect(harness.root.querySelector('h2')!.textContent).to.equal(c.heading);
      if (c.lanes) expect(harness.laneLabels()).to.deep.equal(c.lanes);
      for (const text of c.legend ?? []) expect(harness.root.querySelector('[part="legend"]')!.textContent).to.contain(text);
      for (const text of c.bandLabels ?? []) expect(harness.bands().map((band) => band.label)).to.include(text);
      for (const text of c.summaryIncludes ?? []) expect(harness.root.querySelector('.summary')!.textContent).to.contain(text);
      for (const text of c.table ?? []) expect(harness.tableRows().flat()).to.include(text);

      for (const check of c.select ?? []) {
        element.selected = check.id;
        await harness.settle();
        const details = harness.details();
        expect(details, `details of ${check.id}`).to.not.equal(null);
        const text = details!.textContent;
        for (const wanted of check.includes ?? []) expect(text, `details of ${check.id}`).to.contain(wanted);
        for (const unwanted of check.excludes ?? []) expect(text, `details of ${check.id}`).to.not.contain(unwanted);
        if (check.heading !== undefined) expect(details!.querySelector('h3')!.textContent).to.equal(check.heading);
        if (check.links) {
          const links = [...details!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
          expect(links, `links of ${check.id}`).to.deep.equal(check.links);
        }
      }

      // Nothing ran, nothing was polluted, nothing became markup, every link is a safe web link.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pwned, 'assignments to window.__pwned').to.deep.equal([]);
      expect(snapshot()).to.deep.equal(clean);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(harness.root.querySelectorAll(FORBIDDEN)).to.have.length(0);
      const withHandlers = [...harness.root.querySelectorAll('*')].filter((node) =>
        [...node.attributes].some((attribute) => /^on/i.test(attribute.name)),
      );
      expect(withHandlers).to.have.length(0);
      for (const link of harness.root.querySelectorAll('a')) {
        expect(['http:', 'https:']).to.include(new URL(link.href).protocol);
        expect(link.rel).to.equal('noopener noreferrer');
      }
    });
  }
});
