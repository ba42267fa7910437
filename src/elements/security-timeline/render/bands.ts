/**
 * Alert windows: a stripe per window in the rows above the lanes (labelled where it is wide
 * enough), and a translucent fill over the lanes the window covers.
 */
import {nothing, svg} from 'lit';
import type {AlertWindow} from '../../../feed/types.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
import {STRIPE_HEIGHT, type ChartRows, type PlotEdges} from '../../../layout/chart-frame.js';
import type {Lane} from '../../../layout/lanes.js';
import {levelColor, levelStep, needsDarkText, truncate} from '../../../layout/presentation.js';
import {levelLabel} from '../../../layout/labels.js';
import {isolate, type Translate} from '../../../i18n/translate.js';

/** A band label's average character width, px: how much of the label fits the band. */
const BAND_LABEL_CHAR_PX = 6.5;
/** Narrowest band that carries a label, px. */
const MIN_LABELLED_BAND_PX = 60;

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

export function renderBands(view: BandsView) {
  const {model, alerts, stripeRows, x, rows, edges} = view;
  const {left, right} = edges;
  // Lower levels first, so a higher level is drawn on top where windows overlap.
  const order = alerts.map((_, i) => i).sort((a, b) => alerts[a].level.rank - alerts[b].level.rank);
  return svg`<g class="bands">
    ${order.map((i) => {
      const alert = alerts[i];
      const color = levelColor(alert.level, model.feed.levels);
      const x0 = Math.max(left, Math.min(x(alert.start), x(alert.end)));
      const x1 = Math.min(right, Math.max(x(alert.start), x(alert.end)));
      const bandWidth = Math.max(2, x1 - x0);
      const laneKeys = model.alertLanes.get(alert) ?? new Set<string>();
      const label = `${levelLabel(alert.level, view.t)}: ${alert.title}`;
      // The level's step shows as the stripe's pattern too, for readers who cannot tell the colours apart.
      const classes = `band step-${levelStep(alert.level, model.feed.levels)} ${alert.id === view.selected ? 'selected' : ''} ${view.activeIds.has(alert.id) ? 'active' : ''}`;
      const stripeY = stripeRows[i] * STRIPE_HEIGHT;
      return svg`<g class=${classes}>
        ${laneRuns(model.lanes, laneKeys).map(
          ([first, end]) =>
            svg`<rect class="band-fill" data-id=${alert.id} x=${x0} width=${bandWidth} y=${rows.lanesTop + first * rows.laneHeight} height=${(end - first) * rows.laneHeight} fill=${color}></rect>`,
        )}
        <rect part="band" class="band-stripe" data-id=${alert.id} x=${x0} width=${bandWidth} y=${stripeY + 2} height=${STRIPE_HEIGHT - 3} rx="3" fill=${color}></rect>
        ${
          bandWidth > MIN_LABELLED_BAND_PX
            ? svg`<text x=${view.rtl ? x1 - 6 : x0 + 6} y=${stripeY + STRIPE_HEIGHT / 2 + 1} dominant-baseline="middle" class="band-label ${needsDarkText(color) ? 'on-light' : ''}">${isolate(truncate(label, Math.floor((bandWidth - 12) / BAND_LABEL_CHAR_PX)), view.rtl)}</text>`
            : nothing
        }
      </g>`;
    })}
  </g>`;
}
