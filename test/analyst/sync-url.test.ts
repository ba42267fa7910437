/** Citable views: with sync-url, the view lives in the page URL's fragment, and a link reopens it. */
import {expect} from '@open-wc/testing';
import type {SecurityTimeline} from '../../src/index.js';

/** Opens the page in a frame, as a reader following a link would, and waits for both timelines to draw. */
async function openPage(hash: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = `/test/analyst/sync-url.html${hash}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const page = frame.contentWindow! as Window & {warnings: string[]};
  await page.customElements.whenDefined('security-timeline');
  const [border, other] = [...page.document.querySelectorAll<SecurityTimeline>('security-timeline')];
  for (let tries = 0; tries < 100 && (border.status !== 'ready' || other.status !== 'ready'); tries++) await new Promise((r) => setTimeout(r, 50));
  await border.updateComplete;
  await other.updateComplete;
  return {frame, page, border, other};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('sync-url', () => {
  it('restores a view from a link in a new page, each timeline from its own part of the fragment', async () => {
    const {frame, border, other, page} = await openPage(
      '#intro&st.border.start=2024-09-10&st.border.end=2024-09-30&st.border.query=kaflotun&st.border.selected=recon-kaflotun-post&st.other.statuses=expected' +
        '&st.other.laneOrder=name&st.other.sizeBy=fatalities',
    );
    try {
      expect([border.start, border.end]).to.deep.equal(['2024-09-10', '2024-09-30']);
      expect(border.query).to.equal('kaflotun');
      expect(border.selected).to.equal('recon-kaflotun-post');
      expect(border.shadowRoot!.querySelector('[part="details"] h3')!.textContent).to.contain('Kaflotun');
      expect(border.statuses).to.equal(undefined);
      expect(other.statuses).to.equal('expected');
      expect(other.query).to.equal(undefined);
      // The lanes in the order the link gives, and what sizes the markers.
      expect([other.laneOrder, other.sizeBy, border.laneOrder]).to.deep.equal(['name', 'fatalities', 'count']);
      expect(page.warnings).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('writes the reader’s moves into the fragment without adding to the history, keeping what else is there', async () => {
    const {frame, border, page} = await openPage('#intro');
    try {
      const length = page.history.length;
      border.zoom(2);
      border.statuses = 'reported';
      border.laneOrder = 'first';
      await border.updateComplete;
      await settle();
      const hash = decodeURIComponent(page.location.hash);
      expect(hash.startsWith('#intro&')).to.equal(true);
      expect(hash).to.contain(`st.border.start=${border.start}`);
      expect(hash).to.contain('st.border.statuses=reported');
      expect(hash).to.contain('st.border.groupBy=location');
      expect(hash).to.contain('st.border.laneOrder=first');
      // What the element does by default is not written.
      expect(hash).not.to.contain('st.border.sizeBy');
      expect(hash).not.to.contain('st.other.');
      expect(page.history.length).to.equal(length);
    } finally {
      frame.remove();
    }
  });

  it('ignores a hostile or broken fragment, with a warning, and still draws', async () => {
    const {frame, border, page} = await openPage(
      '#st.border.start=%E0%A4%A&st.border.end=<script>&st.border.__proto__=x&st.border.query=' + 'a'.repeat(5000) + '&st.border.statuses=confirmed',
    );
    try {
      expect(border.status).to.equal('ready');
      expect(border.start).to.equal(undefined);
      expect(border.statuses).to.equal('confirmed');
      expect(({} as Record<string, unknown>).x).to.equal(undefined);
      expect(page.warnings.length).to.be.greaterThan(0);
      expect(page.warnings.every((warning) => warning.startsWith('security-timeline: URL fragment'))).to.equal(true);
      expect(border.shadowRoot!.querySelector('script')).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('follows the fragment when the reader changes it', async () => {
    const {frame, border, page} = await openPage('');
    try {
      page.location.hash = '#st.border.start=2024-09-20&st.border.end=2024-10-05';
      await new Promise((resolve) => page.addEventListener('hashchange', resolve, {once: true}));
      await settle();
      expect([border.start, border.end]).to.deep.equal(['2024-09-20', '2024-10-05']);
    } finally {
      frame.remove();
    }
  });
});
