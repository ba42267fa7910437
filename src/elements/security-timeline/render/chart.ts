/**
 * The chart: one focusable area holding the drawing (lanes, axis, bands, markers, today) and the
 * tooltip. The drawing is hidden from assistive technology, which hears the chart's label and
 * the element's announcements instead.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {isInWindow, type TimelineModel} from '../../../model/timeline-model.js';
import type {OutsideView} from '../../../model/outside-view.js';
import {deathsOf} from '../../../model/fatalities.js';
import {clusterContents} from '../../../model/cluster-contents.js';
import type {LabelWidth} from '../../../controllers/label-widths.js';
import {categoryLook} from '../../../layout/category-looks.js';
import type {SizeBy} from '../../../layout/marker-shapes.js';
import {chartRows, INLINE_LABEL_BAND, MAX_BANDS_DRAWN_ALONE, MAX_STRIPE_AREA, type PlotEdges} from '../../../layout/chart-frame.js';
import {selectionText, type ReaderSettings} from '../../../layout/describe.js';
import type {Packing} from '../../../layout/lanes.js';
import type {MarkerPlacement} from '../../../model/marker-layout.js';
import type {TimelineItem} from '../../../layout/presentation.js';
import type {TimeAxis} from '../../../layout/time-axis.js';
import type {Hovered} from '../../../controllers/selection-controller.js';
import {renderAxis, renderLanes, renderToday} from './axis.js';
import {renderBands, type BandsView} from './bands.js';
import {renderMarkers} from './markers.js';
import type {TooltipPlace} from './tooltip.js';

export interface ChartHandlers {
  onWheel: (event: WheelEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onPointerOver: (event: PointerEvent) => void;
  onPointerLeave: () => void;
  onDoubleClick: (event: MouseEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export interface ChartView {
  model: TimelineModel;
  domain: readonly [number, number];
  edges: PlotEdges;
  axis: TimeAxis;
  laneHeight: number;
  /** Stripe rows of every alert of the model. */
  alertRows: Packing;
  placement: MarkerPlacement;
  /** The item keyboard focus is on, and whether focus is in the element now. */
  focusedId: string | null;
  focusWithin: boolean;
  /** The reader dismissed the tooltip with Escape. */
  tooltipDismissed: boolean;
  hovered: Hovered | null;
  selected: string | undefined;
  dates: ReaderSettings;
  rtl: boolean;
  countDigitPx: number;
  countFontPx: number;
  sizeBy: SizeBy;
  /** The code that draws many alert windows as a few paths: loaded the first time they are in view, each drawn alone until it is there. */
  manyBands?: BandsView['manyBands'];
  /** The tooltips' code: loaded on demand, drawn once it is there. */
  tooltips: Pick<typeof import('./tooltip.js'), 'renderItemTooltip' | 'renderClusterTooltip'> | undefined;
  dragging: boolean;
  /** The key to hold to zoom with the wheel, while the hint saying so shows (the wheel scrolled the page). */
  hintKey: string | null;
  /** The incidents the window leaves out on either side, and a way to bring the nearest into view. */
  outside: OutsideView;
  reveal: (time: number) => void;
  /** The chart's accessible name: the summary and how to use the keys. */
  label: string;
  findItem: (id: string | null | undefined) => TimelineItem | null;
  handlers: ChartHandlers;
  /** The overview strip under the chart, if it is drawn. */
  overview: TemplateResult | typeof nothing;
  /**
   * Shows every lane when the quietest are folded into one, and folds them again after (the
   * element's `maxLanes`). Without it, no control to do so is drawn.
   */
  onToggleFolded?: () => void;
  /** The reader showed every lane with that control: it offers to fold them again. */
  lanesUnfolded?: boolean;
  /** How wide a lane label is drawn, where it can be measured: labels are cut short only when they do not fit. */
  labelWidth?: LabelWidth;
}

