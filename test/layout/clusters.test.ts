import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {absoluteX, clusterCache, clusterMarkers, clustersInView, visibleRange, type MarkerCluster} from '../../src/layout/clusters.js';
import {createTimeAxis} from '../../src/layout/time-axis.js';

const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);
const END = Date.UTC(2025, 0, 1);

/** Deterministic random best times, sorted: `n` incidents over five years. */
function randomTimes(n: number, seed: number): Float64Array {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) times[i] = START + Math.floor(random() * (END - START));
  return times.sort();
}

const total = (clusters: MarkerCluster[]) => clusters.reduce((sum, c) => sum + c.count, 0);

describe('visibleRange', () => {
  const times = [1, 2, 3, 5, 8];

  it('finds the half-open slice [start, end) by binary search', () => {
    expect(visibleRange(times, 2, 5)).to.deep.equal([1, 3]);
    expect(visibleRange(times, 2.5, 8.5)).to.deep.equal([2, 5]);
    expect(visibleRange(times, 0, 100)).to.deep.equal([0, 5]);
  });

  it('is empty outside the times and for an empty domain', () => {
    expect(visibleRange(times, 9, 20)).to.deep.equal([5, 5]);
    expect(visibleRange(times, -5, 0)).to.deep.equal([0, 0]);
    expect(visibleRange(times, 3, 3)).to.deep.equal([2, 2]);
    expect(visibleRange(times, 5, 2)).to.deep.equal([3, 3]);
    expect(visibleRange([], 0, 1)).to.deep.equal([0, 0]);
  });
});

describe('clusterMarkers', () => {
  const identity = (t: number) => t;

  it('leaves markers far enough apart single, at their own x', () => {
    const clusters = clusterMarkers([0, 100, 200], identity, [0, 1000]);
    expect(clusters.map((c) => [c.x, c.count, c.first, c.last])).to.deep.equal([
      [0, 1, 0, 0],
      [100, 1, 1, 1],
      [200, 1, 2, 2],
    ]);
  });

  it('merges markers closer than the spacing to the first of a cluster', () => {
    const clusters = clusterMarkers([0, 5, 10, 13.9, 14, 30], identity, [0, 1000], 14);
    expect(clusters.map((c) => [c.count, c.first, c.last, c.x0, c.x1])).to.deep.equal([
      [4, 0, 3, 0, 13.9],
      [1, 4, 4, 14, 14],
      [1, 5, 5, 30, 30],
    ]);
    expect(clusters[0].x).to.be.closeTo(6.95, 1e-9);
    expect(clusters[0]).to.include({earliest: 0, latest: 13.9});
  });

  it('places a marker at its date on the time axis', () => {
    const axis = createTimeAxis({start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), width: 1200});
    const [cluster] = clusterMarkers([Date.UTC(2024, 6, 1)], axis.x, [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
    // 1 July is day 182 of the 366 days of 2024.
    expect(cluster.x).to.be.closeTo((182 / 366) * 1200, 1e-9);
  });

  it('only counts markers in the visible domain', () => {
    const clusters = clusterMarkers([0, 50, 100, 150, 200], identity, [50, 200]);
    expect(total(clusters)).to.equal(3);
    expect(clusters[0].first).to.equal(1);
    expect(clusterMarkers([0, 50], identity, [60, 100])).to.deep.equal([]);
  });

  it('works when time runs right to left', () => {
    const clusters = clusterMarkers([0, 5, 20, 40], (t) => 100 - t, [0, 100], 14);
    expect(clusters.map((c) => [c.count, c.x0, c.x1])).to.deep.equal([
      [2, 100, 95],
      [1, 80, 80],
      [1, 60, 60],
    ]);
  });

  it('clusterMarkers keeps the total count and stays within width / spacing + 1 for 10,000 incidents over five years in 1,200 px (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({min: 6, max: 30}), fc.boolean(), (seed, spacing, rtl) => {
        const times = randomTimes(10_000, seed);
        const axis = createTimeAxis({start: START, end: END, width: 1200, rtl});
        const clusters = clusterMarkers(times, axis.x, [START, END], spacing);
        return clusters.length <= 1200 / spacing + 1 && total(clusters) === 10_000;
      }),
      {numRuns: 30},
    );
  });

  it('gives a few dozen clusters for 100,000 incidents', () => {
    const times = randomTimes(100_000, 7);
    const axis = createTimeAxis({start: START, end: END, width: 1200});
    const clusters = clusterMarkers(times, axis.x, [START, END], 14);
    expect(clusters.length).to.be.at.most(1200 / 14 + 1);
    expect(total(clusters)).to.equal(100_000);
  });

  it('covers the visible slice in order, each cluster narrower than the spacing and starting at least the spacing after the last (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: START, max: END}), {maxLength: 3000}),
        fc.integer({min: START, max: END}),
        fc.integer({min: DAY, max: END - START}),
        fc.integer({min: 100, max: 2400}),
        fc.integer({min: 1, max: 40}),
        fc.boolean(),
        (values, start, span, width, spacing, rtl) => {
          const times = Float64Array.from(values).sort();
          const end = start + span;
          const axis = createTimeAxis({start, end, width, rtl});
          const clusters = clusterMarkers(times, axis.x, [start, end], spacing);
          const visible = values.filter((t) => t >= start && t < end).length;
          if (total(clusters) !== visible || clusters.length > width / spacing + 1) return false;
          let next = visibleRange(times, start, end)[0];
          for (const [i, c] of clusters.entries()) {
            if (c.first !== next || c.last - c.first + 1 !== c.count) return false;
            if (Math.abs(c.x1 - c.x0) >= spacing) return false;
            if (i > 0 && Math.abs(c.x0 - clusters[i - 1].x0) < spacing) return false;
            if (c.earliest !== times[c.first] || c.latest !== times[c.last]) return false;
            next = c.last + 1;
          }
          return true;
        },
      ),
      {numRuns: 200},
    );
  });
});

