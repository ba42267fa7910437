/**
 * The visible window and every way a reader moves it: zoom and pan by wheel, drag, pinch,
 * double click and the element's methods, within limits around the feed.
 *
 * The window lives in the host's `start`/`end` (so a page can set and read it); this controller
 * reads them, and writes them on a reader's action, which also emits the range change.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {parseTemporal} from '../feed/temporal.js';
import {outerBounds, type TimelineModel} from '../model/timeline-model.js';
import {plotAxis, type AxisSettings, type PlotEdges} from '../layout/chart-frame.js';
import {clampDomain, pan, zoomAround, type TimeAxis} from '../layout/time-axis.js';
import {itemElementOf} from './chart-targets.js';

/** Smallest span a tap on a cluster zooms to, so a cluster of one instant still opens up. */
const MIN_CLUSTER_SPAN_MS = 3_600_000;
/** Pointer travel, px, under which a press counts as a tap, not a drag. */
const TAP_SLOP_PX = 3;

export interface ViewHostBindings {
  model(): TimelineModel | null;
  /** A reader moved the window to this range. */
  moved(range: {start: number; end: number}): void;
  axisSettings(): AxisSettings;
  plot(): PlotEdges;
  /** The chart's drawing, to map client coordinates to time. */
  drawing(): SVGSVGElement | null;
  /** A press that did not drag, on `target` (a marker, cluster path or band), or on nothing. */
  tapped(event: PointerEvent, target: Element | null): void;
  /** The pointer moved over the chart while no button is down. */
  hovering(event: PointerEvent): void;
}

/** The host holds the window in `start`/`end`, as a page writes them. */
export type ViewHost = ReactiveControllerHost & {start?: string; end?: string};

interface PointerState {
  x: number;
  y: number;
}

export class ViewController implements ReactiveController {
  /** Whether a drag is under way (the chart shows a grabbing cursor). */
  dragging = false;
  private pointers = new Map<number, PointerState>();
  private gesture: {domain: [number, number]; x: number; distance?: number; moved: boolean} | null = null;
  /** What the pointer went down on; pointer capture hides it from the pointerup that follows. */
  private pressedTarget: Element | null = null;

  constructor(
    private readonly host: ViewHost,
    private readonly bind: ViewHostBindings,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pointers.clear();
    this.gesture = null;
  }

  /** The window asked for, or null when either end is missing or unreadable. */
  private requestedWindow(): [number, number] | null {
    const {start, end} = this.host;
    if (!start || !end) return null;
    const {timeZone} = this.bind.axisSettings();
    const from = parseTemporal(start, timeZone);
    const to = parseTemporal(end, timeZone);
    if (typeof from === 'string' || typeof to === 'string' || to.end <= from.start) return null;
    // A date-only end counts to the end of that day, as alert ends do.
    return [from.start, to.end];
  }

  /**
   * The visible window: `start`/`end` when both are set and readable (they are read in the
   * display time zone, so they follow it when a feed arrives), else the whole feed.
   */
  get domain(): [number, number] | null {
    const model = this.bind.model();
    if (!model) return null;
    return this.requestedWindow() ?? model.bounds;
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
  private timeAt(clientX: number, domain: [number, number]): number {
    const rect = this.bind.drawing()!.getBoundingClientRect();
    return this.axisFor(domain).invert(clientX - rect.left - this.bind.plot().left);
  }

  private msPerPx(domain: readonly [number, number]): number {
    const {left, right} = this.bind.plot();
    return (domain[1] - domain[0]) / (right - left);
  }

  /** Whether time runs right to left. */
  get rtl(): boolean {
    return this.bind.axisSettings().rtl;
  }

  readonly onWheel = (event: WheelEvent): void => {
    const domain = this.domain;
    if (!domain) return;
    event.preventDefault();
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      this.setView(pan(domain, event.deltaX * this.msPerPx(domain) * (this.rtl ? -1 : 1)));
      return;
    }
    // Pixel and line deltas differ by about 30×; trackpad pinches arrive as ctrl+wheel.
    const delta = event.deltaMode === 1 ? event.deltaY * 30 : event.deltaY;
    const factor = Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.002));
    this.setView(zoomAround(domain, factor, this.timeAt(event.clientX, domain)));
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.domain) return;
    this.pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
    this.pressedTarget = itemElementOf(event);
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (already released) cannot be captured; drag on without.
    }
    this.beginGesture();
  };

  private beginGesture(): void {
    const points = [...this.pointers.values()];
    const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    const distance = points.length >= 2 ? Math.abs(points[0].x - points[1].x) : undefined;
    this.gesture = {domain: [...this.domain!], x, distance, moved: this.gesture?.moved ?? false};
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    const pointer = this.pointers.get(event.pointerId);
    if (!pointer || !this.gesture) {
      this.bind.hovering(event);
      return;
    }
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    const points = [...this.pointers.values()];
    const {domain, x: startX, distance} = this.gesture;
    const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    if (Math.abs(x - startX) > TAP_SLOP_PX) {
      this.gesture.moved = true;
      if (!this.dragging) {
        this.dragging = true;
        this.host.requestUpdate();
      }
    }
    let next = pan(domain, (x - startX) * this.msPerPx(domain) * (this.rtl ? 1 : -1));
    if (points.length >= 2 && distance && distance > 10) {
      const now = Math.abs(points[0].x - points[1].x);
      this.gesture.moved = true;
      next = zoomAround(next, now / distance, this.timeAt(x, next));
    }
    if (this.gesture.moved) this.setView(next);
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size > 0) {
      this.beginGesture();
      return;
    }
    const moved = this.gesture?.moved ?? false;
    this.gesture = null;
    if (this.dragging) {
      this.dragging = false;
      this.host.requestUpdate();
    }
    const target = this.pressedTarget;
    this.pressedTarget = null;
    if (!moved && event.type === 'pointerup') this.bind.tapped(event, target);
  };

  readonly onDoubleClick = (event: MouseEvent): void => {
    const domain = this.domain;
    if (domain) this.setView(zoomAround(domain, 2, this.timeAt(event.clientX, domain)));
  };

  /** Whether a drag has moved the view since the button went down. */
  get moving(): boolean {
    return this.gesture?.moved ?? false;
  }
}
