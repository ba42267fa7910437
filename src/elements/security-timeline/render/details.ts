/**
 * The details panel of the selected alert or incident: everything the feed says of it, with its
 * sources as links where they have a web address. Loaded the first time an item is selected.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Actor, AlertWindow, Feed, Incident, Source} from '../../../feed/types.js';
import {zoneOf, type ReaderSettings} from '../../../layout/describe.js';
import {fatalitiesText, geoPrecisionText, statusText, whenText} from '../../../layout/describe-items.js';
import {levelLabel} from '../../../layout/labels.js';
import type {Translate} from '../../../i18n/translate.js';
import {formatDayRange} from '../../../layout/format-time.js';
import {categoryLook} from '../../../layout/category-looks.js';
import {truncate, type TimelineItem} from '../../../layout/presentation.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export {styles} from './panels.styles.js';

export interface DetailsView {
  item: TimelineItem;
  /** What the last refresh did to it: changed it, or took it back (it is then no longer in the feed). */
  change?: {kind: 'updated' | 'edited'} | {kind: 'withdrawn'; date?: number; reason?: string};
  /** The feed, for the labels of its categories. */
  feed: Pick<Feed, 'categories'>;
  /** For an alert: the other alerts in force at some time in its window. */
  concurrentAlerts: readonly AlertWindow[];
  /** The filters leave it out of the chart: the panel says so. */
  hiddenByFilters?: boolean;
  dates: ReaderSettings;
  close: () => void;
}

/**
 * Feed strings joined for display, each in its own <bdi>, so that a right-to-left name or a
 * stray bidi override character in one cannot reorder the others.
 */
function isolatedList(parts: ReadonlyArray<string | undefined>, t: Translate) {
  const separator = t('listSeparator');
  return parts.filter((part): part is string => Boolean(part)).map((part, i) => html`${i ? separator : ''}<bdi>${part}</bdi>`);
}

/**
 * The actors of an incident: their names, or, when the feed gives their sides, each side with the
 * actors acting with it.
 */
function renderActors(actors: readonly Actor[], t: Translate) {
  if (!actors.some((actor) => actor.role))
    return isolatedList(
      actors.map((actor) => actor.name),
      t,
    );
  const SIDES = {'side-a': 'a', 'side-b': 'b'} as const;
  // An associated actor is on the side of the actor it acted with.
  const sideOf = (actor: Actor): 'a' | 'b' | undefined => {
    const role = actor.role === 'associated' ? actors.find((other) => other.name === actor.with && other.role !== 'associated')?.role : actor.role;
    return role === 'side-a' || role === 'side-b' ? SIDES[role] : undefined;
  };
  const names = (side: 'a' | 'b' | undefined) => actors.filter((actor) => sideOf(actor) === side).map((actor) => actor.name);
  const sides = [
    [t('sideA'), names('a')],
    [t('sideB'), names('b')],
    [t('alsoNamed'), names(undefined)],
  ] as const;
  return html`<ul class="actor-sides">
    ${sides.filter(([, list]) => list.length).map(([side, list]) => html`<li>${side}: ${isolatedList(list, t)}</li>`)}
  </ul>`;
}

