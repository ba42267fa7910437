/**
 * Loading a feed from `src` against a real HTTP server: each way it can fail gives a specific
 * message in the element and a typed `st-error`; slow, endless and huge answers are cut off.
 */
import {expect} from '@open-wc/testing';
import {mount, requestsAtLeast, serverLog, settled, uniqueKey, unmountAll, waitFor} from './helpers.js';

const absolute = (path: string) => new URL(path, location.href).href;

/** What the page's console shows as warnings while each test of a block runs. */
function recordWarnings(): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...parts: unknown[]) => warnings.push(parts.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}

/** Waits until the server saw the client close the connection of the one request logged under `key`. */
async function closedByClient(key: string) {
  const [request] = await waitFor(
    async () => {
      const log = await serverLog(key);
      return log[0]?.done ? log : null;
    },
    'the server to see the request closed',
    5000,
  );
  return request;
}

describe('loading: failures are specific and typed', () => {
  afterEach(unmountAll);

  for (const status of [404, 500]) {
    it(`shows HTTP ${status} with the URL and fires st-error {kind: "http", status: ${status}}`, async () => {
      const src = `/test-server/status/${status}`;
      const {element, harness, recorded} = mount({src});
      await settled(element, recorded);
      expect(recorded.errors).to.have.length(1);
      const [detail] = recorded.errors;
      expect(detail).to.deep.equal({
        kind: 'http',
        url: absolute(src),
        status,
        message: `Could not load the feed ${absolute(src)}: the server answered ${status} ${status === 404 ? 'Not Found' : 'Internal Server Error'}.`,
        problems: [],
      });
      expect(element.status).to.equal('error');
      expect(harness.errorMessage()).to.equal(detail.message);
      // The reader reads what happened in their words; the publisher's details follow, in English.
      expect(harness.errorHeadline()).to.equal('The server refused the feed.');
      expect(harness.markers()).to.have.length(0);
      expect(recorded.loads).to.have.length(0);
    });
  }

  it('says the server could not be reached when the connection drops', async () => {
    const src = '/test-server/network-error';
    const {element, harness, recorded} = mount({src});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('network');
    expect(detail.url).to.equal(absolute(src));
    expect(detail.status).to.equal(undefined);
    expect(harness.errorMessage()).to.contain('the server could not be reached');
  });

  it('refuses a web page served instead of a feed, naming its content type', async () => {
    const {element, harness, recorded} = mount({src: '/test-server/html'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('content-type');
    expect(detail.status).to.equal(200);
    expect(harness.errorMessage()).to.contain('expected JSON but the server sent "text/html"');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const {element, harness, recorded} = mount({src: '/test-server/invalid-json'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('json');
    // Line 4 is `    {"id": "a",, "title": "b"}`: the second comma is its 16th character.
    expect(harness.errorMessage()).to.match(/it is not valid JSON \(.+ at line 4, column 16\)\.$/);
    expect(detail.problems).to.have.length(1);
    expect(detail.problems[0].pointer).to.equal('');
  });

  it('refuses a feed of another major version, with the problem and its pointer', async () => {
    const {element, harness, recorded} = mount({src: '/test-server/schema?version=2.0'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('invalid');
    expect(detail.problems.map((problem) => problem.pointer)).to.deep.equal(['/version']);
    expect(harness.errorMessage()).to.contain('version 2.0 is newer than this reader understands');
    // One full stop, not the problem's own and another.
    expect(harness.errorMessage()).to.match(/The feed was not read\.$/);
  });

  it('draws a feed with schema problems and lists each problem with its pointer', async () => {
    const {element, harness, recorded} = mount({src: '/test-server/schema', start: '2024-09-01', end: '2024-10-31'});
    await settled(element, recorded);
    expect(recorded.errors).to.have.length(0);
    expect(recorded.loads).to.have.length(1);
    expect(element.status).to.equal('ready');
    expect(element.problems.map((problem) => problem.pointer)).to.deep.equal(['/incidents/1/status', '/incidents/2/when']);
    expect(element.problems.every((problem) => problem.origin === absolute('/test-server/schema'))).to.equal(true);
    harness.problemsButton()!.click();
    await harness.settle();
    const listed = harness.problemsList();
    expect(listed[0]).to.contain('/incidents/1/status').and.to.contain('"rumoured"');
    expect(listed[1]).to.contain('/incidents/2/when').and.to.contain('2024-02-30');
    expect(harness.markers()).to.have.length(2);
  });
});

describe('loading: time and size limits', () => {
  afterEach(unmountAll);
  const warnings = recordWarnings();

  it('loads a 10 MB feed by default (max-bytes 64 MiB)', async () => {
    // 10,000 incidents with summaries of 1,000 characters: about 11 MB.
    const {element, recorded} = mount({src: '/test-server/large?incidents=10000&summary=1000'});
    expect(element.maxBytes).to.equal(64 * 1024 * 1024);
    await settled(element, recorded);
    expect(recorded.errors).to.deep.equal([]);
    expect(element.status).to.equal('ready');
    expect(element.data!.incidents).to.have.length(10000);
    expect(warnings).to.deep.equal([]);
  });

  it('gives up on a server that does not answer within `timeout` seconds, and closes the request', async () => {
    const key = uniqueKey('timeout');
    const {element, harness, recorded} = mount({src: `/test-server/slow?ms=5000&key=${key}`, timeout: '0.3'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('timeout');
    expect(harness.errorMessage()).to.contain('no answer within 0.3 s');
    const [request] = await waitFor(async () => {
      const log = await serverLog(key);
      return log[0]?.done ? log : null;
    }, 'the server to see the request closed');
    expect(request.aborted).to.equal(true);
  });

  it('tells the page author, not the reader, that the timeout attribute gives a slow feed longer', async () => {
    const src = `/test-server/slow?ms=5000&key=${uniqueKey('timeout-hint')}`;
    const {element, harness, recorded} = mount({src, timeout: '0.3'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.hint).to.equal("Raise the element's timeout attribute (now 0.3 seconds) to wait longer for the feed.");
    expect(detail.message).to.equal(`Could not load the feed ${absolute(src)}: no answer within 0.3 s.`);
    expect(harness.errorMessage()).to.equal(detail.message);
    expect(warnings).to.deep.equal([`security-timeline: ${detail.message} ${detail.hint}`]);
  });

  it('gives up on a body that trickles in for longer than `timeout`', async () => {
    const key = uniqueKey('drip');
    const {element, harness, recorded} = mount({src: `/test-server/drip?key=${key}`, timeout: '0.5'});
    await settled(element, recorded);
    expect(recorded.errors[0].kind).to.equal('timeout');
    expect(harness.errorMessage()).to.contain('the feed did not finish arriving within 0.5 s');
    const [request] = await waitFor(async () => {
      const log = await serverLog(key);
      return log[0]?.done ? log : null;
    }, 'the server to see the request closed');
    expect(request.aborted).to.equal(true);
  });

  it('refuses a streamed body as soon as it passes `max-bytes`, while the server is still sending', async () => {
    const key = uniqueKey('huge');
    // The server sends 64 KB chunks for ever: only a reader that stops part-way can finish.
    const {element, harness, recorded} = mount({src: `/test-server/huge?key=${key}`, 'max-bytes': '200000'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('too-large');
    expect(detail.status).to.equal(200);
    expect(harness.errorMessage()).to.contain('the feed is larger than the 196 KB allowed');
    const [request] = await waitFor(async () => {
      const log = await serverLog(key);
      return log[0]?.done ? log : null;
    }, 'the server to see the request closed');
    expect(request.aborted).to.equal(true);
    // What the server pushed before it noticed, socket buffers included: far less than a feed that never ends.
    expect(request.bytesSent).to.be.below(64 * 1024 * 1024);
  });

  it('tells the page author which attribute takes a larger feed: in st-error and once in the console', async () => {
    const src = `/test-server/huge?key=${uniqueKey('huge-hint')}`;
    const {element, harness, recorded} = mount({src, 'max-bytes': '200000'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.hint).to.equal("Raise the element's max-bytes attribute (now 200000 bytes) to load larger feeds.");
    // Readers see a plain sentence, without the attribute.
    expect(detail.message).to.equal(`Could not load the feed ${absolute(src)}: the feed is larger than the 196 KB allowed.`);
    expect(harness.errorMessage()).to.equal(detail.message);
    expect(warnings).to.deep.equal([`security-timeline: ${detail.message} ${detail.hint}`]);
  });

  it('refuses a body whose declared length is over `max-bytes` without reading it, and closes the request', async () => {
    const key = uniqueKey('declared');
    const src = `/test-server/huge?declared=1&key=${key}`;
    const {element, harness, recorded} = mount({src, 'max-bytes': '200000'});
    await settled(element, recorded);
    const [detail] = recorded.errors;
    expect(detail.kind).to.equal('too-large');
    expect(harness.errorMessage()).to.contain('the feed is 50.0 MB, more than the 196 KB allowed');
    expect(detail.hint).to.equal("Raise the element's max-bytes attribute (now 200000 bytes) to load larger feeds.");
    // The console names the URL, the size and the attribute.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(absolute(src)).and.contain('50.0 MB').and.contain('max-bytes attribute (now 200000 bytes)');
    // The server would send for ever: only the client can close it.
    const request = await closedByClient(key);
    expect(request.aborted).to.equal(true);
  });
});

describe('loading: a refused response is closed, not left open', () => {
  afterEach(unmountAll);
  const warnings = recordWarnings();

  // Each of these bodies never ends by itself: the server sees the connection closed only when
  // the browser gives the response up.
  for (const status of [404, 500]) {
    it(`closes an HTTP ${status} answer whose page goes on and on`, async () => {
      const key = uniqueKey(`status-${status}`);
      const {element, harness, recorded} = mount({src: `/test-server/status/${status}?endless=1&key=${key}`});
      await settled(element, recorded);
      expect(recorded.errors.map((detail) => [detail.kind, detail.status, detail.hint])).to.deep.equal([['http', status, undefined]]);
      expect(harness.errorMessage()).to.contain(`the server answered ${status}`);
      const request = await closedByClient(key);
      expect(request.aborted).to.equal(true);
      // Not a limit of the element: nothing for the author to raise.
      expect(warnings).to.deep.equal([]);
    });
  }

  it('closes a web page served instead of a feed', async () => {
    const key = uniqueKey('html');
    const {element, harness, recorded} = mount({src: `/test-server/html?endless=1&key=${key}`});
    await settled(element, recorded);
    expect(recorded.errors.map((detail) => detail.kind)).to.deep.equal(['content-type']);
    expect(harness.errorMessage()).to.contain('expected JSON but the server sent "text/html"');
    const request = await closedByClient(key);
    expect(request.aborted).to.equal(true);
  });
});

describe('loading: a newer src wins, removal cancels', () => {
  afterEach(unmountAll);

  it('aborts the old request when src changes, and its late answer never replaces the new feed', async () => {
    const key = uniqueKey('race');
    const {element, harness, recorded} = mount({src: `/test-server/slow?ms=600&title=Old&key=${key}`});
    await requestsAtLeast(key, 1);
    element.src = `/test-server/seed?title=New&key=${key}`;
    await settled(element, recorded);
    expect(harness.root.querySelector('h2')!.textContent).to.equal('New');
    // The old request is closed by the browser, not answered.
    const log = await waitFor(async () => {
      const records = await serverLog(key);
      return records.every((record) => record.done) ? records : null;
    }, 'both requests to end');
    expect(log.find((record) => record.path === '/test-server/slow')!.aborted).to.equal(true);
    // Well after the old answer was due, the new feed is still the one drawn.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await harness.settle();
    expect(recorded.loads.map((load) => load.feed.title)).to.deep.equal(['New']);
    expect(harness.root.querySelector('h2')!.textContent).to.equal('New');
    expect(element.data!.title).to.equal('New');
  });

  it('aborts the request when the element is removed from the page, and fires nothing after', async () => {
    const key = uniqueKey('removed');
    const {element, recorded} = mount({src: `/test-server/slow?ms=600&key=${key}`});
    await requestsAtLeast(key, 1);
    element.remove();
    const [request] = await waitFor(async () => {
      const log = await serverLog(key);
      return log[0]?.done ? log : null;
    }, 'the request to end');
    expect(request.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(recorded.loads).to.have.length(0);
    expect(recorded.errors).to.have.length(0);
  });
});
