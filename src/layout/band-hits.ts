/**
 * Which band a point is on, among bands drawn as a few paths (see `band-shapes.ts`). Apart from
 * their shapes, as it goes with the chart's pointer gestures rather than with the drawing. Pure.
 */
import type {BandBox} from './band-shapes.js';

/**
 * The band under a point (px, in the chart's coordinates), or -1: of `boxes` in the order they
 * are drawn, the last whose stripe or fill holds the point, as that one is drawn on top.
 */
export function bandAt(boxes: readonly BandBox[], x: number, y: number): number {
  for (let index = boxes.length - 1; index >= 0; index--) {
    const box = boxes[index];
    if (x < box.x0 || x > box.x1) continue;
    if (y >= box.stripeTop && y <= box.stripeTop + box.stripeHeight) return index;
    if (box.fills.some(([top, height]) => y >= top && y <= top + height)) return index;
  }
  return -1;
}
