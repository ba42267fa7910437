/**
 * What a new reading of a feed changed since the previous one: which items were edited, which
 * were taken back, which are new. Conflict data sets (ACLED, weekly) edit and delete events under
 * the same id, so a refreshed feed has to say so: an item that vanishes is reported as withdrawn,
 * with what it said, whether or not the feed lists it under `withdrawn`.
 */
import type {Actor, AlertWindow, Area, Feed, Incident, Measure, Source, TimeWindow} from '../feed/types.js';

/**
 * How an item present in both readings changed: `updated` when its `updated` time moved later
 * (the publisher says it changed it), `edited` when what it says differs without that.
 */
export type ItemChange = 'updated' | 'edited';

/** An item of the previous reading that the new one no longer has. */
export interface WithdrawnItem {
  /** The item as the previous reading had it, so that it can still be shown. */
  item: Incident | AlertWindow;
  /** When the feed says it was withdrawn, epoch ms. */
  date?: number;
  /** Why, in the feed's words; undefined when the item simply disappeared from the feed. */
  reason?: string;
}

export interface FeedChanges {
  /** Ids in both readings whose item differs. */
  readonly changed: ReadonlyMap<string, ItemChange>;
  /** Ids of the previous reading that the new one no longer has, listed as withdrawn or not. */
  readonly withdrawn: ReadonlyMap<string, WithdrawnItem>;
  /** Ids new in this reading. */
  readonly added: ReadonlySet<string>;
}

/** No changes: a first reading, or a feed that is not an update of the one before. */
export function noFeedChanges(): FeedChanges {
  return {changed: new Map(), withdrawn: new Map(), added: new Set()};
}

type Item = Incident | AlertWindow;

/**
 * The changes from `previous` to `next`, two readings of the same feed. With no previous reading
 * there is nothing to compare: no changes (and the `withdrawn` list of `next` names nothing the
 * reader has seen).
 */
export function feedChanges(previous: Feed | null, next: Feed): FeedChanges {
  const changes = noFeedChanges();
  if (!previous) return changes;
  const changed = changes.changed as Map<string, ItemChange>;
  const withdrawn = changes.withdrawn as Map<string, WithdrawnItem>;
  const added = changes.added as Set<string>;
  const compare = (before: Item, after: Item) => {
    const change = itemChange(before, after);
    if (change) changed.set(after.id, change);
  };

  const unpaired: Unpaired = {before: [], after: []};
  pairInOrder(previous.alerts, next.alerts, alertStart, compare, unpaired);
  pairInOrder(previous.incidents, next.incidents, incidentTime, compare, unpaired);
  if (unpaired.before.length === 0 && unpaired.after.length === 0) return changes;

  // Few items move, appear or go in one revision: only they are looked up by id. An item may
  // also have become an alert from an incident, or the other way round.
  const gone = new Map<string, Item>();
  for (const item of unpaired.before) gone.set(item.id, item);
  for (const item of unpaired.after) {
    const before = gone.get(item.id);
    if (!before) {
      added.add(item.id);
      continue;
    }
    gone.delete(item.id);
    compare(before, item);
  }
  if (gone.size === 0) return changes;
  const withdrawals = new Map<string, {date?: number; reason?: string}>();
  for (const withdrawal of next.withdrawn) if (!withdrawals.has(withdrawal.id)) withdrawals.set(withdrawal.id, withdrawal);
  for (const [id, item] of gone) {
    const withdrawal = withdrawals.get(id);
    const entry: WithdrawnItem = {item};
    if (withdrawal?.date !== undefined) entry.date = withdrawal.date;
    if (withdrawal?.reason !== undefined) entry.reason = withdrawal.reason;
    withdrawn.set(id, entry);
  }
  return changes;
}

interface Unpaired {
  before: Item[];
  after: Item[];
}

const alertStart = (alert: AlertWindow) => alert.start;
const incidentTime = (incident: Incident) => incident.time.best;

/**
 * Walks two lists sorted by time, then id (as a feed's alerts and incidents are) side by side,
 * comparing the items with the same id, and sets aside the others. Most items keep their place
 * from one revision to the next, so nearly all are paired here without a map of 100,000 ids,
 * each list read in order. Lists out of that order only set more items aside.
 */
