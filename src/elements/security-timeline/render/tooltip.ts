/** The tooltip of the hovered or focused item, and of a hovered cluster. */
import {html, nothing, type TemplateResult} from 'lit';
import type {MarkerCluster} from '../../../layout/clusters.js';
import {zoneOf, type ReaderSettings} from '../../../layout/describe.js';
import {fatalitiesText, statusText, whenText} from '../../../layout/describe-items.js';
import {levelLabel} from '../../../layout/labels.js';
import {categoryLook} from '../../../layout/category-looks.js';
import {INCIDENT_STATUSES, type Fatalities, type Feed, type Source} from '../../../feed/types.js';
import type {Translate} from '../../../i18n/translate.js';
import type {ClusterContents} from '../../../model/cluster-contents.js';
import {formatDayRange} from '../../../layout/format-time.js';
import {truncate, type TimelineItem} from '../../../layout/presentation.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export {styles} from './tooltip.styles.js';
// Tooltips are placed on the screen by code that comes with them.
export {TooltipPlacementController} from '../../../controllers/tooltip-placement-controller.js';

/** A tooltip about the point (`x`, `top`) in the chart, shown one lane below it. */
export interface TooltipPlace {
  x: number;
  top: number;
  laneHeight: number;
  chartWidth: number;
}

/**
 * A tooltip about the point (`x`, `top`) of the chart. It is a popover, in the top layer, so that
 * no container of the page clips it; `placeTooltip` puts it on the screen after each update.
 */
function tooltip(place: TooltipPlace, body: TemplateResult): TemplateResult {
  // A tooltip is named by its text, which lit-a11y cannot see through the template's expression.
  // eslint-disable-next-line lit-a11y/accessible-name
  return html`<div part="tooltip" class="tooltip" role="tooltip" popover="manual" data-x=${place.x} data-top=${place.top} data-below=${place.laneHeight}>
    ${body}
  </div>`;
}

export function renderItemTooltip(item: TimelineItem, place: TooltipPlace, dates: ReaderSettings, feed: Pick<Feed, 'categories'>): TemplateResult {
  const {t} = dates;
  const body =
    item.kind === 'incident'
      ? html`<strong><bdi>${truncate(item.title, 140)}</bdi></strong>
          <div>${whenText(item, dates)}</div>
          <div>${statusText(item.status, t)} · <bdi>${categoryLook(feed, item.category, t).label}</bdi></div>
          ${item.location ? html`<div><bdi>${truncate(item.location.name, 100)}</bdi></div>` : nothing}
          ${item.fatalities ? html`<div>${t('fatalitiesValue', {deaths: fatalitiesText(item.fatalities, t)})}</div>` : nothing}
          ${renderSources(item.sources, t)}`
      : html`<strong><bdi>${truncate(item.title, 140)}</bdi></strong>
          <div>${t('levelAlert', {level: levelLabel(item.level, t)})}</div>
          <div>${whenText(item, dates)}</div>
          ${renderSources(item.sources, t)}`;
  return tooltip(place, body);
}

/** Who reported it: each source's publisher, a link where the feed gives a safe one (the tooltip stays open under the pointer). */
function renderSources(sources: readonly Source[], t: Translate): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  const shown = sources.slice(0, 3).map((source, i) => {
    const name = html`<bdi>${truncate(source.publisher, 60)}</bdi>`;
    const separator = i ? ', ' : '';
    return source.url ? html`${separator}<a href=${source.url} target="_blank" rel="noopener noreferrer">${name}</a>` : html`${separator}${name}`;
  });
  const more = sources.length > 3 ? ` +${t.count(sources.length - 3)}` : '';
  return html`<div class="tooltip-sources">${t('sources')}: ${shown}${more}</div>`;
}

/**
 * A cluster: how many incidents, of which statuses, their deaths (summed, with the range when the
 * feed gives one), and the days they may have happened on, from the earliest to the latest.
 */
export function renderClusterTooltip(
  cluster: MarkerCluster,
  contents: ClusterContents,
  place: TooltipPlace,
  dates: ReaderSettings,
  deaths: Fatalities | undefined,
  /** Whether every incident of the cluster is known to the day or coarser: its days are then the region's. */
  civil = false,
): TemplateResult {
  const {t} = dates;
  const statuses = INCIDENT_STATUSES.filter((status) => contents.statuses[status] > 0).map(
    (status) => `${statusText(status, t)}: ${t.count(contents.statuses[status])}`,
  );
  return tooltip(
    place,
    html`<strong>${t('clusterIncidents', {count: cluster.count})}</strong>
      <div>${statuses.join(' · ')}</div>
      ${deaths ? html`<div>${t('fatalitiesValue', {deaths: fatalitiesText(deaths, t)})}</div>` : nothing}
      <div>${formatDayRange(contents.earliest, Math.max(contents.latest, contents.earliest + 1), dates, zoneOf(civil, dates))}</div>
      <div>${t('clickToZoom')}</div>`,
  );
}
