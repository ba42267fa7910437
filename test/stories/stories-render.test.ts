import {expect} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {SecurityTimeline} from '../../src/index.js';
import * as timelineStories from '../../stories/security-timeline.stories.js';
import * as alertStories from '../../stories/security-timeline-alert.stories.js';
import * as incidentStories from '../../stories/security-timeline-incident.stories.js';
import storybookConfig from '../../.storybook/main.js';

type Story = {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  decorators?: Array<(story: () => TemplateResult) => TemplateResult>;
};

const files = [timelineStories, alertStories, incidentStories] as unknown as Array<Record<string, Story>>;
const entries = files.flatMap((file) =>
  Object.entries(file)
    .filter(([name]) => name !== 'default')
    .map(([name, story]) => [name, story, file.default] as [string, Story, Story]),
);

/** Renders a story the way Storybook does: meta render, story args and decorators. */
function renderStory(story: Story, meta: Story, container: HTMLElement) {
  const args = {...meta.args, ...story.args};
  const draw = () => (story.render ?? meta.render!)(args);
  const decorated = (story.decorators ?? []).reduce<() => TemplateResult>((inner, decorator) => () => decorator(inner), draw);
  render(decorated(), container);
}

async function settled(element: SecurityTimeline) {
  const deadline = performance.now() + 5000;
  while (element.status === 'empty' && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  while (element.status === 'loading' && !element.src?.includes('pending') && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 10));
  }
  await element.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

describe('every story', () => {
  let errors: string[] = [];
  const originalError = console.error;
  const onError = (event: ErrorEvent) => errors.push(event.message);

  beforeEach(() => {
    errors = [];
    console.error = (...parts: unknown[]) => errors.push(parts.map(String).join(' '));
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    console.error = originalError;
    window.removeEventListener('error', onError);
  });

  it('is found', () => {
    expect(entries.length).to.be.greaterThan(15);
    expect(entries.map(([name]) => name)).to.include('SeedTimeline');
  });

  for (const [name, story, meta] of entries) {
    it(`${name} renders a timeline without a console error`, async () => {
      const container = document.createElement('div');
      container.style.width = '1000px';
      document.body.append(container);
      try {
        renderStory(story, meta, container);
        const element = container.querySelector('security-timeline');
        expect(element, 'a <security-timeline> in the story').to.not.equal(null);
        await settled(element!);
        expect(element!.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
        expect(errors).to.deep.equal([]);
      } finally {
        render(null, container);
        container.remove();
      }
    });
  }
});

describe('Storybook configuration', () => {
  it('serves files as they are at a path other than their folder, where the dev server serves them as modules', () => {
    // Stories import data/…json as a module; the dev server asks for it at /data/…json, and a
    // static folder mounted there answers with the raw file, which the browser refuses to run.
    const dirs = storybookConfig.staticDirs;
    expect(Array.isArray(dirs), 'staticDirs is a list').to.equal(true);
    for (const dir of dirs as Exclude<typeof dirs, Function | undefined>) {
      const {from, to} = typeof dir === 'string' ? {from: dir, to: '/'} : dir;
      expect(to.replace(/\/$/, ''), `static folder ${from}`).to.not.equal(`/${from.replace(/^(\.\.\/)+/, '')}`.replace(/\/$/, ''));
    }
  });
});
