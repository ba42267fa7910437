/**
 * Geometry of the overview strip under the chart: the whole feed across the plot's width (time
 * running right to left in right-to-left text), its bars, its alert marks and the brush of the
 * window shown. Pure, no DOM.
 */
import type {OverviewBin} from '../model/overview-bins.js';
import type {OverviewScale} from './overview-scale.js';

export type {OverviewScale} from './overview-scale.js';
import {INCIDENT_STATUSES, type IncidentStatus} from '../feed/types.js';

/** Height of the strip, and of the row of alert marks at its top, px. */
export const OVERVIEW_HEIGHT = 44;
export const OVERVIEW_ALERT_ROW = 5;
/** Room between the alert marks and the tallest bar, and under the bars. */
const BARS_TOP = OVERVIEW_ALERT_ROW + 4;
const BARS_BOTTOM = OVERVIEW_HEIGHT - 3;
/** Narrowest the brush is drawn, so that a window of a day over thirty years can still be grabbed. */
export const MIN_BRUSH_PX = 8;

/** Path data of the bars, one path per status, stacked from the bottom in the order of `INCIDENT_STATUSES`. */
export function barPaths(bins: readonly OverviewBin[], max: number, scale: OverviewScale): Record<IncidentStatus, string> {
  const paths = Object.fromEntries(INCIDENT_STATUSES.map((status) => [status, ''])) as Record<IncidentStatus, string>;
  const height = BARS_BOTTOM - BARS_TOP;
  for (const bin of bins) {
    if (bin.total <= 0 || max <= 0) continue;
    const [a, b] = [scale.x(bin.start), scale.x(bin.end)];
    const x = round(Math.min(a, b));
    // A gap of a pixel between bars, once they are wide enough to spare it.
    const width = round(Math.max(1, Math.abs(b - a) - (Math.abs(b - a) >= 4 ? 1 : 0)));
    // Every bin with something in it shows at least a pixel.
    // A bin past the scale's top (see `OverviewBins.scaleMax`) reaches the top of the strip.
    const total = Math.max(1, Math.min(1, bin.total / max) * height);
    let y = BARS_BOTTOM;
    for (const status of INCIDENT_STATUSES) {
      const h = (bin.values[status] / bin.total) * total;
      if (h <= 0) continue;
      paths[status] += `M${x},${round(y - h)}h${width}v${round(h)}h${-width}z`;
      y -= h;
    }
  }
  return paths;
}

/**
 * The alert marks along the strip's top, one path per colour: a mark per window, at least a
 * pixel wide, the colours of higher levels drawn last, on top. A few paths, however many windows.
 */
export function alertMarkPaths<T extends {start: number; end: number; level: {rank: number}}>(
  alerts: readonly T[],
  colorOf: (alert: T) => string,
  scale: OverviewScale,
): Array<{color: string; d: string}> {
  const byColor = new Map<string, {rank: number; d: string}>();
  for (const alert of alerts) {
    const [a, b] = [scale.x(alert.start), scale.x(alert.end)];
    const color = colorOf(alert);
    const width = round(Math.max(1, Math.abs(b - a)));
    const mark = `M${round(Math.min(a, b))},0h${width}v${OVERVIEW_ALERT_ROW}h${-width}z`;
    const drawn = byColor.get(color);
    if (drawn) [drawn.d, drawn.rank] = [drawn.d + mark, Math.max(drawn.rank, alert.level.rank)];
    else byColor.set(color, {rank: alert.level.rank, d: mark});
  }
  return [...byColor].sort(([, a], [, b]) => a.rank - b.rank).map(([color, {d}]) => ({color, d}));
}

/** The brush's left and right x for a window, at least {@link MIN_BRUSH_PX} wide, within the strip. */
export function brushEdges(domain: readonly [number, number], scale: OverviewScale): [number, number] {
  const a = scale.x(domain[0]);
  const b = scale.x(domain[1]);
  let [left, right] = [Math.min(a, b), Math.max(a, b)];
  if (right - left < MIN_BRUSH_PX) [left, right] = [(left + right) / 2 - MIN_BRUSH_PX / 2, (left + right) / 2 + MIN_BRUSH_PX / 2];
  return [Math.max(scale.left, left), Math.min(scale.right, right)];
}

/** The bin under an x, if any. */
export function binAt(bins: readonly OverviewBin[], scale: OverviewScale, x: number): number {
  const time = scale.time(x);
  let [low, high] = [0, bins.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bins[middle].end <= time) low = middle + 1;
    else high = middle;
  }
  return low < bins.length && bins[low].start <= time ? low : -1;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
