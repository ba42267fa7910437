import {SecurityTimeline} from './security-timeline.component.js';

export {SecurityTimeline};
export type {
  TimelineFilterDetail,
  TimelineLoadDetail,
  TimelineRangeDetail,
  TimelineSelectDetail,
} from './security-timeline.component.js';

// A page may load two copies of the bundle; the second must not throw.
if (!customElements.get('security-timeline')) customElements.define('security-timeline', SecurityTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'security-timeline': SecurityTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'st-load': CustomEvent<import('./security-timeline.component.js').TimelineLoadDetail>;
    'st-error': CustomEvent<import('../feed/load.js').FeedLoadErrorDetail>;
    'st-select': CustomEvent<import('./security-timeline.component.js').TimelineSelectDetail>;
    'st-range-change': CustomEvent<import('./security-timeline.component.js').TimelineRangeDetail>;
    'st-filter-change': CustomEvent<import('./security-timeline.component.js').TimelineFilterDetail>;
  }
}
