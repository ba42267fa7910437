/**
 * The host's size, and the sizes its styles set that drawing depends on (lane height, font
 * size), measured before the first drawing and again whenever the host is resized.
 */
import {COUNT_ADVANCE_EM} from '../layout/cluster-paths.js';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {DEFAULT_LANE_HEIGHT} from '../layout/chart-frame.js';

/** The smallest lane that still holds a marker and its hit area. */
const MIN_LANE_HEIGHT = 24;
/** The font size the default lane height is given at, px. */
const DEFAULT_FONT_PX = 14;

export class ResizeController implements ReactiveController {
  /** Width of the host's content box, whole px; 0 until measured. */
  width = 0;
  /** Height of one lane, from `--st-lane-height`. */
  laneHeight = DEFAULT_LANE_HEIGHT;
  /** Font size of clusters' counts, px: 0.8 of the element's. */
  countFontPx = 11.2;
  /** Distance between the centres of two glyphs of a cluster's count (one monospace slot). */
  countDigitPx = 11.2 * COUNT_ADVANCE_EM;

  private observer?: ResizeObserver;
  private measured = false;
  private observedWidth = 0;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      this.observedWidth = Math.floor(entries[0].contentRect.width);
      if (this.frame) return;
      // Redraw in the next frame: redrawing inside the callback changes the observed size again.
      // The frame takes the last width observed by then, so an early size seen while the page was
      // still being laid out never outlives a later one.
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.observedWidth === this.width) return;
        this.readStyles();
        this.width = this.observedWidth;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  /** Measured once before the first drawing, so that it already has the right size. */
  hostUpdate(): void {
    if (this.measured) return;
    this.measured = true;
    this.readStyles();
    this.width = Math.floor(this.host.getBoundingClientRect().width);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Read when the element is sized, not on every frame: reading computed styles forces a style pass. */
  private readStyles(): void {
    const style = getComputedStyle(this.host);
    const fontPx = parseFloat(style.fontSize);
    const em = Number.isFinite(fontPx) && fontPx > 0 ? fontPx : DEFAULT_FONT_PX;
    // The lane height in px or em; by default it grows with the font (44 px at 14 px).
    const set = style.getPropertyValue('--st-lane-height').trim();
    const value = parseFloat(set) * (set.endsWith('em') ? em : 1);
    const lane = Number.isFinite(value) && set !== '' ? value : Math.round((em * DEFAULT_LANE_HEIGHT) / DEFAULT_FONT_PX);
    this.laneHeight = Math.max(MIN_LANE_HEIGHT, lane);
    // Counts follow the font size.
    this.countFontPx = Math.round(em * 0.8 * 10) / 10;
    this.countDigitPx = this.countFontPx * COUNT_ADVANCE_EM;
  }
}
