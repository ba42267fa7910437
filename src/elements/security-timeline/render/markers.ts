/**
 * Incidents: a marker per incident drawn alone (its shape by category, its style by status, a
 * bar across an uncertain time), and per lane the clusters: circles, the spans of time they
 * cover, rings split by status, and their counts (see `cluster-paths.ts`).
 */
import {nothing, svg, type TemplateResult} from 'lit';
import {INCIDENT_STATUSES, type Incident} from '../../../feed/types.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
import type {MarkerCluster} from '../../../layout/clusters.js';
import {
  addCountGlyphs,
  circlePath,
  clusterRadius,
  clusterRadiusByDeaths,
  ringArcs,
  spanPath,
  type CountGlyphs,
} from '../../../layout/cluster-paths.js';
import {clusterContents} from '../../../model/cluster-contents.js';
import {laneCentre, type ChartRows} from '../../../layout/chart-frame.js';
import {isUncertain} from '../../../layout/format-time.js';
import type {MarkerPlacement} from '../../../model/marker-layout.js';
import {fatalityRadius, markerRadius, shapePath, type ShapeName, type SizeBy} from '../../../layout/marker-shapes.js';
import {deathsOf} from '../../../model/fatalities.js';

export interface MarkersView {
  model: TimelineModel;
  placement: MarkerPlacement;
  rows: ChartRows;
  /** Ids of the hovered and focused incidents, drawn highlighted. */
  activeIds: ReadonlySet<string>;
  selected: string | undefined;
  /** The incident the focus ring goes around (keyboard focus is in the chart). */
  ringed: Incident | undefined;
  /** Font size of clusters' counts, and the distance between the centres of two of their glyphs, px. */
  countFontPx: number;
  countDigitPx: number;
  /** Writes a count in the reader's digits, grouped as the reader's language does (10,000). */
  digits: (value: number) => string;
  /** What sizes markers and clusters. */
  sizeBy: SizeBy;
  /** The shape and colour (or none, for the status colour) of a category's markers. */
  look: (category: string) => {shape: ShapeName; color?: string};
}

/** A single marker's radius: by its severity, by its deaths, or all alike. */
export function radiusOf(incident: Incident, sizeBy: SizeBy): number {
  return sizeBy === 'fatalities' ? fatalityRadius(incident.fatalities?.best) : markerRadius(sizeBy === 'none' ? undefined : incident.severity);
}

/**
 * Items drawn in their slots (see `ElementSlots`): Lit keeps the element of each array position,
 * so an item in the same slot as before keeps its element, and an empty slot draws nothing.
 */
function inSlots<T>(items: readonly T[], slots: readonly number[], draw: (item: T) => TemplateResult): Array<TemplateResult | typeof nothing> {
  const drawn: Array<TemplateResult | typeof nothing> = Array.from({length: Math.max(0, ...slots.map((slot) => slot + 1))}, () => nothing);
  items.forEach((item, i) => (drawn[slots[i]] = draw(item)));
  return drawn;
}

export function renderMarkers(view: MarkersView) {
  const {model, placement, rows} = view;
  const lanes = placement.lanes.map((lane, index) => {
    const cy = laneCentre(rows, index);
    return svg`${inSlots(lane.singles, lane.slots, (incidentIndex) => renderMarker(model.incidents[incidentIndex], view, cy))}${renderClusters(lane.groups, cy, index, view)}`;
  });
  let ring: TemplateResult | typeof nothing = nothing;
  const {ringed} = view;
  if (ringed && placement.lanes.length) {
    const laneIndex = model.laneOfIncident[model.incidents.indexOf(ringed)];
    if (laneIndex >= 0) {
      ring = svg`<circle class="focus-ring" cx=${placement.x(ringed.time.best)} cy=${laneCentre(rows, laneIndex)} r=${radiusOf(ringed, view.sizeBy) + 6}></circle>`;
    }
  }
  return svg`<g class="markers" transform="translate(${placement.shift},0)">${lanes}${ring}</g>`;
}