function pairInOrder<T extends Item>(
  before: readonly T[],
  after: readonly T[],
  timeOf: (item: T) => number,
  compare: (before: T, after: T) => void,
  unpaired: Unpaired,
): void {
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    const old = before[i];
    const now = after[j];
    if (old.id === now.id) {
      compare(old, now);
      i++;
      j++;
    } else if (timeOf(old) - timeOf(now) < 0 || (timeOf(old) === timeOf(now) && old.id < now.id)) {
      unpaired.before.push(old);
      i++;
    } else {
      unpaired.after.push(now);
      j++;
    }
  }
  for (; i < before.length; i++) unpaired.before.push(before[i]);
  for (; j < after.length; j++) unpaired.after.push(after[j]);
}

/** How an item changed between two readings, or undefined when it did not. */
export function itemChange(before: Item, after: Item): ItemChange | undefined {
  if (before === after) return undefined;
  if (after.updated !== undefined && (before.updated === undefined || after.updated > before.updated)) return 'updated';
  const same =
    before.kind === 'incident' ? after.kind === 'incident' && sameIncident(before, after) : after.kind === 'alert' && sameAlert(before, after);
  return same ? undefined : 'edited';
}

/*
 * What readers see of an item, field by field. Comparing the normalised fields rather than the
 * item as published (`raw`) ignores what the reader never sees (fields this version does not
 * know, the spelling of a date), catches what moves an item without its text changing (the
 * feed's time zone), and costs a few property reads: a generic deep comparison of `raw` takes
 * several times as long over 100,000 items. Sources and levels are compared by id: a change to
 * a source's or a level's own definition is the feed's, not each item's that cites it.
 * test/model/feed-changes.test.ts edits every field of both kinds of item.
 */

function sameIncident(a: Incident, b: Incident): boolean {
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.category === b.category &&
    a.status === b.status &&
    a.severity === b.severity &&
    a.reported === b.reported &&
    a.updated === b.updated &&
    a.origin === b.origin &&
    sameTime(a.time, b.time) &&
    (a.fatalities === b.fatalities ||
      (a.fatalities !== undefined &&
        b.fatalities !== undefined &&
        a.fatalities.best === b.fatalities.best &&
        a.fatalities.low === b.fatalities.low &&
        a.fatalities.high === b.fatalities.high)) &&
    (a.location === b.location ||
      (a.location !== undefined &&
        b.location !== undefined &&
        a.location.name === b.location.name &&
        a.location.country === b.location.country &&
        a.location.admin1 === b.location.admin1 &&
        a.location.admin2 === b.location.admin2 &&
        a.location.latitude === b.location.latitude &&
        a.location.longitude === b.location.longitude &&
        a.location.geoPrecision === b.location.geoPrecision)) &&
    sameList(a.actors, b.actors, sameActor) &&
    sameList(a.sources, b.sources, sameSourceId)
  );
}

function sameAlert(a: AlertWindow, b: AlertWindow): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.civil === b.civil &&
    a.level.id === b.level.id &&
    a.title === b.title &&
    a.description === b.description &&
    a.reported === b.reported &&
    a.updated === b.updated &&
    a.origin === b.origin &&
    sameList(a.areas, b.areas, sameArea) &&
    sameList(a.measures, b.measures, sameMeasure) &&
    sameList(a.sources, b.sources, sameSourceId)
  );
}

// Incidents of one reading dated alike share their time.
const sameTime = (a: TimeWindow, b: TimeWindow) =>
  a === b ||
  (a.best === b.best &&
    a.earliest === b.earliest &&
    a.latest === b.latest &&
    a.precision === b.precision &&
    a.label === b.label &&
    a.civil === b.civil);
const sameActor = (a: Actor, b: Actor) => a.name === b.name && a.role === b.role && a.with === b.with;
const sameArea = (a: Area, b: Area) =>
  a.name === b.name && a.country === b.country && a.admin1 === b.admin1 && a.admin2 === b.admin2 && a.place === b.place;
const sameMeasure = (a: Measure, b: Measure) => a.kind === b.kind && a.text === b.text;
const sameSourceId = (a: Source, b: Source) => a.id === b.id;

function sameList<T>(a: readonly T[], b: readonly T[], sameEntry: (a: T, b: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameEntry(a[i], b[i])) return false;
  return true;
}
