// Helpers shared by the benchmark pages. Everything here runs in the page.

/** Resolves after `n` animation frames: after two, the frame with the change has been painted. */
export function frames(n = 2) {
  return new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** Elements under `root`, counting inside any shadow roots below it too. */
export function countElements(root) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/** Fetches the feed text `name` (`10000`, `realistic-10000`); the page keeps it until `drop()`. */
export async function fetchFeedText(name) {
  const response = await fetch(`/feeds/${name}.json`);
  if (!response.ok) throw new Error(`feed ${name}: HTTP ${response.status}`);
  window.__feedText = await response.text();
  return window.__feedText.length;
}

/** An incident's `when` as one instant (epoch ms), for libraries whose points need one: ranges at their middle. */
export function instant(when) {
  if (typeof when === 'string') return Date.parse(when);
  if (when.date) return Date.parse(when.date);
  return (Date.parse(when.earliest) + Date.parse(when.latest)) / 2;
}

/**
 * Parses the feed text, timed; with `apart`, resolves only in a later task, so that what the page
 * does next (the hand-over) runs in a task of its own, as after a page's `await response.json()`.
 */
export async function parseFeed(text, apart) {
  const t0 = performance.now();
  const feed = JSON.parse(text);
  const parse = performance.now() - t0;
  if (apart) await new Promise((resolve) => setTimeout(resolve, 0));
  return {feed, parse};
}

/** Forgets the page's own references to the feed, so the heap holds only what the library keeps. */
export function drop() {
  window.__feedText = null;
}

/**
 * Runs `action` (a view change) and times it two ways:
 * - `work`: main-thread time the change costs: its synchronous part (for Lit, the update), plus the
 *   next frame from its start (rAF callbacks, including a library's own rAF redraw) to the end of
 *   its rendering (style, layout, paint), marked by a message posted from the last rAF callback.
 *   The idle wait for the frame is left out, so this is what must fit in a 16 ms frame.
 * - `latency`: from the change to the second animation frame after it (the literal "two rAFs =
 *   painted"), which can never be below one frame interval (16.7 ms at 60 Hz).
 *
 * With `frameTime`, the frame starts at its own time (the rAF timestamp, but not before the
 * change's synchronous part ended): for a library whose rAF loop was registered before ours and so
 * draws in the frame before our first callback runs (ECharts' renderer, zrender).
 */
export function measureStep(action, {frameTime = false} = {}) {
  return new Promise((resolve, reject) => {
    let frameStart = null;
    let t1 = null;
    requestAnimationFrame((timestamp) => (frameStart = frameTime ? Math.max(timestamp, t1 ?? timestamp) : performance.now()));
    const t0 = performance.now();
    Promise.resolve()
      .then(action)
      .then(() => {
        t1 = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const rendered = performance.now();
            requestAnimationFrame(() => {
              const painted = performance.now();
              resolve({work: t1 - t0 + (rendered - (frameStart ?? t1)), latency: painted - t0, sync: t1 - t0});
            });
          };
          channel.port2.postMessage(0);
        });
      }, reject);
  });
}
