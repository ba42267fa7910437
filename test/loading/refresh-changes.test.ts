/**
 * What a refresh changed: the feed controller compares a changed feed with the reading it
 * replaces and says which items were edited, added and taken back, keeping those taken back.
 * Runs against the live feed of the test server, with a minimal host of its own.
 */
import {expect} from '@open-wc/testing';
import {LitElement} from 'lit';
import {FeedController} from '../../src/controllers/feed-controller.js';
import type {Feed, ValidationResult} from '../../src/feed/types.js';
import {control, mount, serverLog, uniqueKey, unmountAll, waitFor} from './helpers.js';

/** A host that only loads: its controller, and every reading it was given. */
class FeedHost extends LitElement {
  readonly readings: ValidationResult[] = [];
  readonly loader = new FeedController(this, {onLoad: (result) => this.readings.push(result)});
}
customElements.define('refresh-changes-host', FeedHost);

const hosts: FeedHost[] = [];

function mountHost(src: string): FeedHost {
  const host = document.createElement('refresh-changes-host') as FeedHost;
  host.loader.update({url: src, refreshMs: 100});
  hosts.push(host);
  document.body.append(host);
  return host;
}

const incident = (id: string, when: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  when,
  title,
  category: 'clash',
  status: 'reported',
  ...extra,
});

const FIRST = {
  version: '1.1',
  title: 'Border incidents',
  region: {name: 'Border', timeZone: 'UTC'},
  incidents: [
    incident('kept', '2024-09-02', 'Kept as it was', {updated: '2024-09-02'}),
    incident('retitled', '2024-09-03', 'Shots heard near the post', {updated: '2024-09-03'}),
    incident('deleted', '2024-09-04', 'Patrol ambushed'),
    incident('vanished', '2024-09-05', 'Checkpoint closed'),
  ],
  // Taken back before this reader's first reading: nothing the reader saw.
  withdrawn: [{id: 'long-gone', reason: 'Duplicate'}],
};

const SECOND = {
  ...FIRST,
  incidents: [
    FIRST.incidents[0],
    incident('retitled', '2024-09-03', 'Exchange of fire at the post', {updated: '2024-09-10'}),
    incident('added', '2024-09-09', 'Drone sighted'),
  ],
  withdrawn: [...FIRST.withdrawn, {id: 'deleted', date: '2024-09-10', reason: 'Duplicate of another event'}],
};

const feedOf = (host: FeedHost, reading: number): Feed => host.readings[reading].feed!;

async function firstReading(key: string, feed: unknown = FIRST): Promise<FeedHost> {
  await control(key, {version: 1, document: feed});
  const host = mountHost(`/test-server/live/${key}`);
  await waitFor(() => host.readings.length === 1, 'the first reading');
  expect(host.readings[0].problems).to.deep.equal([]);
  return host;
}

