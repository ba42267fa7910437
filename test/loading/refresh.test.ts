/**
 * Live feeds: `refresh` re-fetches conditionally, costs nothing when the feed is unchanged, keeps
 * the reader's view, pauses while the page is hidden, backs off while failing and says the data
 * is stale meanwhile. Runs against the live feed of the test server, at fractions of a second.
 */
import {expect} from '@open-wc/testing';
import type {SecurityTimeline} from '../../src/index.js';
import {refreshDelay} from '../../src/controllers/feed-refresh.js';
import {control, mount, otherOrigin, pause, requestsAtLeast, serverLog, settled, uniqueKey, unmountAll, waitFor} from './helpers.js';

/** Counts the element's renders from now on. */
function countUpdates(element: SecurityTimeline): () => number {
  let updates = 0;
  const host = element as unknown as {update: (changed: unknown) => void};
  const original = host.update;
  host.update = function (this: unknown, changed: unknown) {
    updates++;
    return original.call(this, changed);
  };
  return () => updates;
}

const staleNote = (element: SecurityTimeline) => element.shadowRoot!.querySelector<HTMLElement>('[part="stale"]');

describe('refresh: unchanged feeds', () => {
  afterEach(unmountAll);

  it('asks again with If-None-Match and If-Modified-Since; a 304 fires no st-load, keeps the data object and renders nothing', async () => {
    const key = uniqueKey('live-304');
    const {element, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    const data = element.data;
    const updates = countUpdates(element);
    const requests = await requestsAtLeast(key, 4);
    expect(requests[0].ifNoneMatch).to.equal(null);
    for (const request of requests.slice(1, 4)) {
      expect(request.ifNoneMatch).to.equal('"v1"');
      expect(request.ifModifiedSince).to.equal(new Date(Date.UTC(2024, 8, 2)).toUTCString());
      expect(request.status).to.equal(304);
    }
    expect(element.data).to.equal(data);
    expect(recorded.loads).to.have.length(1);
    expect(recorded.errors).to.have.length(0);
    expect(updates()).to.equal(0);
  });

  it('sends If-Modified-Since alone when the server gives no ETag', async () => {
    const key = uniqueKey('live-ims');
    await control(key, {etag: false});
    const {element, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    const requests = await requestsAtLeast(key, 3);
    expect(requests[2].ifNoneMatch).to.equal(null);
    expect(requests[2].ifModifiedSince).to.equal(new Date(Date.UTC(2024, 8, 2)).toUTCString());
    expect(requests[2].status).to.equal(304);
    expect(recorded.loads).to.have.length(1);
  });

  it('treats an identical body from a server without validators as unchanged', async () => {
    const key = uniqueKey('live-novalidators');
    await control(key, {etag: false, lastModified: false});
    const {element, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    const data = element.data;
    const updates = countUpdates(element);
    const requests = await requestsAtLeast(key, 4);
    expect(requests.map((request) => request.status)).to.deep.equal([200, 200, 200, 200].slice(0, requests.length));
    expect(element.data).to.equal(data);
    expect(recorded.loads).to.have.length(1);
    expect(updates()).to.equal(0);
  });

  it('stops refreshing when refresh is set to 0', async () => {
    const key = uniqueKey('live-off');
    const {element, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    await requestsAtLeast(key, 2);
    element.refresh = 0;
    await element.updateComplete;
    // A refresh already under way may still land; none starts after it.
    await pause(300);
    const count = (await serverLog(key)).length;
    await pause(600);
    expect((await serverLog(key)).length).to.equal(count);
  });
});

describe('refresh: a changed feed', () => {
  afterEach(unmountAll);

  it('draws the new version and fires st-load, keeping the reader’s window, selection and filters', async () => {
    const key = uniqueKey('live-change');
    const {element, harness, recorded} = mount({
      src: `/test-server/live/${key}`,
      refresh: '0.1',
      start: '2024-09-05',
      end: '2024-10-20',
      categories: 'movement reconnaissance clash',
    });
    await settled(element, recorded);
    element.selected = 'ansarullah-arrive-nawabad';
    await harness.settle();
    const window = harness.window();
    const rangeChanges: unknown[] = [];
    element.addEventListener('st-range-change', (event) => rangeChanges.push(event));
    expect(harness.markers().map((marker) => marker.id)).to.not.include('live-2');

    await control(key, {version: 2});
    await waitFor(() => recorded.loads.length === 2, 'the second st-load');
    await harness.settle();
    expect(recorded.loads[1].feed.title).to.equal('Live feed, version 2');
    expect(harness.root.querySelector('h2')!.textContent).to.equal('Live feed, version 2');
    expect(harness.markers().map((marker) => marker.id)).to.include('live-2');
    // The reader's view is as they left it.
    expect(harness.window()).to.deep.equal(window);
    expect(element.getAttribute('start')).to.equal('2024-09-05');
    expect(element.selected).to.equal('ansarullah-arrive-nawabad');
    expect(harness.details()!.textContent).to.contain('Jamaat Ansarullah militants arrive in Nawabad');
    expect(element.categories).to.equal('movement reconnaissance clash');
    expect(harness.markers().every((marker) => element.data!.incidents.find((i) => i.id === marker.id)!.category !== 'political')).to.equal(true);
    expect(rangeChanges).to.have.length(0);
    // The next conditional request names the new version.
    const requests = await waitFor(async () => {
      const log = await serverLog(key);
      return log.some((record) => record.ifNoneMatch === '"v2"') ? log : null;
    }, 'a request for a copy newer than v2');
    expect(requests.filter((record) => record.status === 200)).to.have.length(2);
  });
});

describe('refresh: failures', () => {
  afterEach(unmountAll);

  it('keeps the last good data with a "Stale since" note while refreshes fail, and drops the note when one succeeds', async () => {
    const key = uniqueKey('live-stale');
    const {element, harness, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1', start: '2024-09-01', end: '2024-10-31'});
    await settled(element, recorded);
    const data = element.data;
    const markers = harness.markers().map((marker) => marker.id);
    expect(staleNote(element)).to.equal(null);

    const before = Date.now();
    await control(key, {mode: 'error'});
    await waitFor(() => recorded.errors.length >= 1, 'st-error for the failed refresh');
    await harness.settle();
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(500);
    expect(element.status).to.equal('ready');
    expect(element.data).to.equal(data);
    expect(harness.markers().map((marker) => marker.id)).to.deep.equal(markers);
    expect(harness.errorMessage()).to.equal(null);
    const note = staleNote(element)!;
    expect(note.textContent).to.match(/^Stale since \S/);
    expect(note.getAttribute('title')).to.equal(detail.message);
    // The time shown is when refreshing began to fail, to the minute, in the feed's time zone.
    const shown = new Intl.DateTimeFormat(document.documentElement.lang, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Asia/Dushanbe',
    });
    expect([shown.format(before), shown.format(Date.now())]).to.include(note.textContent.replace('Stale since ', ''));

    // Further failures keep the first time.
    const text = note.textContent;
    await waitFor(() => recorded.errors.length >= 2, 'a second failed refresh');
    await harness.settle();
    expect(staleNote(element)!.textContent).to.equal(text);

    await control(key, {mode: 'ok'});
    await waitFor(() => staleNote(element) === null, 'the stale note to go');
    expect(element.data).to.equal(data);
    expect(recorded.loads).to.have.length(1);
  });

  it('keeps the data when the connection drops during a refresh', async () => {
    const key = uniqueKey('live-network');
    const {element, harness, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    await control(key, {mode: 'network'});
    await waitFor(() => recorded.errors.length >= 1, 'st-error for the failed refresh');
    await harness.settle();
    expect(recorded.errors[0].kind).to.equal('network');
    expect(staleNote(element)).to.not.equal(null);
    expect(harness.markers().length).to.be.greaterThan(0);
  });

  it('waits twice as long after each failed refresh', async () => {
    const key = uniqueKey('live-backoff');
    const {element, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    await control(key, {mode: 'error'});
    const failing = await waitFor(async () => {
      const log = (await serverLog(key)).filter((record) => record.status === 500);
      return log.length >= 4 ? log : null;
    }, 'four failed refreshes');
    // After the first failure the wait is 0.2 s, then 0.4 s, then 0.8 s: never shorter.
    const gaps = failing.slice(1, 4).map((record, i) => record.at - failing[i].at);
    gaps.forEach((gap, i) => expect(gap, `wait after failure ${i + 1}`).to.be.at.least(0.9 * 100 * 2 ** (i + 1)));
  });

  it('backs off exponentially up to 32 periods or an hour, and never below the period', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((failures) => refreshDelay(300_000, failures))).to.deep.equal([
      300_000, 600_000, 1_200_000, 2_400_000, 3_600_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
    expect([0, 1, 5, 6, 50].map((failures) => refreshDelay(200, failures))).to.deep.equal([200, 400, 6400, 6400, 6400]);
    // A period already over an hour is not shortened.
    expect(refreshDelay(2 * 3_600_000, 3)).to.equal(2 * 3_600_000);
  });

  it('keeps retrying a feed that failed at first, and draws it when it comes back', async () => {
    const key = uniqueKey('live-recover');
    await control(key, {mode: 'error'});
    const {element, harness, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    expect(element.status).to.equal('error');
    await control(key, {mode: 'ok'});
    await waitFor(() => recorded.loads.length === 1, 'st-load once the server is back');
    await harness.settle();
    expect(element.status).to.equal('ready');
    expect(harness.errorMessage()).to.equal(null);
    expect(harness.markers().length).to.be.greaterThan(0);
  });
});

describe('refresh: a hidden page', () => {
  let hidden = false;
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
  before(() => {
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => (hidden ? 'hidden' : 'visible')});
  });
  after(() => {
    delete (document as unknown as Record<string, unknown>).visibilityState;
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(descriptor);
  });
  afterEach(unmountAll);

  const setHidden = (value: boolean) => {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('asks nothing while the page is hidden, and refreshes as soon as it is shown again', async () => {
    const key = uniqueKey('live-hidden');
    const {element, recorded} = mount({src: `/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    await requestsAtLeast(key, 2);
    setHidden(true);
    await pause(300); // a refresh under way when the page was hidden may still finish
    const whileHidden = (await serverLog(key)).length;
    await pause(1000);
    expect((await serverLog(key)).length, 'requests while hidden').to.equal(whileHidden);
    setHidden(false);
    await requestsAtLeast(key, whileHidden + 1);
  });
});

describe('refresh: a feed on another site', () => {
  afterEach(unmountAll);

  it('sends conditional requests across origins when the server allows the headers', async () => {
    const key = uniqueKey('cors-allowed');
    const {element, recorded} = mount({src: `${otherOrigin()}/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    expect(element.status).to.equal('ready');
    const requests = await requestsAtLeast(key, 3);
    expect(requests[0].origin).to.equal(location.origin);
    expect(requests[2].ifNoneMatch).to.equal('"v1"');
    expect(requests[2].status).to.equal(304);
    expect(recorded.loads).to.have.length(1);
  });

  it('falls back to plain requests when the server’s CORS preflight refuses them, without an error or a stale note', async () => {
    const key = uniqueKey('cors-refused');
    await control(key, {allowConditional: false});
    const {element, recorded} = mount({src: `${otherOrigin()}/test-server/live/${key}`, refresh: '0.1'});
    await settled(element, recorded);
    const data = element.data;
    const requests = await requestsAtLeast(key, 4);
    expect(requests.every((request) => request.ifNoneMatch === null && request.status === 200)).to.equal(true);
    const preflights = (await serverLog(key)).filter((record) => record.method === 'OPTIONS');
    // One refused preflight is enough to stop asking.
    expect(preflights).to.have.length(1);
    expect(recorded.errors).to.have.length(0);
    expect(recorded.loads).to.have.length(1);
    expect(element.data).to.equal(data);
    expect(staleNote(element)).to.equal(null);
    await control(key, {version: 2});
    await waitFor(() => recorded.loads.length === 2, 'the new version');
    expect(element.data!.title).to.equal('Live feed, version 2');
  });
});
