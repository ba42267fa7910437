import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {TimelineAttributes} from './timeline-attributes.js';
import {AnalystController} from '../../controllers/analyst-controller.js';
import {AnnouncerController} from '../../controllers/announcer-controller.js';
import {FeedController} from '../../controllers/feed-controller.js';
import {InputController} from '../../controllers/input-controller.js';
import {LocaleController} from '../../controllers/locale-controller.js';
import {pendingLoads} from '../../controllers/lazy-part-controller.js';
import {MarkupController} from '../../controllers/markup-controller.js';
import {ResizeController} from '../../controllers/resize-controller.js';
import {SelectionController} from '../../controllers/selection-controller.js';
import type {TooltipPlacementController} from '../../controllers/tooltip-placement-controller.js';
import {ThemeController} from '../../controllers/theme-controller.js';
import {ViewController} from '../../controllers/view-controller.js';
import type {OverviewController} from '../../controllers/overview-controller.js';
import {overviewScale, type OverviewScale} from '../../layout/overview-scale.js';
import type {FeedLoadErrorDetail} from '../../feed/load.js';
import type {Feed, FeedProblem, IncidentStatus} from '../../feed/types.js';
import {findItem, timelineFilters, timelineModelCache, type TimelineFilters, type TimelineModel} from '../../model/timeline-model.js';
import {selectedItem} from '../../model/selected-item.js';
import {plotEdges, type PlotEdges} from '../../layout/chart-frame.js';
import {changesText, selectionText, summaryText, timelineTitle, windowText} from '../../layout/describe.js';
import {formatInstant} from '../../layout/format-time.js';
import {SIZE_BY_VALUES} from '../../layout/marker-shapes.js';
import type {TimelineItem} from '../../layout/presentation.js';
import {timelineEvent, type TimelineFilterDetail, type TimelineLoadDetail, type TimelineRangeDetail, type TimelineSelectDetail} from './events.js';
import {ChartViewModel} from './chart-view.js';
import {prepareIntlWhenIdle} from './intl-warmup.js';
import {LabelWidths} from '../../controllers/label-widths.js';
import {OnDemandParts} from './parts.js';
import {keepInPlace} from './keep-in-place.js';
import {renderChart} from './render/chart.js';
import {renderHeader} from './render/header.js';
import type {LegendChange} from './render/legend.js';
import {renderChanges, renderLoadError, renderLoading, renderNoInput, renderNothingToDraw, renderOnDemand, renderStale} from './render/states.js';
import {styles} from './security-timeline.styles.js';
import type {ExportChoice} from './analyst/toolbar.js';
import type {TableState} from './render/table.js';

