/**
 * The overview strip's scale: the whole feed across the plot's width, time running right to left
 * in right-to-left text. Apart from the strip's drawing, since the element needs it on first load
 * (the brush's gestures map through it) and the drawing comes later. Pure, no DOM.
 */
export interface OverviewScale {
  x(time: number): number;
  time(x: number): number;
  left: number;
  right: number;
}

export function overviewScale(bounds: readonly [number, number], left: number, right: number, rtl: boolean): OverviewScale {
  const [from, to] = bounds;
  const span = Math.max(1, to - from);
  const width = Math.max(1, right - left);
  return {
    left,
    right,
    x: (time) => (rtl ? right - ((time - from) / span) * width : left + ((time - from) / span) * width),
    time: (x) => from + ((rtl ? right - x : x - left) / width) * span,
  };
}
