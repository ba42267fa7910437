/**
 * The overview's brush: dragging it pans the chart, dragging its edges zooms, dragging outside it
 * draws a new window, a click outside it brings that time into view; with the keyboard, the arrows move it, Page Up and Page
 * Down move it by a whole window, Home and End go to either end of the feed, + and − resize it.
 * The window itself is the `ViewController`'s: the brush only asks it to move.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {OverviewScale} from '../layout/overview-frame.js';
import {knownOverviewBins, overviewBins, type OverviewBins, type OverviewOptions} from '../model/overview-bins.js';
import type {TimelineModel} from '../model/timeline-model.js';
import type {ViewController} from './view-controller.js';

/** Share of the window an arrow key moves the brush by. */
const KEY_PAN_SHARE = 0.1;
/** Px a press may move and still count as a click. */
const CLICK_SLOP_PX = 3;
/** Px either side of a brush edge that grab the edge rather than the brush. */
const EDGE_GRAB_PX = 6;

type DragMode = 'move' | 'start' | 'end' | 'click';

export interface OverviewBindings {
  /** The strip's scale (whole feed across the plot), or null before it is drawn. */
  scale(): OverviewScale | null;
  /** The bounds of the whole feed. */
  bounds(): readonly [number, number] | null;
}

export class OverviewController implements ReactiveController {
  /** Where the pointer is over the strip, px, for the label of the bar under it; null when it is not. */
  hoveredX: number | null = null;
  private drag?: {mode: DragMode; pointerId: number; startX: number; domain: [number, number]; moved: boolean};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: ViewController,
    private readonly bind: OverviewBindings,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.drag = undefined;
    this.hoveredX = null;
    clearTimeout(this.binsTimer);
    this.binsTimer = undefined;
  }

  /** Whether the strip has been drawn with its bars. */
  private drewBars = false;
  private binsTimer?: ReturnType<typeof setTimeout>;

  /**
   * The strip's bins, or, the first time it is drawn, none yet: they are counted in a task of
   * their own just after, then drawn. The first frame of a feed, the page's longest task while it
   * loads, is not held by them; later frames count them at once.
   */
  binsOf(model: TimelineModel, options: OverviewOptions): OverviewBins | undefined {
    const known = knownOverviewBins(model, options);
    if (known || this.drewBars) {
      this.drewBars = true;
      return known ?? overviewBins(model, options);
    }
    this.binsTimer ??= setTimeout(() => {
      this.binsTimer = undefined;
      this.drewBars = true;
      this.host.requestUpdate();
    });
    return undefined;
  }

  /** The strip's x of a pointer event, in the coordinates the scale works in. */
  private xOf(event: PointerEvent): number {
    const target = event.currentTarget as Element;
    return event.clientX - target.getBoundingClientRect().left;
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    const scale = this.bind.scale();
    const domain = this.view.domain;
    if (!scale || !domain || event.button !== 0) return;
    const x = this.xOf(event);
    const [a, b] = [scale.x(domain[0]), scale.x(domain[1])];
    const [left, right] = [Math.min(a, b), Math.max(a, b)];
    // The edge at the start of time is on the left in left-to-right text, on the right otherwise.
    const startEdge = a <= b ? left : right;
    const endEdge = a <= b ? right : left;
    let mode: DragMode = 'click';
    if (Math.abs(x - startEdge) <= EDGE_GRAB_PX && right - left > 2 * EDGE_GRAB_PX) mode = 'start';
    else if (Math.abs(x - endEdge) <= EDGE_GRAB_PX && right - left > 2 * EDGE_GRAB_PX) mode = 'end';
    else if (x >= left - EDGE_GRAB_PX && x <= right + EDGE_GRAB_PX) mode = 'move';
    this.drag = {mode, pointerId: event.pointerId, startX: x, domain: [domain[0], domain[1]], moved: false};
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const scale = this.bind.scale();
    if (!scale) return;
    const x = this.xOf(event);
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) {
      this.hoveredX = x;
      this.host.requestUpdate();
      return;
    }
    if (Math.abs(x - drag.startX) > CLICK_SLOP_PX) drag.moved = true;
    if (!drag.moved) return;
    const [start, end] = drag.domain;
    const delta = scale.time(x) - scale.time(drag.startX);
    const minSpan = (end - start) / 1000;
    if (drag.mode === 'move') this.view.setView([start + delta, end + delta]);
    else if (drag.mode === 'click') {
      // A drag from outside the brush draws a new window, from where it began to the pointer.
      const [from, to] = [scale.time(drag.startX), scale.time(x)].sort((p, q) => p - q);
      this.view.setView([from, Math.max(to, from + minSpan)]);
    } else if (drag.mode === 'start') this.view.setView([Math.min(start + delta, end - minSpan), end]);
    else this.view.setView([start, Math.max(end + delta, start + minSpan)]);
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const drag = this.drag;
    this.drag = undefined;
    const scale = this.bind.scale();
    if (!drag || drag.pointerId !== event.pointerId || drag.moved || drag.mode !== 'click' || !scale) return;
    // A click outside the brush: the window, its span kept, centred on that time.
    const time = scale.time(this.xOf(event));
    const [start, end] = drag.domain;
    const half = (end - start) / 2;
    this.view.setView([time - half, time + half]);
  };

  readonly onPointerLeave = (): void => {
    if (this.hoveredX === null) return;
    this.hoveredX = null;
    this.host.requestUpdate();
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const domain = this.view.domain;
    const bounds = this.bind.bounds();
    if (!domain || !bounds) return;
    const span = domain[1] - domain[0];
    const later = this.view.rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = this.view.rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === later || event.key === earlier) this.view.panBy((event.key === later ? 1 : -1) * (event.shiftKey ? 1 : KEY_PAN_SHARE));
    else if (event.key === 'PageDown' || event.key === 'PageUp') this.view.panBy(event.key === 'PageDown' ? 1 : -1);
    else if (event.key === 'Home') this.view.setView([bounds[0], bounds[0] + span]);
    else if (event.key === 'End') this.view.setView([bounds[1] - span, bounds[1]]);
    else if (event.key === '+' || event.key === '=') this.view.zoom(2);
    else if (event.key === '-' || event.key === '_') this.view.zoom(0.5);
    else return;
    event.preventDefault();
  };
}
