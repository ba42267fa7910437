/**
 * What a pointer is on in the chart: a marker or band (an element with `data-id`), one cluster
 * of a lane's cluster path, or one band of the paths that draw many bands.
 */
import type {AlertWindow} from '../feed/types.js';
import {bandAt} from '../layout/band-hits.js';
import type {BandBox} from '../layout/band-shapes.js';
import type {MarkerCluster} from '../layout/clusters.js';
import type {ClusterContents} from '../model/cluster-contents.js';

/** The path of a lane's clusters, carrying them and the lane's centre line, for hover and click. */
export interface ClusterPath extends SVGPathElement {
  stLane: {clusters: readonly MarkerCluster[]; cy: number; radii: Float64Array; lane: number; contents: readonly ClusterContents[]};
}

export const isClusterPath = (node: unknown): node is ClusterPath => node instanceof SVGPathElement && 'stLane' in node;

/**
 * Bands drawn as a few paths: all of them, in the order they are drawn, with their boxes in the
 * chart's coordinates; and which of them one path draws, from `first` to before `end`.
 */
export interface DrawnBands {
  alerts: readonly AlertWindow[];
  boxes: readonly BandBox[];
  first: number;
  end: number;
}

/** A fill or stripe path of many bands, carrying all of them, for hover and click. */
export interface BandPath extends SVGPathElement {
  stBands: DrawnBands;
}

export const isBandPath = (node: unknown): node is BandPath => node instanceof SVGPathElement && 'stBands' in node;

/** Whether an event's target is one path holding many clusters or bands: what is under the pointer depends on where it is. */
export const isSharedPath = (node: unknown): node is ClusterPath | BandPath => isClusterPath(node) || isBandPath(node);

/** The marker, band, cluster path or path of bands an event happened on, if any. */
export function itemElementOf(event: Event): Element | null {
  return (
    (event.composedPath().find((node) => node instanceof Element && (node.hasAttribute('data-id') || isSharedPath(node))) as Element | undefined) ??
    null
  );
}

/**
 * The band under a client point on a path of bands, with the middle and top of its stripe in
 * client coordinates; the topmost where bands overlap.
 */
export function bandUnder(path: BandPath, clientX: number, clientY: number): {alert: AlertWindow; x: number; top: number} | undefined {
  const matrix = path.getScreenCTM();
  if (!matrix) return undefined;
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  const {alerts, boxes} = path.stBands;
  const index = bandAt(boxes, point.x, point.y);
  if (index === -1) return undefined;
  const box = boxes[index];
  return {alert: alerts[index], x: matrix.a * ((box.x0 + box.x1) / 2) + matrix.e, top: matrix.d * box.stripeTop + matrix.f};
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
