import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {INCIDENT_STATUSES} from '../../src/feed/types.js';
import type {MarkerCluster} from '../../src/layout/clusters.js';
import {clusterContents} from '../../src/model/cluster-contents.js';
import {buildTimelineModel, timelineFilters} from '../../src/model/timeline-model.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

/** A cluster of a lane's incidents `first`…`last`, as the clustering would make it. */
const cluster = (first: number, last: number): MarkerCluster => ({x: 0, x0: 0, x1: 0, count: last - first + 1, first, last, earliest: 0, latest: 0});

describe('clusterContents', () => {
  // Thousands of incidents in one lane, with every status and dates known to the day, the week, the month or the year.
  const {feed} = validateFeed(syntheticFeed({incidents: 3000, seed: 5}));
  const model = buildTimelineModel(feed!, timelineFilters({groupBy: 'none', maxLanes: 0}));
  const [lane] = model.lanes;

  /** What a cluster holds, read off its incidents one by one. */
  const expected = (first: number, last: number) => {
    const members = lane.incidentIndices.slice(first, last + 1).map((index) => model.incidents[index]);
    return {
      statuses: Object.fromEntries(INCIDENT_STATUSES.map((status) => [status, members.filter((item) => item.status === status).length])),
      earliest: Math.min(...members.map((item) => item.time.earliest)),
      latest: Math.max(...members.map((item) => item.time.latest)),
    };
  };

  it('counts each status and spans the earliest and latest its members may have happened, in small clusters and in clusters of thousands', () => {
    expect(lane.incidentIndices.length).to.equal(3000);
    for (const [first, last] of [
      [0, 1],
      [10, 40],
      [100, 355],
      [0, 2999],
      [1234, 2800],
    ]) {
      const contents = clusterContents(model, 0, cluster(first, last));
      expect(contents, `${first}…${last}`).to.deep.equal(expected(first, last));
      const total = Object.values(contents.statuses).reduce((sum, count) => sum + count, 0);
      expect(total, `${first}…${last}`).to.equal(last - first + 1);
    }
    // Uncertain dates reach past the best times of the members.
    const whole = clusterContents(model, 0, cluster(0, 2999));
    expect(whole.earliest).to.be.below(model.incidents[lane.incidentIndices[0]].time.best + 1);
    expect(new Set(Object.values(whole.statuses).map((count) => count > 0))).to.deep.equal(new Set([true]));
  });

  it('reads a cluster of any length from any position as its members one by one, at the edges of blocks too', () => {
    for (const first of [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 2990]) {
      for (const length of [1, 2, 15, 16, 17, 23, 24, 25, 31, 32, 33, 64, 100, 255, 256, 257, 1999]) {
        const last = Math.min(first + length - 1, 2999);
        expect(clusterContents(model, 0, cluster(first, last)), `${first}…${last}`).to.deep.equal(expected(first, last));
      }
    }
  });

  it('reads a cluster of another model of the same lanes from that model’s incidents', () => {
    const confirmed = buildTimelineModel(feed!, timelineFilters({groupBy: 'none', maxLanes: 0, statuses: 'confirmed'}));
    const contents = clusterContents(confirmed, 0, cluster(0, confirmed.lanes[0].incidentIndices.length - 1));
    expect(contents.statuses).to.deep.equal({confirmed: confirmed.incidents.length, reported: 0, expected: 0, denied: 0});
  });
});
