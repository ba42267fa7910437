import {LitElement, type PropertyDeclarations} from 'lit';
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS} from '../../feed/constants.js';
import type {GroupBy} from '../../layout/lanes.js';
import type {SizeBy} from '../../layout/marker-shapes.js';
import type {Messages} from '../../i18n/messages.js';

/**
 * The attributes and properties a page sets on `<security-timeline>`, with what each one means.
 * The element's behaviour is in its subclass; keeping the public surface here lets both stay readable.
 */
export class TimelineAttributes extends LitElement {
  // Reactive properties: what each one's attribute is called and whether it is reflected.
  static override properties: PropertyDeclarations = {
    src: {},
    feed: {attribute: false},
    locale: {},
    calendar: {},
    messages: {attribute: false},
    timeZone: {attribute: 'time-zone'},
    theme: {reflect: true},
    start: {reflect: true},
    end: {reflect: true},
    groupBy: {attribute: 'group-by'},
    selected: {reflect: true},
    categories: {},
    statuses: {},
    minLevel: {attribute: 'min-level'},
    lanes: {},
    actors: {},
    sizeBy: {attribute: 'size-by'},
    noLegend: {type: Boolean, attribute: 'no-legend'},
    noOverview: {type: Boolean, attribute: 'no-overview'},
    laneOrder: {attribute: 'lane-order'},
    query: {reflect: true},
    noSearch: {type: Boolean, attribute: 'no-search'},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    showTable: {type: Boolean, attribute: 'show-table', reflect: true},
    timeout: {type: Number},
    maxBytes: {type: Number, attribute: 'max-bytes'},
    refresh: {type: Number},
    maxLanes: {type: Number, attribute: 'max-lanes'},
    label: {},
    accessibleName: {attribute: 'aria-label'},
  };

  /**
   * URL of the feed (JSON, format version 1), or several separated by spaces, drawn as one (each
   * item keeps its feed's URL as `origin`). Ignored while `feed` is set.
   */
  src?: string;

  /** A feed as a parsed JSON object, validated exactly as a fetched one. Takes precedence over `src`. */
  feed?: unknown;

  /**
   * The reader's languages in order of preference (`"tg ru"`): words in the first with a catalogue
   * (en, ru, tg, fa, ps, uz, ar, or `defineMessages`), dates in the first this browser writes dates
   * in. Default: the nearest `lang`, across shadow roots and followed, else the browser's. A tag
   * that is none is skipped, with a console warning.
   */
  locale?: string;

  /**
   * The calendar of dates and of the axis's months and years: `gregory`, `persian` (Solar Hijri),
   * `islamic-umalqura`, or any other `Intl` knows. Default: the locale's (Solar Hijri for `fa-AF` and `ps`).
   */
  calendar?: string;

  /**
   * The page's own wording of some of the element's messages, in whatever language it is reading:
   * `{fitAll: 'Show all', incidents: {one: '{count} event', other: '{count} events'}}`. Names and
   * placeholders are those of the English catalogue (`ENGLISH`); these come before any catalogue.
   * @type {Messages}
   */
  messages?: Messages;

  /** IANA time zone dates are shown in. Default: the feed's region time zone, else UTC. */
  timeZone?: string;

  /**
   * Colour theme: `light`, `dark`, or `auto`: as the page around the element looks (its declared
   * `color-scheme`, else the background behind the element, else the reader's system setting).
   */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Start of the visible window (ISO 8601). Set it to move the view; zooming and panning update it. */
  start?: string;

  /** End of the visible window (ISO 8601). */
  end?: string;

  /**
   * How incidents are grouped into lanes: `none`, `location` (place), `admin2` (district), `admin1`
   * (province), `country`, `actor` (an incident is drawn in the lane of every actor it involves)
   * or `category`.
   * @type {'none' | 'location' | 'admin2' | 'admin1' | 'country' | 'actor' | 'category'}
   */
  groupBy: GroupBy = 'none';

  /** Id of the selected alert or incident. */
  selected?: string;

  /** Only these incident categories are shown (space- or comma-separated). Empty: all. */
  categories?: string;

  /** Only incidents with these statuses are shown (space- or comma-separated). Empty: all. */
  statuses?: string;

  /** Only alert windows of this level or higher are shown (a level id, e.g. `high`). */
  minLevel?: string;

  /** Only these lanes are shown (lane labels, comma-separated). Empty: all. */
  lanes?: string;

  /** Only incidents involving any of these actors are shown (names, comma-separated, in any case). Empty: all. */
  actors?: string;

  /**
   * What sizes markers and clusters: `severity` (markers by severity, clusters by count),
   * `fatalities` (both by deaths) or `none` (markers alike, clusters by count).
   * @type {'severity' | 'fatalities' | 'none'}
   */
  sizeBy: SizeBy = 'severity';

  /** Hides the legend. */
  noLegend = false;

  /**
   * The order of the lanes: `count` (most incidents first, the default), `fatalities` (most deaths
   * first), `name` (alphabetical, in the reader's language) or `first` (earliest incident first).
   * @type {'count' | 'fatalities' | 'name' | 'first'}
   */
  laneOrder: 'count' | 'fatalities' | 'name' | 'first' = 'count';

  /**
   * Only incidents and alerts whose text holds every word of this query are shown: titles,
   * summaries, actors, places and sources, in any case, with or without diacritics, and with the
   * letter variants of Persian and Arabic script taken as one (ي/ی, ك/ک, ة/ه). The search box sets it.
   */
  query?: string;

  /** Hides the search box (a `query` set by the page still applies). */
  noSearch = false;

  /**
   * Keeps the window, filters, query, selection, grouping, lane order and `sizeBy` in the page
   * URL's fragment (`#st.<id>.start=…`, under the element's `id`, or `timeline` without one) and
   * restores them on load, so that a link reopens the same view. A fragment that cannot be read is ignored, with a console warning.
   */
  syncUrl = false;

  /**
   * Hides the overview under the chart: the whole feed's incidents per week, month or year (their
   * deaths under `size-by="fatalities"`), with a brush of the window shown to drag, resize or move by keys.
   */
  noOverview = false;

  /** Shows the table of alerts and incidents in the visible window. */
  showTable = false;

  /** Seconds to wait for the feed before giving up. @default 30 */
  timeout: number = DEFAULT_TIMEOUT_MS / 1000;

  /** Largest feed accepted, in bytes. @default 67108864 (64 MiB) */
  maxBytes: number = DEFAULT_MAX_BYTES;

  /**
   * Seconds between refreshes of the feeds from `src` (fractions allowed); 0 or absent: never.
   * Refreshes are conditional, pause while the page is hidden, and back off while they fail.
   */
  refresh = 0;

  /**
   * Most lanes drawn. Past it, the lanes with the fewest incidents are drawn as one, "N other
   * places" (or countries, actors, categories); `lanes` can still show any of them alone. 0: no limit.
   * The reader can show every lane with the button under the chart, and fold them again; a new
   * `maxLanes` folds them again.
   */
  maxLanes = 20;

  /** Accessible name of the chart. Default: the feed's title. */
  label?: string;

  /** The host's own `aria-label`: it names the chart for assistive technology. */
  protected accessibleName?: string;
}
