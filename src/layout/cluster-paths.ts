/**
 * Clusters drawn as few elements: per lane, one path of circles, one of the time spans their
 * incidents cover, one ring path per status, and one `<text>` holding every count, each glyph
 * placed on its own (`x`/`y` lists). A zoom or pan step moves hundreds of clusters: as an element
 * each, their styling and layout would cost most of the step; as a handful per lane they cost
 * about as much as a few shapes. Numbers are written to a tenth of a pixel.
 */
import {INCIDENT_STATUSES, type IncidentStatus} from '../feed/types.js';

/** Width of a count's glyph, in ems of its font: counts are set in a monospace face, so every glyph (a digit, a group separator) takes one slot. */
export const COUNT_ADVANCE_EM = 0.6;

/** Smallest cluster radius: a 24 px target (WCAG 2.5.8), and room for a three-digit count. */
export const MIN_CLUSTER_RADIUS = 12;
/** Largest: the circle stays inside a lane of the default height. */
export const MAX_CLUSTER_RADIUS = 21;

/**
 * A cluster's radius, px: its area grows with the logarithm of its count, from 12 px for two to
 * 21 px for ten thousand and more, so a cluster of 1,000 reads larger than one of 10 without
 * covering its lane.
 */
export function clusterRadius(count: number): number {
  return round(Math.min(MAX_CLUSTER_RADIUS, Math.max(MIN_CLUSTER_RADIUS, 10 + 2.6 * Math.log10(Math.max(1, count)))));
}

/** A cluster's radius by the deaths of its incidents, px: within the same bounds as by count. */
export function clusterRadiusByDeaths(deaths: number): number {
  return round(Math.min(MAX_CLUSTER_RADIUS, Math.max(MIN_CLUSTER_RADIUS, 10 + 2.4 * Math.log10(1 + Math.max(0, deaths)))));
}

/** Path data of a circle of radius `r` around (`cx`, `cy`): a move and two half-circle arcs. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${round(cx - r)},${round(cy)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`;
}

/** Path data of a time span from `x0` to `x1` on a lane's centre line, with end caps. */
export function spanPath(x0: number, x1: number, cy: number): string {
  const [a, b] = [round(Math.min(x0, x1)), round(Math.max(x0, x1))];
  return `M${a},${round(cy - 4)}v8M${b},${round(cy - 4)}v8M${a},${round(cy)}H${b}`;
}

/**
 * A cluster's ring, split by status: for each status, path data of the arc its share of the
 * cluster takes, clockwise from the top, on a circle of radius `r`. A status a cluster lacks
 * gets an empty string; a status that is all of it gets a whole circle.
 */
export function ringArcs(cx: number, cy: number, r: number, counts: Readonly<Record<IncidentStatus, number>>): Record<IncidentStatus, string> {
  const total = INCIDENT_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const arcs = {} as Record<IncidentStatus, string>;
  let from = 0;
  for (const status of INCIDENT_STATUSES) {
    const share = total ? counts[status] / total : 0;
    if (share <= 0) arcs[status] = '';
    else if (share >= 1) arcs[status] = circlePath(cx, cy, r);
    else {
      const to = from + share;
      const point = (turn: number) => `${round(cx + r * Math.sin(turn * 2 * Math.PI))},${round(cy - r * Math.cos(turn * 2 * Math.PI))}`;
      arcs[status] = `M${point(from)}A${r},${r} 0 ${share > 0.5 ? 1 : 0} 1 ${point(to)}`;
      from = to;
    }
  }
  return arcs;
}

/** Glyphs of a lane's counts, each with the centre it is drawn at: what one `<text>` of the lane writes. */
export interface CountGlyphs {
  text: string;
  xs: number[];
  ys: number[];
}

/**
 * Adds `label` centred on (`cx`, `cy`) to a lane's glyphs, one slot of `advancePx` per glyph.
 * Each glyph has its own position, so the lane's counts need one text element, and a count in
 * Persian digits reads as written: its glyphs stand in the order of the number, left to right.
 */
export function addCountGlyphs(glyphs: CountGlyphs, label: string, cx: number, cy: number, advancePx: number): void {
  const chars = [...label];
  chars.forEach((char, i) => {
    glyphs.text += char;
    glyphs.xs.push(round(cx + (i - (chars.length - 1) / 2) * advancePx));
    glyphs.ys.push(round(cy));
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
