/**
 * What a cluster holds, beyond its count: how many of its incidents have each status, and the
 * time its incidents may have happened in, from the earliest any of them may have begun to the
 * latest any may have ended. A cluster of two events known only as "sometime in 1992" spans 1992,
 * rather than standing on the middle of it. Pure, no DOM.
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

// Clusters are kept per zoom level and reused on every pan step: so is what they hold.
const contentsOf = new WeakMap<MarkerCluster, ClusterContents>();

/** The contents of a cluster of `model`'s lane `lane` (its `first`…`last` index the lane's incidents). */
export function clusterContents(model: TimelineModel, lane: number, cluster: MarkerCluster): ClusterContents {
  const known = contentsOf.get(cluster);
  if (known) return known;
  const indices = model.lanes[lane]?.incidentIndices ?? [];
  const statuses = Object.fromEntries(INCIDENT_STATUSES.map((status) => [status, 0])) as Record<IncidentStatus, number>;
  let earliest = Infinity;
  let latest = -Infinity;
  for (let i = cluster.first; i <= cluster.last && i < indices.length; i++) {
    const {status, time} = model.incidents[indices[i]];
    statuses[status]++;
    if (time.earliest < earliest) earliest = time.earliest;
    if (time.latest > latest) latest = time.latest;
  }
  const contents = {statuses, earliest, latest: Math.max(latest, earliest)};
  contentsOf.set(cluster, contents);
  return contents;
}