describe('refresh: what changed', () => {
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it('reports nothing on the first reading, though the feed lists withdrawn items', async () => {
    const host = await firstReading(uniqueKey('changes-first'));
    const {changed, withdrawn, added} = host.loader.changes;
    expect([changed.size, withdrawn.size, added.size]).to.deep.equal([0, 0, 0]);
  });

  it('reports an updated incident, one withdrawn, one gone without a word and one new, keeping those taken back', async () => {
    const key = uniqueKey('changes-refresh');
    const host = await firstReading(key);
    await control(key, {version: 2, document: SECOND});
    await waitFor(() => host.readings.length === 2, 'the changed reading');

    const {changed, withdrawn, added} = host.loader.changes;
    expect(Object.fromEntries(changed)).to.deep.equal({retitled: 'updated'});
    expect([...added]).to.deep.equal(['added']);
    expect([...withdrawn.keys()].sort()).to.deep.equal(['deleted', 'vanished']);
    const deleted = withdrawn.get('deleted')!;
    expect(deleted.reason).to.equal('Duplicate of another event');
    expect(deleted.date).to.equal(Date.UTC(2024, 8, 10));
    const vanished = withdrawn.get('vanished')!;
    expect(vanished.reason).to.equal(undefined);
    expect(vanished.date).to.equal(undefined);
    // The items as the first reading had them, though the feed drawn no longer has them.
    expect(deleted.item).to.equal(feedOf(host, 0).incidents.find((item) => item.id === 'deleted'));
    expect(vanished.item.title).to.equal('Checkpoint closed');
    expect(host.loader.result!.feed!.incidents.map((item) => item.id)).to.deep.equal(['kept', 'retitled', 'added']);
    expect(host.loader.result!.feed!.incidents[1].title).to.equal('Exchange of fire at the post');
  });

  it('keeps what changed through refreshes that find the feed unchanged', async () => {
    const key = uniqueKey('changes-304');
    const host = await firstReading(key);
    await control(key, {version: 2, document: SECOND});
    await waitFor(() => host.readings.length === 2, 'the changed reading');
    const changes = host.loader.changes;
    await waitFor(
      async () => (await serverLog(key)).filter((request) => request.ifNoneMatch === '"v2"' && request.status === 304).length >= 2,
      'two refreshes that find the second version unchanged',
    );
    expect(host.loader.changes).to.equal(changes);
    expect(host.readings).to.have.length(2);
  });

  it('compares the next refresh with the reading before it, not the first', async () => {
    const key = uniqueKey('changes-twice');
    const host = await firstReading(key);
    await control(key, {version: 2, document: SECOND});
    await waitFor(() => host.readings.length === 2, 'the second reading');
    const third = {...SECOND, incidents: SECOND.incidents.map((item) => (item.id === 'added' ? {...item, status: 'confirmed'} : item))};
    await control(key, {version: 3, document: third});
    await waitFor(() => host.readings.length === 3, 'the third reading');
    const {changed, withdrawn, added} = host.loader.changes;
    expect(Object.fromEntries(changed)).to.deep.equal({added: 'edited'});
    expect([withdrawn.size, added.size]).to.deep.equal([0, 0]);
  });

  it('reports nothing for another src or a feed object: a new feed, not a revision', async () => {
    const key = uniqueKey('changes-new-src');
    const host = await firstReading(key);
    await control(key, {version: 2, document: SECOND});
    await waitFor(() => host.readings.length === 2, 'the changed reading');
    expect(host.loader.changes.withdrawn.size).to.equal(2);

    const other = uniqueKey('changes-other');
    await control(other, {version: 1, document: FIRST});
    host.loader.update({url: `/test-server/live/${other}`, refreshMs: 100});
    await waitFor(() => host.readings.length === 3, 'the reading of the other src');
    const {changed, withdrawn, added} = host.loader.changes;
    expect([changed.size, withdrawn.size, added.size]).to.deep.equal([0, 0, 0]);

    await control(other, {version: 2, document: SECOND});
    await waitFor(() => host.readings.length === 4, 'the other src changed');
    expect(host.loader.changes.withdrawn.size).to.equal(2);
    host.loader.update({document: FIRST});
    expect(host.loader.result!.feed!.title).to.equal('Border incidents');
    expect([host.loader.changes.changed.size, host.loader.changes.withdrawn.size, host.loader.changes.added.size]).to.deep.equal([0, 0, 0]);
  });

  it('with several feeds, reports the items of the feed that changed only', async () => {
    const [north, south] = [uniqueKey('changes-north'), uniqueKey('changes-south')];
    const southFeed = {...FIRST, incidents: [incident('south-1', '2024-09-06', 'Crossing reopened')]};
    await control(north, {version: 1, document: FIRST});
    await control(south, {version: 1, document: southFeed});
    const host = mountHost(`/test-server/live/${north} /test-server/live/${south}`);
    await waitFor(() => host.readings.length === 1, 'the first reading');
    await control(north, {version: 2, document: SECOND});
    await waitFor(() => host.readings.length === 2, 'the changed reading');
    const {changed, withdrawn, added} = host.loader.changes;
    expect(Object.fromEntries(changed)).to.deep.equal({retitled: 'updated'});
    expect([...withdrawn.keys()].sort()).to.deep.equal(['deleted', 'vanished']);
    expect([...added]).to.deep.equal(['added']);
    expect(host.loader.result!.feed!.incidents.map((item) => item.id)).to.include('south-1');
  });
});

describe('refresh: what a reader sees changed', () => {
  afterEach(() => unmountAll());

  it('says what the refresh changed, and keeps a withdrawn item readable, marked as withdrawn', async () => {
    const key = uniqueKey('changes-element');
    await control(key, {version: 1, document: FIRST});
    const {element} = mount({src: `/test-server/live/${key}`, refresh: '0.1', start: '2024-09-01', end: '2024-09-12'});
    await waitFor(() => element.data?.incidents.length === 4, 'the first reading');
    element.selected = 'deleted';
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="changes"]')).to.equal(null);

    await control(key, {version: 2, document: SECOND});
    await waitFor(() => element.data?.incidents.length === 3, 'the refreshed reading');
    await element.updateComplete;
    expect(root.querySelector('[part="changes"]')?.textContent).to.equal('Since the last load: 1 changed, 2 withdrawn, 1 new.');
    // The selected incident is no longer in the feed, yet its details still say what it was, and that it was taken back.
    const details = root.querySelector('[part="details"]')!;
    expect(details.querySelector('h3')?.textContent).to.equal('Patrol ambushed');
    expect(details.querySelector('.change-note')?.textContent).to.equal(
      'Withdrawn by the publisher on Sep 10, 2024. It is no longer in the feed. Reason given: Duplicate of another event',
    );
    expect(root.querySelector('[aria-live]')?.textContent).to.equal('Since the last load: 1 changed, 2 withdrawn, 1 new.');

    element.selected = 'retitled';
    await element.updateComplete;
    expect(root.querySelector('[part="details"] .change-note')?.textContent).to.equal('Updated since the last load.');
  });
});