/** Whether a lane's incidents `first` to `last` are all known to the day or coarser (none to the hour). */
function allCivil(model: TimelineModel, lane: number, first: number, last: number): boolean {
  const indices = model.lanes[lane]?.incidentIndices ?? [];
  for (let i = first; i <= last && i < indices.length; i++) if (!model.incidents[indices[i]].time.civil) return false;
  return true;
}

/**
 * The chart is one tab stop with the role of an application: its arrow keys move between items,
 * and screen readers in browse mode (NVDA, JAWS) keep the arrows for themselves inside a mere
 * group, but hand every key to an application, as they do for embedded maps. What an item is,
 * and where it stands, is announced as focus reaches it (see `itemContext`).
 */
export function renderChart(view: ChartView): TemplateResult {
  const {model, domain, edges, axis, handlers} = view;
  const {width, left, right, gutter} = edges;
  const x = (time: number) => left + axis.x(time);
  const visible = model.alerts.flatMap((alert, i) => (isInWindow(alert, domain) ? [i] : []));
  const rows = chartRows(
    view.alertRows.rowCount,
    model.lanes.length,
    view.laneHeight,
    edges.inlineLabels ? INLINE_LABEL_BAND : 0,
    visible.length > MAX_BANDS_DRAWN_ALONE ? Math.max(MAX_STRIPE_AREA, width / 4) : undefined,
  );
  const {lanesTop, lanesHeight, height} = rows;
  const {focusedId, hovered, focusWithin} = view;
  const focused = focusWithin ? focusedId : null;
  const ids = (...list: Array<string | null | undefined>) => new Set(list.filter((id): id is string => Boolean(id)));
  const tooltipItem = view.tooltipDismissed ? null : (view.findItem(hovered?.id) ?? view.findItem(focused));
  const ringed = focused ? model.incidents.find((incident) => incident.id === focused) : undefined;
  // The selection is part of the chart's description, so a screen reader says it on reaching the chart.
  const selectedItem = view.findItem(view.selected);

  const place = (item: TimelineItem): TooltipPlace => {
    const at = {laneHeight: rows.laneHeight, chartWidth: width};
    if (hovered && hovered.id === item.id) return {...at, x: hovered.x, top: hovered.y};
    if (item.kind === 'alert') return {...at, x: x(item.start), top: 0};
    const lane = model.laneOfIncident[model.incidents.indexOf(item)];
    return {...at, x: x(item.time.best), top: lanesTop + Math.max(0, lane) * rows.laneHeight};
  };

  return html`
    <div
      part="chart"
      class="chart ${view.dragging ? 'dragging' : ''}"
      tabindex="0"
      role="application"
      aria-roledescription=${view.dates.t('timeline')}
      aria-label=${view.label}
      aria-describedby=${selectedItem ? 'chart-selection' : nothing}
      @wheel=${handlers.onWheel}
      @pointerdown=${handlers.onPointerDown}
      @pointermove=${handlers.onPointerMove}
      @pointerup=${handlers.onPointerUp}
      @pointercancel=${handlers.onPointerUp}
      @pointerover=${handlers.onPointerOver}
      @pointerleave=${handlers.onPointerLeave}
      @dblclick=${handlers.onDoubleClick}
      @keydown=${handlers.onKeyDown}
    >
      ${selectedItem ? html`<span id="chart-selection" hidden>${selectionText(selectedItem, view.dates.t)}</span>` : nothing}
      <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
        ${renderLanes(model.lanes, width, rows, gutter, view.rtl, edges.inlineLabels, laneTotals(view), view.labelWidth)}
        ${renderAxis(axis, left, lanesTop + lanesHeight, lanesTop, gutter)}
        ${renderBands({
          model,
          alerts: visible.map((i) => model.alerts[i]),
          stripeRows: Int32Array.from(visible, (i) => view.alertRows.rows[i]),
          x,
          rows,
          edges: {width, left, right, gutter},
          activeIds: ids(hovered?.id, focused),
          selected: view.selected,
          rtl: view.rtl,
          t: view.dates.t,
          manyBands: view.manyBands,
        })}
        ${/* An inner <svg> clips what it holds (a url(#…) clip path would keep removed charts alive in Chromium). */ ''}
        <svg class="plot" x=${view.rtl ? 0 : gutter} y=${lanesTop} width=${width - gutter} height=${lanesHeight} overflow="hidden"
          ><g transform="translate(${-(view.rtl ? 0 : gutter)},${-lanesTop})">${renderMarkers({
            model,
            placement: view.placement,
            rows,
            activeIds: ids(hovered?.id, focusedId),
            selected: view.selected,
            ringed,
            countDigitPx: view.countDigitPx,
            countFontPx: view.countFontPx,
            digits: view.dates.t.count,
            sizeBy: view.sizeBy,
            look: (category) => categoryLook(model.feed, category),
          })}</g></svg
        >
        ${renderToday(x, domain, lanesTop, lanesTop + lanesHeight, view.dates.t('today'))}
      </svg>
      ${view.hintKey ? html`<div class="gesture-hint" aria-hidden="true">${view.dates.t('wheelHint', {key: view.hintKey})}</div>` : nothing}
      ${tooltipItem && view.tooltips ? view.tooltips.renderItemTooltip(tooltipItem, place(tooltipItem), view.dates, model.feed) : nothing}
      ${
        hovered?.cluster && view.tooltips && !view.tooltipDismissed
          ? view.tooltips.renderClusterTooltip(
              hovered.cluster,
              clusterContents(model, hovered.lane ?? 0, hovered.cluster),
              {x: hovered.x, top: hovered.y, laneHeight: rows.laneHeight, chartWidth: width},
              view.dates,
              deathsOf(model, hovered.lane ?? 0, hovered.cluster.first, hovered.cluster.last),
              allCivil(model, hovered.lane ?? 0, hovered.cluster.first, hovered.cluster.last),
            )
          : nothing
      }
    </div>
    ${view.overview} ${renderOutside(view)}
  `;
}

