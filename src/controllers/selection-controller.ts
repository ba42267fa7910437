/**
 * Hover and selection: what the pointer is over (a marker, band or cluster, for the tooltip),
 * what a tap does (select an item, zoom into a cluster, clear the tooltip), and the selected
 * item, which lives in the host's `selected`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {MarkerCluster} from '../layout/clusters.js';
import type {TimelineItem} from '../layout/presentation.js';
import {clusterUnder, isClusterPath, itemElementOf} from './chart-targets.js';

/** What the pointer is over, and where its tooltip goes (px from the chart's top left). */
export interface Hovered {
  /** The item's id; for a cluster, an id made from its first and last marker. */
  id: string;
  x: number;
  y: number;
  cluster?: MarkerCluster;
  /** The lane of a hovered cluster. */
  lane?: number;
}

export interface SelectionHostBindings {
  findItem(id: string | null | undefined): TimelineItem | null;
  /** The host's `selected`, and a writer for it. */
  selected(): string | undefined;
  writeSelected(id: string | undefined): void;
  /** A reader selected an item or cleared the selection. */
  selectionChanged(item: TimelineItem | null): void;
  /** The chart's box, which tooltips are placed in. */
  chart(): HTMLElement | null;
  /** Whether a drag is moving the view: no tooltips meanwhile. */
  moving(): boolean;
  /** A tap on a cluster shows its span. */
  zoomToSpan(earliest: number, latest: number): void;
  /** A tap on an item also moves keyboard focus to it. */
  focus(id: string | null): void;
}

export class SelectionController implements ReactiveController {
  hovered: Hovered | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly bind: SelectionHostBindings,
  ) {
    host.addController(this);
  }

  /** A tooltip left from before the host was moved or removed: no pointerleave will clear it. */
  hostDisconnected(): void {
    this.hovered = null;
  }

  /** Id of the selected item, if any. */
  get selected(): string | undefined {
    return this.bind.selected();
  }

  /** Selects an item (a reader's action), or clears the selection with null. */
  select(item: TimelineItem | null): void {
    const id = item?.id ?? null;
    if ((this.bind.selected() ?? null) === id) return;
    this.bind.writeSelected(id ?? undefined);
    this.bind.selectionChanged(item);
  }

  /** Hides the tooltip; says whether there was one. */
  clearHover(): boolean {
    if (!this.hovered) return false;
    this.setHovered(null);
    return true;
  }

  private setHovered(hovered: Hovered | null): void {
    this.hovered = hovered;
    this.host.requestUpdate();
  }

  /** A tap that did not drag: select what is under it, or zoom into a cluster. */
  tapped(event: PointerEvent, target: Element | null): void {
    if (!target) {
      this.clearHover();
      return;
    }
    if (isClusterPath(target)) {
      const under = clusterUnder(target, event.clientX, event.clientY);
      if (under) this.bind.zoomToSpan(under.cluster.earliest, under.cluster.latest);
      return;
    }
    const id = target.getAttribute('data-id');
    this.bind.focus(id);
    this.select(this.bind.findItem(id));
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    if (this.bind.moving()) return;
    const target = itemElementOf(event);
    const chart = this.bind.chart();
    if (!target || !chart) {
      this.clearHover();
      return;
    }
    const rect = chart.getBoundingClientRect();
    if (isClusterPath(target)) {
      // One path draws a lane's clusters: which one is under the pointer depends on where it is.
      const under = clusterUnder(target, event.clientX, event.clientY);
      if (!under) this.clearHover();
      else if (this.hovered?.cluster !== under.cluster) {
        const {cluster, lane} = under;
        this.setHovered({id: `cluster:${lane}:${cluster.first}:${cluster.last}`, x: under.x - rect.left, y: under.top - rect.top, cluster, lane});
      }
      return;
    }
    const box = target.getBoundingClientRect();
    this.setHovered({id: target.getAttribute('data-id')!, x: box.left + box.width / 2 - rect.left, y: box.top - rect.top});
  };

  /** Moving from one cluster to its neighbour stays on the same path: no pointerover says so. */
  readonly onPointerMove = (event: PointerEvent): void => {
    if (isClusterPath(event.composedPath()[0])) this.onPointerOver(event);
  };

  readonly onPointerLeave = (): void => {
    this.clearHover();
  };
}
