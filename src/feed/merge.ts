/**
 * Several feeds drawn as one: `src="a.json b.json"`.
 *
 * Every item keeps its provenance (`origin`, the feed's URL). Ids are unique across all feeds:
 * when two feeds use one id, the feed listed first keeps it and the later item is left out, as a
 * problem naming both feeds. A feed that failed to load is one problem; the others still draw.
 */
import {describeValue, makeProblem} from './validate.js';
import {fromFeed, singleReading, tagOrigin, type FeedPart} from './origin.js';
import type {AlertLevel, AlertWindow, Feed, FeedProblem, Incident, ValidationResult} from './types.js';
import type {FeedLoadErrorDetail} from './load.js';

export type {FeedPart} from './origin.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Position of the first entry of a document's list that `find` accepts; -1 when none does. */
function indexIn(document: unknown, list: 'levels', find: (entry: unknown) => boolean): number {
  const entries = isObject(document) && Object.hasOwn(document, list) ? document[list] : undefined;
  return Array.isArray(entries) ? entries.findIndex(find) : -1;
}

/**
 * Positions of the entries of a document's list, by identity of each entry (its first position,
 * for an entry listed twice): looking each item up in the list instead would take time growing
 * with the square of the feed's length.
 */
function positionsIn(document: unknown, list: 'alerts' | 'incidents'): Map<unknown, number> {
  const entries = isObject(document) && Object.hasOwn(document, list) ? document[list] : undefined;
  const positions = new Map<unknown, number>();
  if (Array.isArray(entries)) entries.forEach((entry, index) => positions.has(entry) || positions.set(entry, index));
  return positions;
}

const byStart = (a: AlertWindow, b: AlertWindow) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byBest = (a: Incident, b: Incident) => a.time.best - b.time.best || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The problems that stand for a feed that did not load: its error, then any problems it had. */
export function failureProblems(error: FeedLoadErrorDetail): FeedProblem[] {
  const found = error.status !== undefined ? `HTTP ${error.status} (${error.kind})` : error.kind;
  return [
    {pointer: '', expected: 'a feed that loads', found, dropped: 'feed', message: error.message, origin: error.url},
    ...error.problems.map((problem) => fromFeed(problem, error.url, true)),
  ];
}

/**
 * Merges the feeds that loaded into one reading. Null when none did. With a single feed its own
 * reading comes back, its items and problems tagged with the URL.
 */
export function mergeFeeds(parts: readonly FeedPart[]): ValidationResult | null {
  const several = parts.length > 1;
  const loaded = parts.filter((part): part is FeedPart & {result: ValidationResult & {feed: Feed}} => part.result?.feed != null);
  if (loaded.length === 0) return null;
  const problems: FeedProblem[] = [];

  if (!several) return singleReading(loaded[0]);

  const levels = new Map<string, {level: AlertLevel; url: string}>();
  const owners = new Map<string, {url: string; pointer: string}>();
  const alerts: AlertWindow[] = [];
  const incidents: Incident[] = [];
  for (const part of parts) {
    if (!part.result?.feed) {
      if (part.error) problems.push(...failureProblems(part.error));
      continue;
    }
    const {url, document} = part;
    const feed = part.result.feed;
    tagOrigin(feed, url);
    problems.push(...part.result.problems.map((problem) => fromFeed(problem, url, true)));

    for (const level of feed.levels) {
      const first = levels.get(level.id);
      if (!first) {
        levels.set(level.id, {level, url});
      } else if (first.level.label !== level.label || first.level.rank !== level.rank || first.level.color !== level.color) {
        const index = indexIn(document, 'levels', (entry) => isObject(entry) && entry.id === level.id);
        const pointer = index === -1 ? '/levels' : `/levels/${index}`;
        const {label, rank} = first.level;
        const expected = `the definition of level ${JSON.stringify(level.id)} in ${first.url} (${JSON.stringify(label)}, rank ${rank}), which the legend and min-level use`;
        problems.push(fromFeed(makeProblem(pointer, expected, `${JSON.stringify(level.label)}, rank ${level.rank}`, 'value'), url, true));
      }
    }

    const positions = {alerts: positionsIn(document, 'alerts'), incidents: positionsIn(document, 'incidents')};
    const claim = <T extends AlertWindow | Incident>(item: T, list: 'alerts' | 'incidents', into: T[]) => {
      const index = positions[list].get(item.raw) ?? -1;
      const pointer = index === -1 ? `/${list}` : `/${list}/${index}`;
      const owner = owners.get(item.id);
      if (owner) {
        const where = owner.url === url ? owner.pointer : `${owner.url} at ${owner.pointer}`;
        const expected = `an id not used by another feed (${where} has it)`;
        problems.push(fromFeed(makeProblem(`${pointer}/id`, expected, describeValue(item.id), 'item'), url, true));
        return;
      }
      owners.set(item.id, {url, pointer});
      into.push(item);
    };
    for (const alert of feed.alerts) claim(alert, 'alerts', alerts);
    for (const incident of feed.incidents) claim(incident, 'incidents', incidents);
  }

  // The first feed that loaded speaks for the whole: its title, region, time zone and first view.
  const primary = loaded[0].result.feed;
  const updated = loaded.map((part) => part.result.feed.updated).filter((time): time is number => time !== undefined);
  const feed: Feed = {
    version: primary.version,
    timeZone: primary.timeZone,
    levels: [...levels.values()].map(({level}) => level).sort((a, b) => a.rank - b.rank),
    sources: loaded.flatMap((part) => part.result.feed.sources),
    alerts: alerts.sort(byStart),
    incidents: incidents.sort(byBest),
    // A category declared by several feeds keeps the first feed's declaration.
    categories: [
      ...new Map(
        loaded
          .flatMap((part) => part.result.feed.categories)
          .reverse()
          .map((category) => [category.id, category]),
      ).values(),
    ].reverse(),
    withdrawn: loaded.flatMap((part) => part.result.feed.withdrawn),
  };
  const attributions = [...new Set(loaded.map((part) => part.result.feed.attribution).filter((line): line is string => line !== undefined))];
  if (attributions.length) feed.attribution = attributions.join(' · ');
  if (primary.title !== undefined) feed.title = primary.title;
  if (primary.description !== undefined) feed.description = primary.description;
  if (primary.region) feed.region = primary.region;
  if (primary.view) feed.view = primary.view;
  if (updated.length) feed.updated = Math.max(...updated);
  return {feed, problems};
}
