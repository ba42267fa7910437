/** The events `<security-timeline>` emits, and their details. */
import type {Feed, FeedProblem, IncidentStatus} from '../../feed/types.js';
import type {TimelineItem} from '../../layout/presentation.js';

/** Detail of `st-select`. */
export interface TimelineSelectDetail {
  /** Id of the selected alert or incident, or null when the selection was cleared. */
  id: string | null;
  /** The selected item, normalised. */
  item: TimelineItem | null;
}

/** Detail of `st-range-change`. */
export interface TimelineRangeDetail {
  /** Visible window, epoch ms. */
  start: number;
  end: number;
}

/** Detail of `st-load`. */
export interface TimelineLoadDetail {
  feed: Feed;
  /** Problems found in the feed; the items they name were left out or corrected as stated. */
  problems: FeedProblem[];
}

/** Detail of `st-filter-change`. */
export interface TimelineFilterDetail {
  categories: string[];
  statuses: IncidentStatus[];
  minLevel: string | null;
  /** Labels of the lanes shown; empty when all are. */
  lanes: string[];
}

/** Every event of the element bubbles out of shadow roots, so a host page can listen anywhere. */
export function timelineEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, {detail, bubbles: true, composed: true});
}
