/**
 * The legend, which is also the filter: alert levels (this level and higher), categories,
 * statuses, and lanes when there are a handful.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import {styleMap} from '../../cssom-style.js';
import {INCIDENT_STATUSES, type IncidentStatus} from '../../../feed/types.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
import {categoryLook, type CategoryLook} from '../../../layout/category-looks.js';
import type {Feed} from '../../../feed/types.js';
import {shapePath} from '../../../layout/marker-shapes.js';
import {levelColor, truncate} from '../../../layout/presentation.js';
import {levelLabel} from '../../../layout/labels.js';
import {statusText} from '../../../layout/describe-items.js';
import type {Translate} from '../../../i18n/translate.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export {styles} from './legend.styles.js';

/**
 * The categories a legend lists, grouped: each parent type, then its sub-types that are used,
 * then the categories with no parent. Categories come in the order given (the feed's declared
 * order first).
 */
export function categoryGroups(
  feed: Pick<Feed, 'categories'>,
  used: readonly string[],
  t?: Translate,
): Array<{parent: CategoryLook | null; members: CategoryLook[]}> {
  const groups = new Map<string, {parent: CategoryLook | null; members: CategoryLook[]}>();
  const loose: CategoryLook[] = [];
  for (const id of used) {
    const look = categoryLook(feed, id, t);
    if (look.parent === undefined) {
      loose.push(look);
      continue;
    }
    let group = groups.get(look.parent);
    if (!group) groups.set(look.parent, (group = {parent: categoryLook(feed, look.parent, t), members: []}));
    group.members.push(look);
  }
  // A used category that is also a parent heads its group rather than standing alone.
  const standalone = loose.filter((look) => !groups.has(look.id));
  return [...groups.values(), ...(standalone.length ? [{parent: null, members: standalone}] : [])];
}

/** Most lanes the legend lists as toggles; more would bury the rest of it. */
const MAX_LANE_TOGGLES = 12;

/** A filter change from the legend; an empty string clears that filter. */
export interface LegendChange {
  categories?: string;
  statuses?: string;
  minLevel?: string | undefined;
  lanes?: string;
}

export interface LegendView {
  model: TimelineModel;
  /** The filters as they are (lists empty when nothing is filtered). */
  categories: readonly string[];
  statuses: readonly string[];
  minLevel: string | undefined;
  lanes: readonly string[];
  /** Whether incidents are grouped into lanes at all. */
  grouped: boolean;
  change: (change: LegendChange) => void;
  /** On a phone's width: the legend folds away behind its name, so that the chart comes first. */
  compact?: boolean;
  t: Translate;
}

/** The list after toggling one value, or '' when that leaves every value shown. */
function toggled(list: readonly string[], value: string, all: readonly string[]): string {
  const current = list.length ? list : all;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length === all.length ? '' : next.join(' ');
}

const isShown = (categories: readonly string[], id: string) => categories.length === 0 || categories.includes(id);

function categoryButton(look: CategoryLook, pressed: boolean, toggle: () => void, kind: 'type' | 'sub-type' | 'category') {
  return html`<button class=${kind} aria-pressed=${pressed ? 'true' : 'false'} @click=${toggle}>
    <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path d=${shapePath(look.shape, 5)} fill=${look.color ?? 'currentColor'}></path></svg
    ><bdi>${look.label}</bdi>
  </button>`;
}

/**
 * A parent type and its sub-types: the type's button shows or hides them all, each sub-type's
 * only itself. Categories without a parent stand alone.
 */
function renderCategoryGroup(view: LegendView, parent: CategoryLook | null, members: readonly CategoryLook[]) {
  const {model, categories, change} = view;
  const all = model.categories;
  const toggleOne = (id: string) => () => change({categories: toggled(categories, id, all)});
  if (!parent) return members.map((look) => categoryButton(look, isShown(categories, look.id), toggleOne(look.id), 'category'));
  // A type that is itself some incidents' category is shown and hidden with its sub-types.
  const ids = [...(all.includes(parent.id) ? [parent.id] : []), ...members.map((look) => look.id)];
  const allShown = ids.every((id) => isShown(categories, id));
  const toggleAll = () => {
    const current = categories.length ? categories : all;
    const next = allShown ? current.filter((id) => !ids.includes(id)) : [...new Set([...current, ...ids])];
    change({categories: next.length === all.length ? '' : next.join(' ')});
  };
  return html`<span class="category-type" role="group" aria-label=${parent.label}>
    ${categoryButton(parent, allShown, toggleAll, 'type')}
    ${members.map((look) => categoryButton(look, isShown(categories, look.id), toggleOne(look.id), 'sub-type'))}
  </span>`;
}

