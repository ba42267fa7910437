/**
 * Alert windows: a stripe per window in the rows above the lanes (labelled where it is wide
 * enough), and a translucent fill over the lanes the window covers. A few windows in view are an
 * element each; many are a fill path and a stripe path per level (`many-bands.ts`, loaded when a
 * feed has that many), with the hovered, focused or selected one drawn on its own on top.
 */
import {nothing, svg} from 'lit';
import type {AlertWindow} from '../../../feed/types.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
import {MAX_BANDS_DRAWN_ALONE, STRIPE_HEIGHT, type ChartRows, type PlotEdges} from '../../../layout/chart-frame.js';
import type {Lane} from '../../../layout/lanes.js';
import type {BandBox} from '../../../layout/band-shapes.js';
import {levelColor, levelStep, needsDarkText, truncate} from '../../../layout/presentation.js';
import {levelLabel} from '../../../layout/labels.js';
import {isolate, type Translate} from '../../../i18n/translate.js';

/** A band label's average character width, px: how much of the label fits the band. */
const BAND_LABEL_CHAR_PX = 6.5;
/** Narrowest band that carries a label, px. */
const MIN_LABELLED_BAND_PX = 60;
/** Space a row of stripes leaves under its stripe, px. */
const STRIPE_GAP_PX = 3;

export interface BandsView {
  model: TimelineModel;
  /** The alerts in view, and the stripe row of each. */
  alerts: readonly AlertWindow[];
  stripeRows: Int32Array;
  x: (time: number) => number;
  rows: ChartRows;
  edges: PlotEdges;
  /** Ids of the hovered or focused item, and of the selected one. */
  activeIds: ReadonlySet<string>;
  selected: string | undefined;
  rtl: boolean;
  /** The reader's words, for the names of levels. */
  t: Translate;
  /** The code that draws many bands as a few paths, loaded the first time it is needed; until it is there each is drawn alone. */
  manyBands?: {get(): typeof import('./many-bands.js') | undefined};
}

/**
 * Runs of neighbouring lanes whose keys are in `keys`, as [first, end) lane indices: a band across
 * many lanes is one rectangle per run, not one per lane.
 */
export function laneRuns(lanes: readonly Lane[], keys: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let index = 0; index < lanes.length; index++) {
    if (!keys.has(lanes[index].key)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === index) last[1] = index + 1;
    else runs.push([index, index + 1]);
  }
  return runs;
}

/** The alerts in view: each as elements of its own, or, when more than `MAX_BANDS_DRAWN_ALONE` are, as a few paths per level. */
export function renderBands(view: BandsView) {
  const {alerts} = view;
  // Lower levels first, so a higher level is drawn on top where windows overlap.
  const order = alerts.map((_, i) => i).sort((a, b) => alerts[a].level.rank - alerts[b].level.rank);
  const many = order.length > MAX_BANDS_DRAWN_ALONE && view.manyBands?.get();
  return many ? many.renderManyBands(view, order) : svg`<g class="bands">${order.map((i) => renderBand(view, i))}</g>`;
}

/** Where the alert at `i` of the view's alerts is drawn. */
export function bandBox(view: BandsView, i: number): BandBox {
  const {model, x, rows, edges} = view;
  const alert = view.alerts[i];
  const x0 = Math.max(edges.left, Math.min(x(alert.start), x(alert.end)));
  const x1 = Math.min(edges.right, Math.max(x(alert.start), x(alert.end)));
  const fills = laneRuns(model.lanes, model.alertLanes.get(alert) ?? new Set<string>()).map(
    ([first, end]) => [rows.lanesTop + first * rows.laneHeight, (end - first) * rows.laneHeight] as const,
  );
  return {
    x0,
    x1: x0 + Math.max(2, x1 - x0),
    stripeTop: view.stripeRows[i] * rows.stripePitch + 2,
    stripeHeight: rows.stripePitch - STRIPE_GAP_PX,
    fills,
  };
}

/** The label of a band wide enough for one: its level and title, cut to its width. */
export function bandLabel(view: BandsView, i: number, box: BandBox, color: string) {
  const alert = view.alerts[i];
  const width = box.x1 - box.x0;
  // A thinner stripe than a row of text has no room for its label: zoomed in, it gets it back.
  if (width <= MIN_LABELLED_BAND_PX || box.stripeHeight < STRIPE_HEIGHT - STRIPE_GAP_PX) return nothing;
  const text = truncate(`${levelLabel(alert.level, view.t)}: ${alert.title}`, Math.floor((width - 12) / BAND_LABEL_CHAR_PX));
  return svg`<text x=${view.rtl ? box.x1 - 6 : box.x0 + 6} y=${box.stripeTop + STRIPE_HEIGHT / 2 - 1} dominant-baseline="middle" class="band-label ${needsDarkText(color) ? 'on-light' : ''}" data-band=${alert.id}>${isolate(text, view.rtl)}</text>`;
}

/** The alert at `i` as elements of its own, which a pointer finds by their `data-id`. */
export function renderBand(view: BandsView, i: number) {
  const {model} = view;
  const alert = view.alerts[i];
  const color = levelColor(alert.level, model.feed.levels);
  const box = bandBox(view, i);
  const width = box.x1 - box.x0;
  // The level's step shows as the stripe's pattern too, for readers who cannot tell the colours apart.
  const classes = `band step-${levelStep(alert.level, model.feed.levels)} ${alert.id === view.selected ? 'selected' : ''} ${view.activeIds.has(alert.id) ? 'active' : ''}`;
  return svg`<g class=${classes}>
    ${box.fills.map(([top, height]) => svg`<rect class="band-fill" data-id=${alert.id} x=${box.x0} width=${width} y=${top} height=${height} fill=${color}></rect>`)}
    <rect part="band" class="band-stripe" data-id=${alert.id} x=${box.x0} width=${width} y=${box.stripeTop} height=${box.stripeHeight} rx="3" fill=${color}></rect>
    ${bandLabel(view, i, box, color)}
  </g>`;
}