export type {TimelineFilterDetail, TimelineLoadDetail, TimelineRangeDetail, TimelineSelectDetail} from './events.js';

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
 * @event st-error - No usable feed could be read. `detail`: `{kind, url, status, message, hint, problems}`. Also fires,
 *   while the rest stays drawn, for each feed of several in `src` that fails, and for each failed refresh.
 * @event st-select - The reader selected an alert or incident, or cleared the selection. `detail`: `{id, item}`.
 * @event st-range-change - The reader zoomed or panned. `detail`: `{start, end}` in epoch ms.
 * @event st-filter-change - The reader changed a filter in the legend. `detail`: `{categories, statuses, minLevel}`.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart header - Title, summary and toolbar.
 * @csspart toolbar - The zoom, fit and table buttons.
 * @csspart attribution - The credit the data's terms require (the feed's `attribution`), shown with the chart.
 * @csspart chart - The drawing area (one tab stop).
 * @csspart band - An alert window's stripe; with more than 40 windows in view, the path of the stripes of one level.
 * @csspart marker - An incident marker.
 * @csspart cluster - The clusters of one lane (incidents too close to draw apart), drawn as one path of circles.
 * @csspart axis - The time axis.
 * @csspart tooltip - The tooltip shown on hover or focus.
 * @csspart legend - The legend of levels, categories and statuses.
 * @csspart overview - The strip under the chart: the whole feed over time, with the brush of the window shown.
 * @csspart details - The panel describing the selected item.
 * @csspart problems - The list of problems found in the feed.
 * @csspart table - The table of alerts and incidents shown on demand.
 * @csspart state - The loading, error and empty messages.
 * @csspart stale - "Stale since …": a refresh failed and the last good data is shown.
 * @csspart changes - "Since the last load: 2 changed, 1 withdrawn.": what the last refresh changed.
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
 * @cssprop [--st-font-family=inherit] - Font (default: the page's).
 * @cssprop [--st-font-size=0.875em] - Base font size (default: 0.875 of the page's, 14 px in a 16 px page).
 * @cssprop [--st-lane-height=3.15em] - Height of one lane, in px or em (default: 44 px at a 14 px font).
 * @cssprop [--st-radius=6px] - Corner radius of panels and buttons.
 */
export class SecurityTimeline extends TimelineAttributes {
  // The forced-colours styles are adopted when the reader's system asks for them (see `ThemeController`).
  static override styles = [styles];

  static override properties = {showProblems: {state: true}, lanesUnfolded: {state: true}};

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

  /** The visible window in epoch ms, or null before a feed is drawn. */
  get visibleRange(): {start: number; end: number} | null {
    const domain = this.view.domain;
    return domain ? {start: domain[0], end: domain[1]} : null;
  }

  /** Puts focus in the chart, where the keys move between items (before a feed is drawn: the element itself). */
  override focus(options?: FocusOptions): void {
    const chart = this.renderRoot?.querySelector<HTMLElement>('.chart');
    if (chart) chart.focus(options);
    else super.focus(options);
  }

  /** Shows the whole feed. */
  fitAll(): void {
    this.view.fitAll();
  }

  /**
   * The items in view after the filters, as a `Blob`: `csv`, one row per incident (its dates,
   * uncertainty, status, deaths, actors, place and sources; cells that a spreadsheet would read as
   * a formula are neutralised), or `json`, a feed of those items that the validator reads back
   * with no problems. Null before a feed is drawn.
   */
  async toData(options: {format: 'csv' | 'json'} = {format: 'csv'}): Promise<Blob | null> {
    const model = this.model;
    const domain = this.view.domain;
    if (!model || !domain) return null;
    const {dataBlob} = await import('./analyst/exports.js');
    return dataBlob(model, domain, options.format === 'json' ? 'json' : 'csv');
  }

  /**
   * The chart as drawn, as a `Blob`: `png` (at `scale`, default the screen's pixel ratio) or a
   * self-contained `svg`, with the title, the legend of levels and statuses, the credit the data's
   * terms require and the date the feed is as of drawn in. Null before a feed is drawn.
   */
  async toImage(options: {format?: 'png' | 'svg'; scale?: number} = {}): Promise<Blob | null> {
    await this.updateComplete;
    const model = this.model;
    if (!model || !this.renderRoot.querySelector('.chart > svg')) return null;
    const [{chartImage}, {imageInfo}] = await Promise.all([import('../../export/image.js'), import('./analyst/exports.js')]);
    const {t} = this.settings.dates;
    const info = imageInfo(model, {title: timelineTitle(model.feed, this.label, t), asOf: this.asOf, t, rtl: this.settings.rtl});
    return chartImage(this.shadowRoot!, info, {format: options.format === 'svg' ? 'svg' : 'png', scale: options.scale});
  }

  /** Zooms by `factor` (2 doubles the magnification) around a time, by default the centre. */
  zoom(factor: number, anchor?: number): void {
    this.view.zoom(factor, anchor);
  }

  private showProblems = false;
  /** The reader showed every lane, past `maxLanes`; a new `maxLanes` folds them again. */
  private lanesUnfolded = false;

  private readonly loader = new FeedController(this, {
    onLoad: (result) => {
      const text = this.changesText;
      if (text) this.announcer.announce(text);
      this.emit<TimelineLoadDetail>('st-load', {feed: result.feed!, problems: result.problems});
    },
    onError: (detail) => this.emit<FeedLoadErrorDetail>('st-error', detail),
    prepare: () => this.model,
  });
  private readonly markup = new MarkupController(this);
  private readonly settings = new LocaleController(this, {
    locale: () => this.locale,
    calendar: () => this.calendar,
    messages: () => this.messages,
    timeZone: () => this.timeZone,
    feedTimeZone: () => this.data?.timeZone,
  });
  private readonly size = new ResizeController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly view = new ViewController(this, {
    model: () => this.model,
    moved: (range) => {
      this.emit<TimelineRangeDetail>('st-range-change', range);
      this.announcer.announceWhenSettled(() => windowText(range, this.settings.dates));
    },
    axisSettings: () => ({...this.settings.dates, rtl: this.settings.rtl}),
    plot: () => this.plot,
    drawing: () => this.renderRoot?.querySelector('.chart > svg') ?? null,
  });
  private readonly selection = new SelectionController(this, {
    findItem: (id) => this.findItem(id),
    selected: () => this.selected,
    writeSelected: (id) => (this.selected = id),
    selectionChanged: (item) => {
      this.announcer.announce(selectionText(item, this.settings.dates.t));
      this.emit<TimelineSelectDetail>('st-select', {id: item?.id ?? null, item});
      // On a phone the details open below the fold: the reader's tap brings them into view.
      if (item) void this.updateComplete.then(() => this.renderRoot.querySelector('[part="details"]')?.scrollIntoView({block: 'nearest'}));
    },
  });
  private readonly input = new InputController(this, this.view, this.selection, {
    model: () => this.model,
    findItem: (id) => this.findItem(id),
    chart: () => this.renderRoot?.querySelector('.chart') ?? null,
    dates: () => this.settings.dates,
    announce: (text) => this.announcer.announce(text),
  });

  /** The table's sort and page, kept while the feed and filters change. */
  private readonly tableState: TableState = {};

  /** The overview's brush, made when the overview's code arrives. */
  private overviewInput?: OverviewController;

  private readonly analyst = new AnalystController(this);

  private readonly scheme = new ThemeController(
    this,
    () => this.theme !== 'light' && this.theme !== 'dark',
    () => this.parts.forcedColors.get(),
  );
  /** Puts tooltips on the screen; made when the tooltips' code arrives. */
  private tooltipPlacement?: TooltipPlacementController;

  // Each part loaded on demand brings its styles, adopted when it arrives.
  private readonly parts = new OnDemandParts(this);
  private readonly modelOf = timelineModelCache();
  private readonly chart = new ChartViewModel();
  private readonly labelWidths = new LabelWidths(this);

  override connectedCallback(): void {
    super.connectedCallback();
    prepareIntlWhenIdle(() => this.settings.dates.locale);
  }

  /**
   * The code of what the first frame of a feed draws loads while the feed is on its way: asked
   * for once the first update has sent the feed's request, which a browser holding six
   * connections per server would otherwise queue behind them.
   */
  protected override firstUpdated(): void {
    if (!this.noLegend) this.parts.legend.get();
    if (!this.noOverview) this.parts.overview.get();
    this.parts.tooltips.get();
    this.parts.toolbar.get();
    // Printing gives no time to fetch styles: they load with the rest, while the feed is on its way.
    this.parts.print.get();
    this.input.load();
  }

  /** Resolves once the element has drawn everything, the parts whose code loads on demand included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const parts = [...this.parts.all, this.markup.reader, ...this.input.parts, ...this.analyst.parts, this.settings, this.loader];
    while (await pendingLoads(parts)) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const markupChanged = this.markup.takeChange();
    if (changed.has('feed') || changed.has('src') || changed.has('timeout') || changed.has('maxBytes') || changed.has('refresh') || markupChanged) {
      const markupFeed = (this.feed ?? this.src) ? undefined : this.markup.feed({title: this.label, timeZone: this.timeZone});
      // The reader of markup items is still loading: read them when it is there.
      if (markupFeed === null) return;
      this.loader.update({
        document: this.feed ?? markupFeed,
        url: this.src || undefined,
        limits: {timeoutMs: this.timeout * 1000, maxBytes: this.maxBytes},
        refreshMs: this.refresh > 0 ? this.refresh * 1000 : 0,
      });
    }
    if (changed.has('feed') || changed.has('src')) this.selection.hovered = null;
    if (changed.has('maxLanes')) this.lanesUnfolded = false;
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(timelineEvent(type, detail));
  }

  private get plot(): PlotEdges {
    return plotEdges(this.size.width, this.groupBy !== 'none', this.settings.rtl);
  }

  private get model(): TimelineModel | null {
    const feed = this.data;
    return feed && this.modelOf(feed, this.filters, this.settings.dates.t, this.analyst.search);
  }

  private get filters(): TimelineFilters {
    const filters = timelineFilters(this);
    return this.lanesUnfolded ? {...filters, maxLanes: 0} : filters;
  }

  private findItem(id: string | null | undefined): TimelineItem | null {
    return findItem(this.data, id);
  }

  private setFilter(change: LegendChange): void {
    if ('lanes' in change) this.lanes = change.lanes || undefined;
    if ('categories' in change) this.categories = change.categories || undefined;
    if ('statuses' in change) this.statuses = change.statuses || undefined;
    if ('minLevel' in change) this.minLevel = change.minLevel;
    const {categories, statuses, minLevel, lanes} = this.filters;
    this.emit<TimelineFilterDetail>('st-filter-change', {categories, statuses: statuses as IncidentStatus[], minLevel: minLevel ?? null, lanes});
    void keepInPlace(this, this.renderRoot.querySelector('.legend button:focus'));
  }

  protected override render(): TemplateResult {
    // A language whose words load on demand: nothing is written until they are here.
    if (!this.settings.ready) return html`<div part="base" class="base"></div><slot hidden></slot>`;
    const state = this.loader.state;
    const model = this.model;
    const dates = this.settings.dates;
    const {t} = dates;
    const title = model && timelineTitle(model.feed, this.label, t);
    const summary = model && summaryText(model, title!, dates);
    return html`
      <div part="base" class="base ${this.scheme.scheme}" lang=${t.lang} dir=${this.settings.rtl ? 'rtl' : 'ltr'}>
        ${
          model
            ? renderHeader({
                title: title!,
                summary: summary!,
                attribution: model.feed.attribution,
                problemCount: this.problems.length,
                showProblems: this.showProblems,
                showTable: this.showTable,
                onToggleProblems: () => (this.showProblems = !this.showProblems),
                onZoomIn: () => this.zoom(2),
                onZoomOut: () => this.zoom(0.5),
                onFitAll: () => this.fitAll(),
                onToggleTable: () => (this.showTable = !this.showTable),
                description: model.feed.description,
                asOf: this.asOf,
                search: this.noSearch ? undefined : this.analyst.searchView(model.incidents.length, t),
                exports: {canLink: this.syncUrl, choose: (choice) => void this.exportChosen(choice)},
                toolbar: this.parts.toolbar.get(),
                t,
              })
            : nothing
        }
        ${
          model && this.loader.staleFrom !== null
            ? renderStale(formatInstant(this.loader.staleFrom, 'minute', dates, dates.timeZone), this.loader.refreshError?.message, t)
            : nothing
        }
        ${model ? renderChanges(this.changesText) : nothing}
        ${state === 'loading' && !model ? renderLoading(t) : nothing}
        ${state === 'error' ? renderLoadError(this.loader.error, this.src ? () => this.loader.reload() : undefined, t) : nothing}
        ${state === 'empty' ? renderNoInput(t) : nothing}
        ${model && model.lanes.length ? this.renderChartArea(model, summary!) : nothing}
        ${model ? renderNothingToDraw(model, () => this.setFilter({categories: '', statuses: '', minLevel: undefined, lanes: ''}), t) : nothing}
        ${model && this.showProblems ? renderOnDemand(this.parts.problems, t('partProblems'), (part) => part.renderProblems(this.problems, t), t) : nothing}
        ${
          model && !this.noLegend
            ? renderOnDemand(
                this.parts.legend,
                t('partLegend'),
                (part) =>
                  part.renderLegend({
                    ...this.filters,
                    model,
                    grouped: this.groupBy !== 'none',
                    compact: this.plot.inlineLabels ?? false,
                    change: (change) => this.setFilter(change),
                    t,
                  }),
                t,
              )
            : nothing
        }
        ${model ? this.renderDetails() : nothing}
        ${model && this.showTable ? renderOnDemand(this.parts.table, t('partTable'), (part) => part.renderTable(model, this.view.domain!, dates, {state: this.tableState, query: this.filters.query}), t) : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      </div>
      <slot hidden></slot>
    `;
  }

  /** "As of 2 Oct 2024": the day the feed was last updated, in the region's calendar days. */
  private get asOf(): string | undefined {
    const updated = this.data?.updated;
    const dates = this.settings.dates;
    return updated === undefined ? undefined : dates.t('asOf', {date: formatInstant(updated, 'day', dates, dates.regionZone ?? dates.timeZone)});
  }

  /** A choice in the export menu: a file to save, or a link to the view copied. */
  private async exportChosen(choice: ExportChoice): Promise<void> {
    const {chooseExport} = await import('./analyst/export-choice.js');
    return chooseExport(choice, {
      toData: (format) => this.toData({format}),
      toImage: (format) => this.toImage({format}),
      name: {title: this.data?.title ?? '', start: this.view.domain![0]},
      link: () => this.analyst.linkToView(),
      announce: (text) => this.announcer.announce(text),
      t: this.settings.dates.t,
    });
  }

  /** What the last refresh of the feed changed, in words; empty when it changed nothing. */
  private get changesText(): string {
    const {changed, withdrawn, added} = this.loader.changes;
    return changesText({changed: changed.size, withdrawn: withdrawn.size, added: added.size}, this.settings.dates.t);
  }

  private renderDetails(): TemplateResult | typeof nothing {
    const shown = selectedItem(this.model!, this.loader.changes, this.selected);
    if (!shown) return nothing;
    const {dates} = this.settings;
    const close = () => this.dismissDetails();
    return renderOnDemand(
      this.parts.detailsPanel,
      dates.t('partDetails'),
      (part) => part.renderDetails({...shown, feed: this.data!, dates, close}),
      dates.t,
    );
  }

  /** Closes the details; focus, which was in them, goes back to the chart rather than to the page's body. */
  private dismissDetails(): void {
    this.selection.select(null);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.chart')?.focus());
  }

  private renderChartArea(model: TimelineModel, summary: string): TemplateResult {
    const {settings, size, view, selection} = this;
    // The code of gestures and keys loads with the first frame.
    this.input.load();
    const {handlers, dragging, hintKey} = this.input;
    // The page's name for the element comes first, then what the chart holds and how its keys work.
    const label = `${this.accessibleName ? `${this.accessibleName}. ` : ''}${summary} ${settings.dates.t('keyHelp')}`;
    const sizeBy = SIZE_BY_VALUES.includes(this.sizeBy) ? this.sizeBy : 'severity';
    const state = {model, edges: this.plot, label, selected: this.selected, sizeBy, focusWithin: this.matches(':focus-within')};
    const tooltips = this.parts.tooltips.get();
    if (tooltips) this.tooltipPlacement ??= new tooltips.TooltipPlacementController(this, () => this.renderRoot?.querySelector('.chart') ?? null);
    const overview = this.renderOverview(model, sizeBy === 'fatalities');
    return renderChart(
      this.chart.of({
        ...state,
        tooltips,
        manyBands: this.parts.manyBands,
        findItem: (id) => this.findItem(id),
        settings,
        size,
        view,
        selection,
        handlers,
        dragging,
        hintKey,
        overview,
        onToggleFolded: () => (this.lanesUnfolded = !this.lanesUnfolded),
        lanesUnfolded: this.lanesUnfolded,
        labelWidth: this.labelWidths.widthsAt(size.width),
      }),
    );
  }

  /** The whole feed across the plot's width, as the overview strip draws it. */
  private get overviewScale(): OverviewScale | null {
    const model = this.model;
    const {left, right} = this.plot;
    return model && overviewScale(model.bounds, left, right, this.settings.rtl);
  }

  private renderOverview(model: TimelineModel, byDeaths: boolean): TemplateResult | typeof nothing {
    const scale = this.overviewScale;
    if (this.noOverview || !scale) return nothing;
    const dates = this.settings.dates;
    const weight = byDeaths ? ('fatalities' as const) : ('count' as const);
    return renderOnDemand(
      this.parts.overview,
      dates.t('partOverview'),
      (part) => {
        const controller = (this.overviewInput ??= new part.OverviewController(this, this.view, {
          scale: () => this.overviewScale,
          bounds: () => this.model?.bounds ?? null,
        }));
        return part.renderOverview({model, weight, scale, width: this.plot.width, domain: this.view.domain!, dates, controller});
      },
      dates.t,
    );
  }
}