/**
 * What each lane holds, for its label: how many of its incidents pass the filters, in the
 * reader's digits. Always incidents, whatever sizes the markers: a bare number beside a name
 * must mean one thing.
 */
function laneTotals({model, dates}: ChartView): string[] {
  return model.lanes.map(({incidentIndices}) => dates.t.count(incidentIndices.length));
}

/**
 * Under the chart: the control that shows every lane, or folds the quietest again; and the
 * incidents the window leaves out, "← 1 earlier incident", "3 later incidents →", each
 * bringing the nearest into view. Nothing when there is neither.
 */
function renderOutside(view: ChartView): TemplateResult | typeof nothing {
  const {outside, reveal, dates, rtl} = view;
  const {earlier, later, nearestEarlier, nearestLater} = outside;
  const folding = renderLaneFolding(view);
  if (!earlier && !later && folding === nothing) return nothing;
  const [back, forward] = rtl ? ['→', '←'] : ['←', '→'];
  return html`<div class="outside">
    ${folding}
    ${earlier ? html`<button class="earlier" @click=${() => reveal(nearestEarlier!)}>${back} ${dates.t('earlierIncidents', {count: earlier})}</button>` : nothing}
    ${later ? html`<button class="later" @click=${() => reveal(nearestLater!)}>${dates.t('laterIncidents', {count: later})} ${forward}</button>` : nothing}
  </div>`;
}

/**
 * "Show every lane" while the quietest lanes are folded into the last, "Fold the quietest
 * lanes" once the reader has shown them all. A button of the page, not of the drawing, which
 * assistive technology does not see: one button, whose words change, so that focus stays on it.
 */
export function renderLaneFolding({
  model,
  dates,
  onToggleFolded,
  lanesUnfolded,
}: Pick<ChartView, 'model' | 'dates' | 'onToggleFolded' | 'lanesUnfolded'>) {
  if (!onToggleFolded || (model.folded === 0 && !lanesUnfolded)) return nothing;
  return html`<button class="lane-folding" @click=${onToggleFolded}>${dates.t(model.folded > 0 ? 'unfoldLanes' : 'foldLanes')}</button>`;
}
