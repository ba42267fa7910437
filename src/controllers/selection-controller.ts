/**
 * Hover, focus and selection: what the pointer is over (a marker, band or cluster, for the
 * tooltip), the item keyboard focus is on, and the selected item, which lives in the host's
 * `selected`. What the pointer does to them is `GestureController`'s.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {MarkerCluster} from '../layout/clusters.js';
import type {TimelineItem} from '../layout/presentation.js';

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
}

export class SelectionController implements ReactiveController {
  hovered: Hovered | null = null;
  /** Id of the item keyboard focus is on, if any. */
  focusedId: string | null = null;
  /** The reader dismissed the tooltip (Escape): it stays hidden until focus or the pointer moves to another item. */
  tooltipDismissed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly bind: SelectionHostBindings,
  ) {
    host.addController(this);
  }

  /** A tooltip left from before the host was moved or removed: no pointerleave will clear it. */
  hostDisconnected(): void {
    this.hovered = null;
    this.watchEscape(false);
  }

  /** Escape hides a hover tooltip wherever focus is, without moving the pointer (WCAG 1.4.13). */
  private readonly onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.hovered) this.dismissTooltip();
  };

  private watchingEscape = false;

  private watchEscape(on: boolean) {
    if (on === this.watchingEscape) return;
    this.watchingEscape = on;
    if (on) document.addEventListener('keydown', this.onEscape);
    else document.removeEventListener('keydown', this.onEscape);
  }

  /** Hides the tooltip shown (of the hovered or the focused item); says whether one was shown. */
  dismissTooltip(): boolean {
    if (this.tooltipDismissed || (!this.hovered && !this.focusedId)) return false;
    this.tooltipDismissed = true;
    this.host.requestUpdate();
    return true;
  }

  /** Moves focus to an item, without announcing it (a tap announces the selection instead). */
  setFocused(id: string | null): void {
    if (id !== this.focusedId) this.tooltipDismissed = false;
    this.focusedId = id;
    this.host.requestUpdate();
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

  /** Shows the tooltip of what the pointer is over, or none. */
  setHovered(hovered: Hovered | null): void {
    if (hovered?.id !== this.hovered?.id) this.tooltipDismissed = false;
    this.hovered = hovered;
    this.watchEscape(hovered !== null);
    this.host.requestUpdate();
  }
}
