/**
 * Helpers for the loading tests: mounting the element against the test server
 * (test/loading/server/test-server.mjs) and reading back what that server saw.
 */
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import type {FeedLoadErrorDetail} from '../../src/feed/load.js';
import type {TimelineLoadDetail} from '../../src/elements/security-timeline/security-timeline.component.js';
import {TimelineHarness} from '../../src/testing/harness.js';

/** One request as the test server logged it. */
export interface ServerRecord {
  method: string;
  path: string;
  /** Server clock, epoch ms. */
  at: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  origin: string | null;
  status: number | null;
  bytesSent: number;
  /** The client closed the connection before the response was complete. */
  aborted: boolean;
  /** The connection is closed. */
  done: boolean;
}

/** A key of its own for each test, so server logs and live feeds never mix. */
export const uniqueKey = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

export async function serverLog(key: string): Promise<ServerRecord[]> {
  return (await (await fetch(`/test-server/log/${key}`, {cache: 'no-store'})).json()) as ServerRecord[];
}

/** Changes a live feed: `version`, `mode` (`ok`, `error`, `network`), `etag`, `lastModified`, `allowConditional`. */
export async function control(key: string, state: Record<string, unknown>): Promise<void> {
  await fetch(`/test-server/control/${key}`, {method: 'POST', body: JSON.stringify(state), cache: 'no-store'});
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` gives something truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 8000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(20);
  }
}

/** Waits until the server has logged at least `count` requests under `key`. */
export function requestsAtLeast(key: string, count: number, timeoutMs?: number): Promise<ServerRecord[]> {
  return waitFor(
    async () => {
      const log = await serverLog(key);
      return log.filter((record) => record.method === 'GET').length >= count ? log.filter((record) => record.method === 'GET') : null;
    },
    `${count} requests for ${key}`,
    timeoutMs,
  );
}

/** The events an element fired, in order. */
export interface Recorded {
  loads: TimelineLoadDetail[];
  errors: FeedLoadErrorDetail[];
}

const containers: HTMLElement[] = [];

/** Puts a `<security-timeline>` with these attributes on the page and records its load and error events. */
export function mount(attributes: Record<string, string>, properties: Partial<SecurityTimeline> = {}) {
  const container = document.createElement('div');
  containers.push(container);
  document.body.append(container);
  const element = document.createElement('security-timeline');
  element.style.width = '1000px';
  element.style.display = 'block';
  const recorded: Recorded = {loads: [], errors: []};
  element.addEventListener('st-load', (event) => recorded.loads.push(event.detail));
  element.addEventListener('st-error', (event) => recorded.errors.push(event.detail));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  container.append(element);
  return {element, harness: new TimelineHarness(element), recorded};
}

/** Removes what `mount` put on the page. */
export function unmountAll(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** Waits for the first load or error event, then for the element to draw it. */
export async function settled(element: SecurityTimeline, recorded: Recorded): Promise<void> {
  await waitFor(() => recorded.loads.length + recorded.errors.length > 0, 'st-load or st-error');
  await new TimelineHarness(element).settle();
}

/** The test server's origin seen from another site: localhost and 127.0.0.1 are different origins. */
export function otherOrigin(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

export {pause};
