/**
 * Feeds are read in slices: the feed controller reads a feed given here (an object, inline data)
 * a small one at once, as before, a large one over several tasks, keeping what it drew until it
 * is done; the element reads a feed from `src` the same way. A newer input stops an older reading
 * still under way, which then never replaces it.
 */
import {expect} from '@open-wc/testing';
import {ReactiveElement} from 'lit';
import {FeedController} from '../../src/controllers/feed-controller.js';
import {loadReading} from '../../src/feed/lazy-read.js';
import type {ValidationResult} from '../../src/feed/types.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {mount, settled, uniqueKey, unmountAll} from './helpers.js';

/** A host with nothing but a feed controller, recording what it reports. */
class FeedHost extends ReactiveElement {
  loads: Array<{result: ValidationResult; origin: string}> = [];
  errors: unknown[] = [];
  readonly loader = new FeedController(this, {
    onLoad: (result, origin) => this.loads.push({result, origin}),
    onError: (detail) => this.errors.push(detail),
  });
}
customElements.define('feed-controller-slices-host', FeedHost);

/** A host that prepares its drawing of what it reads, recording when it does and when it is asked to draw. */
class PreparingHost extends ReactiveElement {
  events: string[] = [];
  readonly loader = new FeedController(this, {
    prepare: () => {
      this.events.push('prepare');
      // Everything else this task does, its microtasks included, comes before this.
      queueMicrotask(() => queueMicrotask(() => this.events.push('end of the task')));
    },
  });

  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    this.events?.push('update');
    super.requestUpdate(...args);
  }
}
customElements.define('feed-controller-preparing-host', PreparingHost);

const seed = (await (await fetch('/data/tajik-afghan-border-2024.json')).json()) as Record<string, unknown>;
/** A feed far too large to be read within one slice of a few milliseconds. */
const large = syntheticFeed({incidents: 40_000, seed: 5});
const titleOf = (host: FeedHost) => host.loader.result?.feed?.title;

const hosts: FeedHost[] = [];
async function connectedHost(): Promise<FeedHost> {
  // The code that reads feeds is loaded, as it is once an element has connected.
  await loadReading();
  const host = document.createElement('feed-controller-slices-host') as FeedHost;
  hosts.push(host);
  document.body.append(host);
  return host;
}

describe('FeedController, reading a feed given here', () => {
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it('reads a small feed at once, in the update that gave it', async () => {
    const host = await connectedHost();
    host.loader.update({document: seed});
    expect(host.loader.state).to.equal('ready');
    expect(host.loader.pending).to.equal(undefined);
    expect(titleOf(host)).to.equal(seed.title);
  });

  it('reads a large feed over several tasks, and `pending` waits for it', async () => {
    const host = await connectedHost();
    host.loader.update({document: large});
    expect(host.loader.state).to.equal('loading');
    const pending = host.loader.pending;
    expect(pending).to.be.instanceOf(Promise);
    await pending;
    expect(host.loader.state).to.equal('ready');
    expect(host.loader.result!.feed!.incidents).to.have.length(40_000);
    expect(host.loader.pending).to.equal(undefined);
  });

  it('prepares the drawing of a large feed in the task its reading ends in, and asks to draw it in the next', async () => {
    await loadReading();
    const host = document.createElement('feed-controller-preparing-host') as PreparingHost;
    document.body.append(host);
    try {
      host.loader.update({document: large});
      // The reading, then the drawing asked for after it.
      for (let pending = host.loader.pending; pending; pending = host.loader.pending) await pending;
      expect(host.loader.state).to.equal('ready');
      const prepared = host.events.indexOf('prepare');
      expect(prepared, 'prepared').to.be.greaterThan(-1);
      expect(host.events.slice(prepared)).to.deep.equal(['prepare', 'end of the task', 'update']);
      // A small feed is drawn at once, in the update that gave it.
      host.events = [];
      host.loader.update({document: seed});
      expect(host.events).to.deep.equal(['update']);
      expect(host.loader.pending).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('keeps the feed it drew while a large new one is read', async () => {
    const host = await connectedHost();
    host.loader.update({document: seed});
    host.loader.update({document: large});
    expect(host.loader.state).to.equal('ready');
    expect(titleOf(host)).to.equal(seed.title);
    await host.loader.pending;
    expect(titleOf(host)).to.equal(large.title);
  });

  it('lets a newer input win over a large reading still under way, which never replaces it', async () => {
    const host = await connectedHost();
    host.loader.update({document: large});
    const older = host.loader.pending!;
    expect(older).to.be.instanceOf(Promise);
    host.loader.update({document: seed});
    expect(titleOf(host)).to.equal(seed.title);
    // Once the older reading is over (stopped), the newer feed is still the one read.
    await older;
    expect(host.loader.state).to.equal('ready');
    expect(titleOf(host)).to.equal(seed.title);
    expect(host.errors).to.deep.equal([]);
  });

  it('stops reading when the host leaves the page, and reads again when it comes back', async () => {
    const host = await connectedHost();
    host.loader.update({document: large});
    const older = host.loader.pending!;
    host.remove();
    await older;
    expect(host.loader.result).to.equal(null);
    document.body.append(host);
    await host.loader.pending;
    expect(titleOf(host)).to.equal(large.title);
  });

  it('reads large inline data in slices and reports it loaded once', async () => {
    await loadReading();
    const host = document.createElement('feed-controller-slices-host') as FeedHost;
    hosts.push(host);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(large);
    host.append(script);
    document.body.append(host);
    expect(host.loader.state).to.equal('loading');
    await host.loader.pending;
    expect(host.loads.map(({result, origin}) => [result.feed!.incidents.length, origin])).to.deep.equal([[40_000, 'inline']]);
    expect(host.loader.state).to.equal('ready');
  });
});

describe('reading a large feed from src', () => {
  afterEach(unmountAll);

  it('reads all of it and reports it loaded once', async () => {
    const {element, harness, recorded} = mount({src: '/test-server/large?incidents=20000&summary=300'});
    await settled(element, recorded);
    expect(element.status).to.equal('ready');
    expect(element.data!.incidents).to.have.length(20_000);
    expect(recorded.loads).to.have.length(1);
    expect(recorded.errors).to.have.length(0);
    expect(harness.markers().length + harness.clusters().reduce((sum, cluster) => sum + cluster.count, 0)).to.be.greaterThan(0);
  });

  it('lets a newer src win over a large feed that arrived and is still being read', async () => {
    const key = uniqueKey('slices-race');
    const {element, harness, recorded} = mount({src: `/test-server/large?incidents=50000&summary=300&key=${key}`});
    // The browser has the whole of the large feed (its resource timing is there once it has):
    // looked for in every frame, which the reading lets the page draw between its slices.
    const arrived = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes(key));
    while (!arrived()) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(element.status).to.equal('loading');
    element.src = `/test-server/seed?title=New&key=${key}`;
    await settled(element, recorded);
    expect(harness.root.querySelector('h2')!.textContent).to.equal('New');
    // Well after the large feed would have been read, the new feed is still the one drawn.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await harness.settle();
    expect(recorded.loads.map((load) => load.feed.title)).to.deep.equal(['New']);
    expect(element.data!.title).to.equal('New');
    expect(recorded.errors).to.have.length(0);
  });
});
