/**
 * Incidents: a marker per incident drawn alone (its shape by category, its style by status, a
 * bar across an uncertain time), and per lane one path of cluster circles and one of their counts.
 */
import {nothing, svg, type TemplateResult} from 'lit';
import type {Incident} from '../../../feed/types.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
import type {MarkerCluster} from '../../../layout/clusters.js';
import {circlePath, clusterRadius, clusterRadiusByDeaths, countLabel, countPath} from '../../../layout/cluster-paths.js';
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
  /** Distance between the centres of two digits of a cluster's count. */
  countDigitPx: number;
  /** Writes a count in the reader's digits, ungrouped. */
  digits?: (value: number) => string;
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
  return svg`<g part="marker" class=${classes} data-id=${incident.id} data-kind="incident" transform="translate(${cx},${cy})">
    ${isUncertain(incident.time) && b - a >= 3 ? svg`<path class="interval" d="M${a},-5v10M${b},-5v10M${a},0H${b}"></path>` : nothing}
    <circle class="hit" r=${Math.max(r + 4, view.rows.laneHeight / 3)}></circle>
    <path class="shape" d=${shapePath(shape, r)} fill=${color ?? nothing}></path>
    ${incident.status === 'denied' ? svg`<line class="strike" x1=${-r - 3} x2=${r + 3} y1=${r + 2} y2=${-r - 2}></line>` : nothing}
  </g>`;
}

/**
 * A lane's clusters as one path of circles, and their counts as another (see `countPath`). A
 * zoom step moves hundreds of clusters: as elements, each would be styled and laid out again;
 * as two paths per lane, the step costs about as much as two shapes. The clusters ride on the
 * path as a property, for hover and click (see `clusterUnder`).
 */
function renderClusters(clusters: readonly MarkerCluster[], cy: number, lane: number, view: MarkersView) {
  if (clusters.length === 0) return nothing;
  let circles = '';
  let counts = '';
  const radii = new Float64Array(clusters.length);
  clusters.forEach((cluster, i) => {
    const {x, count} = cluster;
    radii[i] =
      view.sizeBy === 'fatalities' ? clusterRadiusByDeaths(deathsOf(view.model, lane, cluster.first, cluster.last)?.best ?? 0) : clusterRadius(count);
    circles += circlePath(x, cy, radii[i]);
    counts += countPath(countLabel(count, view.digits), x, cy, view.countDigitPx);
  });
  return svg`<path part="cluster" class="cluster" d=${circles} .stLane=${{clusters, cy, radii, lane}}></path><path class="cluster-count" d=${counts}></path>`;
}