function statusIcon(status: IncidentStatus) {
  return html`<svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
    <circle
      r="5"
      fill=${status === 'confirmed' || status === 'reported' ? 'currentColor' : 'none'}
      fill-opacity=${status === 'reported' ? 0.5 : 1}
      stroke="currentColor"
      stroke-width="1.5"
      stroke-dasharray=${status === 'expected' ? '2 1.5' : 'none'}
    ></circle>
    ${status === 'denied' ? svg`<line x1="-7" y1="6" x2="7" y2="-6" stroke="currentColor" stroke-width="1.5"></line>` : nothing}
  </svg>`;
}

export function renderLegend(view: LegendView): TemplateResult {
  const {model, statuses, change, t} = view;
  const minRank = model.feed.levels.find((level) => level.id === view.minLevel)?.rank ?? -Infinity;
  const usedLevels = model.feed.levels.filter((level) => level.known);
  const groups = html`<div class="legend-group" role="group" aria-label=${t('legendLevels')}>
      <span class="legend-title">${t('legendLevel')}</span>
      ${usedLevels.map(
        (level) => html`<button
          aria-pressed=${level.rank >= minRank ? 'true' : 'false'}
          title=${t('legendLevelHint')}
          @click=${() => change({minLevel: view.minLevel === level.id ? undefined : level.id})}
        >
          <span class="swatch" style=${styleMap({background: levelColor(level, model.feed.levels)})}></span>${levelLabel(level, t)}
        </button>`,
      )}
    </div>
    <div class="legend-group" role="group" aria-label=${t('legendCategories')}>
      <span class="legend-title">${t('legendCategory')}</span>
      ${categoryGroups(model.feed, model.categories, t).map(({parent, members}) => renderCategoryGroup(view, parent, members))}
    </div>
    <div class="legend-group" role="group" aria-label=${t('legendStatuses')}>
      <span class="legend-title">${t('legendStatus')}</span>
      ${INCIDENT_STATUSES.map(
        (status) => html`<button
          aria-pressed=${statuses.length === 0 || statuses.includes(status) ? 'true' : 'false'}
          @click=${() => change({statuses: toggled(statuses, status, INCIDENT_STATUSES)})}
        >
          ${statusIcon(status)} ${statusText(status, t)}
        </button>`,
      )}
    </div>
    ${renderLaneToggles(view)}`;
  if (!view.compact) return html`<div part="legend" class="legend">${groups}</div>`;
  return html`<details part="legend" class="legend compact">
    <summary>${t('legendToggle')}</summary>
    <div class="legend">${groups}</div>
  </details>`;
}

/** Lane toggles, when incidents are grouped into a handful of lanes. */
function renderLaneToggles(view: LegendView): TemplateResult | typeof nothing {
  const all = view.model.layout.lanes.map((lane) => lane.label);
  if (!view.grouped || all.length < 2 || all.length > MAX_LANE_TOGGLES) return nothing;
  const shown = view.lanes;
  const isShown = (label: string) => shown.length === 0 || shown.some((name) => name.toLowerCase() === label.toLowerCase());
  const toggle = (label: string) => {
    const current = all.filter(isShown);
    const next = isShown(label) ? current.filter((name) => name !== label) : [...current, label];
    return next.length === all.length ? '' : next.join(', ');
  };
  return html`<div class="legend-group" role="group" aria-label=${view.t('legendLanes')}>
    <span class="legend-title">${view.t('legendLane')}</span>
    ${all.map(
      (label) => html`<button aria-pressed=${isShown(label) ? 'true' : 'false'} @click=${() => view.change({lanes: toggle(label)})}>
        <bdi>${truncate(label, 40)}</bdi>
      </button>`,
    )}
  </div>`;
}
