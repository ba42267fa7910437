/**
 * What the pointer does, as a good citizen of an article page (the "cooperative gestures" of
 * embedded maps): the wheel scrolls the page, unless Ctrl or ⌘ is held (a trackpad pinch arrives
 * so too) or the chart has focus, when it zooms; a sideways wheel pans; a wheel that scrolls the
 * page over the chart shows for a moment how to zoom. A drag pans, two fingers pinch-zoom, and on
 * touch a vertical swipe scrolls the page (`touch-action: pan-y`); a double click zooms in; a press
 * that does not drag is a tap, which selects an item or zooms into a cluster; hovering shows a
 * tooltip. Its code loads with the first frame, before a reader can reach for the chart.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {pan, zoomAround} from '../layout/time-axis.js';
import type {TimelineItem} from '../layout/presentation.js';
import {bandUnder, clusterUnder, isBandPath, isClusterPath, isSharedPath, itemElementOf} from './chart-targets.js';
import type {SelectionController} from './selection-controller.js';
import type {ViewController} from './view-controller.js';

/** Pointer travel, px, under which a press counts as a tap, not a drag. */
const TAP_SLOP_PX = 3;

/** How long the hint on zooming stays after the last wheel step that scrolled the page, ms. */
const HINT_MS = 1500;

/** Whether an event is on the tooltip, which is drawn in the chart's tree but over the page. */
const onTooltip = (event: Event) => event.composedPath().some((node) => node instanceof Element && node.getAttribute('part') === 'tooltip');

/** The key that, held, makes the wheel zoom: ⌘ on Apple's systems, Ctrl elsewhere. */
const zoomKey = () => (/Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '') ? '⌘' : 'Ctrl');

export interface GestureHostBindings {
  findItem(id: string | null | undefined): TimelineItem | null;
  /** The chart's box, which tooltips are placed in. */
  chart(): HTMLElement | null;
}

interface PointerState {
  x: number;
  y: number;
}

export class GestureController implements ReactiveController {
  /** Whether a drag is under way (the chart shows a grabbing cursor). */
  dragging = false;
  /** The key to hold to zoom with the wheel, while the hint saying so shows; null otherwise. */
  hintKey: string | null = null;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private pointers = new Map<number, PointerState>();
  private gesture: {domain: [number, number]; x: number; distance?: number; moved: boolean} | null = null;
  /** What the pointer went down on; pointer capture hides it from the pointerup that follows. */
  private pressedTarget: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: ViewController,
    private readonly selection: SelectionController,
    private readonly bind: GestureHostBindings,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pointers.clear();
    this.gesture = null;
    clearTimeout(this.hintTimer);
    this.hintKey = null;
  }

  private showHint(): void {
    clearTimeout(this.hintTimer);
    if (this.hintKey === null) {
      this.hintKey = zoomKey();
      this.host.requestUpdate();
    }
    this.hintTimer = setTimeout(() => {
      this.hintKey = null;
      this.host.requestUpdate();
    }, HINT_MS);
  }

  /** Whether a drag has moved the view since the button went down. */
  get moving(): boolean {
    return this.gesture?.moved ?? false;
  }

  readonly onWheel = (event: WheelEvent): void => {
    const domain = this.view.domain;
    if (!domain) return;
    const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    const focused = this.bind.chart()?.matches(':focus') ?? false;
    if (!sideways && !focused && !event.ctrlKey && !event.metaKey) {
      // The page scrolls on, as over any other figure in an article.
      this.showHint();
      return;
    }
    event.preventDefault();
    if (sideways) {
      this.view.setView(pan(domain, event.deltaX * this.view.msPerPx(domain) * (this.view.rtl ? -1 : 1)));
      return;
    }
    // Pixel and line deltas differ by about 30×; trackpad pinches arrive as ctrl+wheel.
    const delta = event.deltaMode === 1 ? event.deltaY * 30 : event.deltaY;
    const factor = Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.002));
    this.view.setView(zoomAround(domain, factor, this.view.timeAt(event.clientX, domain)));
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    // A press on the tooltip is for its text (to select it), not a drag of the chart.
    if (event.button !== 0 || !this.view.domain || onTooltip(event)) return;
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
    this.gesture = {domain: [...this.view.domain!], x, distance, moved: this.gesture?.moved ?? false};
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    const pointer = this.pointers.get(event.pointerId);
    if (!pointer || !this.gesture) {
      this.onHover(event);
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
    let next = pan(domain, (x - startX) * this.view.msPerPx(domain) * (this.view.rtl ? 1 : -1));
    if (points.length >= 2 && distance && distance > 10) {
      const now = Math.abs(points[0].x - points[1].x);
      this.gesture.moved = true;
      next = zoomAround(next, now / distance, this.view.timeAt(x, next));
    }
    if (this.gesture.moved) this.view.setView(next);
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
    if (!moved && event.type === 'pointerup') this.tapped(event, target);
  };

  readonly onDoubleClick = (event: MouseEvent): void => {
    const domain = this.view.domain;
    if (domain) this.view.setView(zoomAround(domain, 2, this.view.timeAt(event.clientX, domain)));
  };

  /** A tap that did not drag: select what is under it, or zoom into a cluster. */
  private tapped(event: PointerEvent, target: Element | null): void {
    if (!target) {
      this.selection.clearHover();
      return;
    }
    if (isClusterPath(target)) {
      const under = clusterUnder(target, event.clientX, event.clientY);
      if (under) this.view.zoomToSpan(under.cluster.earliest, under.cluster.latest);
      return;
    }
    const id = isBandPath(target) ? (bandUnder(target, event.clientX, event.clientY)?.alert.id ?? null) : target.getAttribute('data-id');
    if (id === null) {
      this.selection.clearHover();
      return;
    }
    this.selection.setFocused(id);
    this.selection.select(this.bind.findItem(id));
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    // The pointer may move onto the tooltip and stay there to read it (WCAG 1.4.13).
    if (this.moving || onTooltip(event)) return;
    const target = itemElementOf(event);
    const chart = this.bind.chart();
    if (!target || !chart) {
      this.selection.clearHover();
      return;
    }
    const rect = chart.getBoundingClientRect();
    if (isClusterPath(target)) {
      // One path draws a lane's clusters: which one is under the pointer depends on where it is.
      const under = clusterUnder(target, event.clientX, event.clientY);
      if (!under) this.selection.clearHover();
      else if (this.selection.hovered?.cluster !== under.cluster) {
        const {cluster, lane} = under;
        this.selection.setHovered({
          id: `cluster:${lane}:${cluster.first}:${cluster.last}`,
          x: under.x - rect.left,
          y: under.top - rect.top,
          cluster,
          lane,
        });
      }
      return;
    }
    if (isBandPath(target)) {
      const under = bandUnder(target, event.clientX, event.clientY);
      if (!under) this.selection.clearHover();
      else if (this.selection.hovered?.id !== under.alert.id) {
        this.selection.setHovered({id: under.alert.id, x: under.x - rect.left, y: under.top - rect.top});
      }
      return;
    }
    const box = target.getBoundingClientRect();
    this.selection.setHovered({id: target.getAttribute('data-id')!, x: box.left + box.width / 2 - rect.left, y: box.top - rect.top});
  };

  /** Moving from one cluster or band to its neighbour stays on the same path: no pointerover says so. */
  private onHover(event: PointerEvent): void {
    if (isSharedPath(event.composedPath()[0])) this.onPointerOver(event);
  }

  readonly onPointerLeave = (): void => {
    this.selection.clearHover();
  };
}
