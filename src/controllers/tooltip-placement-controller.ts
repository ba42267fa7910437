/**
 * Puts the chart's tooltip on the screen. The tooltip is a popover, in the top layer, so that no
 * container of the page (an article column with `overflow: hidden`, a card) clips it: after each
 * update it is shown and placed below its point, or above it when the screen has no room below,
 * and never past the screen's edges. It follows its point while the page scrolls. Where the
 * Popover API is missing, it stays inside the chart, as a plain positioned box.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Room kept between a tooltip and the screen's edges, px. */
const MARGIN_PX = 8;

export class TooltipPlacementController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly chart: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  private readonly place = () => {
    const chart = this.chart();
    const tooltip = chart?.querySelector<HTMLElement>('[part="tooltip"]');
    if (!chart || !tooltip) return;
    const x = Number(tooltip.dataset.x);
    const top = Number(tooltip.dataset.top);
    const below = Number(tooltip.dataset.below);
    if (typeof tooltip.showPopover !== 'function') {
      tooltip.style.position = 'absolute';
      tooltip.style.left = `${Math.max(MARGIN_PX, Math.min(x - 120, chart.clientWidth - tooltip.offsetWidth - MARGIN_PX))}px`;
      tooltip.style.top = `${top + below}px`;
      return;
    }
    if (!tooltip.matches(':popover-open')) tooltip.showPopover();
    const box = chart.getBoundingClientRect();
    const {offsetWidth: width, offsetHeight: height} = tooltip;
    const screenWidth = document.documentElement.clientWidth;
    const screenHeight = window.innerHeight;
    const left = Math.max(MARGIN_PX, Math.min(box.left + x - Math.min(120, width / 2), screenWidth - width - MARGIN_PX));
    let y = box.top + top + below;
    if (y + height > screenHeight - MARGIN_PX) y = box.top + top - height - 6;
    y = Math.max(MARGIN_PX, Math.min(y, screenHeight - height - MARGIN_PX));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${y}px`;
  };

  hostConnected(): void {
    addEventListener('scroll', this.place, {capture: true, passive: true});
    addEventListener('resize', this.place, {passive: true});
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.place, {capture: true});
    removeEventListener('resize', this.place);
  }

  hostUpdated(): void {
    this.place();
  }
}
