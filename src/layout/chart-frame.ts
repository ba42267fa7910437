/**
 * The chart's frame: where the plot, the lane labels, the alert stripes, the lanes and the axis
 * go for a width, a window and a number of lanes. Pure geometry, no DOM.
 */
import {createTimeAxis, type TimeAxis} from './time-axis.js';

/** Room under the lanes for the axis line and its labels. */
export const AXIS_HEIGHT = 34;
/** Height of one row of alert stripes above the lanes. */
export const STRIPE_HEIGHT = 18;
/**
 * Least height the stripe rows of many windows in view may take before they are drawn thinner,
 * px: six rows (a wider chart allows a quarter of its width). Hundreds of windows zoomed out
 * overlap in twenty rows or more, which at full height would push the lanes a phone's screen
 * down; thinner, every window is still there, and once zoomed in to a few, they are drawn at
 * full height again, with their labels.
 */
export const MAX_STRIPE_AREA = 6 * STRIPE_HEIGHT;
/** Thinnest a stripe row is drawn, px: a stripe of 2 px and the gap under it. */
export const MIN_STRIPE_PITCH = 5;
/** Most alert windows in view drawn as elements each; more are drawn as a few paths per level (see `band-shapes.ts`). */
export const MAX_BANDS_DRAWN_ALONE = 40;
/** Space between the plot and the chart's edges (and the lane labels). */
export const PLOT_PADDING = 12;
/** Narrowest the chart is drawn; a narrower host scrolls. */
export const MIN_CHART_WIDTH = 240;
/** Lane height when `--st-lane-height` gives none that fits a marker. */
export const DEFAULT_LANE_HEIGHT = 44;

/** Where the plot is, across the chart. */
export interface PlotEdges {
  /** Width of the whole chart, px. */
  width: number;
  /** The plot's first and last x, px from the chart's left edge. */
  left: number;
  right: number;
  /** Width of the lane-label gutter (at the start side: left, or right in RTL); 0 without lanes. */
  gutter: number;
  /** Lane labels written inside their lanes, above the markers, rather than in a gutter (a phone's width). */
  inlineLabels?: boolean;
}

/**
 * Height of the band at the top of each lane that holds its label when labels are inside the
 * lanes: markers and clusters are drawn under it, so that neither hides the other.
 */
export const INLINE_LABEL_BAND = 14;

/** Below this width, px, lane labels go inside their lanes: a gutter would take half a phone's width. */
export const INLINE_LABELS_BELOW_PX = 480;

/** The plot's edges in a chart `width` px wide, with room for lane labels when there are named lanes. */
export function plotEdges(width: number, laneLabels: boolean, rtl: boolean): PlotEdges {
  const chartWidth = Math.max(width, MIN_CHART_WIDTH);
  if (laneLabels && chartWidth < INLINE_LABELS_BELOW_PX)
    return {width: chartWidth, left: PLOT_PADDING, right: chartWidth - PLOT_PADDING, gutter: 0, inlineLabels: true};
  const gutter = laneLabels ? Math.min(180, Math.round(chartWidth * 0.22)) : 0;
  return rtl
    ? {width: chartWidth, left: PLOT_PADDING, right: chartWidth - gutter - PLOT_PADDING, gutter}
    : {width: chartWidth, left: gutter + PLOT_PADDING, right: chartWidth - PLOT_PADDING, gutter};
}

export interface AxisSettings {
  timeZone: string;
  locale: string | undefined;
  calendar?: string;
  weekStart?: number;
  rtl: boolean;
}

/** The time axis of a window drawn across a plot. */
export function plotAxis(domain: readonly [number, number], edges: PlotEdges, settings: AxisSettings): TimeAxis {
  return createTimeAxis({start: domain[0], end: domain[1], width: edges.right - edges.left, ...settings});
}

/** Vertical layout: alert stripes on top, then the lanes, then the axis. */
export interface ChartRows {
  /** Height of a lane, its label's band included. */
  laneHeight: number;
  /** Height of a row of alert stripes: `STRIPE_HEIGHT`, or less when many rows share `MAX_STRIPE_AREA`. */
  stripePitch: number;
  /** Height of the band at the top of each lane that holds its label (0 with labels in a gutter). */
  labelBand: number;
  /** y of the first lane. */
  lanesTop: number;
  lanesHeight: number;
  /** Height of the whole chart. */
  height: number;
}

/**
 * The rows of a chart whose lanes are `laneHeight` tall, each with a band of `labelBand` above for
 * its label, and whose stripe rows share at most `stripeArea` px (see `MAX_STRIPE_AREA`).
 */
export function chartRows(stripeRows: number, laneCount: number, laneHeight: number, labelBand = 0, stripeArea = 1e9): ChartRows {
  const rowCount = Math.max(1, stripeRows);
  const stripePitch = Math.max(MIN_STRIPE_PITCH, Math.min(STRIPE_HEIGHT, (stripeArea / rowCount) | 0));
  const lanesTop = rowCount * stripePitch + 6;
  const lanesHeight = laneCount * (laneHeight + labelBand);
  return {laneHeight: laneHeight + labelBand, stripePitch, labelBand, lanesTop, lanesHeight, height: lanesTop + lanesHeight + AXIS_HEIGHT};
}

/** The centre line of a lane's markers: the middle of what its label's band leaves. */
export function laneCentre(rows: ChartRows, lane: number): number {
  return rows.lanesTop + lane * rows.laneHeight + (rows.laneHeight + rows.labelBand) / 2;
}

/**
 * Whether two scales (ms per px) are the same zoom level. A window set from outside in whole
 * milliseconds may change the span by a millisecond on a pan; that is still the same level.
 */
export function sameZoomLevel(msPerPx: number, previous: number): boolean {
  return Math.abs(msPerPx - previous) <= previous * 1e-6;
}
