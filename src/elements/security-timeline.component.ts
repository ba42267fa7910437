import {LitElement, html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
// This styleMap writes through the CSSOM only, which a strict Content-Security-Policy allows; style="…"
// text, which Lit's own styleMap writes on first render, is not.
import {styleMap} from './cssom-style.js';
import {FeedController} from '../controllers/feed-controller.js';
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type FeedLoadErrorDetail} from '../feed/load.js';
import {parseTemporal} from '../feed/temporal.js';
import {
  INCIDENT_STATUSES,
  type AlertWindow,
  type Feed,
  type FeedProblem,
  type Incident,
  type IncidentStatus,
} from '../feed/types.js';
import {
  absoluteX,
  clusterCache,
  clustersInView,
  type ClusterCache,
  type MarkerCluster,
} from '../layout/clusters.js';
import {circlePath, clusterRadius, countLabel, countPath} from '../layout/cluster-paths.js';
import {formatDayRange, formatInstant, formatTimeWindow, isUncertain} from '../layout/format-time.js';
import {buildFeedLanes, foldLanes, GROUP_BY_VALUES, packIntervals, type GroupBy, type Lane, type LaneLayout, type Packing} from '../layout/lanes.js';
import {ElementSlots} from '../layout/element-slots.js';
import {DEFAULT_CATEGORIES, markerRadius, shapeOf, shapePath} from '../layout/marker-shapes.js';
import {clampDomain, createTimeAxis, pan, zoomAround, type TimeAxis} from '../layout/time-axis.js';
import {isValidTimeZone, prepareTimeZoneData} from '../layout/zoned-time.js';
import {feedFromMarkup, hasMarkupItems} from './markup-feed.js';
import {ALERT_TAG, INCIDENT_TAG} from './timeline-items.js';
import {styles} from './security-timeline.styles.js';
import {
  levelColor,
  humanize,
  needsDarkText,
  isRtlLocale,
  splitList,
  STATUS_LABELS,
  truncate,
  type TimelineItem,
} from '../layout/presentation.js';

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
function timelineEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, {detail, bubbles: true, composed: true});
}

/**
 * Feed strings joined for display, each in its own <bdi>, so that a right-to-left name or a
 * stray bidi override character in one cannot reorder the others.
 */
function isolatedList(parts: ReadonlyArray<string | undefined>) {
  return parts.filter((part): part is string => Boolean(part)).map((part, i) => html`${i ? ', ' : ''}<bdi>${part}</bdi>`);
}

const MARKER_SPACING_PX = 22;
/**
 * Zoom levels whose clusters are kept, for zooming back and forth: enough to zoom in from the
 * whole feed to a single day, by steps of two, and back out without clustering any level again.
 */
const CACHED_ZOOM_LEVELS = 16;

/** Most SVG elements spent on markers and clusters, whatever the number of incidents. */
const MAX_MARKER_ELEMENTS = 1400;
const AXIS_HEIGHT = 34;
const STRIPE_HEIGHT = 18;
const PLOT_PADDING = 12;
const MAX_TABLE_ROWS = 500;
const DAY_MS = 86_400_000;

interface PointerState {
  id: number;
  x: number;
  y: number;
}

/** The path of a lane's clusters, carrying them and the lane's centre line, for hover and click. */
interface ClusterPath extends SVGPathElement {
  stLane: {clusters: readonly MarkerCluster[]; cy: number};
}

/**
 * The cluster under a client point on a lane's cluster path, with its centre and top in client
 * coordinates. The path's own transform (the markers' pan offset) maps between the two.
 */
function clusterUnder(path: ClusterPath, clientX: number, clientY: number): {cluster: MarkerCluster; x: number; top: number} | undefined {
  const matrix = path.getScreenCTM();
  if (!matrix) return undefined;
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  const {clusters, cy} = path.stLane;
  let best: MarkerCluster | undefined;
  let bestDistance = Infinity;
  for (const cluster of clusters) {
    const distance = Math.hypot(point.x - cluster.x, point.y - cy);
    if (distance <= clusterRadius(cluster.count) + 1 && distance < bestDistance) [best, bestDistance] = [cluster, distance];
  }
  return best && {cluster: best, x: matrix.a * best.x + matrix.e, top: matrix.d * (cy - clusterRadius(best.count)) + matrix.f};
}

interface DerivedModel {
  feed: Feed;
  incidents: Incident[];
  alerts: AlertWindow[];
  layout: LaneLayout;
  /** Keys of the lanes each shown alert covers. */
  alertLanes: Map<AlertWindow, Set<string>>;
  /** The lanes shown; each carries its incidents and their best times, sorted. */
  lanes: Lane[];
  /** Lane index of each incident (index into `incidents`). */
  laneOfIncident: Int32Array;
  /** The feed's extent with a margin either side: what "fit all" shows. */
  bounds: [number, number];
  /** First and last instant the feed covers, without margins. */
  extent: [number, number];
  categories: string[];
}

/** How far a cluster's circle, or a single marker at its largest, reaches from its centre. */
const drawnRadius = (count: number) => (count > 1 ? clusterRadius(count) : markerRadius(5));

/** What the lanes folded into one are, by grouping. */
const LANE_NOUNS: Record<GroupBy, string> = {none: 'lanes', location: 'places', country: 'countries', actor: 'actors', category: 'categories'};

/**
 * Runs of neighbouring lanes whose keys are in `keys`, as [first, end) lane indices: a band across
 * many lanes is one rectangle per run, not one per lane.
 */
function laneRuns(lanes: readonly Lane[], keys: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let index = 0; index < lanes.length; index++) {
    if (!keys.has(lanes[index].key)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === index) last[1] = index + 1;
    else runs.push([index, index + 1]);
  }
  return runs;
}

/**
 * Items drawn in their slots (see `ElementSlots`): Lit keeps the element of each array position,
 * so an item in the same slot as before keeps its element, and an empty slot draws nothing.
 */
function inSlots<T>(items: readonly T[], slots: readonly number[], draw: (item: T) => TemplateResult): Array<TemplateResult | typeof nothing> {
  const drawn: Array<TemplateResult | typeof nothing> = Array.from({length: Math.max(0, ...slots.map((slot) => slot + 1))}, () => nothing);
  items.forEach((item, i) => (drawn[slots[i]] = draw(item)));
  return drawn;
}

/**
 * Whether two scales (ms per px) are the same zoom level. A window set from outside in whole
 * milliseconds may change the span by a millisecond on a pan; that is still the same level.
 */
function sameZoomLevel(msPerPx: number, previous: number): boolean {
  return Math.abs(msPerPx - previous) <= previous * 1e-6;
}

/** Whether `Intl`'s data is being prepared already: once a page is enough. */
let intlPrepared = false;

/**
 * Prepares `Intl`'s time-zone and locale data once the page is idle: the first date format a page
 * makes costs tens of milliseconds, which would otherwise land on the first drawing of a feed.
 */
