/**
 * The stripe rows of alert windows: overlapping windows get rows of their own so each stays
 * visible. Pure, no DOM.
 */
import type {TimelineModel} from './timeline-model.js';
import {sameZoomLevel} from '../layout/chart-frame.js';
import {packIntervals, type Packing} from '../layout/lanes.js';

/**
 * Stripe rows of all of a model's alerts at a zoom level, kept until the model or the level
 * changes. Packed over every alert, not only those in view, so that a pan neither moves a band
 * to another row nor changes the chart's height.
 */
export function alertRowCache(): (model: TimelineModel, msPerPx: number) => Packing {
  let cached: {model: TimelineModel; msPerPx: number; packing: Packing} | undefined;
  return (model, msPerPx) => {
    if (cached?.model !== model || !sameZoomLevel(msPerPx, cached.msPerPx)) {
      // Positions in px from a fixed origin: the same at every pan.
      const packing = packIntervals(model.alerts, (time) => (time - model.bounds[0]) / msPerPx, {gapPx: 2});
      cached = {model, msPerPx, packing};
    }
    return cached.packing;
  };
}
