/**
 * What a cluster holds, beyond its count: how many of its incidents have each status, and the
 * time its incidents may have happened in, from the earliest any of them may have begun to the
 * latest any may have ended. A cluster of two events known only as "sometime in 1992" spans 1992,
 * rather than standing on the middle of it. Pure, no DOM.
 *
 * Zoomed out over 100,000 incidents, the clusters on screen hold most of them, and every zoom
 * level has clusters of its own: reading each member of each cost some 10 ms a step. So a large
 * cluster is read from tables of its lane, made once: the incidents of each status before each
 * position, and the earliest and latest instants of runs of blocks of {@link BLOCK} incidents (a
 * sparse table); only the members at its two ends, in no whole block, are read one by one.
 */
import {INCIDENT_STATUSES, type IncidentStatus} from '../feed/types.js';
import type {MarkerCluster} from '../layout/clusters.js';
import type {TimelineModel} from './timeline-model.js';

export interface ClusterContents {
  /** Incidents of each status, in the order of `INCIDENT_STATUSES`. */
  statuses: Record<IncidentStatus, number>;
  /** Earliest possible instant of any of its incidents (inclusive), epoch ms. */
  earliest: number;
  /** Latest possible instant of any of them (exclusive, as `TimeWindow.latest`), epoch ms. */
  latest: number;
}

/** Incidents of a lane taken together in its tables. */
const BLOCK = 8;

interface LaneTables {
  /** Incidents of each status before each position of the lane: `[position * statuses + status]`. */
  before: Uint32Array;
  /** Per level k, the earliest (latest) instant of the 2^k blocks from each block on. */
  earliest: Float64Array[];
  latest: Float64Array[];
}

const STATUS_INDEX = new Map(INCIDENT_STATUSES.map((status, index) => [status, index]));
const STATUSES = INCIDENT_STATUSES.length;

// Clusters are kept per zoom level and reused on every pan step: so is what they hold.
const contentsOf = new WeakMap<MarkerCluster, ClusterContents>();
const tablesOf = new WeakMap<TimelineModel, LaneTables[]>();

/** The tables of `model`'s lane `lane`, whose incidents, in time order, are `model.incidents[indices[…]]`. */
function laneTables(model: TimelineModel, lane: number, indices: readonly number[]): LaneTables {
  let lanes = tablesOf.get(model);
  if (!lanes) tablesOf.set(model, (lanes = []));
  let tables = lanes[lane];
  if (tables) return tables;
  const count = indices.length;
  const blocks = Math.floor(count / BLOCK);
  const before = new Uint32Array((count + 1) * STATUSES);
  const earliest = [new Float64Array(blocks).fill(Infinity)];
  const latest = [new Float64Array(blocks).fill(-Infinity)];
  for (let i = 0; i < count; i++) {
    const {status, time} = model.incidents[indices[i]];
    for (let s = 0; s < STATUSES; s++) before[(i + 1) * STATUSES + s] = before[i * STATUSES + s];
    before[(i + 1) * STATUSES + STATUS_INDEX.get(status)!]++;
    const block = (i / BLOCK) | 0;
    if (block < blocks) {
      earliest[0][block] = Math.min(earliest[0][block], time.earliest);
      latest[0][block] = Math.max(latest[0][block], time.latest);
    }
  }
  for (let span = 1; span * 2 <= blocks; span *= 2) {
    const [lower, upper] = [earliest[earliest.length - 1], latest[latest.length - 1]];
    const [nextLower, nextUpper] = [new Float64Array(blocks - span * 2 + 1), new Float64Array(blocks - span * 2 + 1)];
    for (let block = 0; block < nextLower.length; block++) {
      nextLower[block] = Math.min(lower[block], lower[block + span]);
      nextUpper[block] = Math.max(upper[block], upper[block + span]);
    }
    earliest.push(nextLower);
    latest.push(nextUpper);
  }
  lanes[lane] = tables = {before, earliest, latest};
  return tables;
}

/** The contents of a cluster of `model`'s lane `lane` (its `first`…`last` index the lane's incidents). */
export function clusterContents(model: TimelineModel, lane: number, cluster: MarkerCluster): ClusterContents {
  const known = contentsOf.get(cluster);
  if (known) return known;
  const indices = model.lanes[lane]?.incidentIndices ?? [];
  const counts = new Array<number>(STATUSES).fill(0);
  let earliest = Infinity;
  let latest = -Infinity;
  const first = cluster.first;
  const last = Math.min(cluster.last, indices.length - 1);
  /** Reads the members `from`…`to` (exclusive), their statuses too when `statuses`. */
  const read = (from: number, to: number, statuses: boolean) => {
    for (let i = from; i < to; i++) {
      const {status, time} = model.incidents[indices[i]];
      if (statuses) counts[STATUS_INDEX.get(status)!]++;
      earliest = Math.min(earliest, time.earliest);
      latest = Math.max(latest, time.latest);
    }
  };
  // The whole blocks the cluster covers: with a few of them, its tables are worth reading.
  const [fromBlock, toBlock] = [Math.ceil(first / BLOCK), Math.floor((last + 1) / BLOCK)];
  if (toBlock - fromBlock >= 2) {
    const tables = laneTables(model, lane, indices);
    for (let s = 0; s < STATUSES; s++) counts[s] = tables.before[(last + 1) * STATUSES + s] - tables.before[first * STATUSES + s];
    const level = Math.floor(Math.log2(toBlock - fromBlock));
    const other = toBlock - 2 ** level;
    earliest = Math.min(tables.earliest[level][fromBlock], tables.earliest[level][other]);
    latest = Math.max(tables.latest[level][fromBlock], tables.latest[level][other]);
    read(first, fromBlock * BLOCK, false);
    read(toBlock * BLOCK, last + 1, false);
  } else read(first, last + 1, true);
  const statuses = Object.fromEntries(INCIDENT_STATUSES.map((status, index) => [status, counts[index]])) as Record<IncidentStatus, number>;
  const contents = {statuses, earliest, latest: Math.max(latest, earliest)};
  contentsOf.set(cluster, contents);
  return contents;
}
