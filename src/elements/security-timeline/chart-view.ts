/**
 * The chart's view model, gathered from the element's controllers for `renderChart`, with the
 * layouts that are kept from frame to frame (clusters, marker slots, alert rows) so that a zoom
 * or pan step recomputes little.
 */
import type {LocaleController} from '../../controllers/locale-controller.js';
import type {ResizeController} from '../../controllers/resize-controller.js';
import type {SelectionController} from '../../controllers/selection-controller.js';
import type {ViewController} from '../../controllers/view-controller.js';
import type {TimelineModel} from '../../model/timeline-model.js';
import {alertRowCache} from '../../model/alert-rows.js';
import {outsideView} from '../../model/outside-view.js';
import type {PlotEdges} from '../../layout/chart-frame.js';
import type {SizeBy} from '../../layout/marker-shapes.js';
import {MarkerLayout} from '../../model/marker-layout.js';
import type {TimelineItem} from '../../layout/presentation.js';
import type {ChartHandlers, ChartView} from './render/chart.js';

export interface ChartState {
  model: TimelineModel;
  edges: PlotEdges;
  /** The chart's accessible name. */
  label: string;
  selected: string | undefined;
  sizeBy: SizeBy;
  /** The tooltips' code, once loaded. */
  tooltips: ChartView['tooltips'];
  /** The code that draws many alert windows as a few paths, loaded the first time they are in view. */
  manyBands: ChartView['manyBands'];
  /** Whether focus is in the element now. */
  focusWithin: boolean;
  findItem: (id: string | null | undefined) => TimelineItem | null;
  settings: LocaleController;
  size: ResizeController;
  view: ViewController;
  selection: SelectionController;
  /** The chart's gestures and keys. */
  handlers: ChartHandlers;
  /** Whether a drag is under way. */
  dragging: boolean;
  /** The key to hold to zoom with the wheel, while the hint saying so shows. */
  hintKey: string | null;
  /** The overview strip, drawn between the chart and the count of incidents outside the window. */
  overview: ChartView['overview'];
  /** Shows every lane, or folds the quietest again. */
  onToggleFolded: ChartView['onToggleFolded'];
  /** Whether the reader has shown every lane. */
  lanesUnfolded: boolean;
  labelWidth: ChartView['labelWidth'];
}

export class ChartViewModel {
  private readonly markerLayout = new MarkerLayout();
  private readonly alertRowsOf = alertRowCache();

  of(state: ChartState): ChartView {
    const {model, edges, settings, size, view, selection} = state;
    const domain = view.domain!;
    // What the state and the view share (the model, the tooltips' code, the label…) passes as it is.
    return {
      ...state,
      domain,
      axis: view.axisFor(domain),
      laneHeight: size.laneHeight,
      alertRows: this.alertRowsOf(model, (domain[1] - domain[0]) / Math.max(1, edges.right - edges.left)),
      placement: this.markerLayout.place(model, domain, edges, settings.rtl),
      focusedId: selection.focusedId,
      tooltipDismissed: selection.tooltipDismissed,
      hovered: selection.hovered,
      dates: settings.dates,
      rtl: settings.rtl,
      countDigitPx: size.countDigitPx,
      countFontPx: size.countFontPx,
      outside: outsideView(model, domain),
      reveal: (time: number) => view.reveal(time, time),
    };
  }
}