function prepareIntlWhenIdle(locale: string | undefined): void {
  if (intlPrepared) return;
  intlPrepared = true;
  const prepare = () => {
    try {
      prepareTimeZoneData();
      formatInstant(0, 'day', locale, 'UTC');
    } catch {
      // An invalid locale is reported where it is used.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, {timeout: 1_000});
  else setTimeout(prepare, 0);
}

/**
 * A regional security timeline: alert windows as bands and incidents as markers, read from a
 * typed JSON feed, that a reader can zoom, pan, filter and explore by mouse, touch or keyboard.
 *
 * @summary Draws alert windows as bands and incidents as markers from a security-timeline feed.
 *
 * @slot - The feed written inline, never shown: a `<script type="application/json">`, or
 *   `<security-timeline-alert>` and `<security-timeline-incident>` elements.
 *
 * @event st-load - A feed from `src` or an inline script was read. `detail`: `{feed, problems}`.
 * @event st-error - No usable feed could be read. `detail`: `{kind, url, status, message, problems}`. Also fires,
 *   while the rest stays drawn, for each feed of several in `src` that fails, and for each failed refresh.
 * @event st-select - The reader selected an alert or incident, or cleared the selection. `detail`: `{id, item}`.
 * @event st-range-change - The reader zoomed or panned. `detail`: `{start, end}` in epoch ms.
 * @event st-filter-change - The reader changed a filter in the legend. `detail`: `{categories, statuses, minLevel}`.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart header - Title, summary and toolbar.
 * @csspart toolbar - The zoom, fit and table buttons.
 * @csspart chart - The drawing area (one tab stop).
 * @csspart band - An alert window's stripe.
 * @csspart marker - An incident marker.
 * @csspart cluster - The clusters of one lane (incidents too close to draw apart), drawn as one path of circles.
 * @csspart axis - The time axis.
 * @csspart tooltip - The tooltip shown on hover or focus.
 * @csspart legend - The legend of levels, categories and statuses.
 * @csspart details - The panel describing the selected item.
 * @csspart problems - The list of problems found in the feed.
 * @csspart table - The table of alerts and incidents shown on demand.
 * @csspart state - The loading, error and empty messages.
 * @csspart stale - "Stale since …": a refresh failed and the last good data is shown.
 *
 * @cssprop [--st-background=#ffffff] - Background.
 * @cssprop [--st-color=#1d2330] - Text colour.
 * @cssprop [--st-muted-color=#505a6b] - Secondary text (axis labels).
 * @cssprop [--st-grid-color=#e3e7ee] - Grid lines and borders.
 * @cssprop [--st-lane-alternate-background=#f6f8fb] - Background of every other lane.
 * @cssprop [--st-accent-color=#1f5fbf] - Links.
 * @cssprop [--st-focus-color=#1f5fbf] - Focus and selection rings.
 * @cssprop [--st-marker-color=#24324a] - Confirmed and reported incident markers.
 * @cssprop [--st-expected-color=#8a4b00] - Expected incident markers (dashed outline).
 * @cssprop [--st-denied-color=#6b7280] - Denied incident markers (struck through).
 * @cssprop [--st-cluster-color=#3b4a63] - Cluster markers.
 * @cssprop [--st-today-color=#c2185b] - The "today" line.
 * @cssprop [--st-band-opacity=0.2] - Opacity of alert band fills.
 * @cssprop [--st-panel-background=#f3f5f9] - Details, problems and table panels.
 * @cssprop [--st-error-color=#a4161a] - Error messages.
 * @cssprop [--st-font-family=system-ui] - Font.
 * @cssprop [--st-font-size=14px] - Base font size.
 * @cssprop [--st-lane-height=44px] - Height of one lane.
 * @cssprop [--st-radius=6px] - Corner radius of panels and buttons.
 */
export class SecurityTimeline extends LitElement {
  static override styles = styles;

  // Reactive properties: what each one's attribute is called and whether it is reflected.
  static override properties = {
    src: {},
    feed: {attribute: false},
    locale: {},
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
    noLegend: {type: Boolean, attribute: 'no-legend'},
    showTable: {type: Boolean, attribute: 'show-table', reflect: true},
    timeout: {type: Number},
    maxBytes: {type: Number, attribute: 'max-bytes'},
    refresh: {type: Number},
    maxLanes: {type: Number, attribute: 'max-lanes'},
    label: {},
    width: {state: true},
    hovered: {state: true},
    focusedId: {state: true},
    showProblems: {state: true},
    announcement: {state: true},
    dragging: {state: true},
  };

  /**
   * URL of the feed (JSON, format version 1), or several separated by spaces, drawn as one (each
   * item keeps its feed's URL as `origin`). Ignored while `feed` is set.
   */
  src?: string;

  /** A feed as a parsed JSON object, validated exactly as a fetched one. Takes precedence over `src`. */
  feed?: unknown;

  /** BCP 47 locale for dates and numbers. Default: the page's `lang`, else the browser's. */
  locale?: string;

  /** IANA time zone dates are shown in. Default: the feed's region time zone, else UTC. */
  timeZone?: string;

  /** Colour theme: `light`, `dark` or `auto` (follows the reader's system setting). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Start of the visible window (ISO 8601). Set it to move the view; zooming and panning update it. */
  start?: string;

  /** End of the visible window (ISO 8601). */
  end?: string;

  /**
   * How incidents are grouped into lanes: `none`, `location`, `country`, `actor` or `category`.
   * @type {'none' | 'location' | 'country' | 'actor' | 'category'}
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

  /** Hides the legend. */
  noLegend = false;

  /** Shows the table of alerts and incidents in the visible window. */
  showTable = false;

  /**
   * Seconds to wait for the feed before giving up.
   * @default 30
   */
  timeout: number = DEFAULT_TIMEOUT_MS / 1000;

  /**
   * Largest feed accepted, in bytes.
   * @default 5242880 (5 MiB)
   */
  maxBytes: number = DEFAULT_MAX_BYTES;

  /**
   * Seconds between refreshes of the feeds from `src` (fractions allowed); 0 or absent: never.
   * Refreshes are conditional, pause while the page is hidden, and back off while they fail.
   */
  refresh = 0;

  /**
   * Most lanes drawn. Past it, the lanes with the fewest incidents are drawn as one, "N other
   * places" (or countries, actors, categories); `lanes` can still show any of them alone. 0: no limit.
   */
  maxLanes = 20;

  /** Accessible name of the chart. Default: the feed's title. */
  label?: string;

  /** The valid part of the feed, normalised; null until one is read. */
  get data(): Feed | null {
    return this.loader.result?.feed ?? null;
  }

  /** Problems found in the current feed (an empty list when it is clean). */
  get problems(): FeedProblem[] {
    return this.loader.result?.problems ?? [];
  }

  /** `loading`, `ready`, `error` or `empty` (no input yet). */
  get status(): string {
    return this.loader.state;
  }

  private width = 0;
  private hovered: {id: string; x: number; y: number; cluster?: {count: number; earliest: number; latest: number}} | null = null;
  private focusedId: string | null = null;
  private showProblems = false;
  private announcement = '';
  private dragging = false;

  private get chartElement(): HTMLElement | null {
    return this.renderRoot?.querySelector('.chart') ?? null;
  }
  private get svgElement(): SVGSVGElement | null {
    return this.renderRoot?.querySelector('.chart > svg') ?? null;
  }

  private readonly loader = new FeedController(this, {
    onLoad: (result, origin) => this.emit<TimelineLoadDetail>('st-load', {feed: result.feed!, problems: result.problems}, origin),
    onError: (detail) => this.emit<FeedLoadErrorDetail>('st-error', detail),
  });

  private model: DerivedModel | null = null;
  private modelKey: unknown[] = [];
  private resizeObserver?: ResizeObserver;
  private pointers = new Map<number, PointerState>();
  private gesture: {domain: [number, number]; x: number; distance?: number; moved: boolean} | null = null;
  /** What the pointer went down on; pointer capture hides it from the pointerup that follows. */
  private pressedTarget: Element | null = null;
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Set when markup items were added, removed or edited, so the next update reads them again. */
  private markupChanged = false;
  private markupObserver?: MutationObserver;

  /** A feed made of `<security-timeline-alert>`/`-incident>` children, used when neither `feed` nor `src` is set. */
  private markupFeed(): Record<string, unknown> | undefined {
    if (this.src || !hasMarkupItems(this)) return undefined;
    return feedFromMarkup(this, {title: this.label, timeZone: this.timeZone});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prepareIntlWhenIdle(this.effectiveLocale);
    this.markupObserver = new MutationObserver((records) => {
      const isItem = (node: Node | null) => node instanceof Element && (node.localName === ALERT_TAG || node.localName === INCIDENT_TAG);
      const touchesItems = records.some(
        (record) =>
          isItem(record.target) || isItem(record.target.parentElement) || [...record.addedNodes, ...record.removedNodes].some(isItem),
      );
      if (touchesItems) {
        this.markupChanged = true;
        this.requestUpdate();
      }
    });
    this.markupObserver.observe(this, {childList: true, subtree: true, attributes: true, characterData: true});
    this.markupChanged = true;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0].contentRect.width);
      // Redraw in the next frame: redrawing inside the callback changes the observed size again.
      if (width !== this.width) {
        requestAnimationFrame(() => {
          this.readLaneHeight();
          this.width = width;
        });
      }
    });
    this.resizeObserver.observe(this);
  }

  protected override firstUpdated(): void {
    // Measure once now, so the first drawing already has the right size.
    this.readLaneHeight();
    const width = Math.floor(this.getBoundingClientRect().width);
    if (width && width !== this.width) this.width = width;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.markupObserver?.disconnect();
    this.markupObserver = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.announceTimer);
    this.pointers.clear();
    this.gesture = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src') || changed.has('timeout') || changed.has('maxBytes') || changed.has('refresh') || this.markupChanged) {
      this.markupChanged = false;
      this.loader.update({
        document: this.feed ?? this.markupFeed(),
        url: this.src || undefined,
        limits: {timeoutMs: this.timeout * 1000, maxBytes: this.maxBytes},
        refreshMs: this.refresh > 0 ? this.refresh * 1000 : 0,
      });
    }
    if (changed.has('feed') || changed.has('src')) {
      this.hovered = null;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Derived data

  private get zone(): string {
    if (this.timeZone && isValidTimeZone(this.timeZone)) return this.timeZone;
    return this.data?.timeZone ?? 'UTC';
  }

  private get effectiveLocale(): string | undefined {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  private get rtl(): boolean {
    if (this.closest('[dir]')) return this.matches(':dir(rtl)');
    return isRtlLocale(this.effectiveLocale);
  }

  /** The requested window from `start`/`end`, or null when either is missing or unreadable. */
  private parseWindow(): [number, number] | null {
    if (!this.start || !this.end) return null;
    const start = parseTemporal(this.start, this.zone);
    const end = parseTemporal(this.end, this.zone);
    if (typeof start === 'string' || typeof end === 'string' || end.end <= start.start) return null;
    // A date-only end counts to the end of that day, as alert ends do.
    return [start.start, end.end];
  }

  private getModel(): DerivedModel | null {
    const feed = this.data;
    if (!feed) return null;
    const key = [feed, this.groupBy, this.categories, this.statuses, this.minLevel, this.lanes, this.maxLanes];
    if (this.model && key.every((value, i) => value === this.modelKey[i])) return this.model;
    this.modelKey = key;

    const categories = splitList(this.categories);
    const statuses = splitList(this.statuses);
    const incidents =
      categories.length === 0 && statuses.length === 0
        ? feed.incidents
        : feed.incidents.filter(
            (incident) =>
              (categories.length === 0 || categories.includes(incident.category)) &&
              (statuses.length === 0 || statuses.includes(incident.status)),
          );
    const minRank = feed.levels.find((level) => level.id === this.minLevel)?.rank ?? -Infinity;
    const alerts = feed.alerts.filter((alert) => alert.level.rank >= minRank);
    const groupBy = GROUP_BY_VALUES.includes(this.groupBy) ? this.groupBy : 'none';
    const layout = buildFeedLanes({...feed, incidents, alerts}, groupBy);
    const laneFilter = splitList(this.lanes, /\s*,\s*/).map((name) => name.toLowerCase());
    // Lanes are chosen first, then folded: a place folded away can still be shown on its own.
    const lanes = foldLanes(
      layout.lanes.filter((lane) => laneFilter.length === 0 || laneFilter.includes(lane.label.toLowerCase())),
      this.maxLanes,
      (count) => `${count} other ${LANE_NOUNS[groupBy]}`,
    );
    // From the lanes shown, so that the lane folding several in carries their alerts.
    const alertLanes = new Map(alerts.map((alert) => [alert, new Set<string>()]));
    for (const lane of lanes) for (const i of lane.alertIndices) alertLanes.get(alerts[i])!.add(lane.key);
    const laneOfIncident = new Int32Array(incidents.length).fill(-1);
    // Indexed loops over incidents: until the engine optimises a loop, `for…of` makes an object per step.
    lanes.forEach(({incidentIndices}, laneIndex) => {
      for (let i = 0; i < incidentIndices.length; i++) laneOfIncident[incidentIndices[i]] = laneIndex;
    });

    // One walk over the incidents for the extent and the categories: each walk over 100,000 of
    // them costs tens of milliseconds, as they are read in time order, not the order they were made in.
    let min = Infinity;
    let max = -Infinity;
    const used = new Set<string>();
    for (let i = 0; i < feed.incidents.length; i++) {
      const incident = feed.incidents[i];
      const {earliest, latest} = incident.time;
      if (earliest < min) min = earliest;
      if (latest > max) max = latest;
      used.add(incident.category);
    }
    for (const alert of feed.alerts) {
      if (alert.start < min) min = alert.start;
      if (alert.end > max) max = alert.end;
    }
    if (!Number.isFinite(min)) [min, max] = [Date.now() - 30 * DAY_MS, Date.now()];
    const extent: [number, number] = [min, max];
    if (max - min < DAY_MS) [min, max] = [min - DAY_MS / 2, max + DAY_MS / 2];
    const margin = (max - min) * 0.04;

    // The default categories the feed uses, in their order, then its own, as they first appear.
    const allCategories = [...DEFAULT_CATEGORIES.filter((c) => used.has(c)), ...[...used].filter((c) => !DEFAULT_CATEGORIES.includes(c))];
    this.model = {
      feed,
      incidents,
      alerts,
      layout,
      alertLanes,
      lanes,
      laneOfIncident,
      bounds: [min - margin, max + margin],
      extent,
      categories: allCategories,
    };
    return this.model;
  }

  /**
   * The visible window: \`start\`/\`end\` when both are set and readable (they are read in the
   * display time zone, so they follow it when a feed arrives), else the whole feed.
   */
  private get domain(): [number, number] | null {
    const model = this.getModel();
    if (!model) return null;
    return this.parseWindow() ?? model.bounds;
  }

  /** The visible window in epoch ms, or null before a feed is drawn. */
  get visibleRange(): {start: number; end: number} | null {
    const domain = this.domain;
    return domain ? {start: domain[0], end: domain[1]} : null;
  }

  /** Widest window the reader may zoom out to: the feed with room around it. */
  private outerBounds(model: DerivedModel): [number, number] {
    const [min, max] = model.bounds;
    const span = max - min;
    return [min - span, max + span];
  }

  private findItem(id: string | null | undefined): TimelineItem | null {
    if (!id || !this.data) return null;
    return this.data.incidents.find((i) => i.id === id) ?? this.data.alerts.find((a) => a.id === id) ?? null;
  }

  // -------------------------------------------------------------------------------------------
  // Events and view changes

  private emit<T>(type: string, detail: T, _origin?: string): void {
    this.dispatchEvent(timelineEvent(type, detail));
  }

  /** Moves the view (a reader's action): reflects it in `start`/`end` and announces it. */
  private setView(domain: [number, number]): void {
    const model = this.getModel();
    if (!model) return;
    const clamped = clampDomain(domain, this.outerBounds(model));
    // Whole milliseconds, so the window survives the round trip through the attributes; the span
    // is rounded once, so a pan keeps it exactly and the cached clusters of this zoom level.
    const start = Math.round(clamped[0]);
    const next: [number, number] = [start, start + Math.round(clamped[1] - clamped[0])];
    this.start = new Date(next[0]).toISOString();
    this.end = new Date(next[1]).toISOString();
    this.emit<TimelineRangeDetail>('st-range-change', {start: next[0], end: next[1]});
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = `Showing ${formatDayRange(next[0], next[1], this.effectiveLocale, this.zone)}.`;
    }, 600);
  }

  /** Shows the whole feed. */
  fitAll(): void {
    const model = this.getModel();
    if (model) this.setView([...model.bounds]);
  }

  /** Zooms by `factor` (2 doubles the magnification) around a time, by default the centre. */
  zoom(factor: number, anchor?: number): void {
    const domain = this.domain;
    if (!domain) return;
    this.setView(zoomAround(domain, factor, anchor ?? (domain[0] + domain[1]) / 2));
  }

  private select(item: TimelineItem | null): void {
    const id = item?.id ?? null;
    if ((this.selected ?? null) === id) return;
    this.selected = id ?? undefined;
    this.announcement = item ? `Selected ${item.kind === 'alert' ? 'alert' : 'incident'}: ${item.title}.` : 'Selection cleared.';
    this.emit<TimelineSelectDetail>('st-select', {id, item});
  }

  private setFilter(change: Partial<{categories: string; statuses: string; minLevel: string | undefined; lanes: string}>): void {
    if ('lanes' in change) this.lanes = change.lanes || undefined;
    if ('categories' in change) this.categories = change.categories || undefined;
    if ('statuses' in change) this.statuses = change.statuses || undefined;
    if ('minLevel' in change) this.minLevel = change.minLevel;
    this.emit<TimelineFilterDetail>('st-filter-change', {
      categories: splitList(this.categories),
      statuses: splitList(this.statuses) as IncidentStatus[],
      minLevel: this.minLevel ?? null,
      lanes: splitList(this.lanes, /\s*,\s*/),
    });
  }

  // Pointer and wheel ---------------------------------------------------------------------------

  private axisFor(domain: [number, number]): TimeAxis {
    const {left, right} = this.plotEdges();
    return createTimeAxis({start: domain[0], end: domain[1], width: right - left, timeZone: this.zone, locale: this.effectiveLocale, rtl: this.rtl});
  }

  private plotEdges(): {left: number; right: number; gutter: number} {
    const width = Math.max(this.width, 240);
    const gutter = this.groupBy === 'none' ? 0 : Math.min(180, Math.round(width * 0.22));
    return this.rtl
      ? {left: PLOT_PADDING, right: width - gutter - PLOT_PADDING, gutter}
      : {left: gutter + PLOT_PADDING, right: width - PLOT_PADDING, gutter};
  }

  /** Time under a client x coordinate. */
  private timeAt(clientX: number, domain: [number, number]): number {
    const rect = this.svgElement!.getBoundingClientRect();
    const {left} = this.plotEdges();
    return this.axisFor(domain).invert(clientX - rect.left - left);
  }

  private onWheel = (event: WheelEvent) => {
    const domain = this.domain;
    if (!domain) return;
    event.preventDefault();
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      const {left, right} = this.plotEdges();
      const msPerPx = (domain[1] - domain[0]) / (right - left);
      this.setView(pan(domain, event.deltaX * msPerPx * (this.rtl ? -1 : 1)));
      return;
    }
    // Pixel and line deltas differ by about 30×; trackpad pinches arrive as ctrl+wheel.
    const delta = event.deltaMode === 1 ? event.deltaY * 30 : event.deltaY;
    const factor = Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.002));
    this.setView(zoomAround(domain, factor, this.timeAt(event.clientX, domain)));
  };

  private onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !this.domain) return;
    this.pointers.set(event.pointerId, {id: event.pointerId, x: event.clientX, y: event.clientY});
    this.pressedTarget = this.itemElementOf(event);
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (already released) cannot be captured; drag on without.
    }
    this.beginGesture();
  };

  private beginGesture() {
    const domain = this.domain!;
    const points = [...this.pointers.values()];
    const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    const distance = points.length >= 2 ? Math.abs(points[0].x - points[1].x) : undefined;
    this.gesture = {domain: [...domain], x, distance, moved: this.gesture?.moved ?? false};
  }

  private onPointerMove = (event: PointerEvent) => {
    const pointer = this.pointers.get(event.pointerId);
    if (!pointer || !this.gesture) {
      // Moving from one cluster to its neighbour stays on the same path: no pointerover says so.
      if ('stLane' in event.composedPath()[0]) this.onPointerOver(event);
      return;
    }
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    const points = [...this.pointers.values()];
    const {left, right} = this.plotEdges();
    const {domain, x: startX, distance} = this.gesture;
    const msPerPx = (domain[1] - domain[0]) / (right - left);
    const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    if (Math.abs(x - startX) > 3) {
      this.gesture.moved = true;
      this.dragging = true;
    }
    const direction = this.rtl ? 1 : -1;
    let next = pan(domain, (x - startX) * msPerPx * direction);
    if (points.length >= 2 && distance && distance > 10) {
      const now = Math.abs(points[0].x - points[1].x);
      this.gesture.moved = true;
      next = zoomAround(next, now / distance, this.timeAt(x, next));
    }
    if (this.gesture.moved) this.setView(next);
  };

  private onPointerUp = (event: PointerEvent) => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size > 0) {
      this.beginGesture();
      return;
    }
    const moved = this.gesture?.moved ?? false;
    this.gesture = null;
    this.dragging = false;
    if (!moved && event.type === 'pointerup') this.onTap(event);
  };

  /** A click or tap that did not drag: select what is under it, or zoom into a cluster. */
  private onTap(event: PointerEvent) {
    const target = this.pressedTarget;
    this.pressedTarget = null;
    if (!target) {
      this.hovered = null;
      return;
    }
    if ('stLane' in target) {
      const under = clusterUnder(target as ClusterPath, event.clientX, event.clientY);
      if (under) this.zoomToSpan(under.cluster.earliest, under.cluster.latest);
      return;
    }
    this.focusedId = target.getAttribute('data-id');
    this.select(this.findItem(this.focusedId));
  }

  private zoomToSpan(earliest: number, latest: number) {
    const span = Math.max(latest - earliest, 3_600_000);
    this.setView([earliest - span * 0.6, latest + span * 0.6]);
  }

  private onDoubleClick = (event: MouseEvent) => {
    const domain = this.domain;
    if (!domain) return;
    this.setView(zoomAround(domain, 2, this.timeAt(event.clientX, domain)));
  };

  /** The marker, cluster or band an event happened on, if any. */
  private itemElementOf(event: Event): Element | null {
    return (
      (event.composedPath().find((node) => node instanceof Element && (node.hasAttribute('data-id') || 'stLane' in node)) as Element | undefined) ?? null
    );
  }

  private onPointerOver = (event: PointerEvent) => {
    if (this.gesture?.moved) return;
    const target = this.itemElementOf(event);
    if (!target) {
      if (this.hovered) this.hovered = null;
      return;
    }
    const rect = this.chartElement!.getBoundingClientRect();
    if ('stLane' in target) {
      // One path draws a lane's clusters: which one is under the pointer depends on where it is.
      const under = clusterUnder(target as ClusterPath, event.clientX, event.clientY);
      if (!under) {
        if (this.hovered) this.hovered = null;
      } else if (this.hovered?.cluster !== under.cluster) {
        const {cluster} = under;
        this.hovered = {id: `cluster:${cluster.first}:${cluster.last}`, x: under.x - rect.left, y: under.top - rect.top, cluster};
      }
      return;
    }
    const box = target.getBoundingClientRect();
    this.hovered = {id: target.getAttribute('data-id')!, x: box.left + box.width / 2 - rect.left, y: box.top - rect.top};
  };

  private onPointerLeave = () => {
    if (this.hovered) this.hovered = null;
  };

  // Keyboard ------------------------------------------------------------------------------------

  private onKeyDown = (event: KeyboardEvent) => {
    const model = this.getModel();
    const domain = this.domain;
    if (!model || !domain) return;
    const span = domain[1] - domain[0];
    const forward = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    let handled = true;
    if ((event.key === forward || event.key === backward) && event.shiftKey) {
      this.setView(pan(domain, (event.key === forward ? 1 : -1) * span * 0.2));
    } else if (event.key === forward || event.key === backward) {
      this.moveFocusInTime(model, event.key === forward ? 1 : -1);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      this.moveFocusAcrossLanes(model, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === '+' || event.key === '=') {
      this.zoom(2, this.focusedIncident(model)?.time.best);
    } else if (event.key === '-' || event.key === '_') {
      this.zoom(0.5, this.focusedIncident(model)?.time.best);
    } else if (event.key === 'Home' || event.key === 'End') {
      const incidents = model.incidents;
      if (incidents.length) this.focusItem(incidents[event.key === 'Home' ? 0 : incidents.length - 1]);
      else this.setView(event.key === 'Home' ? pan(domain, model.bounds[0] - domain[0]) : pan(domain, model.bounds[1] - domain[1]));
    } else if (event.key === '0') {
      this.fitAll();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const item = this.findItem(this.focusedId);
      if (item) this.select(item);
      else handled = false;
    } else if (event.key === 'Escape') {
      if (this.selected) this.select(null);
      else if (this.hovered) this.hovered = null;
      else handled = false;
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  private focusedIncident(model: DerivedModel): Incident | undefined {
    return model.incidents.find((incident) => incident.id === this.focusedId);
  }

  /**
   * Left and right: the next incident in time order; on the row of alert bands (reached with
   * the up arrow from the top lane), the next alert window.
   */
  private moveFocusInTime(model: DerivedModel, step: 1 | -1) {
    const focusedAlert = model.alerts.findIndex((alert) => alert.id === this.focusedId);
    if (focusedAlert !== -1) {
      const next = model.alerts[Math.min(model.alerts.length - 1, Math.max(0, focusedAlert + step))];
      this.focusItem(next);
      return;
    }
    const {incidents} = model;
    if (!incidents.length) {
      if (model.alerts.length) this.focusItem(model.alerts[0]);
      return;
    }
    const current = incidents.findIndex((incident) => incident.id === this.focusedId);
    let next: number;
    if (current === -1) {
      // Start from the first incident in view, so focus never jumps off-screen.
      const [start] = this.domain!;
      const firstVisible = incidents.findIndex((incident) => incident.time.best >= start);
      next = firstVisible === -1 ? incidents.length - 1 : firstVisible;
    } else {
      next = Math.min(incidents.length - 1, Math.max(0, current + step));
    }
    this.focusItem(incidents[next]);
  }

  /** Up and down: the nearest incident in time in the next lane; above the top lane, the alert bands. */
  private moveFocusAcrossLanes(model: DerivedModel, step: 1 | -1) {
    const item = this.findItem(this.focusedId);
    if (!item) {
      this.moveFocusInTime(model, 1);
      return;
    }
    const time = item.kind === 'incident' ? item.time.best : item.start;
    const fromLane = item.kind === 'incident' ? model.laneOfIncident[model.incidents.indexOf(item)] : -1;
    for (let lane = fromLane + step; lane >= 0 && lane < model.lanes.length; lane += step) {
      const {times, incidentIndices} = model.lanes[lane];
      if (!times.length) continue;
      let best = 0;
      for (let i = 1; i < times.length; i++) {
        if (Math.abs(times[i] - time) < Math.abs(times[best] - time)) best = i;
      }
      this.focusItem(model.incidents[incidentIndices[best]]);
      return;
    }
    if (step === -1 && item.kind === 'incident' && model.alerts.length) {
      // The alert in force at that time, else the one starting nearest to it.
      const distance = (alert: AlertWindow) => (time >= alert.start && time < alert.end ? -alert.level.rank : Math.abs(alert.start - time));
      this.focusItem(model.alerts.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
    }
  }

  private focusItem(item: TimelineItem) {
    this.focusedId = item.id;
    const domain = this.domain!;
    const [from, to] = item.kind === 'incident' ? [item.time.best, item.time.best] : [item.start, item.end];
    if (to < domain[0] || from > domain[1]) {
      const span = domain[1] - domain[0];
      const centre = item.kind === 'incident' ? from : from + Math.min(span / 2, (to - from) / 2);
      this.setView([centre - span / 2, centre + span / 2]);
    }
    this.announcement = item.kind === 'incident' ? this.describeIncident(item) : this.describeAlert(item);
  }

  // -------------------------------------------------------------------------------------------
  // Text

  private when(item: TimelineItem): string {
    return item.kind === 'incident'
      ? formatTimeWindow(item.time, this.effectiveLocale, this.zone)
      : formatDayRange(item.start, item.end, this.effectiveLocale, this.zone);
  }

  private describeAlert(alert: AlertWindow): string {
    const areas = alert.areas.length ? alert.areas.join(', ') : 'the whole region';
    return `Alert: ${alert.title}. ${alert.level.label} level, ${this.when(alert)}, ${areas}.`;
  }

  private describeIncident(incident: Incident): string {
    const place = incident.location ? `, ${incident.location.name}` : '';
    return `${incident.title}. ${this.when(incident)}. ${STATUS_LABELS[incident.status]}, ${humanize(incident.category)}${place}.`;
  }

  private summaryText(model: DerivedModel): string {
    const {feed, incidents, alerts} = model;
    const title = this.label || feed.title || feed.region?.name || 'Security timeline';
    const [start, end] = model.extent;
    const counts = `${alerts.length} alert window${alerts.length === 1 ? '' : 's'} and ${incidents.length} incident${incidents.length === 1 ? '' : 's'}`;
    return `${title}: ${counts}, ${formatDayRange(start, end, this.effectiveLocale, this.zone)}, times in ${this.zone}.`;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const state = this.loader.state;
    const model = this.getModel();
    return html`
      <div part="base" class="base" dir=${this.rtl ? 'rtl' : 'ltr'}>
        ${model ? this.renderHeader(model) : nothing}
        ${model && this.loader.staleSince !== null ? this.renderStale() : nothing}
        ${state === 'loading' && !model
          ? html`<div part="state" class="state" role="status">Loading the feed…</div>`
          : nothing}
        ${state === 'error' ? this.renderError() : nothing}
        ${state === 'empty' ? html`<div part="state" class="state">No feed: set <code>src</code> or <code>feed</code>.</div>` : nothing}
        ${model && model.lanes.length ? this.renderChartArea(model) : nothing}
        ${model ? this.renderEmpty(model) : nothing}
        ${model && this.showProblems ? this.renderProblems() : nothing}
        ${model && !this.noLegend ? this.renderLegend(model) : nothing}
        ${model ? this.renderDetails() : nothing}
        ${model && this.showTable ? this.renderTable(model) : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
      <slot hidden></slot>
    `;
  }

  private renderStale(): TemplateResult {
    const since = formatInstant(this.loader.staleSince!, 'minute', this.effectiveLocale, this.zone);
    return html`<p part="stale" class="stale" role="status" title=${this.loader.refreshError?.message ?? ''}>Stale since ${since}</p>`;
  }

  /** Says why nothing is drawn: an empty feed, or filters that hide everything. */
  private renderEmpty(model: DerivedModel): TemplateResult | typeof nothing {
    if (model.lanes.length && (model.incidents.length || model.alerts.length)) return nothing;
    const {feed} = model;
    if (!feed.incidents.length && !feed.alerts.length) {
      return html`<div part="state" class="state" role="status">The feed has no alerts or incidents yet.</div>`;
    }
    return html`<div part="state" class="state" role="status">
      No alert or incident matches the filters.
      <button @click=${() => this.setFilter({categories: '', statuses: '', minLevel: undefined, lanes: ''})}>Show everything</button>
    </div>`;
  }

  private renderError(): TemplateResult {
    const error = this.loader.error;
    const problems = error?.problems ?? [];
    return html`
      <div part="state" class="state error" role="alert">
        <p>${error?.message ?? 'The feed could not be read.'}</p>
        ${problems.length > 1
          ? html`<ul>
              ${problems.slice(0, 20).map((problem) => html`<li>${problem.message}</li>`)}
            </ul>`
          : nothing}
        ${this.src ? html`<button @click=${() => this.loader.reload()}>Try again</button>` : nothing}
      </div>
    `;
  }

  private renderHeader(model: DerivedModel): TemplateResult {
    const {feed} = model;
    const problems = this.problems;
    const rejected = problems.length;
    return html`
      <header part="header">
        <h2>${truncate(this.label || feed.title || feed.region?.name || 'Security timeline', 200)}</h2>
        ${rejected
          ? html`<button
              class="problem-count"
              aria-expanded=${this.showProblems ? 'true' : 'false'}
              @click=${() => (this.showProblems = !this.showProblems)}
            >
              ${rejected} problem${rejected === 1 ? '' : 's'} in the feed
            </button>`
          : nothing}
        <div part="toolbar" class="toolbar" role="toolbar" aria-label="Timeline view">
          <button aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.zoom(2)}>+</button>
          <button aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.zoom(0.5)}>−</button>
          <button title="Show the whole feed (0)" @click=${() => this.fitAll()}>Fit all</button>
          <button aria-pressed=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>Table</button>
        </div>
      </header>
      <p class="summary">${this.summaryText(model)}</p>
    `;
  }

  private renderChartArea(model: DerivedModel): TemplateResult {
    const domain = this.domain!;
    const width = Math.max(this.width, 240);
    const {left, right, gutter} = this.plotEdges();
    const axis = this.axisFor(domain);
    const x = (time: number) => left + axis.x(time);
    const laneHeight = this.laneHeight();

    // Overlapping alert windows get their own stripe rows so each stays visible.
    const packing = this.alertRowsFor(model, (domain[1] - domain[0]) / Math.max(1, right - left));
    const visible = model.alerts.flatMap((alert, i) => (alert.end > domain[0] && alert.start < domain[1] ? [i] : []));
    const visibleAlerts = visible.map((i) => model.alerts[i]);
    const visibleRows = Int32Array.from(visible, (i) => packing.rows[i]);
    const stripeRows = Math.max(1, packing.rowCount);
    const lanesTop = stripeRows * STRIPE_HEIGHT + 6;
    const lanesHeight = model.lanes.length * laneHeight;
    const height = lanesTop + lanesHeight + AXIS_HEIGHT;
    const focused = this.focusedId;
    const description = `${this.summaryText(model)} Arrow keys move between incidents in time order; up and down move between lanes and, above the top lane, to the alert windows. Shift with arrows pans, plus and minus zoom, 0 shows everything, Enter selects, Escape clears.`;
    const hoveredItem = this.findItem(this.hovered?.id) ?? (focused && this.matches(':focus-within') ? this.findItem(focused) : null);

    return html`
      <div
        part="chart"
        class="chart ${this.dragging ? 'dragging' : ''}"
        tabindex="0"
        role="group"
        aria-roledescription="timeline"
        aria-label=${description}
        @wheel=${this.onWheel}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @dblclick=${this.onDoubleClick}
        @keydown=${this.onKeyDown}
      >
        <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
          ${this.renderLanes(model, width, lanesTop, laneHeight, gutter)}
          ${this.renderAxis(axis, left, lanesTop + lanesHeight, lanesTop, gutter)}
          ${this.renderBands(model, visibleAlerts, visibleRows, x, lanesTop, laneHeight, left, right)}
          ${this.renderMarkers(model, lanesTop, laneHeight, domain, focused)}
          ${this.renderToday(x, domain, lanesTop, lanesTop + lanesHeight)}
        </svg>
        ${hoveredItem ? this.renderTooltip(hoveredItem, x, lanesTop, laneHeight, model) : nothing}
        ${this.hovered?.cluster ? this.renderClusterTooltip(this.hovered as Required<NonNullable<typeof this.hovered>>, laneHeight) : nothing}
      </div>
    `;
  }

  private alertRows?: {model: DerivedModel; msPerPx: number; packing: Packing};

  /**
   * Stripe rows of all the model's alerts at this zoom level. Packed over every alert, not only
   * those in view, so that a pan neither moves a band to another row nor changes the chart's height.
   */
  private alertRowsFor(model: DerivedModel, msPerPx: number): Packing {
    let cached = this.alertRows;
    if (cached?.model !== model || !sameZoomLevel(msPerPx, cached.msPerPx)) {
      // Positions in px from a fixed origin: the same at every pan.
      const packing = packIntervals(model.alerts, (time) => (time - model.bounds[0]) / msPerPx, {gapPx: 2});
      this.alertRows = cached = {model, msPerPx, packing};
    }
    return cached.packing;
  }

  /** Lane height from --st-lane-height, read when the element is sized, not on every frame. */
  private laneHeightPx = 44;
  /** Distance between the centres of two digits of a cluster's count, from the font size. */
  private countDigitPx = 5;

  private readLaneHeight(): void {
    const style = getComputedStyle(this);
    const value = parseFloat(style.getPropertyValue('--st-lane-height'));
    this.laneHeightPx = Number.isFinite(value) && value >= 24 ? value : 44;
    // Counts follow the font size: digits about 0.4em tall, their centres 0.36em apart.
    const fontPx = parseFloat(style.fontSize);
    this.countDigitPx = Number.isFinite(fontPx) && fontPx > 0 ? fontPx * 0.36 : 5;
  }

  private laneHeight(): number {
    return this.laneHeightPx;
  }

  private renderLanes(model: DerivedModel, width: number, top: number, laneHeight: number, gutter: number) {
    const labelX = this.rtl ? width - 8 : 8;
    const maxChars = Math.max(4, Math.floor((gutter - 12) / 7));
    return svg`<g class="lanes">
      ${model.lanes.map(
        (lane, index) => svg`
          <rect class="lane-background ${index % 2 ? 'alternate' : ''}" x="0" y=${top + index * laneHeight} width=${width} height=${laneHeight}></rect>
          ${gutter
            ? svg`<text class="lane-label" x=${labelX} y=${top + index * laneHeight + laneHeight / 2} dominant-baseline="middle">${truncate(lane.label, maxChars)}<title>${lane.label}</title></text>`
            : nothing}
        `,
      )}
    </g>`;
  }

  private renderAxis(axis: TimeAxis, left: number, y: number, top: number, gutter: number) {
    // A label centred on a tick at the chart's edge would be cut off there: at the end of time it
    // ends at its tick, and at the start too when no lane labels (`gutter`) leave room before the plot.
    const edgeAnchor = (fromStart: number) => (fromStart > axis.width - 24 ? 'end' : fromStart < 24 && !gutter ? 'start' : 'middle');
    return svg`<g part="axis" class="axis" transform="translate(${left},0)">
      <line class="axis-line" x1="0" x2=${axis.width} y1=${y} y2=${y}></line>
      ${axis.ticks.map(
        (tick) => svg`<g class="tick ${tick.major ? 'major' : ''}" transform="translate(${tick.x},0)">
          <line y1=${top} y2=${y + 5}></line>
          <text y=${y + 20} text-anchor=${edgeAnchor(axis.rtl ? axis.width - tick.x : tick.x)}>${tick.label}</text>
        </g>`,
      )}
    </g>`;
  }

  private renderBands(
    model: DerivedModel,
    alerts: AlertWindow[],
    rows: Int32Array,
    x: (t: number) => number,
    lanesTop: number,
    laneHeight: number,
    left: number,
    right: number,
  ) {
    // Lower levels first, so a higher level is drawn on top where windows overlap.
    const order = alerts.map((_, i) => i).sort((a, b) => alerts[a].level.rank - alerts[b].level.rank);
    return svg`<g class="bands">
      ${order.map((i) => {
        const alert = alerts[i];
        const color = levelColor(alert.level, model.feed.levels);
        const x0 = Math.max(left, Math.min(x(alert.start), x(alert.end)));
        const x1 = Math.min(right, Math.max(x(alert.start), x(alert.end)));
        const bandWidth = Math.max(2, x1 - x0);
        const laneKeys = model.alertLanes.get(alert) ?? new Set<string>();
        const label = `${alert.level.label}: ${alert.title}`;
        const active = alert.id === this.hovered?.id || (alert.id === this.focusedId && this.matches(':focus-within'));
        const classes = `band ${alert.id === this.selected ? 'selected' : ''} ${active ? 'active' : ''}`;
        return svg`<g class=${classes}>
          ${laneRuns(model.lanes, laneKeys).map(
            ([first, end]) =>
              svg`<rect class="band-fill" x=${x0} width=${bandWidth} y=${lanesTop + first * laneHeight} height=${(end - first) * laneHeight} fill=${color}></rect>`,
          )}
          <rect part="band" class="band-stripe" data-id=${alert.id} x=${x0} width=${bandWidth} y=${rows[i] * STRIPE_HEIGHT + 2} height=${STRIPE_HEIGHT - 3} rx="3" fill=${color}></rect>
          ${bandWidth > 60
            ? svg`<text x=${this.rtl ? x1 - 6 : x0 + 6} y=${rows[i] * STRIPE_HEIGHT + STRIPE_HEIGHT / 2 + 1} dominant-baseline="middle" class="band-label ${needsDarkText(color) ? 'on-light' : ''}">${truncate(label, Math.floor((bandWidth - 12) / 6.5))}</text>`
            : nothing}
        </g>`;
      })}
    </g>`;
  }

  /**
   * Cluster caches per lane for the last zoom levels of the current model and direction, by
   * spacing, most recent first: zooming back to a level left earlier finds its clusters ready.
   */
  private clusterCaches: Array<{msPerPx: number; bySpacing: Map<number, ClusterCache[]>}> = [];
  private clusterCachesOf: unknown[] = [];

  private cachesFor(model: DerivedModel, msPerPx: number, direction: 1 | -1, spacing: number): ClusterCache[] {
    const [ownerModel, ownerDirection] = this.clusterCachesOf;
    if (ownerModel !== model || ownerDirection !== direction) {
      this.clusterCaches = [];
      this.clusterCachesOf = [model, direction];
    }
    // At the same zoom level (see `sameZoomLevel`) the caches, and their scale, stay.
    let level = this.clusterCaches.find((cached) => sameZoomLevel(msPerPx, cached.msPerPx));
    if (!level) level = {msPerPx, bySpacing: new Map()};
    this.clusterCaches = [level, ...this.clusterCaches.filter((cached) => cached !== level).slice(0, CACHED_ZOOM_LEVELS - 1)];
    let caches = level.bySpacing.get(spacing);
    if (!caches) {
      caches = model.lanes.map(() => clusterCache(model.bounds[0], level.msPerPx, direction, spacing, drawnRadius));
      level.bySpacing.set(spacing, caches);
    }
    return caches;
  }

  /** Slots of single markers per lane, for the model they were made for. */
  private markerSlots: ElementSlots[] = [];
  private markerSlotsOf: DerivedModel | null = null;

  private renderMarkers(model: DerivedModel, lanesTop: number, laneHeight: number, domain: [number, number], focused: string | null) {
    const {left, right} = this.plotEdges();
    const msPerPx = (domain[1] - domain[0]) / Math.max(1, right - left);
    const direction = this.rtl ? -1 : 1;
    // A little margin so markers half outside the edge still show.
    const [from, to] = [domain[0] - msPerPx * 10, domain[1] + msPerPx * 10];
    // Clusters are cached per zoom level in absolute pixels: a pan only moves the group below.
    // If they would draw more than the element budget (many lanes, evenly spread markers), the
    // spacing widens until they fit.
    let spacing = MARKER_SPACING_PX;
    let caches: ClusterCache[] = [];
    let perLane: MarkerCluster[][] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      caches = this.cachesFor(model, msPerPx, direction, spacing);
      perLane = model.lanes.map(({times}, lane) => clustersInView(caches[lane], times, from, to));
      // A marker is up to five elements (group, hit area, shape, interval, strike). A lane's
      // clusters and their counts are two paths; each cluster still costs one, for drawing them.
      let cost = perLane.length;
      for (const clusters of perLane) for (const cluster of clusters) cost += cluster.count === 1 ? 5 : 1;
      if (cost <= MAX_MARKER_ELEMENTS) break;
      spacing = Math.ceil(spacing * (cost / MAX_MARKER_ELEMENTS) * 1.1);
    }
    const cache = caches[0];
    const shift = cache ? (this.rtl ? right : left) - absoluteX(cache, domain[0]) : 0;
    const X = (time: number) => absoluteX(cache, time);
    if (this.markerSlotsOf !== model) {
      this.markerSlotsOf = model;
      this.markerSlots = model.lanes.map(() => new ElementSlots());
    }
    const lanes = perLane.map((clusters, lane) => {
      const {incidentIndices} = model.lanes[lane];
      const cy = lanesTop + lane * laneHeight + laneHeight / 2;
      const singleSlots = this.markerSlots[lane];
      const singles = clusters.filter((cluster) => cluster.count === 1);
      const groups = clusters.filter((cluster) => cluster.count > 1);
      // A single marker is the same incident at every zoom level: it keeps its slot across them.
      return svg`${inSlots(singles, singleSlots.assign(singles.map((cluster) => cluster.first)), (cluster) =>
        this.renderMarker(model.incidents[incidentIndices[cluster.first]], X, cy, laneHeight, focused),
      )}${this.renderClusters(groups, cy)}`;
    });
    const focusedIncident = focused ? model.incidents.find((incident) => incident.id === focused) : undefined;
    let ring: TemplateResult | typeof nothing = nothing;
    if (cache && focusedIncident && this.matches(':focus-within')) {
      const laneIndex = model.laneOfIncident[model.incidents.indexOf(focusedIncident)];
      if (laneIndex >= 0) {
        const cy = lanesTop + laneIndex * laneHeight + laneHeight / 2;
        ring = svg`<circle class="focus-ring" cx=${X(focusedIncident.time.best)} cy=${cy} r=${markerRadius(focusedIncident.severity) + 6}></circle>`;
      }
    }
    return svg`<g class="markers" transform="translate(${shift},0)">${lanes}${ring}</g>`;
  }

  private renderMarker(incident: Incident, x: (t: number) => number, cy: number, laneHeight: number, focused: string | null) {
    const cx = x(incident.time.best);
    const r = markerRadius(incident.severity);
    const x0 = x(incident.time.earliest) - cx;
    const x1 = x(incident.time.latest) - cx;
    const [a, b] = [Math.min(x0, x1), Math.max(x0, x1)];
    const classes = `marker ${incident.status} ${incident.id === this.selected ? 'selected' : ''} ${incident.id === focused || incident.id === this.hovered?.id ? 'active' : ''}`;
    // The group alone is placed: a zoom or pan step rewrites one attribute per marker (and the
    // bar of an uncertain time), and its parts keep their styles. An uncertain time is one soft
    // bar with end caps, drawn as a single path to keep the DOM small.
    return svg`<g part="marker" class=${classes} data-id=${incident.id} data-kind="incident" transform="translate(${cx},${cy})">
      ${isUncertain(incident.time) && b - a >= 3 ? svg`<path class="interval" d="M${a},-5v10M${b},-5v10M${a},0H${b}"></path>` : nothing}
      <circle class="hit" r=${Math.max(r + 4, laneHeight / 3)}></circle>
      <path class="shape" d=${shapePath(shapeOf(incident.category), r)}></path>
      ${incident.status === 'denied' ? svg`<line class="strike" x1=${-r - 3} x2=${r + 3} y1=${r + 2} y2=${-r - 2}></line>` : nothing}
    </g>`;
  }

  /**
   * A lane's clusters as one path of circles, and their counts as another (see `countPath`). A
   * zoom step moves hundreds of clusters: as elements, each would be styled and laid out again;
   * as two paths per lane, the step costs about as much as two shapes. The clusters ride on the
   * path as a property, for hover and click (see `clusterUnder`).
   */
  private renderClusters(clusters: readonly MarkerCluster[], cy: number) {
    if (clusters.length === 0) return nothing;
    let circles = '';
    let counts = '';
    for (const {x, count} of clusters) {
      circles += circlePath(x, cy, clusterRadius(count));
      counts += countPath(countLabel(count), x, cy, this.countDigitPx);
    }
    return svg`<path part="cluster" class="cluster" d=${circles} .stLane=${{clusters, cy}}></path><path class="cluster-count" d=${counts}></path>`;
  }

  private renderToday(x: (t: number) => number, domain: [number, number], top: number, bottom: number) {
    const now = Date.now();
    if (now < domain[0] || now > domain[1]) return nothing;
    const cx = x(now);
    return svg`<g class="today"><line x1=${cx} x2=${cx} y1=${top} y2=${bottom}></line><text x=${cx + 4} y=${top + 10}>Today</text></g>`;
  }

  private renderTooltip(item: TimelineItem, x: (t: number) => number, lanesTop: number, laneHeight: number, model: DerivedModel) {
    let left: number;
    let top: number;
    if (this.hovered && this.hovered.id === item.id) {
      ({x: left, y: top} = this.hovered);
    } else if (item.kind === 'incident') {
      left = x(item.time.best);
      const lane = model.laneOfIncident[model.incidents.indexOf(item)];
      top = lanesTop + Math.max(0, lane) * laneHeight;
    } else {
      left = x(item.start);
      top = 0;
    }
    const width = Math.max(this.width, 240);
    const clampedLeft = Math.min(Math.max(8, left - 120), width - 260);
    const body =
      item.kind === 'incident'
        ? html`<strong>${truncate(item.title, 140)}</strong>
            <div>${this.when(item)}</div>
            <div>${STATUS_LABELS[item.status]} · ${humanize(item.category)}</div>
            ${item.location ? html`<div>${truncate(item.location.name, 100)}</div>` : nothing}`
        : html`<strong>${truncate(item.title, 140)}</strong>
            <div>${item.level.label} alert</div>
            <div>${this.when(item)}</div>`;
    return html`<div part="tooltip" class="tooltip" role="tooltip" style=${styleMap({left: `${clampedLeft}px`, top: `${top + laneHeight}px`})}>${body}</div>`;
  }

  private renderClusterTooltip(hovered: {x: number; y: number; cluster: {count: number; earliest: number; latest: number}}, laneHeight: number) {
    const width = Math.max(this.width, 240);
    const left = Math.min(Math.max(8, hovered.x - 120), width - 260);
    const {count, earliest, latest} = hovered.cluster;
    return html`<div part="tooltip" class="tooltip" role="tooltip" style=${styleMap({left: `${left}px`, top: `${hovered.y + laneHeight}px`})}>
      <strong>${count} incidents</strong>
      <div>${formatDayRange(earliest, latest + 1, this.effectiveLocale, this.zone)}</div>
      <div>Click to zoom in</div>
    </div>`;
  }

  private renderLegend(model: DerivedModel): TemplateResult {
    const categories = splitList(this.categories);
    const statuses = splitList(this.statuses);
    const minRank = model.feed.levels.find((level) => level.id === this.minLevel)?.rank ?? -Infinity;
    const toggle = (list: string[], value: string, all: string[]) => {
      const current = list.length ? list : all;
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return next.length === all.length ? '' : next.join(' ');
    };
    const usedLevels = model.feed.levels.filter((level) => level.known);
    return html`<div part="legend" class="legend">
      <div class="legend-group" role="group" aria-label="Alert levels">
        <span class="legend-title">Alert level</span>
        ${usedLevels.map(
          (level) => html`<button
            aria-pressed=${level.rank >= minRank ? 'true' : 'false'}
            title="Show alerts of this level and higher"
            @click=${() => this.setFilter({minLevel: this.minLevel === level.id ? undefined : level.id})}
          >
            <span class="swatch" style=${styleMap({background: levelColor(level, model.feed.levels)})}></span>${level.label}
          </button>`,
        )}
      </div>
      <div class="legend-group" role="group" aria-label="Categories">
        <span class="legend-title">Category</span>
        ${model.categories.map(
          (category) => html`<button
            aria-pressed=${categories.length === 0 || categories.includes(category) ? 'true' : 'false'}
            @click=${() => this.setFilter({categories: toggle(categories, category, model.categories)})}
          >
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path d=${shapePath(shapeOf(category), 5)} fill="currentColor"></path></svg
            >${humanize(category)}
          </button>`,
        )}
      </div>
      <div class="legend-group" role="group" aria-label="Statuses">
        <span class="legend-title">Status</span>
        ${INCIDENT_STATUSES.map(
          (status) => html`<button
            aria-pressed=${statuses.length === 0 || statuses.includes(status) ? 'true' : 'false'}
            @click=${() => this.setFilter({statuses: toggle(statuses, status, [...INCIDENT_STATUSES])})}
          >
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <circle
                r="5"
                fill=${status === 'confirmed' ? 'currentColor' : status === 'reported' ? 'currentColor' : 'none'}
                fill-opacity=${status === 'reported' ? 0.5 : 1}
                stroke="currentColor"
                stroke-width="1.5"
                stroke-dasharray=${status === 'expected' ? '2 1.5' : 'none'}
              ></circle>
              ${status === 'denied' ? svg`<line x1="-7" y1="6" x2="7" y2="-6" stroke="currentColor" stroke-width="1.5"></line>` : nothing}
            </svg>
            ${STATUS_LABELS[status]}
          </button>`,
        )}
      </div>
      ${this.renderLaneLegend(model)}
    </div>`;
  }

  /** Lane toggles, when incidents are grouped into a handful of lanes. */
  private renderLaneLegend(model: DerivedModel): TemplateResult | typeof nothing {
    const all = model.layout.lanes.map((lane) => lane.label);
    if (this.groupBy === 'none' || all.length < 2 || all.length > 12) return nothing;
    const shown = splitList(this.lanes, /\s*,\s*/);
    const isShown = (label: string) => shown.length === 0 || shown.some((name) => name.toLowerCase() === label.toLowerCase());
    const toggle = (label: string) => {
      const current = all.filter(isShown);
      const next = isShown(label) ? current.filter((name) => name !== label) : [...current, label];
      return next.length === all.length ? '' : next.join(', ');
    };
    return html`<div class="legend-group" role="group" aria-label="Lanes">
      <span class="legend-title">Lane</span>
      ${all.map(
        (label) => html`<button aria-pressed=${isShown(label) ? 'true' : 'false'} @click=${() => this.setFilter({lanes: toggle(label)})}>
          ${truncate(label, 40)}
        </button>`,
      )}
    </div>`;
  }

  private renderDetails(): TemplateResult | typeof nothing {
    const item = this.findItem(this.selected);
    if (!item) return nothing;
    const sources = html`${item.sources.length
      ? html`<dt>Sources</dt>
          <dd>
            <ul>
              ${item.sources.map(
                (source) => html`<li>
                  ${source.url
                    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"><bdi>${truncate(source.publisher, 120)}</bdi></a>`
                    : html`<bdi>${truncate(source.publisher, 120)}</bdi>`}${source.title ? html`: <bdi>${truncate(source.title, 200)}</bdi>` : nothing}${source.published
                    ? html`, ${formatDayRange(source.published, source.published + 1, this.effectiveLocale, this.zone)}`
                    : nothing}${source.rejectedUrl ? html` <span>(link not shown: <bdi>${truncate(source.rejectedUrl, 120)}</bdi>)</span>` : nothing}
                </li>`,
              )}
            </ul>
          </dd>`
      : nothing}`;
    const close = html`<button aria-label="Close details" @click=${() => this.select(null)}>×</button>`;
    if (item.kind === 'incident') {
      const location = item.location;
      return html`<section part="details" class="details" aria-label="Details">
        <div class="details-head"><h3>${item.title}</h3>${close}</div>
        ${item.summary ? html`<p>${item.summary}</p>` : nothing}
        <dl>
          <dt>When</dt><dd>${this.when(item)}</dd>
          <dt>Status</dt><dd>${STATUS_LABELS[item.status]}</dd>
          <dt>Category</dt><dd>${humanize(item.category)}</dd>
          ${item.severity ? html`<dt>Severity</dt><dd>${item.severity} of 5</dd>` : nothing}
          ${item.fatalities !== undefined ? html`<dt>Fatalities</dt><dd>${item.fatalities}</dd>` : nothing}
          ${location
            ? html`<dt>Where</dt><dd>${isolatedList([location.name, location.admin2, location.admin1, location.country])}${location.latitude !== undefined
                ? html` (${location.latitude.toFixed(3)}, ${location.longitude!.toFixed(3)}${location.geoPrecision ? `, ${location.geoPrecision}` : ''})`
                : nothing}</dd>`
            : nothing}
          ${item.actors.length ? html`<dt>Actors</dt><dd>${isolatedList(item.actors)}</dd>` : nothing}
          ${sources}
        </dl>
      </section>`;
    }
    const overlapping = (this.data?.alerts ?? []).filter((other) => other !== item && other.start < item.end && other.end > item.start);
    return html`<section part="details" class="details" aria-label="Details">
      <div class="details-head"><h3>${item.title}</h3>${close}</div>
      ${item.description ? html`<p>${item.description}</p>` : nothing}
      <dl>
        <dt>When</dt><dd>${this.when(item)}</dd>
        <dt>Level</dt><dd>${item.level.label}${item.level.known ? nothing : ' (not on the feed\u2019s scale)'}</dd>
        <dt>Areas</dt><dd>${item.areas.length ? item.areas.join(', ') : 'The whole region'}</dd>
        ${item.measures.length
          ? html`<dt>Measures</dt><dd><ul>${item.measures.map((measure) => html`<li>${measure.text}</li>`)}</ul></dd>`
          : nothing}
        ${overlapping.length
          ? html`<dt>Also in force</dt><dd><ul>${overlapping.map((other) => html`<li>${other.level.label}: ${other.title} (${this.when(other)})</li>`)}</ul></dd>`
          : nothing}
        ${sources}
      </dl>
    </section>`;
  }

  private renderProblems(): TemplateResult {
    const problems = this.problems;
    return html`<section part="problems" class="problems" aria-label="Problems in the feed">
      <h3>${problems.length} problem${problems.length === 1 ? '' : 's'} in the feed</h3>
      <ul>
        ${problems.slice(0, 200).map((problem) => html`<li><code>${problem.pointer || '/'}</code> ${problem.message}</li>`)}
      </ul>
      ${problems.length > 200 ? html`<p>…and ${problems.length - 200} more (see the <code>problems</code> property).</p>` : nothing}
    </section>`;
  }

  private renderTable(model: DerivedModel): TemplateResult {
    const domain = this.domain!;
    const items: TimelineItem[] = [
      ...model.alerts.filter((alert) => alert.end > domain[0] && alert.start < domain[1]),
      ...model.incidents.filter((incident) => incident.time.latest >= domain[0] && incident.time.earliest <= domain[1]),
    ].sort((a, b) => (a.kind === 'alert' ? a.start : a.time.best) - (b.kind === 'alert' ? b.start : b.time.best));
    const shown = items.slice(0, MAX_TABLE_ROWS);
    return html`<div part="table" class="table-wrap">
      <table>
        <caption>
          Alerts and incidents from ${formatDayRange(domain[0], domain[1], this.effectiveLocale, this.zone)}${items.length > shown.length
            ? `, first ${shown.length} of ${items.length}; zoom in to see the rest`
            : ''}
        </caption>
        <thead>
          <tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">What</th><th scope="col">Status or level</th><th scope="col">Where</th></tr>
        </thead>
        <tbody>
          ${shown.map(
            (item) => html`<tr>
              <td>${this.when(item)}</td>
              <td>${item.kind === 'alert' ? 'Alert' : humanize(item.category)}</td>
              <td>${truncate(item.title, 200)}</td>
              <td>${item.kind === 'alert' ? item.level.label : STATUS_LABELS[item.status]}</td>
              <td>${item.kind === 'alert' ? item.areas.join(', ') || 'Whole region' : (item.location?.name ?? '')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

