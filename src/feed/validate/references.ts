/**
 * Ids and what refers to them: levels and sources are looked up by id, so each id is kept once
 * (the first entry with it); alerts and incidents share one set of ids, as the element finds
 * a selected or focused item by its id alone; an item keeps only the cited sources the feed lists;
 * categories are declared once, each parent among them.
 */
import type {AlertLevel, CategoryDefinition, Labels, Source, Withdrawal} from '../types.js';
import {isObject, optionalString, type Json, type ListName} from './feed-document.js';
import {readDate} from './dates.js';
import {safeWebUrl} from './links.js';
import {isDropped, report, type FeedReading} from './reading.js';
import {isPausePoint, type Work} from '../slices.js';

/**
 * The scale used when a feed defines no `levels`: olive, orange, red, magenta. Each is at least
 * 3:1 against the light and the dark theme's lanes (WCAG 1.4.11), and neighbours differ in hue as
 * well as lightness; the bands also carry their level's place on the scale as a pattern.
 */
export const DEFAULT_LEVELS: readonly AlertLevel[] = Object.freeze([
  {id: 'low', label: 'Low', rank: 1, color: '#a08f00', known: true},
  {id: 'elevated', label: 'Elevated', rank: 2, color: '#d06800', known: true},
  {id: 'high', label: 'High', rank: 3, color: '#d4302a', known: true},
  {id: 'highest', label: 'Highest', rank: 4, color: '#b8229e', known: true},
]);

export function* readLevels(reading: FeedReading, values: unknown[] | undefined): Work<AlertLevel[]> {
  if (!values || values.length === 0) {
    for (const level of DEFAULT_LEVELS) reading.levelsById.set(level.id, level);
    return [...DEFAULT_LEVELS];
  }
  for (let index = 0; index < values.length; index++) {
    if (isPausePoint(index)) yield;
    const value = values[index];
    const pointer = `/levels/${index}`;
    if (isDropped(reading, 'levels', index) || !isObject(value)) continue;
    const id = value.id as string;
    if (reading.levelsById.has(id)) {
      report(reading, `${pointer}/id`, 'a level id not used before in /levels', id, 'item');
      continue;
    }
    const level: AlertLevel = {id, label: value.label as string, rank: value.rank as number, color: optionalString(value.color), known: true};
    if (isObject(value.labels)) level.labels = value.labels as Labels;
    reading.levelsById.set(id, level);
  }
  return [...reading.levelsById.values()].sort((a, b) => a.rank - b.rank);
}

export function* readSources(reading: FeedReading, values: unknown[] | undefined): Work<Source[]> {
  const count = values?.length ?? 0;
  for (let index = 0; index < count; index++) {
    if (isPausePoint(index)) yield;
    const value = values![index];
    const pointer = `/sources/${index}`;
    if (isDropped(reading, 'sources', index) || !isObject(value)) continue;
    const id = value.id as string;
    if (reading.sourcesById.has(id)) {
      report(reading, `${pointer}/id`, 'a source id not used before in /sources', id, 'item');
      continue;
    }
    const source: Source = {id, publisher: value.publisher as string};
    if (typeof value.title === 'string') source.title = value.title;
    if (typeof value.language === 'string') source.language = value.language;
    if (typeof value.published === 'string') {
      const unit = readDate(reading, value.published, `${pointer}/published`, 'value');
      if (unit) source.published = unit.start;
    }
    // The original text of a refused link stays visible as text, never as a link, also when
    // the schema refused it (and so removed it from `value`, having reported it already).
    const url = (reading.originals.sources?.[index] as Json | undefined)?.url ?? value.url;
    if (typeof url === 'string') {
      const safe = value.url === url ? safeWebUrl(url) : undefined;
      if (safe) source.url = safe;
      else source.rejectedUrl = url;
      if (!safe && value.url === url) {
        report(reading, `${pointer}/url`, 'an absolute http:// or https:// address', url, 'value');
      }
    }
    reading.sourcesById.set(id, source);
  }
  return [...reading.sourcesById.values()];
}

/** Registers the id of the item at `index` of `list`; false (and a problem) when an earlier item has it. */
export function claimId(reading: FeedReading, id: string, list: 'alerts' | 'incidents', index: number): boolean {
  const earlier = reading.itemIds.get(id);
  if (earlier !== undefined) {
    const holder = earlier >= 0 ? `/alerts/${earlier}` : `/incidents/${-1 - earlier}`;
    report(reading, `/${list}/${index}/id`, `an id not used by another alert or incident (${holder} has it)`, id, 'item');
    return false;
  }
  reading.itemIds.set(id, list === 'alerts' ? index : -1 - index);
  return true;
}

/** The sources the item at `/list/item` cites. */
export function citedSources(reading: FeedReading, value: unknown, list: ListName, item: number): Source[] {
  if (!Array.isArray(value)) return [];
  // Made at its final size: an empty list grown by push reserves room for 17, per incident.
  const cited = new Array<Source>(value.length);
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const source = reading.sourcesById.get(value[index] as string);
    if (source) cited[count++] = source;
    else report(reading, `/${list}/${item}/sources/${index}`, 'the id of an entry in /sources', value[index], 'value');
  }
  cited.length = count;
  return cited;
}

/** The categories the feed declares; a second declaration of an id, or a parent never declared, is reported. */
export function* readCategories(reading: FeedReading, values: unknown[] | undefined): Work<CategoryDefinition[]> {
  const byId = new Map<string, CategoryDefinition>();
  const count = values?.length ?? 0;
  for (let index = 0; index < count; index++) {
    if (isPausePoint(index)) yield;
    const value = values![index];
    if (!isObject(value)) continue;
    const id = value.id as string;
    if (byId.has(id)) {
      report(reading, `/categories/${index}/id`, 'a category id declared once', id, 'item');
      continue;
    }
    const category: CategoryDefinition = {id, label: value.label as string};
    if (isObject(value.labels)) category.labels = value.labels as Labels;
    if (typeof value.parent === 'string') category.parent = value.parent;
    if (typeof value.color === 'string') category.color = value.color;
    if (typeof value.shape === 'string') category.shape = value.shape as CategoryDefinition['shape'];
    byId.set(id, category);
  }
  const declared = [...byId.values()];
  declared.forEach((category) => {
    if (category.parent === undefined || (byId.has(category.parent) && category.parent !== category.id)) return;
    const index = (values ?? []).findIndex((value) => isObject(value) && value.id === category.id);
    report(reading, `/categories/${index}/parent`, 'the id of another category the feed declares', category.parent, 'value');
    delete category.parent;
  });
  return declared;
}

/** The items the feed says were taken back. */
export function* readWithdrawn(reading: FeedReading, values: unknown[] | undefined): Work<Withdrawal[]> {
  const withdrawn: Withdrawal[] = [];
  const count = values?.length ?? 0;
  for (let index = 0; index < count; index++) {
    if (isPausePoint(index)) yield;
    const value = values![index];
    if (!isObject(value)) continue;
    const entry: Withdrawal = {id: value.id as string};
    if (typeof value.date === 'string') {
      const unit = readDate(reading, value.date, `/withdrawn/${index}/date`, 'value');
      if (unit) entry.date = unit.start;
    }
    if (typeof value.reason === 'string') entry.reason = value.reason;
    withdrawn.push(entry);
  }
  return withdrawn;
}
