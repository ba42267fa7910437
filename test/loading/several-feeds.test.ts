/**
 * Several feeds in one `src`: merged with their provenance, id clashes reported with the feed
 * URLs, and a failing feed reported without blanking the others. Plus a property test of the merge.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {mergeFeeds, type FeedPart} from '../../src/feed/merge.js';
import {validateFeed} from '../../src/feed/validate.js';
import {control, mount, settled, uniqueKey, unmountAll, waitFor} from './helpers.js';

const absolute = (path: string) => new URL(path, location.href).href;
const NORTH = absolute('/test-server/feed/north');
const SOUTH = absolute('/test-server/feed/south');
const EAST = absolute('/test-server/feed/east');

describe('several feeds', () => {
  afterEach(unmountAll);

  it('draws the items of every feed, each with the URL of its feed as origin', async () => {
    const {element, harness, recorded} = mount({src: `/test-server/feed/north  /test-server/feed/south`, start: '2024-09-01', end: '2024-09-30'});
    await settled(element, recorded);
    expect(recorded.loads).to.have.length(1);
    expect(recorded.errors).to.have.length(0);
    const data = element.data!;
    expect(data.title).to.equal('North sector');
    expect(data.alerts.map((alert) => [alert.id, alert.origin])).to.deep.equal([
      ['north-alert', NORTH],
      ['south-alert', SOUTH],
    ]);
    expect(data.incidents.map((incident) => [incident.id, incident.origin])).to.deep.equal([
      ['north-1', NORTH],
      ['shared-id', NORTH],
      ['south-1', SOUTH],
      ['south-2', SOUTH],
    ]);
    expect(
      harness
        .bands()
        .map((band) => band.id)
        .sort(),
    ).to.deep.equal(['north-alert', 'south-alert']);
    expect(
      harness
        .markers()
        .map((marker) => marker.id)
        .sort(),
    ).to.deep.equal(['north-1', 'shared-id', 'south-1', 'south-2']);
  });

  it('reports an id used by two feeds as a problem of the later feed, naming both URLs; the first feed keeps it', async () => {
    const {element, harness, recorded} = mount({src: `/test-server/feed/north /test-server/feed/south`});
    await settled(element, recorded);
    expect(element.problems).to.have.length(1);
    const [problem] = element.problems;
    expect(problem).to.deep.include({pointer: '/incidents/1/id', found: '"shared-id"', dropped: 'item', origin: SOUTH});
    expect(problem.message).to.equal(
      `${SOUTH}: /incidents/1/id: expected an id not used by another feed (${NORTH} at /incidents/1 has it), found "shared-id". The incident was left out.`,
    );
    expect(element.data!.incidents.find((incident) => incident.id === 'shared-id')!.title).to.equal('North claims the shared id');
    harness.problemsButton()!.click();
    await harness.settle();
    expect(harness.problemsList()[0]).to.contain(SOUTH).and.to.contain(NORTH);
  });

  it('prefixes each feed’s own problems with its URL', async () => {
    const {element, recorded} = mount({src: `/test-server/feed/north /test-server/feed/east`});
    await settled(element, recorded);
    expect(element.problems.map((problem) => [problem.pointer, problem.origin])).to.deep.equal([['/incidents/0/status', EAST]]);
    expect(element.problems[0].message).to.match(new RegExp(`^${EAST.replace(/[.?]/g, '\\$&')}: /incidents/0/status: expected one of`));
  });

  it('draws the other feeds when one fails, reporting its error as st-error and in the problem list', async () => {
    const failing = absolute('/test-server/status/500');
    const {element, harness, recorded} = mount({src: `/test-server/feed/north /test-server/status/500 /test-server/feed/south`});
    await settled(element, recorded);
    await waitFor(() => recorded.errors.length === 1 && recorded.loads.length === 1, 'st-load and st-error');
    await harness.settle();
    expect(element.status).to.equal('ready');
    expect(recorded.errors[0]).to.deep.include({kind: 'http', status: 500, url: failing});
    expect(harness.errorMessage()).to.equal(null);
    expect(element.data!.incidents.map((incident) => incident.id)).to.deep.equal(['north-1', 'shared-id', 'south-1', 'south-2']);
    expect(harness.markers().length + harness.clusters().reduce((sum, cluster) => sum + cluster.count, 0)).to.equal(4);
    const failure = element.problems.find((problem) => problem.origin === failing)!;
    expect(failure).to.deep.include({pointer: '', dropped: 'feed', found: 'HTTP 500 (http)'});
    expect(failure.message).to.equal(`Could not load the feed ${failing}: the server answered 500 Internal Server Error.`);
    harness.problemsButton()!.click();
    await harness.settle();
    expect(harness.problemsList().some((line) => line.includes(failure.message))).to.equal(true);
  });

  it('shows every feed’s error when none loads, and fires st-error for each', async () => {
    const {element, harness, recorded} = mount({src: `/test-server/status/404 /test-server/html`});
    await settled(element, recorded);
    await waitFor(() => recorded.errors.length === 2, 'two st-error');
    await harness.settle();
    expect(element.status).to.equal('error');
    expect(recorded.errors.map((detail) => detail.kind)).to.deep.equal(['http', 'content-type']);
    expect(harness.errorMessage()).to.contain('answered 404 Not Found').and.to.contain('expected JSON but the server sent "text/html"');
  });

  it('refreshes each feed on its own: one changing redraws, one failing marks the data stale, the rest stays', async () => {
    const [a, b] = [uniqueKey('multi-a'), uniqueKey('multi-b')];
    const {element, harness, recorded} = mount({src: `/test-server/live/${a} /test-server/live/${b}`, refresh: '0.1'});
    await settled(element, recorded);
    // Both are the seed feed: every item of the second clashes with the first.
    const problems = element.problems.length;
    expect(problems).to.equal(element.data!.alerts.length + element.data!.incidents.length);
    const fromA = element.data!.incidents[0];

    await control(b, {version: 2});
    await waitFor(() => recorded.loads.length === 2, 'st-load for the change in b');
    expect(element.data!.incidents.find((incident) => incident.id === 'live-2')!.origin).to.equal(absolute(`/test-server/live/${b}`));
    // Items of the unchanged feed are the same objects.
    expect(element.data!.incidents[0]).to.equal(fromA);

    await control(a, {mode: 'error'});
    await waitFor(() => recorded.errors.length >= 1, 'st-error for a');
    await harness.settle();
    expect(element.shadowRoot!.querySelector('[part="stale"]')).to.not.equal(null);
    expect(element.data!.incidents[0]).to.equal(fromA);
  });
});

describe('mergeFeeds (property)', () => {
  const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  const item = fc.record({id: ids, kind: fc.boolean(), day: fc.integer({min: 1, max: 28})});
  const documentArbitrary = fc.uniqueArray(item, {selector: (entry) => entry.id, maxLength: 6}).map((items) => ({
    version: '1.0',
    alerts: items
      .filter((entry) => entry.kind)
      .map((entry) => ({
        id: entry.id,
        start: `2024-09-${String(entry.day).padStart(2, '0')}`,
        end: '2024-10-15',
        level: 'high',
        title: `Alert ${entry.id}`,
      })),
    incidents: items
      .filter((entry) => !entry.kind)
      .map((entry) => ({
        id: entry.id,
        when: `2024-09-${String(entry.day).padStart(2, '0')}`,
        title: `Incident ${entry.id}`,
        category: 'clash',
        status: 'reported',
      })),
  }));

  it('keeps each id once, from the first feed that has it, and reports every other use with both URLs', () => {
    fc.assert(
      fc.property(fc.array(documentArbitrary, {minLength: 2, maxLength: 4}), (documents) => {
        const parts: FeedPart[] = documents.map((document, i) => ({
          url: `https://feed-${i}.example/feed.json`,
          result: validateFeed(document),
          document,
        }));
        const merged = mergeFeeds(parts)!;
        const items = [...merged.feed!.alerts, ...merged.feed!.incidents];
        const total = documents.reduce((sum, document) => sum + document.alerts.length + document.incidents.length, 0);
        const clashes = merged.problems.filter((problem) => problem.expected.startsWith('an id not used by another feed'));
        if (new Set(items.map((entry) => entry.id)).size !== items.length) return false;
        if (items.length + clashes.length !== total) return false;
        for (const entry of items) {
          const first = documents.findIndex((document) => [...document.alerts, ...document.incidents].some((other) => other.id === entry.id));
          if (entry.origin !== parts[first].url) return false;
        }
        for (const clash of clashes) {
          const id = JSON.parse(clash.found) as string;
          const owner = items.find((entry) => entry.id === id)!;
          const [list, index] = clash.pointer.split('/').slice(1);
          const document = documents[parts.findIndex((part) => part.url === clash.origin)] as unknown as Record<string, Array<{id: string}>>;
          if (document[list][Number(index)].id !== id) return false;
          if (!clash.message.startsWith(`${clash.origin}: `) || !clash.message.includes(owner.origin!)) return false;
        }
        // Alerts by start, incidents by time, as a single feed is.
        const sorted = (times: number[]) => times.every((time, i) => i === 0 || times[i - 1] <= time);
        return sorted(merged.feed!.alerts.map((alert) => alert.start)) && sorted(merged.feed!.incidents.map((incident) => incident.time.best));
      }),
      {numRuns: 200},
    );
  });
});
