/**
 * The selected item as its details panel describes it: the item of the feed, or one the last
 * refresh took back (still readable, marked withdrawn), with what the refresh did to it, and for
 * an alert the other alerts in force at the time. Pure, no DOM.
 */
import type {AlertWindow} from '../feed/types.js';
import type {TimelineItem} from '../layout/presentation.js';
import type {FeedChanges} from './feed-changes.js';
import {alertsAlsoInForce, findItem, type TimelineModel} from './timeline-model.js';

export interface SelectedItem {
  item: TimelineItem;
  change?: {kind: 'updated' | 'edited'} | {kind: 'withdrawn'; date?: number; reason?: string};
  concurrentAlerts: AlertWindow[];
  /** The filters leave it out of the chart (a page may still name it in `selected`). */
  hiddenByFilters: boolean;
}

/** Whether the chart shows an item: the model holds what passes the filters. */
export function isShown(model: TimelineModel, item: TimelineItem): boolean {
  return item.kind === 'alert' ? model.alerts.includes(item) : model.incidents.includes(item);
}

export function selectedItem(model: TimelineModel, changes: FeedChanges, selected: string | undefined): SelectedItem | null {
  const {feed} = model;
  const withdrawn = selected === undefined ? undefined : changes.withdrawn.get(selected);
  const item = findItem(feed, selected) ?? withdrawn?.item;
  if (!item) return null;
  const changed = changes.changed.get(item.id);
  const change = withdrawn ? ({kind: 'withdrawn', date: withdrawn.date, reason: withdrawn.reason} as const) : changed && {kind: changed};
  const hiddenByFilters = !withdrawn && !isShown(model, item);
  return {item, change, concurrentAlerts: item.kind === 'alert' ? alertsAlsoInForce(feed, item) : [], hiddenByFilters};
}