function renderSource(source: Source, dates: ReaderSettings) {
  const publisher = html`<bdi>${truncate(source.publisher, 120)}</bdi>`;
  return html`<li>
    ${source.url ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${publisher}</a>` : publisher}${
      source.title ? html`: <bdi>${truncate(source.title, 200)}</bdi>` : nothing
    }${
      source.published
        ? html`${dates.t('listSeparator')}${formatDayRange(source.published, source.published + 1, dates, zoneOf(true, dates))}`
        : nothing
    }${source.rejectedUrl ? html` <span>${dates.t('linkNotShown', {url: truncate(source.rejectedUrl, 120)})}</span>` : nothing}
  </li>`;
}

function renderSources(sources: readonly Source[], dates: ReaderSettings) {
  return sources.length
    ? html`<dt>${dates.t('sources')}</dt>
        <dd>
          <ul>
            ${sources.map((source) => renderSource(source, dates))}
          </ul>
        </dd>`
    : nothing;
}

/** A category and the type it is a kind of: "Remote explosive/landmine/IED (Explosions/Remote violence)". */
function categoryPath(id: string, feed: Pick<Feed, 'categories'>, t: Translate): string {
  const look = categoryLook(feed, id, t);
  return look.parent === undefined
    ? look.label
    : t('labelWithExplanation', {label: look.label, explanation: categoryLook(feed, look.parent, t).label});
}

function renderIncidentFacts(item: Incident, dates: ReaderSettings, feed: Pick<Feed, 'categories'>) {
  const {location} = item;
  const {t} = dates;
  // Coordinates are numbers a reader may copy into a map: written as the map reads them, Latin digits and all.
  const where = location && [
    location.latitude !== undefined ? t('coordinates', {latitude: location.latitude.toFixed(3), longitude: location.longitude!.toFixed(3)}) : '',
    location.geoPrecision ? geoPrecisionText(location.geoPrecision, t) : '',
  ];
  return html`<dt>${t('when')}</dt><dd>${whenText(item, dates)}</dd>
    <dt>${t('status')}</dt><dd>${statusText(item.status, t)}</dd>
    <dt>${t('category')}</dt><dd>${categoryPath(item.category, feed, t)}</dd>
    ${item.severity ? html`<dt>${t('severity')}</dt><dd>${t('severityOutOf', {severity: item.severity})}</dd>` : nothing}
    ${item.fatalities !== undefined ? html`<dt>${t('fatalities')}</dt><dd>${fatalitiesText(item.fatalities, t)}</dd>` : nothing}
    ${
      location
        ? html`<dt>${t('where')}</dt><dd>${isolatedList([location.name, location.admin2, location.admin1, location.country], t)}${
            where!.some(Boolean) ? html` (${isolatedList(where!, t)})` : nothing
          }</dd>`
        : nothing
    }
    ${item.actors.length ? html`<dt>${t('actors')}</dt><dd>${renderActors(item.actors, t)}</dd>` : nothing}`;
}

function renderAlertFacts(item: AlertWindow, concurrentAlerts: readonly AlertWindow[], dates: ReaderSettings) {
  const {t} = dates;
  const level = levelLabel(item.level, t);
  return html`<dt>${t('when')}</dt><dd>${whenText(item, dates)}</dd>
    <dt>${t('level')}</dt><dd>${item.level.known ? level : t('levelNotOnScale', {level})}</dd>
    <dt>${t('areas')}</dt><dd>${
      item.areas.length
        ? isolatedList(
            item.areas.map((area) => area.name),
            t,
          )
        : t('wholeRegion')
    }</dd>
    ${item.measures.length ? html`<dt>${t('measures')}</dt><dd><ul>${item.measures.map((measure) => html`<li><bdi>${measure.text}</bdi></li>`)}</ul></dd>` : nothing}
    ${
      concurrentAlerts.length
        ? html`<dt>${t('alsoInForce')}</dt><dd><ul>${concurrentAlerts.map(
            (other) => html`<li>${levelLabel(other.level, t)}: <bdi>${other.title}</bdi> (${whenText(other, dates)})</li>`,
          )}</ul></dd>`
        : nothing
    }`;
}

/** A note on what the last refresh did to the item. */
function renderChange(change: NonNullable<DetailsView['change']>, dates: ReaderSettings) {
  const {t} = dates;
  if (change.kind !== 'withdrawn')
    return html`<p class="change-note" role="note">${t(change.kind === 'updated' ? 'updatedSinceLoad' : 'changedSinceLoad')}</p>`;
  const note =
    change.date === undefined
      ? t('withdrawnNote')
      : t('withdrawnOnNote', {date: formatDayRange(change.date, change.date + 1, dates, zoneOf(true, dates))});
  const reason = change.reason ? ` ${t('withdrawnReason', {reason: change.reason})}` : '';
  return html`<p class="change-note withdrawn" role="note">${note}${reason}</p>`;
}

export function renderDetails({item, feed, change, concurrentAlerts, hiddenByFilters, dates, close}: DetailsView): TemplateResult {
  const text = item.kind === 'incident' ? item.summary : item.description;
  const {t} = dates;
  // Escape in the details closes them, as the × does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  return html`<section part="details" class="details" aria-label=${t('details')} @keydown=${onKeyDown}>
    <div class="details-head"><h3><bdi>${item.title}</bdi></h3><button aria-label=${t('closeDetails')} @click=${close}>×</button></div>
    ${change ? renderChange(change, dates) : nothing}
    ${hiddenByFilters ? html`<p class="change-note hidden-note" role="note">${t('hiddenByFilters')}</p>` : nothing}
    ${text ? html`<p dir="auto">${text}</p>` : nothing}
    <dl>
      ${item.kind === 'incident' ? renderIncidentFacts(item, dates, feed) : renderAlertFacts(item, concurrentAlerts, dates)}
      ${renderSources(item.sources, dates)}
    </dl>
  </section>`;
}
