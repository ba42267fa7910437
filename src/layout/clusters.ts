/**
 * Density: markers too close to tell apart are drawn as one cluster with a count.
 *
 * This runs on every zoom and pan frame for up to 100,000 incidents, so it works on a sorted
 * Float64Array of times, finds the visible slice by binary search, and finds the end of each
 * cluster by galloping search: the work grows with the number of clusters on screen (a few
 * hundred at most), not with the number of incidents behind them.
 */
/** One marker or a run of markers drawn as one. */
export interface MarkerCluster {
  /** Centre of the markers it stands for, px. */
  x: number;
  /** Px of its first and last markers (`x0 > x1` when time runs right to left). */
  x0: number;
  x1: number;
  /** Markers it stands for; 1 for a single marker. */
  count: number;
  /** Indices into the sorted times of its first and last markers, inclusive. */
  first: number;
  last: number;
  /** Times of its first and last markers. */
  earliest: number;
  latest: number;
}

/** First index whose time is at least `value`. */
function lowerBound(times: ArrayLike<number>, value: number, lo = 0, hi = times.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indices `[from, to)` of the sorted times within `[start, end)`. */
export function visibleRange(sortedTimes: ArrayLike<number>, start: number, end: number): [number, number] {
  const from = lowerBound(sortedTimes, start);
  return [from, Math.max(from, lowerBound(sortedTimes, end, from))];
}

/**
 * Merges markers within `spacingPx` of each other into clusters, over the times within the visible
 * `domain` (`[start, end)`). A cluster starts at a marker and takes in every following marker
 * less than `spacingPx` from that first one; the next marker starts the next cluster. So clusters
 * are never wider than the spacing (a dense year is not one blob), each starts at least
 * `spacingPx` after the last, and a lane `w` px wide yields at most `w / spacingPx + 1` of them,
 * however many incidents it holds. Counts add up to the number of visible markers.
 *
 * With `radius` (of a cluster drawn for a count), neighbours whose circles would overlap are
 * merged into one, which may then be wider than the spacing.
 *
 * `x` must be monotonic (either direction: right-to-left works); `sortedTimes` ascending.
 */
export function clusterMarkers(
  sortedTimes: ArrayLike<number>,
  x: (time: number) => number,
  domain: readonly [start: number, end: number],
  spacingPx = 14,
  radius?: (count: number) => number,
): MarkerCluster[] {
  const [from, to] = visibleRange(sortedTimes, domain[0], domain[1]);
  const clusters: MarkerCluster[] = [];
  let i = from;
  while (i < to) {
    const x0 = x(sortedTimes[i]);
    const far = (j: number) => Math.abs(x(sortedTimes[j]) - x0) >= spacingPx;
    // Gallop to bracket the first marker far enough away, then bisect within the bracket.
    let lo = i;
    let hi = i + 1;
    for (let step = 1; hi < to && !far(hi); step *= 2) {
      lo = hi;
      hi = Math.min(i + 2 * step, to);
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (far(mid)) hi = mid;
      else lo = mid;
    }
    const last = hi - 1;
    const x1 = last === i ? x0 : x(sortedTimes[last]);
    pushApart(clusters, {x: (x0 + x1) / 2, x0, x1, count: hi - i, first: i, last, earliest: sortedTimes[i], latest: sortedTimes[last]}, radius);
    i = hi;
  }
  return clusters;
}

/**
 * Adds `cluster` after the last of `clusters`. A cluster starts a spacing after the last one
 * starts, but centred on its markers it can still come closer than the two are wide: drawn as
 * circles of `radius`, such neighbours would overlap, so they become one.
 */
function pushApart(clusters: MarkerCluster[], cluster: MarkerCluster, radius?: (count: number) => number): void {
  for (
    let previous = clusters.at(-1);
    radius && previous && Math.abs(cluster.x - previous.x) < radius(previous.count) + radius(cluster.count);
    previous = clusters.at(-1)
  ) {
    clusters.pop();
    cluster = {
      ...cluster,
      x: (previous.x0 + cluster.x1) / 2,
      x0: previous.x0,
      count: previous.count + cluster.count,
      first: previous.first,
      earliest: previous.earliest,
    };
  }
  clusters.push(cluster);
}

/**
 * Clusters of one lane at one zoom level, kept chunk by chunk in absolute pixels, so that panning
 * reuses them unchanged (only a translation moves) and zooming computes only the chunks in view.
 * Absolute x of a time is `direction * (time - origin) / msPerPx`; a chunk is `CHUNK_PX` wide.
 * A cluster never spans two chunks, so its boundaries do not depend on where the view starts.
 */
export interface ClusterCache {
  origin: number;
  msPerPx: number;
  /** 1 when time runs left to right, -1 right to left. */
  direction: 1 | -1;
  spacingPx: number;
  /** Radius a cluster of a count is drawn with, to keep neighbours apart (see `clusterMarkers`). */
  radius?: (count: number) => number;
  chunks: Map<number, MarkerCluster[]>;
}

export const CHUNK_PX = 4096;

export function clusterCache(
  origin: number,
  msPerPx: number,
  direction: 1 | -1,
  spacingPx: number,
  radius?: (count: number) => number,
): ClusterCache {
  return {origin, msPerPx, direction, spacingPx, radius, chunks: new Map()};
}

/** Absolute pixel position of a time in a cache's coordinates. */
export function absoluteX(cache: ClusterCache, time: number): number {
  return (cache.direction * (time - cache.origin)) / cache.msPerPx;
}

/** The clusters whose markers fall in `[start, end)`, from cached or newly computed chunks. */
export function clustersInView(cache: ClusterCache, sortedTimes: ArrayLike<number>, start: number, end: number): MarkerCluster[] {
  const chunkMs = CHUNK_PX * cache.msPerPx;
  const x = (time: number) => absoluteX(cache, time);
  const first = Math.floor((start - cache.origin) / chunkMs);
  const last = Math.floor((end - cache.origin) / chunkMs);
  const out: MarkerCluster[] = [];
  for (let k = first; k <= last; k++) {
    let clusters = cache.chunks.get(k);
    if (!clusters) {
      const chunkStart = cache.origin + k * chunkMs;
      clusters = clusterMarkers(sortedTimes, x, [chunkStart, chunkStart + chunkMs], cache.spacingPx, cache.radius);
      cache.chunks.set(k, clusters);
    }
    // Neighbours on either side of a chunk's edge are kept apart here, in a new cluster.
    for (const cluster of clusters) {
      if (cluster.latest >= start && cluster.earliest < end) pushApart(out, cluster, cache.radius);
    }
  }
  return out;
}
