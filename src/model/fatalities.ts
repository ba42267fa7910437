/**
 * Deaths summed over runs of a lane's incidents, for clusters sized and described by them: each
 * lane's best, low and high estimates as running totals, so that a cluster's sum costs two reads
 * whatever its size. Pure, no DOM.
 */
import type {Fatalities} from '../feed/types.js';
import type {TimelineModel} from './timeline-model.js';

interface LaneTotals {
  /** Running totals: `best[i]` is the sum over the lane's first `i` incidents. */
  best: Float64Array;
  low: Float64Array;
  high: Float64Array;
  /** Running count of incidents whose deaths the feed gives. */
  known: Uint32Array;
}

const totalsOf = new WeakMap<TimelineModel, LaneTotals[]>();

function laneTotals(model: TimelineModel): LaneTotals[] {
  let totals = totalsOf.get(model);
  if (totals) return totals;
  totals = model.lanes.map(({incidentIndices}) => {
    const n = incidentIndices.length;
    const lane: LaneTotals = {
      best: new Float64Array(n + 1),
      low: new Float64Array(n + 1),
      high: new Float64Array(n + 1),
      known: new Uint32Array(n + 1),
    };
    for (let i = 0; i < n; i++) {
      const deaths = model.incidents[incidentIndices[i]].fatalities;
      lane.best[i + 1] = lane.best[i] + (deaths?.best ?? 0);
      lane.low[i + 1] = lane.low[i] + (deaths ? (deaths.low ?? deaths.best) : 0);
      lane.high[i + 1] = lane.high[i] + (deaths ? (deaths.high ?? deaths.best) : 0);
      lane.known[i + 1] = lane.known[i] + (deaths ? 1 : 0);
    }
    return lane;
  });
  totalsOf.set(model, totals);
  return totals;
}

/**
 * The deaths of a lane's incidents `first` to `last` (inclusive, in lane order): the sums of the
 * best, low and high estimates (an incident with no range counts its best in both), or undefined
 * when the feed gives deaths for none of them.
 */
export function deathsOf(model: TimelineModel, lane: number, first: number, last: number): Fatalities | undefined {
  const totals = laneTotals(model)[lane];
  if (!totals || totals.known[last + 1] === totals.known[first]) return undefined;
  const sum = (list: Float64Array) => list[last + 1] - list[first];
  const best = sum(totals.best);
  const low = sum(totals.low);
  const high = sum(totals.high);
  return low === best && high === best ? {best} : {best, low, high};
}
