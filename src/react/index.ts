/**
 * `<SecurityTimeline>` for React, made with `@lit/react`: every property is set as a property
 * (a `feed` object never becomes an "[object Object]" attribute), and the element's events are
 * React props: `onStSelect`, `onStLoad`, `onStError`, `onStRangeChange`, `onStFilterChange`.
 *
 * This module does not define `<security-timeline>`: a page may load the element later (the
 * drop-in bundle, a dynamic import). Properties set before it is defined are kept and applied
 * when it is. Import `security-timeline` (or load the bundle) to define it.
 *
 * ```tsx
 * import * as React from 'react';
 * import {SecurityTimeline} from 'security-timeline/react';
 * import 'security-timeline';
 *
 * <SecurityTimeline feed={feed} groupBy="location" onStSelect={(event) => console.log(event.detail.id)} />
 * ```
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {SecurityTimeline as SecurityTimelineElement} from '../elements/security-timeline/security-timeline.component.js';
import type {TimelineFilterDetail, TimelineLoadDetail, TimelineRangeDetail, TimelineSelectDetail} from '../elements/security-timeline/events.js';
import type {FeedLoadErrorDetail} from '../feed/load.js';

// The class makes its properties' accessors when it is finalized, which defining it does; the
// wrapper tells properties from attributes by those accessors, so it finalizes the class now.
void SecurityTimelineElement.observedAttributes;

export const SecurityTimeline = createComponent({
  tagName: 'security-timeline',
  elementClass: SecurityTimelineElement,
  react: React,
  events: {
    onStLoad: 'st-load' as EventName<CustomEvent<TimelineLoadDetail>>,
    onStError: 'st-error' as EventName<CustomEvent<FeedLoadErrorDetail>>,
    onStSelect: 'st-select' as EventName<CustomEvent<TimelineSelectDetail>>,
    onStRangeChange: 'st-range-change' as EventName<CustomEvent<TimelineRangeDetail>>,
    onStFilterChange: 'st-filter-change' as EventName<CustomEvent<TimelineFilterDetail>>,
  },
});
