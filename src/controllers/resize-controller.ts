/**
 * The host's size, and the sizes its styles set that drawing depends on (lane height, font
 * size), measured before the first drawing and again whenever the host is resized.
 */
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
  /** Distance between the centres of two digits of a cluster's count, from the font size. */
  countDigitPx = 5;

  private observer?: ResizeObserver;
  private measured = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0].contentRect.width);
      if (width === this.width) return;
      // Redraw in the next frame: redrawing inside the callback changes the observed size again.
      requestAnimationFrame(() => {
        this.readStyles();
        this.width = width;
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
    // Counts follow the font size: digits about 0.4em tall, their centres 0.36em apart.
    this.countDigitPx = Number.isFinite(fontPx) && fontPx > 0 ? fontPx * 0.36 : 5;
  }
}