function renderMarker(incident: Incident, view: MarkersView, cy: number) {
  const {x} = view.placement;
  const cx = x(incident.time.best);
  const r = radiusOf(incident, view.sizeBy);
  const {shape, color} = view.look(incident.category);
  const x0 = x(incident.time.earliest) - cx;
  const x1 = x(incident.time.latest) - cx;
  const [a, b] = [Math.min(x0, x1), Math.max(x0, x1)];
  const classes = `marker ${incident.status} ${incident.id === view.selected ? 'selected' : ''} ${view.activeIds.has(incident.id) ? 'active' : ''}`;
  // The group alone is placed: a zoom or pan step rewrites one attribute per marker (and the
  // bar of an uncertain time), and its parts keep their styles. An uncertain time is one soft
  // bar with end caps, drawn as a single path to keep the DOM small.
  return svg`<g part="marker" class=${classes} data-id=${incident.id} transform="translate(${cx},${cy})">
    ${isUncertain(incident.time) && b - a >= 3 ? svg`<path class="interval" d="M${a},-5v10M${b},-5v10M${a},0H${b}"></path>` : nothing}
    <circle class="hit" r=${Math.max(r + 4, view.rows.laneHeight / 3)}></circle>
    <path class="shape" d=${shapePath(shape, r)} fill=${color ?? nothing}></path>
    ${incident.status === 'denied' ? svg`<line class="strike" x1=${-r - 3} x2=${r + 3} y1=${r + 2} y2=${-r - 2}></line>` : nothing}
  </g>`;
}

/**
 * A lane's clusters as a few paths and one text (see `cluster-paths.ts`): the spans their
 * incidents may have happened in, under the circles; a ring around each, split by status in the
 * colours of the markers; the counts. The clusters ride on the circles' path as a property, for
 * hover and click (see `clusterUnder`).
 */
function renderClusters(clusters: readonly MarkerCluster[], cy: number, lane: number, view: MarkersView) {
  if (clusters.length === 0) return nothing;
  const {model, placement} = view;
  let circles = '';
  let spans = '';
  const rings = Object.fromEntries(INCIDENT_STATUSES.map((status) => [status, ''])) as Record<(typeof INCIDENT_STATUSES)[number], string>;
  const glyphs: CountGlyphs = {text: '', xs: [], ys: []};
  const radii = new Float64Array(clusters.length);
  const contents = clusters.map((cluster, i) => {
    const {x, count} = cluster;
    const held = clusterContents(model, lane, cluster);
    radii[i] =
      view.sizeBy === 'fatalities' ? clusterRadiusByDeaths(deathsOf(model, lane, cluster.first, cluster.last)?.best ?? 0) : clusterRadius(count);
    const [x0, x1] = [placement.x(held.earliest), placement.x(held.latest)];
    if (Math.abs(x1 - x0) > 2 * radii[i]) spans += spanPath(x0, x1, cy);
    circles += circlePath(x, cy, radii[i]);
    const arcs = ringArcs(x, cy, radii[i] - 1.5, held.statuses);
    for (const status of INCIDENT_STATUSES) rings[status] += arcs[status];
    addCountGlyphs(glyphs, view.digits(count), x, cy, view.countDigitPx);
    return held;
  });
  return svg`${spans ? svg`<path class="cluster-span" d=${spans}></path>` : nothing}<path part="cluster" class="cluster" d=${circles} .stLane=${{clusters, cy, radii, lane, contents}}></path>${INCIDENT_STATUSES.map((status) => (rings[status] ? svg`<path class="cluster-ring ${status}" d=${rings[status]}></path>` : nothing))}<text class="cluster-count" font-size=${view.countFontPx} x=${glyphs.xs.join(' ')} y=${glyphs.ys.join(' ')}>${glyphs.text}</text>`;
}
