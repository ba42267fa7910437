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

/** Fetches the feed text of `n` incidents; the page keeps it until `drop()`. */
export async function fetchFeedText(n) {
  const response = await fetch(`/feeds/${n}.json`);
  if (!response.ok) throw new Error(`feed ${n}: HTTP ${response.status}`);
  window.__feedText = await response.text();
  return window.__feedText.length;
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
 */
export function measureStep(action) {
  return new Promise((resolve, reject) => {
    let frameStart = null;
    requestAnimationFrame(() => (frameStart = performance.now()));
    const t0 = performance.now();
    Promise.resolve()
      .then(action)
      .then(() => {
        const t1 = performance.now();
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
