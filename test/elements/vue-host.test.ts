import {expect} from '@open-wc/testing';
// Vue's browser build, as a page without a bundler would load it.
import {createApp, h, nextTick, ref} from 'vue/dist/vue.esm-browser.prod.js';
import '../../src/index.js';
import type {FeedDocument, SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

describe('<security-timeline> in a Vue 3 app', () => {
  it('takes the feed as a property, follows attribute changes and delivers its events', async () => {
    const feed = (await (await fetch('/data/tajik-afghan-border-2024.json')).json()) as FeedDocument;
    const groupBy = ref('none');
    const selections: string[] = [];
    const container = document.createElement('div');
    container.style.width = '1000px';
    document.body.append(container);
    const app = createApp({
      render: () =>
        h('security-timeline', {
          feed,
          'group-by': groupBy.value,
          start: '2024-09-01',
          end: '2024-10-25',
          onStSelect: (event: CustomEvent<{id: string}>) => selections.push(event.detail.id),
        }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('security-timeline');
    app.mount(container);
    try {
      const element = container.querySelector('security-timeline') as SecurityTimeline;
      const harness = new TimelineHarness(element);
      await harness.loaded();
      // Vue set an object as a property, not as an "[object Object]" attribute.
      expect(element.data!.incidents.length).to.equal(5);
      expect(element.hasAttribute('feed')).to.equal(false);
      expect(harness.laneLabels()).to.deep.equal([]);

      groupBy.value = 'location';
      await nextTick();
      await harness.settle();
      expect(harness.laneLabels()).to.include('Khamadoni crossing');

      harness.chart.focus();
      harness.chart.dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, composed: true}));
      harness.chart.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
      await harness.settle();
      expect(selections).to.deep.equal(['expected-recon-khamadoni']);
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
