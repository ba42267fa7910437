import {LitElement, css, nothing} from 'lit';
import {property} from 'lit/decorators.js';

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
  /** First day (or instant) under the alert, ISO 8601. */
  @property({reflect: true}) start?: string;

  /** Last day under the alert (inclusive), ISO 8601. */
  @property({reflect: true}) end?: string;

  /** Level id on the feed's scale: `low`, `elevated`, `high` or `highest` by default. */
  @property({reflect: true}) level?: string;

  /** Places covered, comma-separated. Absent: the whole region. */
  @property({reflect: true}) areas?: string;

  /** Measures taken, comma-separated. */
  @property({reflect: true}) measures?: string;

  /** Longer text. */
  @property({reflect: true}) description?: string;
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
  /** When it happened, ISO 8601 at the precision known: `2024`, `2024-09`, `2024-09-24`, `2024-09-24T14:30`. */
  @property({reflect: true}) when?: string;

  /** How precisely `when` is known, when coarser than its form: `year`, `month`, `week`, `day`, `hour`. */
  @property({reflect: true}) precision?: string;

  /** Earliest possible date, for a range. */
  @property({reflect: true}) earliest?: string;

  /** Latest possible date, for a range. */
  @property({reflect: true}) latest?: string;

  /** How to say the date to readers, e.g. "mid-September 2024". */
  @property({reflect: true, attribute: 'date-label'}) dateLabel?: string;

  /** `confirmed`, `reported`, `expected` or `denied`. */
  @property({reflect: true}) status?: string;

  /** Category: movement, reconnaissance, attack, clash, arrest, security-measure, statement, political, or your own. */
  @property({reflect: true}) category?: string;

  /** 1 (minor) to 5 (grave). */
  @property({reflect: true}) severity?: string;

  /** Place name, optionally followed by its admin area after a comma: "Nawabad, Takhar". */
  @property({reflect: true}) location?: string;

  /** Country of the place. */
  @property({reflect: true}) country?: string;

  /** Groups or forces involved, comma-separated. */
  @property({reflect: true}) actors?: string;

  /** What happened, in a few sentences. */
  @property({reflect: true}) summary?: string;
}

/** The tags of the markup items, in one place for the reader in `markup-feed.ts`. */
export const ALERT_TAG = 'security-timeline-alert';
export const INCIDENT_TAG = 'security-timeline-incident';
