/**
 * What a pointer is on in the chart: a marker or band (an element with `data-id`), or one
 * cluster of a lane's cluster path.
 */
import type {MarkerCluster} from '../layout/clusters.js';
import type {ClusterContents} from '../model/cluster-contents.js';

/** The path of a lane's clusters, carrying them and the lane's centre line, for hover and click. */
export interface ClusterPath extends SVGPathElement {
  stLane: {clusters: readonly MarkerCluster[]; cy: number; radii: Float64Array; lane: number; contents: readonly ClusterContents[]};
}

export const isClusterPath = (node: unknown): node is ClusterPath => node instanceof SVGPathElement && 'stLane' in node;

/** The marker, cluster path or band an event happened on, if any. */
export function itemElementOf(event: Event): Element | null {
  return (
    (event.composedPath().find((node) => node instanceof Element && (node.hasAttribute('data-id') || isClusterPath(node))) as Element | undefined) ??
    null
  );
}

/**
 * The cluster under a client point on a lane's cluster path, with its centre and top in client
 * coordinates. The path's own transform (the markers' pan offset) maps between the two.
 */
export function clusterUnder(
  path: ClusterPath,
  clientX: number,
  clientY: number,
): {cluster: MarkerCluster; lane: number; x: number; top: number} | undefined {
  const matrix = path.getScreenCTM();
  if (!matrix) return undefined;
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  const {clusters, cy, radii, lane} = path.stLane;
  let best = -1;
  let bestDistance = Infinity;
  clusters.forEach((cluster, i) => {
    const distance = Math.hypot(point.x - cluster.x, point.y - cy);
    if (distance <= radii[i] + 1 && distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  if (best === -1) return undefined;
  const cluster = clusters[best];
  return {cluster, lane, x: matrix.a * cluster.x + matrix.e, top: matrix.d * (cy - radii[best]) + matrix.f};
}
