/**
 * The details panel of the selected alert or incident: everything the feed says of it, with its
 * sources as links where they have a web address. Loaded the first time an item is selected.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Actor, AlertWindow, Feed, Incident, Source} from '../../../feed/types.js';
import {zoneOf, type DateSettings} from '../../../layout/describe.js';
import {areaNames, fatalitiesText, whenText} from '../../../layout/describe-items.js';
import {formatDayRange} from '../../../layout/format-time.js';
import {categoryLook} from '../../../layout/category-looks.js';
import {STATUS_LABELS, truncate, type TimelineItem} from '../../../layout/presentation.js';

export {styles} from './panels.styles.js';

export interface DetailsView {
  item: TimelineItem;
  /** What the last refresh did to it: changed it, or took it back (it is then no longer in the feed). */
  change?: {kind: 'updated' | 'edited'} | {kind: 'withdrawn'; date?: number; reason?: string};
  /** The feed, for the labels of its categories. */
  feed: Pick<Feed, 'categories'>;
  /** For an alert: the other alerts in force at some time in its window. */
  alsoInForce: readonly AlertWindow[];
  dates: DateSettings;
  close: () => void;
}

/**
 * Feed strings joined for display, each in its own <bdi>, so that a right-to-left name or a
 * stray bidi override character in one cannot reorder the others.
 */
function isolatedList(parts: ReadonlyArray<string | undefined>) {
  return parts.filter((part): part is string => Boolean(part)).map((part, i) => html`${i ? ', ' : ''}<bdi>${part}</bdi>`);
}

/**
 * The actors of an incident: their names, or, when the feed gives their sides, each side with the
 * actors acting with it.
 */
function renderActors(actors: readonly Actor[]) {
  if (!actors.some((actor) => actor.role)) return isolatedList(actors.map((actor) => actor.name));
  const SIDES = {'side-a': 'a', 'side-b': 'b'} as const;
  // An associated actor is on the side of the actor it acted with.
  const sideOf = (actor: Actor): 'a' | 'b' | undefined => {
    const role = actor.role === 'associated' ? actors.find((other) => other.name === actor.with && other.role !== 'associated')?.role : actor.role;
    return role === 'side-a' || role === 'side-b' ? SIDES[role] : undefined;
  };
  const names = (side: 'a' | 'b' | undefined) => actors.filter((actor) => sideOf(actor) === side).map((actor) => actor.name);
  const sides = [
    ['Side A', names('a')],
    ['Side B', names('b')],
    ['Also named', names(undefined)],
  ] as const;
  return html`<ul class="actor-sides">
    ${sides.filter(([, list]) => list.length).map(([side, list]) => html`<li>${side}: ${isolatedList(list)}</li>`)}
  </ul>`;
}

function renderSource(source: Source, dates: DateSettings) {
  const publisher = html`<bdi>${truncate(source.publisher, 120)}</bdi>`;
  return html`<li>
    ${source.url ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${publisher}</a>` : publisher}${
      source.title ? html`: <bdi>${truncate(source.title, 200)}</bdi>` : nothing
    }${
      source.published ? html`, ${formatDayRange(source.published, source.published + 1, dates.locale, zoneOf(true, dates))}` : nothing
    }${source.rejectedUrl ? html` <span>(link not shown: <bdi>${truncate(source.rejectedUrl, 120)}</bdi>)</span>` : nothing}
  </li>`;
}

function renderSources(sources: readonly Source[], dates: DateSettings) {
  return sources.length
    ? html`<dt>Sources</dt>
        <dd>
          <ul>
            ${sources.map((source) => renderSource(source, dates))}
          </ul>
        </dd>`
    : nothing;
}

/** A category and the type it is a kind of: "Remote explosive/landmine/IED (Explosions/Remote violence)". */
function categoryPath(id: string, feed: Pick<Feed, 'categories'>): string {
  const look = categoryLook(feed, id);
  return look.parent === undefined ? look.label : `${look.label} (${categoryLook(feed, look.parent).label})`;
}

function renderIncidentFacts(item: Incident, dates: DateSettings, feed: Pick<Feed, 'categories'>) {
  const location = item.location;
  return html`<dt>When</dt><dd>${whenText(item, dates)}</dd>
    <dt>Status</dt><dd>${STATUS_LABELS[item.status]}</dd>
    <dt>Category</dt><dd>${categoryPath(item.category, feed)}</dd>
    ${item.severity ? html`<dt>Severity</dt><dd>${item.severity} of 5</dd>` : nothing}
    ${item.fatalities !== undefined ? html`<dt>Fatalities</dt><dd>${fatalitiesText(item.fatalities, dates.locale)}</dd>` : nothing}
    ${
      location
        ? html`<dt>Where</dt><dd>${isolatedList([location.name, location.admin2, location.admin1, location.country])}${
            location.latitude !== undefined
              ? html` (${location.latitude.toFixed(3)}, ${location.longitude!.toFixed(3)}${location.geoPrecision ? `, ${location.geoPrecision}` : ''})`
              : nothing
          }</dd>`
        : nothing
    }
    ${item.actors.length ? html`<dt>Actors</dt><dd>${renderActors(item.actors)}</dd>` : nothing}`;
}

function renderAlertFacts(item: AlertWindow, alsoInForce: readonly AlertWindow[], dates: DateSettings) {
  return html`<dt>When</dt><dd>${whenText(item, dates)}</dd>
    <dt>Level</dt><dd>${item.level.label}${item.level.known ? nothing : ' (not on the feed\u2019s scale)'}</dd>
    <dt>Areas</dt><dd>${areaNames(item) || 'The whole region'}</dd>
    ${item.measures.length ? html`<dt>Measures</dt><dd><ul>${item.measures.map((measure) => html`<li>${measure.text}</li>`)}</ul></dd>` : nothing}
    ${
      alsoInForce.length
        ? html`<dt>Also in force</dt><dd><ul>${alsoInForce.map((other) => html`<li>${other.level.label}: ${other.title} (${whenText(other, dates)})</li>`)}</ul></dd>`
        : nothing
    }`;
}

/** A note on what the last refresh did to the item. */
function renderChange(change: NonNullable<DetailsView['change']>, dates: DateSettings) {
  if (change.kind !== 'withdrawn')
    return html`<p class="change-note" role="note">${change.kind === 'updated' ? 'Updated' : 'Changed'} since the last load.</p>`;
  const when = change.date === undefined ? '' : ` on ${formatDayRange(change.date, change.date + 1, dates.locale, zoneOf(true, dates))}`;
  return html`<p class="change-note withdrawn" role="note">Withdrawn by the publisher${when}${change.reason ? html`: <bdi>${change.reason}</bdi>` : ''}. It is no longer in the feed.</p>`;
}

export function renderDetails({item, feed, change, alsoInForce, dates, close}: DetailsView): TemplateResult {
  const text = item.kind === 'incident' ? item.summary : item.description;
  return html`<section part="details" class="details" aria-label="Details">
    <div class="details-head"><h3>${item.title}</h3><button aria-label="Close details" @click=${close}>×</button></div>
    ${change ? renderChange(change, dates) : nothing}
    ${text ? html`<p>${text}</p>` : nothing}
    <dl>
      ${item.kind === 'incident' ? renderIncidentFacts(item, dates, feed) : renderAlertFacts(item, alsoInForce, dates)}
      ${renderSources(item.sources, dates)}
    </dl>
  </section>`;
}
