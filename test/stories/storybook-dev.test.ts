import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/index.js';
import * as timelineStories from '../../stories/security-timeline.stories.js';
import manifestJson from '../../custom-elements.json';

interface Declaration {
  tagName?: string;
  attributes?: Array<{name: string}>;
  members?: Array<{name: string; kind: string; static?: boolean; privacy?: string; description?: string}>;
  events?: Array<{name: string}>;
  cssParts?: Array<{name: string}>;
  cssProperties?: Array<{name: string}>;
}
const manifest = manifestJson as unknown as {modules: Array<{declarations?: Declaration[]}>};

/** What `open-storybook` (storybook-dev.mjs) reports from Storybook's home page. */
interface StorybookHome {
  path: string | null;
  story: null | {status: string; title: string | null; lanes: string[]; bands: string[]; markers: string[]; src: string | null};
  api: string[];
  problems: string[];
  /** Console warnings of the manager and the preview. */
  warnings: string[];
}

/** The seed story's timeline drawn straight from data/, with the story's own settings. */
async function seedDrawnHere() {
  const {src, ...settings} = timelineStories.SeedTimeline.args as Record<string, string>;
  const element = document.createElement('security-timeline');
  for (const [name, value] of Object.entries(settings)) element.setAttribute(name, value);
  element.style.width = '1000px';
  document.body.append(element);
  try {
    element.src = `/data/${src.split('/').at(-1)}`;
    const deadline = performance.now() + 5000;
    while ((element.status === 'empty' || element.status === 'loading') && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await element.updateComplete;
    const shadow = element.shadowRoot!;
    return {
      status: element.status,
      title: shadow.querySelector('[part~="header"] h2')?.textContent?.trim() ?? null,
      lanes: [...shadow.querySelectorAll('.lane-label')].map((label) => label.textContent.trim()),
      bands: [...shadow.querySelectorAll('[part~="band"]')].map((band) => band.getAttribute('data-id')),
    };
  } finally {
    element.remove();
  }
}

/** Runs the visit on the test runner's side and waits for its report. */
async function openStorybook(): Promise<StorybookHome> {
  await executeServerCommand('open-storybook');
  for (;;) {
    const report = await executeServerCommand<{done: boolean; home?: StorybookHome; error?: string}, undefined>('storybook-report');
    if (report.error) throw new Error(report.error);
    if (report.done) return report.home!;
  }
}

describe('npm start (Storybook dev server)', () => {
  it('opens on the docs page of <security-timeline>: the seed timeline, from the feed it serves, then the whole API', async function () {
    this.timeout(240_000);
    const home = await openStorybook();
    expect(home.problems, 'errors and failed requests on the page').to.deep.equal([]);
    // Storybook's dev server loads Lit's development build, which says so and warns when a page
    // loads Lit more than once.
    expect(
      home.warnings.some((warning) => warning.startsWith('Lit is in dev mode')),
      "Lit's warnings heard from the preview",
    ).to.equal(true);
    expect(
      home.warnings.filter((warning) => warning.includes('Multiple versions of Lit loaded')),
      'Lit loaded more than once',
    ).to.deep.equal([]);
    expect(home.path, 'the page Storybook opens on').to.equal('/docs/security-timeline--docs');
    const story = home.story!;
    expect(story.src, 'the story reads the feed by URL').to.match(/^feeds\/.+\.json$/);
    expect(story.status).to.equal('ready');
    expect(story.bands).to.include('tj-af-border-highest-2024');
    expect(story.markers.length, 'incidents drawn').to.be.greaterThan(0);

    const here = await seedDrawnHere();
    expect(here.status).to.equal('ready');
    expect(story.title).to.equal(here.title);
    expect(story.lanes).to.deep.equal(here.lanes);
    expect(story.bands).to.deep.equal(here.bands);

    // Every attribute, property, event, CSS part and custom property the manifest lists.
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'security-timeline')!;
    const documented = [
      ...element.attributes!.map((a) => a.name),
      ...element.members!.filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && m.description).map((m) => m.name),
      ...element.events!.map((e) => e.name),
      ...element.cssParts!.map((p) => p.name),
      ...element.cssProperties!.map((p) => p.name),
    ];
    expect(documented.length).to.be.greaterThan(60);
    expect(
      documented.filter((name) => !home.api.includes(name)),
      'API missing from the docs page',
    ).to.deep.equal([]);
  });
});
