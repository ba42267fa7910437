/**
 * How wide text is drawn in the element's own font, for its lane labels: a label is cut short
 * only when it does not fit its room, rather than after a count of characters that must allow
 * for the widest of fonts ("Federally Adminis…" where "Federally Administered Tribal Areas" fit).
 *
 * Measured on a canvas, each text once; the element's font is read once per width of the element
 * (a change of the page's font size changes its layout too), and everything is measured again once
 * the page's web fonts have loaded.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The width in px of `text` drawn at `em` of the element's font size, in `weight`. */
export type LabelWidth = (text: string, em: number, weight: number) => number;

/** Texts measured before the cache starts again. */
const MAX_KNOWN = 4_000;

export class LabelWidths implements ReactiveController {
  private context: CanvasRenderingContext2D | null | undefined;
  private readonly known = new Map<string, number>();
  private family = '';
  private fontPx = 0;
  private readAt = -1;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts?.addEventListener?.('loadingdone', this.remeasure);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener?.('loadingdone', this.remeasure);
  }

  private readonly remeasure = () => {
    this.known.clear();
    this.readAt = -1;
    this.host.requestUpdate();
  };

  /** Widths for an element `width` px wide; undefined where a canvas cannot measure them. */
  widthsAt(width: number): LabelWidth | undefined {
    this.context ??= document.createElement('canvas').getContext('2d');
    const context = this.context;
    if (!context) return undefined;
    if (this.readAt !== width) {
      const style = getComputedStyle(this.host);
      [this.family, this.fontPx, this.readAt] = [style.fontFamily, parseFloat(style.fontSize), width];
    }
    const {family, fontPx} = this;
    // No size to measure at (no style yet): the count of characters serves.
    if (!(fontPx > 0)) return undefined;
    return (text, em, weight) => {
      const font = `${weight} ${Math.round(fontPx * em * 100) / 100}px ${family}`;
      const key = `${font}\n${text}`;
      let measured = this.known.get(key);
      if (measured === undefined) {
        context.font = '10px sans-serif';
        context.font = font;
        // A font the canvas does not take leaves its own: a count of characters serves then.
        measured = context.font === '10px sans-serif' ? Array.from(text).length * fontPx * em * 0.62 : context.measureText(text).width;
        if (this.known.size >= MAX_KNOWN) this.known.clear();
        this.known.set(key, measured);
      }
      return measured;
    };
  }
}
