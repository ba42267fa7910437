import {LitElement, css, nothing} from 'lit';

/** What the markup items share: they hold data for their parent and draw nothing. */
class MarkupItem extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  protected override render() {
    return nothing;
  }
}

/**
 * An alert window written as markup inside `<security-timeline>`, for authors without a feed
 * file. Its text is the title. It is validated exactly as an alert of a JSON feed
 * (`/alerts/N` in problems is the N-th `<security-timeline-alert>`, counting from 0).
 *
 * @summary One alert window, as markup.
 * @slot - The alert's title.
 */
export class SecurityTimelineAlert extends MarkupItem {
  // Reactive properties: what each one's attribute is called and whether it is reflected.
  static override properties = {
    start: {reflect: true},
    end: {reflect: true},
    level: {reflect: true},
    areas: {reflect: true},
    measures: {reflect: true},
    description: {reflect: true},
  };

  /** First day (or instant) under the alert, ISO 8601. */
  start?: string;

  /** Last day under the alert (inclusive), ISO 8601. */
  end?: string;

  /** Level id on the feed's scale: `low`, `elevated`, `high` or `highest` by default. */
  level?: string;

  /** Places covered, comma-separated. Absent: the whole region. */
  areas?: string;

  /** Measures taken, comma-separated. */
  measures?: string;

  /** Longer text. */
  description?: string;
}

/**
 * An incident written as markup inside `<security-timeline>`. Its text is the title. It is
 * validated exactly as an incident of a JSON feed (`/incidents/N` in problems is the N-th
 * `<security-timeline-incident>`, counting from 0).
 *
 * @summary One incident, as markup.
 * @slot - The incident's title.
 */
export class SecurityTimelineIncident extends MarkupItem {
  // Reactive properties: what each one's attribute is called and whether it is reflected.
  static override properties = {
    when: {reflect: true},
    precision: {reflect: true},
    earliest: {reflect: true},
    latest: {reflect: true},
    dateLabel: {reflect: true, attribute: 'date-label'},
    status: {reflect: true},
    category: {reflect: true},
    severity: {reflect: true},
    location: {reflect: true},
    country: {reflect: true},
    actors: {reflect: true},
    summary: {reflect: true},
  };

  /** When it happened, ISO 8601 at the precision known: `2024`, `2024-09`, `2024-09-24`, `2024-09-24T14:30`. */
  when?: string;

  /** How precisely `when` is known, when coarser than its form: `year`, `month`, `week`, `day`, `hour`. */
  precision?: string;

  /** Earliest possible date, for a range. */
  earliest?: string;

  /** Latest possible date, for a range. */
  latest?: string;

  /** How to say the date to readers, e.g. "mid-September 2024". */
  dateLabel?: string;

  /** `confirmed`, `reported`, `expected` or `denied`. */
  status?: string;

  /** Category: movement, reconnaissance, attack, clash, arrest, security-measure, statement, political, or your own. */
  category?: string;

  /** 1 (minor) to 5 (grave). */
  severity?: string;

  /** Place name, optionally followed by its admin area after a comma: "Nawabad, Takhar". */
  location?: string;

  /** Country of the place. */
  country?: string;

  /** Groups or forces involved, comma-separated. */
  actors?: string;

  /** What happened, in a few sentences. */
  summary?: string;
}

/** The tags of the markup items, defined where the reader of the markup (`markup-feed.ts`) finds them. */
export {ALERT_TAG, INCIDENT_TAG} from '../controllers/markup-controller.js';
