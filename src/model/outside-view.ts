/**
 * The incidents a view leaves out on either side: how many the chart shows before and after the
 * window, and the nearest of each, which a reader can bring into view. By best time, found by
 * binary search, since a zoom or pan step asks again. Pure, no DOM.
 */
import type {TimelineModel} from './timeline-model.js';

export interface OutsideView {
  earlier: number;
  later: number;
  /** Best time of the last incident before the window, and of the first after it. */
  nearestEarlier?: number;
  nearestLater?: number;
}

/** Index of the first incident whose best time is at or after `time` (incidents are in time order). */
function firstAtOrAfter(model: TimelineModel, time: number): number {
  let [low, high] = [0, model.incidents.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (model.incidents[middle].time.best < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function outsideView(model: TimelineModel, [start, end]: readonly [number, number]): OutsideView {
  const {incidents} = model;
  const earlier = firstAtOrAfter(model, start);
  const afterEnd = firstAtOrAfter(model, end + 1);
  const outside: OutsideView = {earlier, later: incidents.length - afterEnd};
  if (earlier > 0) outside.nearestEarlier = incidents[earlier - 1].time.best;
  if (afterEnd < incidents.length) outside.nearestLater = incidents[afterEnd].time.best;
  return outside;
}
