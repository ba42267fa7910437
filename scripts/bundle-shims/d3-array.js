// The drop-in bundle's stand-in for d3-array. d3-scale imports it for tick generation, quantiles
// and ordinal scales, none of which the timeline uses (its ticks come from d3-time in the zone);
// the linear scale it does use needs only `bisect`. Anything else throws.

export function ascending(a, b) {
  return a == null || b == null ? NaN : a < b ? -1 : a > b ? 1 : a >= b ? 0 : NaN;
}

// As d3's bisectRight over numbers: the index after the last element not greater than x.
export function bisect(array, x, lo = 0, hi = array.length) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function missing() {
  throw new Error('security-timeline bundle: not included; use the ESM build');
}

export const InternMap = Map;
export const range = missing;
export const tickStep = missing;
export const ticks = missing;
export const tickIncrement = missing;
export const quantile = missing;
export const quantileSorted = missing;
// d3-time imports these for its own tick chooser (utcTicks), which the timeline does not use.
export const bisector = missing;
