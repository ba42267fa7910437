/**
 * Mounting and removing the element 500 times, each time with a fetched feed, a selection, a
 * zoom (its announcement timer) and a refresh timer, leaves nothing behind: no pending timer, no
 * listener on window or document, no observer still observing, no element kept alive, and the JS
 * heap back within a small bound after a forced garbage collection.
 *
 * Timers, listeners and observers are instrumented before the element's module is imported.
 */
import {expect} from '@open-wc/testing';

// ---------------------------------------------------------------------------------------------
// Instrumentation, before the element exists

let tracking = false;
const pendingTimers = new Map<number, string>();
const pendingIntervals = new Map<number, string>();
interface ListenerRecord {
  target: string;
  type: string;
  listener: unknown;
  capture: boolean;
  stack: string;
}
const listeners: ListenerRecord[] = [];
const observing = new Set<object>();
const observers: Array<WeakRef<object>> = [];

const where = () => new Error().stack?.split('\n').slice(2, 6).join('\n') ?? '';
const realSetTimeout = window.setTimeout.bind(window);
const realClearTimeout = window.clearTimeout.bind(window);
const realSetInterval = window.setInterval.bind(window);
const realClearInterval = window.clearInterval.bind(window);

window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const track = tracking;
  const id: number = realSetTimeout(
    (...callArgs: unknown[]) => {
      pendingTimers.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
    },
    timeout,
    ...args,
  );
  if (track) pendingTimers.set(id, where());
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) pendingTimers.delete(id);
  realClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = realSetInterval(handler, timeout, ...args);
  if (tracking) pendingIntervals.set(id, where());
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) pendingIntervals.delete(id);
  realClearInterval(id);
}) as typeof window.clearInterval;

const capture = (options?: boolean | AddEventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
for (const [name, target] of [
  ['window', window],
  ['document', document],
] as const) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    if (tracking && listener) listeners.push({target: name, type, listener, capture: capture(options), stack: where()});
    add(type, listener!, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    const index = listeners.findIndex(
      (record) => record.target === name && record.type === type && record.listener === listener && record.capture === capture(options),
    );
    if (index !== -1) listeners.splice(index, 1);
    remove(type, listener!, options);
  };
}

class TrackedResizeObserver extends ResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    super(callback);
    if (tracking) observers.push(new WeakRef(this));
  }
  override observe(target: globalThis.Element, options?: ResizeObserverOptions) {
    if (tracking) observing.add(this);
    super.observe(target, options);
  }
  override disconnect() {
    observing.delete(this);
    super.disconnect();
  }
}
class TrackedMutationObserver extends MutationObserver {
  constructor(callback: MutationCallback) {
    super(callback);
    if (tracking) observers.push(new WeakRef(this));
  }
  override observe(target: Node, options?: MutationObserverInit) {
    if (tracking) observing.add(this);
    super.observe(target, options);
  }
  override disconnect() {
    observing.delete(this);
    super.disconnect();
  }
}
window.ResizeObserver = TrackedResizeObserver;
window.MutationObserver = TrackedMutationObserver;

// Only now the element.
const {TimelineHarness} = await import('../../src/testing/harness.js');
await import('../../src/index.js');
type Element = import('../../src/index.js').SecurityTimeline;

// ---------------------------------------------------------------------------------------------

const gc = (window as unknown as {gc?: () => void}).gc;
const heap = () => (performance as unknown as {memory: {usedJSHeapSize: number}}).memory.usedJSHeapSize;
const tick = (ms = 0) => new Promise((resolve) => realSetTimeout(resolve, ms));

async function collect() {
  for (let i = 0; i < 4; i++) {
    gc!();
    await tick(10);
  }
}

async function waitUntil(check: () => boolean, what: string) {
  const deadline = performance.now() + 10_000;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(10);
  }
}

/** One visit: mount with a feed and a refresh timer, select, zoom, remove; every tenth is removed while still loading. */
async function visit(i: number, elements: Array<WeakRef<Element>>) {
  const element = document.createElement('security-timeline');
  element.setAttribute('src', `/test-server/seed?title=Visit-${i}`);
  element.setAttribute('refresh', '60');
  element.setAttribute('start', '2024-09-01');
  element.setAttribute('end', '2024-10-31');
  element.style.width = '800px';
  element.style.display = 'block';
  elements.push(new WeakRef(element));
  document.body.append(element);
  if (i % 10 !== 9) {
    await waitUntil(() => element.status === 'ready', `visit ${i} to load`);
    element.selected = 'ansarullah-arrive-nawabad';
    await element.updateComplete;
    element.zoom(2);
    await new TimelineHarness(element).settle();
    if (!element.shadowRoot!.querySelector('[part="details"]')) throw new Error(`visit ${i}: no details panel`);
  }
  element.remove();
}

describe('no leaks', () => {
  it('has the instruments it needs: gc, precise memory, wrapped timers, listeners and observers', () => {
    expect(gc, 'window.gc (--js-flags=--expose-gc)').to.be.a('function');
    expect(heap()).to.be.a('number');
    tracking = true;
    const id = setTimeout(() => {}, 10_000);
    const listener = () => {};
    document.addEventListener('visibilitychange', listener);
    const observer = new ResizeObserver(() => {});
    observer.observe(document.body);
    tracking = false;
    expect([pendingTimers.size, listeners.length, observing.size]).to.deep.equal([1, 1, 1]);
    clearTimeout(id);
    document.removeEventListener('visibilitychange', listener);
    observer.disconnect();
    expect([pendingTimers.size, listeners.length, observing.size]).to.deep.equal([0, 0, 0]);
    observers.length = 0;
  });

  it('leaves no timer, listener, observer, element or heap growth after 500 mounts and removals', async function () {
    this.timeout(180_000);
    // Warm up: code compiled, caches (formatters, the feed's text in the HTTP layer) filled.
    const warmUp: Array<WeakRef<Element>> = [];
    for (let i = 0; i < 30; i++) await visit(i, warmUp);
    await tick(100);
    await collect();
    const before = heap();

    const elements: Array<WeakRef<Element>> = [];
    tracking = true;
    for (let i = 0; i < 500; i++) await visit(i, elements);
    tracking = false;
    // Requests cancelled by a removal end a moment later; then nothing may be left.
    await waitUntil(() => pendingTimers.size === 0, 'timers to be cleared');
    await collect();
    const after = heap();

    expect([...pendingTimers.values()], 'pending timeouts').to.deep.equal([]);
    expect([...pendingIntervals.values()], 'pending intervals').to.deep.equal([]);
    expect(
      listeners.map((record) => `${record.target} ${record.type}\n${record.stack}`),
      'listeners on window and document',
    ).to.deep.equal([]);
    expect(observing.size, 'observers still observing').to.equal(0);
    expect(observers.length, 'observers made (a resize and two mutation observers per visit)').to.be.at.least(500 * 3);
    expect(observers.filter((ref) => ref.deref()).length, 'observers still alive').to.equal(0);
    expect(elements.filter((ref) => ref.deref()).length, 'elements still alive').to.equal(0);
    // Each element holds a feed, a shadow tree and a chart: a leak of even one in ten would show here.
    expect(after - before, `heap growth: ${before} → ${after} bytes`).to.be.below(1024 * 1024);
  });
});
