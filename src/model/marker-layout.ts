/**
 * Which markers and clusters each lane draws in a window, and in which slot, kept across zoom
 * and pan steps so that a step recomputes and rewrites as little as possible. Pure, no DOM.
 */
import type {TimelineModel} from './timeline-model.js';
import {absoluteX, clusterCache, clustersInView, type ClusterCache, type MarkerCluster} from '../layout/clusters.js';
import {clusterRadius} from '../layout/cluster-paths.js';
import {ElementSlots} from '../layout/element-slots.js';
import {sameZoomLevel, type PlotEdges} from '../layout/chart-frame.js';
import {markerRadius} from '../layout/marker-shapes.js';

/** Closest two markers are drawn before they merge into a cluster, px. */
export const MARKER_SPACING_PX = 22;
/**
 * Zoom levels whose clusters are kept, for zooming back and forth: enough to zoom in from the
 * whole feed to a single day, by steps of two, and back out without clustering any level again.
 */
const CACHED_ZOOM_LEVELS = 16;
/** Most SVG elements spent on markers and clusters, whatever the number of incidents. */
export const MAX_MARKER_ELEMENTS = 1400;
/**
 * What a marker costs in elements (group, hit area, shape, interval, strike); a lane's clusters
 * and their counts are two paths, and each cluster still costs one, for drawing them.
 */
const SINGLE_MARKER_ELEMENTS = 5;

/** How far a cluster's circle, or a single marker at its largest, reaches from its centre. */
const drawnRadius = (count: number) => (count > 1 ? clusterRadius(count) : markerRadius(5));

/** One lane's markers in view. */
export interface LaneMarkers {
  /** Indices into the model's incidents of the markers drawn alone. */
  singles: number[];
  /** The slot of each of those (see `ElementSlots`). */
  slots: number[];
  /** The clusters of two or more. */
  groups: MarkerCluster[];
}

export interface MarkerPlacement {
  /** Px to add to `x(time)` to reach the chart's coordinates: the pan offset of the markers' group. */
  shift: number;
  /** A time's x in the markers' own (cached, absolute) coordinates. */
  x: (time: number) => number;
  /** One per lane of the model. */
  lanes: LaneMarkers[];
}

export class MarkerLayout {
  /**
   * Cluster caches per lane for the last zoom levels of the current model and direction, by
   * spacing, most recent first: zooming back to a level left earlier finds its clusters ready.
   */
  private clusterCaches: Array<{msPerPx: number; bySpacing: Map<number, ClusterCache[]>}> = [];
  private cachesOwner: {model: TimelineModel; direction: 1 | -1} | null = null;
  /** Slots of single markers per lane, for the model they were made for. */
  private markerSlots: ElementSlots[] = [];
  private markerSlotsOf: TimelineModel | null = null;

  /** The markers and clusters of every lane in a window. */
  place(model: TimelineModel, domain: readonly [number, number], edges: PlotEdges, rtl: boolean): MarkerPlacement {
    const {left, right} = edges;
    const msPerPx = (domain[1] - domain[0]) / Math.max(1, right - left);
    const direction = rtl ? -1 : 1;
    // A little margin so markers half outside the edge still show.
    const [from, to] = [domain[0] - msPerPx * 10, domain[1] + msPerPx * 10];
    // Clusters are cached per zoom level in absolute pixels: a pan only moves the group below.
    // If they would draw more than the element budget (many lanes, evenly spread markers), the
    // spacing widens until they fit.
    let spacing = MARKER_SPACING_PX;
    let caches: ClusterCache[] = [];
    let perLane: MarkerCluster[][] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      caches = this.cachesFor(model, msPerPx, direction, spacing);
      perLane = model.lanes.map(({times}, lane) => clustersInView(caches[lane], times, from, to));
      let cost = perLane.length;
      for (const clusters of perLane) for (const cluster of clusters) cost += cluster.count === 1 ? SINGLE_MARKER_ELEMENTS : 1;
      if (cost <= MAX_MARKER_ELEMENTS) break;
      spacing = Math.ceil(spacing * (cost / MAX_MARKER_ELEMENTS) * 1.1);
    }
    const cache = caches[0];
    const shift = cache ? (rtl ? right : left) - absoluteX(cache, domain[0]) : 0;
    if (this.markerSlotsOf !== model) {
      this.markerSlotsOf = model;
      this.markerSlots = model.lanes.map(() => new ElementSlots());
    }
    const lanes = perLane.map((clusters, lane): LaneMarkers => {
      const {incidentIndices} = model.lanes[lane];
      const singles = clusters.filter((cluster) => cluster.count === 1);
      // A single marker is the same incident at every zoom level: it keeps its slot across them.
      return {
        singles: singles.map((cluster) => incidentIndices[cluster.first]),
        slots: this.markerSlots[lane].assign(singles.map((cluster) => cluster.first)),
        groups: clusters.filter((cluster) => cluster.count > 1),
      };
    });
    return {shift, x: (time) => (cache ? absoluteX(cache, time) : 0), lanes};
  }

  private cachesFor(model: TimelineModel, msPerPx: number, direction: 1 | -1, spacing: number): ClusterCache[] {
    if (this.cachesOwner?.model !== model || this.cachesOwner.direction !== direction) {
      this.clusterCaches = [];
      this.cachesOwner = {model, direction};
    }
    // At the same zoom level (see `sameZoomLevel`) the caches, and their scale, stay.
    let level = this.clusterCaches.find((cached) => sameZoomLevel(msPerPx, cached.msPerPx));
    if (!level) level = {msPerPx, bySpacing: new Map()};
    this.clusterCaches = [level, ...this.clusterCaches.filter((cached) => cached !== level).slice(0, CACHED_ZOOM_LEVELS - 1)];
    let caches = level.bySpacing.get(spacing);
    if (!caches) {
      const scale = level.msPerPx;
      caches = model.lanes.map(() => clusterCache(model.bounds[0], scale, direction, spacing, drawnRadius));
      level.bySpacing.set(spacing, caches);
    }
    return caches;
  }
}
