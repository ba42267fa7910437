/**
 * What a screen reader hears besides an item's own description when focus reaches it: where it
 * stands among the items the chart shows ("2 of 5"), its severity, its lane, and the alert in
 * force at its time. Pure, no DOM.
 */
import type {AlertWindow} from '../feed/types.js';
import type {Translate} from '../i18n/translate.js';
import {levelLabel} from '../layout/labels.js';
import type {TimelineItem} from '../layout/presentation.js';
import type {TimelineModel} from './timeline-model.js';
// The English words this writes load with it.
import '../i18n/messages-on-demand.js';

/** The gravest alert of the chart in force at a time, if any. */
export function alertInForce(model: TimelineModel, time: number): AlertWindow | undefined {
  let found: AlertWindow | undefined;
  for (const alert of model.alerts) if (alert.start <= time && time < alert.end && (!found || alert.level.rank > found.level.rank)) found = alert;
  return found;
}

/** `selected`: the id of the selected item, which is said to be so. */
export function itemContext(item: TimelineItem, model: TimelineModel, t: Translate, selected?: string): string {
  const selectedNote = item.id === selected ? ` ${t('isSelected')}` : '';
  if (item.kind === 'alert') return t('itemPosition', {index: model.alerts.indexOf(item) + 1, total: model.alerts.length}) + selectedNote;
  const index = model.incidents.indexOf(item);
  const parts = [t('itemPosition', {index: index + 1, total: model.incidents.length}) + selectedNote];
  if (item.severity) parts.push(`${t('severity')}: ${t('severityOutOf', {severity: item.severity})}.`);
  const lane = model.lanes[model.laneOfIncident[index]];
  if (lane && model.lanes.length > 1) parts.push(t('inLane', {lane: lane.label}));
  const during = alertInForce(model, item.time.best);
  if (during) parts.push(t('duringAlert', {level: levelLabel(during.level, t), title: during.title}));
  return parts.join(' ');
}
