/**
 * Where alert windows are drawn, and how many of them as elements. A band is a stripe in the
 * rows above the lanes and a fill over each run of lanes it covers. A few bands in view are an
 * element each; many (an archive of hundreds of windows, zoomed out) are a fill path and a stripe
 * path per level, as clusters are a few paths per lane: as elements, moving them would cost most
 * of a zoom step, and the drawing would grow with the feed. The reader sees the same bands either
 * way; a pointer finds the band under it from their boxes (`bandAt` in `band-hits.ts`). Pure.
 * How many are drawn alone is `MAX_BANDS_DRAWN_ALONE` in `chart-frame.ts`, which the first frame needs.
 */

/** Corner radius of a stripe, px. */
export const STRIPE_CORNER_PX = 3;

/** A band's place in the chart, px: its stripe, and the fills over the runs of lanes it covers. */
export interface BandBox {
  /** Left and right edges, within the plot. */
  x0: number;
  x1: number;
  /** Top and height of the stripe. */
  stripeTop: number;
  stripeHeight: number;
  /** Top and height of each fill, top first. */
  fills: ReadonlyArray<readonly [top: number, height: number]>;
}

/** Path data of a rectangle with corners rounded to `radius` (less where it is narrower than two of them). */
export function roundedRectPath(x: number, y: number, width: number, height: number, radius: number): string {
  const r = round(Math.max(0, Math.min(radius, width / 2, height / 2)));
  const [w, h] = [round(width - 2 * r), round(height - 2 * r)];
  const arc = (dx: number, dy: number) => (r ? `a${r},${r} 0 0 1 ${dx},${dy}` : '');
  return `M${round(x + r)},${round(y)}h${w}${arc(r, r)}v${h}${arc(-r, r)}h${-w}${arc(-r, -r)}v${-h}${arc(r, -r)}z`;
}

/** Path data of a band's fills, and of its stripe (its corners rounded as a stripe drawn alone is). */
export function bandPaths(box: BandBox): {fills: string; stripe: string} {
  const width = box.x1 - box.x0;
  let fills = '';
  for (const [top, height] of box.fills) fills += roundedRectPath(box.x0, top, width, height, 0);
  return {fills, stripe: roundedRectPath(box.x0, box.stripeTop, width, box.stripeHeight, STRIPE_CORNER_PX)};
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
