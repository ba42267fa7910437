/**
 * The overview under the chart: the whole feed's incidents as bars per bin of time (split by
 * status, as the markers are coloured), its alert windows as marks along the top, and the brush
 * of the window the chart shows, which the reader drags or moves with keys (`OverviewController`).
 * It is a slider for assistive technology: its value is the window shown, said in words.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import {INCIDENT_STATUSES} from '../../../feed/types.js';
import {alertMarkPaths, binAt, barPaths, brushEdges, OVERVIEW_HEIGHT, type OverviewScale} from '../../../layout/overview-frame.js';
import {windowText, type ReaderSettings} from '../../../layout/describe.js';
import {fatalitiesText} from '../../../layout/describe-items.js';
import {formatDayRange} from '../../../layout/format-time.js';
import {levelColor} from '../../../layout/presentation.js';
import type {OverviewBins, OverviewWeight} from '../../../model/overview-bins.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export {styles} from './overview.styles.js';
// The brush's gestures and keys come with the strip.
export {OverviewController} from '../../../controllers/overview-controller.js';
import type {OverviewController} from '../../../controllers/overview-controller.js';

export interface OverviewView {
  model: TimelineModel;
  /** What the bars add up: incidents, or their deaths. */
  weight: OverviewWeight;
  scale: OverviewScale;
  /** Width of the strip (the chart's), px. */
  width: number;
  domain: readonly [number, number];
  dates: ReaderSettings;
  /** The strip's gestures and keys, where the pointer is over it, and its bins (see `OverviewController.binsOf`). */
  controller: Pick<OverviewController, 'binsOf' | 'hoveredX' | 'onPointerDown' | 'onPointerMove' | 'onPointerUp' | 'onPointerLeave' | 'onKeyDown'>;
}

/** Paths kept for what they were written from, with the strip's ends (in the direction time runs) they were written for. */
type KeptPaths<T> = WeakMap<object, {left: number; right: number; paths: T}>;

/**
 * The paths `write` gives for `source`, written again only when the strip's ends move: the bars
 * and alert marks stay where they are while the chart zooms and pans.
 */
function keptPaths<T>(kept: KeptPaths<T>, source: object, scale: OverviewScale, model: TimelineModel, write: () => T): T {
  const [left, right] = [scale.x(model.bounds[0]), scale.x(model.bounds[1])];
  const drawn = kept.get(source);
  if (drawn && drawn.left === left && drawn.right === right) return drawn.paths;
  const paths = write();
  kept.set(source, {left, right, paths});
  return paths;
}

/** Per set of bins, and per model. */
const drawnBars: KeptPaths<Partial<Record<string, string>>> = new WeakMap();
const drawnAlerts: KeptPaths<Array<{color: string; d: string}>> = new WeakMap();

export function renderOverview(view: OverviewView): TemplateResult {
  const {model, scale, width, domain, dates, controller} = view;
  const {t, calendar, weekStart} = dates;
  // Kept per model and width: a zoom or pan step only moves the brush.
  const options = {widthPx: scale.right - scale.left, weight: view.weight, calendar, weekStart};
  const bins = controller.binsOf(model, options);
  const bars = bins ? keptPaths(drawnBars, bins, scale, model, () => barPaths(bins.bins, bins.scaleMax, scale)) : {};
  const alertMarks = keptPaths(drawnAlerts, model, scale, model, () =>
    alertMarkPaths(model.alerts, (alert) => levelColor(alert.level, model.feed.levels), scale),
  );
  const [left, right] = brushEdges(domain, scale);
  const [from, to] = model.bounds;
  const position = Math.round((((domain[0] + domain[1]) / 2 - from) / Math.max(1, to - from)) * 100);
  const hovered = controller.hoveredX === null || !bins ? -1 : binAt(bins.bins, scale, controller.hoveredX);
  return html`<div
    part="overview"
    class="overview"
    role="slider"
    tabindex="0"
    aria-label=${t('overviewLabel')}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.max(0, Math.min(100, position))}
    aria-valuetext=${windowText({start: domain[0], end: domain[1]}, dates)}
    @pointerdown=${controller.onPointerDown}
    @pointermove=${controller.onPointerMove}
    @pointerup=${controller.onPointerUp}
    @pointercancel=${controller.onPointerUp}
    @pointerleave=${controller.onPointerLeave}
    @keydown=${controller.onKeyDown}
  >
    <svg width=${width} height=${OVERVIEW_HEIGHT} viewBox="0 0 ${width} ${OVERVIEW_HEIGHT}" aria-hidden="true">
      ${alertMarks.map(({color, d}) => svg`<path class="overview-alert" d=${d} fill=${color}></path>`)}
      ${INCIDENT_STATUSES.map((status) => (bars[status] ? svg`<path class="overview-bars ${status}" d=${bars[status]}></path>` : nothing))}
      <line class="overview-base" x1=${scale.left} x2=${scale.right} y1=${OVERVIEW_HEIGHT - 2.5} y2=${OVERVIEW_HEIGHT - 2.5}></line>
      <rect class="brush" x=${left} y="0.5" width=${right - left} height=${OVERVIEW_HEIGHT - 1} rx="2"></rect>
      <rect class="brush-edge" x=${left - 1.5} y="10" width="3" height=${OVERVIEW_HEIGHT - 20} rx="1.5"></rect>
      <rect class="brush-edge" x=${right - 1.5} y="10" width="3" height=${OVERVIEW_HEIGHT - 20} rx="1.5"></rect>
    </svg>
    ${hovered >= 0 ? renderBinLabel(view, bins!, hovered) : nothing}
  </div>`;
}

/** What the bar under the pointer holds: its days and its count (or deaths). */
function renderBinLabel(view: OverviewView, bins: OverviewBins, index: number): TemplateResult {
  const {dates, scale} = view;
  const bin = bins.bins[index];
  const {t} = dates;
  const value =
    bins.weight === 'fatalities' ? t('fatalitiesValue', {deaths: fatalitiesText({best: bin.total}, t)}) : t('clusterIncidents', {count: bin.total});
  const x = scale.x((bin.start + bin.end) / 2);
  // The label stands on the side of the strip away from the pointer's end, so it stays inside.
  const atStart = x < (scale.left + scale.right) / 2;
  return html`<div class="overview-label" style=${atStart ? `left: ${Math.round(x)}px` : `right: ${Math.round(view.width - x)}px`}>
    ${formatDayRange(bin.start, bin.end, dates, view.model.feed.timeZone)}: ${value}
  </div>`;
}
