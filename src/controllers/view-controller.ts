/**
 * The visible window, and how it moves: zoom, pan, fit, reveal, within limits around the feed.
 * The gestures that move it (wheel, drag, pinch, double click) are `GestureController`'s.
 *
 * The window lives in the host's `start`/`end` (so a page can set and read it); this controller
 * reads them, and writes them on a reader's action, which also emits the range change.
 */
import type {ReactiveControllerHost} from 'lit';
import {parseTemporal} from '../feed/temporal.js';
import {openingView} from '../model/opening-view.js';
import {outerBounds, type TimelineModel} from '../model/timeline-model.js';
import {plotAxis, type AxisSettings, type PlotEdges} from '../layout/chart-frame.js';
import {clampDomain, pan, zoomAround, type TimeAxis} from '../layout/time-axis.js';

/** Smallest span a tap on a cluster zooms to, so a cluster of one instant still opens up. */
const MIN_CLUSTER_SPAN_MS = 3_600_000;

export interface ViewHostBindings {
  model(): TimelineModel | null;
  /** A reader moved the window to this range. */
  moved(range: {start: number; end: number}): void;
  axisSettings(): AxisSettings;
  plot(): PlotEdges;
  /** The chart's drawing, to map client coordinates to time. */
  drawing(): SVGSVGElement | null;
}

/** The host holds the window in `start`/`end`, as a page writes them. */
export type ViewHost = ReactiveControllerHost & {start?: string; end?: string};

export class ViewController {
  constructor(
    private readonly host: ViewHost,
    private readonly bind: ViewHostBindings,
  ) {}

  /** The window this controller last wrote, and the attributes it wrote it as. */
  private written?: {start: string; end: string; domain: [number, number]};

  /** The window asked for, or null when either end is missing or unreadable. */
  private requestedWindow(): [number, number] | null {
    const {start, end} = this.host;
    if (!start || !end) return null;
    // Its own writing is taken as it was meant: past year 9999 an ISO string no longer reads back.
    if (this.written && this.written.start === start && this.written.end === end) return this.written.domain;
    const {timeZone} = this.bind.axisSettings();
    const from = parseTemporal(start, timeZone);
    const to = parseTemporal(end, timeZone);
    if (typeof from === 'string' || typeof to === 'string' || to.end <= from.start) return null;
    // A date-only end counts to the end of that day, as alert ends do.
    return [from.start, to.end];
  }

  /**
   * The visible window: `start`/`end` when both are set and readable (they are read in the
   * display time zone, so they follow it when a feed arrives), else the feed's own `view`, else its
   * most recent period of activity (`openingView`).
   */
  get domain(): [number, number] | null {
    const model = this.bind.model();
    if (!model) return null;
    const view = model.feed.view;
    return this.requestedWindow() ?? (view ? [view.start, view.end] : openingView(model));
  }

  axisFor(domain: readonly [number, number]): TimeAxis {
    return plotAxis(domain, this.bind.plot(), this.bind.axisSettings());
  }

  /** Moves the view (a reader's action): writes it to `start`/`end` and says where it went. */
  setView(domain: readonly [number, number]): void {
    const model = this.bind.model();
    if (!model) return;
    const clamped = clampDomain(domain, outerBounds(model));
    // Whole milliseconds, so the window survives the round trip through the attributes; the span
    // is rounded once, so a pan keeps it exactly and the cached clusters of this zoom level.
    const start = Math.round(clamped[0]);
    const end = start + Math.round(clamped[1] - clamped[0]);
    this.host.start = new Date(start).toISOString();
    this.host.end = new Date(end).toISOString();
    this.written = {start: this.host.start, end: this.host.end, domain: [start, end]};
    this.bind.moved({start, end});
  }

  fitAll(): void {
    const model = this.bind.model();
    if (model) this.setView(model.bounds);
  }

  zoom(factor: number, anchor?: number): void {
    const domain = this.domain;
    if (domain) this.setView(zoomAround(domain, factor, anchor ?? (domain[0] + domain[1]) / 2));
  }

  /** Pans by a share of the window's span: 1 is a whole window forward in time. */
  panBy(share: number): void {
    const domain = this.domain;
    if (domain) this.setView(pan(domain, share * (domain[1] - domain[0])));
  }

  /** Shows a span with room either side, as a tap on a cluster does. */
  zoomToSpan(earliest: number, latest: number): void {
    const span = Math.max(latest - earliest, MIN_CLUSTER_SPAN_MS);
    this.setView([earliest - span * 0.6, latest + span * 0.6]);
  }

  /** Keeps the window's span and brings a time (or as much of a span as fits) into view, if it is not. */
  reveal(from: number, to: number): void {
    const domain = this.domain;
    if (!domain || (to >= domain[0] && from <= domain[1])) return;
    const span = domain[1] - domain[0];
    const centre = from + Math.min(span / 2, (to - from) / 2);
    this.setView([centre - span / 2, centre + span / 2]);
  }

  /** Time under a client x coordinate. */
  timeAt(clientX: number, domain: readonly [number, number]): number {
    const rect = this.bind.drawing()!.getBoundingClientRect();
    return this.axisFor(domain).invert(clientX - rect.left - this.bind.plot().left);
  }

  /** Ms per px of a window across the plot. */
  msPerPx(domain: readonly [number, number]): number {
    const {left, right} = this.bind.plot();
    return (domain[1] - domain[0]) / (right - left);
  }

  /** Whether time runs right to left. */
  get rtl(): boolean {
    return this.bind.axisSettings().rtl;
  }
}