describe('clusterMarkers with the radius each cluster is drawn with', () => {
  const identity = (t: number) => t;
  const radius = (count: number) => (count > 1 ? 10 : 8);

  it('draws neighbours whose circles would overlap as one, centred on all their markers', () => {
    // Spacing alone gives [0, 20] (centre 10) and [22] (a single at 22): 12 apart, 18 needed.
    const clusters = clusterMarkers([0, 20, 22, 60], identity, [0, 1000], 22, radius);
    expect(clusters.map((c) => [c.count, c.first, c.last, c.x0, c.x1, c.x])).to.deep.equal([
      [3, 0, 2, 0, 22, 11],
      [1, 3, 3, 60, 60, 60],
    ]);
    expect(clusters[0]).to.include({earliest: 0, latest: 22});
    // Without a radius, spacing alone decides.
    expect(clusterMarkers([0, 20, 22, 60], identity, [0, 1000], 22).map((c) => c.count)).to.deep.equal([2, 1, 1]);
  });

  it('merges right to left too', () => {
    const clusters = clusterMarkers([0, 20, 22, 60], (t) => 100 - t, [0, 1000], 22, radius);
    expect(clusters.map((c) => [c.count, c.x0, c.x1, c.x])).to.deep.equal([
      [3, 100, 78, 89],
      [1, 40, 40, 40],
    ]);
  });

  it('never lets two neighbours overlap, and keeps every marker in view once, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: START, max: END}), {maxLength: 3000}),
        fc.integer({min: 100, max: 2400}),
        fc.integer({min: 6, max: 40}),
        fc.boolean(),
        (values, width, spacing, rtl) => {
          const times = Float64Array.from(values).sort();
          const axis = createTimeAxis({start: START, end: END, width, rtl});
          const clusters = clusterMarkers(times, axis.x, [START, END], spacing, radius);
          // The domain leaves out its end.
          if (total(clusters) !== values.filter((t) => t < END).length) return false;
          let next = 0;
          for (const [i, c] of clusters.entries()) {
            if (c.first !== next || c.last - c.first + 1 !== c.count) return false;
            if (c.earliest !== times[c.first] || c.latest !== times[c.last]) return false;
            if (i > 0 && Math.abs(c.x - clusters[i - 1].x) < radius(c.count) + radius(clusters[i - 1].count)) return false;
            next = c.last + 1;
          }
          return true;
        },
      ),
      {numRuns: 200},
    );
  });
});

describe('clustersInView', () => {
  const times = Float64Array.from({length: 5000}, (_, i) => 1_700_000_000_000 + i * 3_600_000 * 7);

  it('returns the same clusters for a marker however the view is panned', () => {
    const cache = clusterCache(times[0], 60_000, 1, 16);
    const span = 2_000 * 60_000;
    const inView = (start: number) => clustersInView(cache, times, start, start + span);
    const a = inView(times[100]);
    const b = inView(times[100] + span / 3);
    const shared = a.filter((cluster) => b.includes(cluster));
    expect(shared.length).to.be.greaterThan(0);
    // Clusters are cached objects: panning hands back the very same ones.
    for (const cluster of shared) expect(b.indexOf(cluster)).to.be.at.least(0);
  });

  it('keeps the total count of the markers in view', () => {
    const cache = clusterCache(times[0], 600_000, 1, 16);
    const [start, end] = [times[37], times[4321]];
    const clusters = clustersInView(cache, times, start, end);
    const counted = clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    const [from, to] = visibleRange(times, clusters[0].earliest, clusters[clusters.length - 1].latest + 1);
    expect(counted).to.equal(to - from);
  });

  it('keeps neighbours on either side of a chunk edge apart too, and the clusters within chunks as cached', () => {
    const radius = (count: number) => (count > 1 ? 10 : 8);
    // 1 ms per px: the first chunk ends at 4,096 ms. Two pairs straddle it 10 px apart.
    const edge = [1000, 1002, 4090, 4090, 4100, 4100, 6000];
    const cache = clusterCache(0, 1, 1, 22, radius);
    const clusters = clustersInView(cache, edge, 0, 8000);
    expect(clusters.map((c) => [c.count, c.first, c.last, c.x])).to.deep.equal([
      [2, 0, 1, 1001],
      [4, 2, 5, 4095],
      [1, 6, 6, 6000],
    ]);
    expect(cache.chunks.get(0)![0]).to.equal(clusters[0]);
    expect(cache.chunks.get(1)!.at(-1)).to.equal(clusters[2]);
  });

  it('places clusters right to left with direction -1', () => {
    const cache = clusterCache(times[0], 600_000, -1, 16);
    const clusters = clustersInView(cache, times, times[0], times[200]);
    expect(clusters[1].x).to.be.lessThan(clusters[0].x);
    expect(absoluteX(cache, times[0])).to.equal(0);
  });
});
