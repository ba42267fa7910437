import {SecurityTimeline} from './security-timeline.component.js';
import {SecurityTimelineAlert, SecurityTimelineIncident} from '../timeline-items.js';

export {SecurityTimeline, SecurityTimelineAlert, SecurityTimelineIncident};
export type {TimelineFilterDetail, TimelineLoadDetail, TimelineRangeDetail, TimelineSelectDetail} from './security-timeline.component.js';

// A page may load two copies of the bundle; the second must not throw. One call per element,
// written out, so the manifest analyzer sees which tag each class is defined as.
if (!customElements.get('security-timeline')) customElements.define('security-timeline', SecurityTimeline);
if (!customElements.get('security-timeline-alert')) customElements.define('security-timeline-alert', SecurityTimelineAlert);
if (!customElements.get('security-timeline-incident')) customElements.define('security-timeline-incident', SecurityTimelineIncident);

declare global {
  interface HTMLElementTagNameMap {
    'security-timeline': SecurityTimeline;
    'security-timeline-alert': SecurityTimelineAlert;
    'security-timeline-incident': SecurityTimelineIncident;
  }
  interface GlobalEventHandlersEventMap {
    'st-load': CustomEvent<import('./security-timeline.component.js').TimelineLoadDetail>;
    'st-error': CustomEvent<import('../../feed/load.js').FeedLoadErrorDetail>;
    'st-select': CustomEvent<import('./security-timeline.component.js').TimelineSelectDetail>;
    'st-range-change': CustomEvent<import('./security-timeline.component.js').TimelineRangeDetail>;
    'st-filter-change': CustomEvent<import('./security-timeline.component.js').TimelineFilterDetail>;
  }
}
