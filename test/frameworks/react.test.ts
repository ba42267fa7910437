/**
 * React 19 pages. This file does not define <security-timeline> up front: it is defined after
 * React's first render, as when a page loads the element lazily.
 */
import {expect} from '@open-wc/testing';
import type * as ReactModule from 'react';
import type {createRoot as CreateRoot} from 'react-dom/client';
import type {flushSync as FlushSync} from 'react-dom';
import type {SecurityTimeline as SecurityTimelineElement, TimelineSelectDetail} from '../../src/index.js';
import {tap} from '../helpers/tap.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import seedFeed from '../../data/tajik-afghan-border-2024.json';

const define = () => import('../../src/elements/security-timeline/security-timeline.js');

/** React as the test server bundles it (test/frameworks/react-vendor.mjs), loaded before the wrapper, which imports it. */
interface Vendor {
  React: typeof ReactModule;
  createRoot: typeof CreateRoot;
  flushSync: typeof FlushSync;
}
const VENDOR_URL = '/test-vendor/react.js';
let React: Vendor['React'];
let createRoot: Vendor['createRoot'];
let flushSync: Vendor['flushSync'];
let SecurityTimeline: typeof import('../../src/react/index.js').SecurityTimeline;

before(async () => {
  ({React, createRoot, flushSync} = (await import(VENDOR_URL)) as Vendor);
  ({SecurityTimeline} = await import('../../src/react/index.js'));
});

function mountReact(node: ReturnType<typeof React.createElement>) {
  const container = document.createElement('div');
  container.style.width = '1000px';
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(node));
  return {container, unmount: () => (root.unmount(), container.remove())};
}

describe('in React 19', () => {
  it('the wrapper hands the feed over as a property although the element is defined after React rendered it', async () => {
    expect(customElements.get('security-timeline'), 'not defined yet').to.equal(undefined);
    const selections: string[] = [];
    const {container, unmount} = mountReact(
      React.createElement(SecurityTimeline, {
        feed: seedFeed,
        groupBy: 'location',
        start: '2024-09-01',
        end: '2024-10-25',
        onStSelect: (event: CustomEvent<TimelineSelectDetail>) => selections.push(String(event.detail.id)),
      }),
    );
    try {
      const element = container.querySelector('security-timeline') as SecurityTimelineElement;
      expect(element.hasAttribute('feed'), 'no "[object Object]" attribute').to.equal(false);
      await define();
      const harness = new TimelineHarness(element);
      await harness.loaded();
      expect(element.data!.incidents).to.have.length(seedFeed.incidents.length);
      expect(harness.laneLabels()).to.include('Khamadoni crossing');
      // The element's events reach React's props.
      const marker = harness.marker('recon-ai-khanum-post')!;
      tap(marker.element);
      await harness.settle();
      expect(selections).to.deep.equal(['recon-ai-khanum-post']);
    } finally {
      unmount();
    }
  });

  it('the tag itself, once defined, takes the feed as a property and its events as onst-… props', async () => {
    await define();
    const selections: string[] = [];
    const {container, unmount} = mountReact(
      React.createElement('security-timeline', {
        feed: seedFeed,
        'group-by': 'location',
        'onst-select': (event: CustomEvent<TimelineSelectDetail>) => selections.push(String(event.detail.id)),
      }),
    );
    try {
      const element = container.querySelector('security-timeline') as SecurityTimelineElement;
      const harness = new TimelineHarness(element);
      await harness.loaded();
      expect(element.data!.alerts).to.have.length(1);
      element.dispatchEvent(new CustomEvent('st-select', {detail: {id: 'x', item: null}}));
      expect(selections).to.deep.equal(['x']);
    } finally {
      unmount();
    }
  });
});
