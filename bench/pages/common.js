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
