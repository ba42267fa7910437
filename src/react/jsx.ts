/**
 * JSX types for `<security-timeline>` in React 19, for pages that use the tag itself rather than
 * the wrapper: `import type {} from 'security-timeline/react/jsx';` once in the app.
 *
 * React 19 sets a prop as a property when the element is already defined, and as an attribute
 * when it is not yet: define the element before React first renders it (import
 * `security-timeline` at the top of the app), or use the wrapper (`security-timeline/react`),
 * which always sets properties. Events are props named `on` and the event: `onst-select`.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {SecurityTimeline} from '../elements/security-timeline/security-timeline.component.js';
import type {TimelineFilterDetail, TimelineLoadDetail, TimelineRangeDetail, TimelineSelectDetail} from '../elements/security-timeline/events.js';
import type {FeedLoadErrorDetail} from '../feed/load.js';
import type {Messages} from '../i18n/messages.js';

/** The element's attributes and properties, and its events, as JSX props. */
export interface SecurityTimelineJsxProps extends DetailedHTMLProps<HTMLAttributes<SecurityTimeline>, SecurityTimeline> {
  src?: string;
  feed?: unknown;
  locale?: string;
  calendar?: string;
  messages?: Messages;
  'time-zone'?: string;
  theme?: 'light' | 'dark' | 'auto';
  start?: string;
  end?: string;
  'group-by'?: 'none' | 'location' | 'admin2' | 'admin1' | 'country' | 'actor' | 'category';
  selected?: string;
  categories?: string;
  statuses?: string;
  'min-level'?: string;
  lanes?: string;
  actors?: string;
  'size-by'?: 'severity' | 'fatalities' | 'none';
  'no-legend'?: boolean;
  'show-table'?: boolean;
  timeout?: number;
  'max-bytes'?: number;
  refresh?: number;
  'max-lanes'?: number;
  label?: string;
  'onst-load'?: (event: CustomEvent<TimelineLoadDetail>) => void;
  'onst-error'?: (event: CustomEvent<FeedLoadErrorDetail>) => void;
  'onst-select'?: (event: CustomEvent<TimelineSelectDetail>) => void;
  'onst-range-change'?: (event: CustomEvent<TimelineRangeDetail>) => void;
  'onst-filter-change'?: (event: CustomEvent<TimelineFilterDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'security-timeline': SecurityTimelineJsxProps;
    }
  }
}
