/**
 * Deterministic synthetic feeds for stories, tests and benchmarks: realistic in shape (several
 * places and years, overlapping alert windows, uncertain dates, every status) and identical for
 * the same options, so a benchmark compares like with like. Places and countries are fictional.
 *
 * With `realistic: true` each incident also carries what exports of conflict data sets carry:
 * a summary of a few sentences, actors with their sides, fatality estimates, a district and up to
 * three sources, at about the size such an export has (some 640 bytes of JSON an incident).
 */
import type {FeedDocument} from '../feed/feed-types.js';

export interface SyntheticFeedOptions {
  /** Number of incidents. */
  incidents: number;
  /** Number of alert windows. Default: one per 200 incidents, at least 3. */
  alerts?: number;
  /** Number of distinct places (lanes when grouped by location). Default 8. */
  locations?: number;
  /** First day covered, `YYYY-MM-DD`. Default 2020-01-01. */
  start?: string;
  /** Years covered. Default 5. */
  years?: number;
  /** IANA time zone of the region. Default Europe/Berlin, which has daylight saving time. */
  timeZone?: string;
  /** Seed of the pseudo-random sequence. Default 1. */
  seed?: number;
  /**
   * Incidents as exports of conflict data sets give them (format 1.1): summaries of 150–400
   * characters, actors with roles, fatalities as best/low/high, locations down to the district,
   * 1–3 sources. The same dates, places, categories and statuses as without it. Default false.
   */
  realistic?: boolean;
}

/** Place, country, admin1 (province) and admin2 (district, used by realistic feeds only). */
const PLACES = [
  ['Alder Pass', 'Northland', 'Upper Vale', 'Alder'],
  ['Birch Ford', 'Northland', 'Upper Vale', 'Ford'],
  ['Cedar Crossing', 'Southland', 'River March', 'Cedar'],
  ['Dune Post', 'Southland', 'River March', 'Sandmoor'],
  ['Elm Valley', 'Northland', 'Lower Vale', 'Elmstead'],
  ['Fir Ridge', 'Southland', 'High Steppe', 'Ridgeway'],
  ['Granite Gap', 'Northland', 'Lower Vale', 'Stonegate'],
  ['Heath Bridge', 'Southland', 'High Steppe', 'Heathmoor'],
  ['Iris Lake', 'Northland', 'East Reach', 'Lakeside'],
  ['Juniper Bend', 'Southland', 'East Reach', 'Bend'],
  ['Kestrel Heights', 'Northland', 'West Reach', 'Kestrel'],
  ['Linden Wells', 'Southland', 'West Reach', 'Wells'],
] as const;

const CATEGORIES = ['movement', 'reconnaissance', 'attack', 'clash', 'arrest', 'security-measure', 'statement', 'political'];
const STATUSES = ['confirmed', 'reported', 'expected', 'denied'] as const;
const ACTORS = ['Northern Front', 'Valley Brigade', 'Border Guard', 'Steppe Militia', 'Local police', 'Ridge Movement'];
const LEVELS = ['low', 'elevated', 'high', 'highest'];
const MEASURES = [
  ['patrols', 'Additional patrols'],
  ['surveillance', 'Drone surveillance'],
  ['leave-cancelled', 'Leave cancelled'],
  ['checkpoints', 'Extra checkpoints'],
  ['closure', 'Crossing closed'],
];

// The vocabulary of realistic feeds' actors and summaries.

/** Armed actors first: they start events; anyone may be the other side or associated. */
const ARMED_ACTORS = 9;
const NAMED_ACTORS = [
  'Northern Front',
  'Valley Brigade',
  'Steppe Militia',
  'Ridge Movement',
  'Northland Army',
  'Southland Army',
  'Northland Border Guard',
  'Southland Police',
  'Unidentified gunmen',
  'Smugglers',
  'Civilians',
  'Protesters',
  'Local elders',
];
const VERBS: Record<string, readonly string[]> = {
  movement: ['moved a column of vehicles towards', 'redeployed units facing', 'was seen advancing on positions held by'],
  reconnaissance: ['flew drones over positions held by', 'sent a reconnaissance team towards', 'observed movements of'],
  attack: ['attacked', 'shelled positions held by', 'fired on a patrol of', 'ambushed a convoy of'],
  clash: ['clashed with', 'exchanged fire with', 'fought a prolonged battle with'],
  arrest: ['detained members of', 'arrested a group linked to', 'searched houses of suspected members of'],
  'security-measure': ['set up checkpoints against', 'reinforced the border against', 'closed the roads used by'],
  statement: ['accused', 'issued a statement condemning', 'warned'],
  political: ['met representatives of', 'signed a local agreement with', 'held talks with'],
};
const DETAILS: ReadonlyArray<(words: SummaryWords) => string> = [
  (w) => `According to ${w.publisher}, the incident lasted about ${w.small} hours and involved small arms and light weapons.`,
  (w) => `Local residents reported ${w.small + 3} vehicles on the road to ${w.place} shortly before.`,
  (w) => `The ${w.admin1} authorities closed the crossing at ${w.place} for ${w.small} days afterwards.`,
  () => 'Reports of the number of people involved vary between sources.',
  (w) => `A spokesperson for ${w.other} denied any involvement the following day.`,
  () => 'Several houses and a school building were damaged.',
  (w) => `The area has seen repeated incidents of this kind since ${w.since}.`,
  () => 'Movement across the border was restricted while the search continued.',
  (w) => `${w.small + 1} people were detained and later handed over to the prosecutor's office in ${w.admin2}.`,
  () => 'Footage shared online appears to show the aftermath but could not be verified independently.',
  (w) => `Aid organisations suspended their work in ${w.admin2} for the rest of the week.`,
  (w) => `${w.publisher} cites two eyewitnesses and a local official; the official account differs on the timing.`,
  () => 'Fighting resumed briefly in the evening.',
  (w) => `The road between ${w.place} and the district centre remained closed for ${w.small} days.`,
];
const SUMMARY_MIN = 150;
const SUMMARY_MAX = 400;

interface SummaryWords {
  publisher: string;
  place: string;
  admin1: string;
  admin2: string;
  other: string;
  since: number;
  small: number;
}

/** mulberry32: a tiny, fast, well-distributed 32-bit generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoMinute = (ms: number) => new Date(ms).toISOString().slice(0, 16);

type Place = (typeof PLACES)[number];

/**
 * What a realistic feed adds to an incident, drawn from a sequence of its own, so the incidents'
 * dates, places and categories stay those of the feed without `realistic`.
 */
function realisticDetail(seed: number, sources: ReadonlyArray<{id: string; publisher: string}>) {
  const next = random(Math.imul(seed, 0x9e3779b1) ^ 0x85ebca6b);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const pickOther = <T>(items: readonly T[], taken: readonly T[]) => {
    const rest = items.filter((item) => !taken.includes(item));
    return rest[Math.floor(next() * rest.length)];
  };
  const violent = new Set(['attack', 'clash']);

  // Most incidents kill no one; the rest follow a heavy (Pareto-like) tail, as conflict data sets do.
  function fatalities(category: string) {
    if (next() >= (violent.has(category) ? 0.55 : 0.06)) return {best: 0, low: 0, high: next() < 0.08 ? 1 + Math.floor(next() * 3) : 0};
    const best = Math.min(5000, Math.floor(Math.pow(1 - next(), -1 / 1.1)));
    return {best, low: best - Math.floor(best * next() * 0.5), high: best + Math.floor(best * next() * 1.5)};
  }

  function actors(sideA: string, sideB: string | null) {
    const list: Array<{name: string; role: 'side-a' | 'side-b' | 'associated'; with?: string}> = [{name: sideA, role: 'side-a'}];
    if (sideB) list.push({name: sideB, role: 'side-b'});
    for (let more = next() < 0.3 ? 1 + Math.floor(next() * 2) : 0; more > 0; more--) {
      const name = pickOther(
        NAMED_ACTORS,
        list.map((actor) => actor.name),
      );
      list.push({name, role: 'associated', with: sideB && next() < 0.4 ? sideB : sideA});
    }
    return list;
  }

  function summary(category: string, sideA: string, sideB: string | null, words: SummaryWords, fatal: {best: number; low: number; high: number}) {
    const verb = pick(VERBS[category] ?? VERBS.clash);
    const sentences = [`${sideA} ${verb} ${sideB ?? 'local forces'} near ${words.place} (${words.admin2}, ${words.admin1}).`];
    // Notes on events that could have killed say whether they did; a statement's do not.
    if (fatal.best > 0)
      sentences.push(
        fatal.low === fatal.high
          ? `${fatal.best} people were reported killed.`
          : `${fatal.best} people were reported killed; estimates range from ${fatal.low} to ${fatal.high}.`,
      );
    else if (violent.has(category)) sentences.push('No fatalities were reported.');
    // Most summaries are short, a few run to the maximum, as in exports of conflict data sets.
    const target = SUMMARY_MIN + Math.floor(next() ** 3 * (SUMMARY_MAX - SUMMARY_MIN + 1));
    let length = sentences.join(' ').length;
    for (let tries = 0; tries < 12; tries++) {
      const sentence = pick(DETAILS)(words);
      if (length + 1 + sentence.length > target || sentences.includes(sentence)) continue;
      sentences.push(sentence);
      length += 1 + sentence.length;
    }
    // Short sentences that always fit, so that no summary stays below its minimum.
    for (const filler of ['Details remain unclear.', 'Further reports are awaited.', 'The area was quiet the next day.', 'No group has commented.']) {
      if (length >= SUMMARY_MIN) break;
      sentences.push(filler);
      length += 1 + filler.length;
    }
    return sentences.join(' ');
  }

  return (category: string, place: Place, year: number, firstSource: string) => {
    const [name, country, admin1, admin2] = place;
    const sideA = pick(NAMED_ACTORS.slice(0, ARMED_ACTORS));
    const sideB = next() < 0.65 ? pickOther(NAMED_ACTORS, [sideA]) : null;
    const fatal = fatalities(category);
    const cited = [sources.find((source) => source.id === firstSource) ?? sources[0]];
    for (let more = next() < 0.45 ? 0 : next() < 0.7 ? 1 : 2; more > 0; more--) cited.push(pickOther(sources, cited));
    const words: SummaryWords = {
      publisher: pick(cited).publisher,
      place: name,
      admin1,
      admin2,
      other: sideB ?? pickOther(NAMED_ACTORS, [sideA]),
      since: year - 1 - Math.floor(next() * 6),
      small: 2 + Math.floor(next() * 9),
    };
    return {
      summary: summary(category, sideA, sideB, words, fatal),
      fatalities: fatal,
      actors: actors(sideA, sideB),
      location: {name, country, admin1, admin2},
      sources: cited.map((source) => source.id),
    };
  };
}

export function syntheticFeed(options: SyntheticFeedOptions): FeedDocument {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const startMs = Date.parse(`${options.start ?? '2020-01-01'}T00:00:00Z`);
  const spanMs = (options.years ?? 5) * 365 * DAY_MS;
  const places = PLACES.slice(0, Math.max(1, Math.min(PLACES.length, options.locations ?? 8)));
  const sourceCount = 20;

  const sources = Array.from({length: sourceCount}, (_, i) => ({
    id: `src-${i + 1}`,
    publisher: `Monitor ${String.fromCharCode(65 + (i % 26))}`,
    url: `https://example.org/reports/${i + 1}`,
    published: isoDay(startMs + Math.floor((i / sourceCount) * spanMs)),
  }));

  const detail = options.realistic ? realisticDetail(options.seed ?? 1, sources) : null;

  const alertCount = options.alerts ?? Math.max(3, Math.round(options.incidents / 200));
  const alerts = Array.from({length: alertCount}, (_, i) => {
    const start = startMs + Math.floor(next() * spanMs);
    const lengthDays = 3 + Math.floor(next() * 40);
    const scoped = next() < 0.6;
    return {
      id: `alert-${i + 1}`,
      start: isoDay(start),
      end: isoDay(start + lengthDays * DAY_MS),
      level: pick(LEVELS),
      title: `Alert ${i + 1}`,
      areas: scoped ? [pick(places)[2]] : [],
      measures: MEASURES.slice(0, 1 + Math.floor(next() * 3)).map(([kind, text]) => ({kind, text})),
      sources: [pick(sources).id],
    };
  });

  const incidents = Array.from({length: options.incidents}, (_, i) => {
    const at = startMs + Math.floor(next() * spanMs);
    const date = new Date(at);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const roll = next();
    // Mostly day-precise, as conflict data sets are, with every kind of uncertainty represented.
    const when =
      roll < 0.6
        ? isoDay(at)
        : roll < 0.72
          ? isoMinute(at)
          : roll < 0.8
            ? {date: `${y}-${pad(m)}`, precision: 'month' as const}
            : roll < 0.86
              ? {date: `${y}-${pad(m)}-${pad(d)}`, precision: 'week' as const}
              : roll < 0.97
                ? {earliest: isoDay(at), latest: isoDay(at + (2 + Math.floor(next() * 12)) * DAY_MS)}
                : `${y}`;
    const place = pick(places);
    const [name, country, admin1] = place;
    const incident = {
      id: `inc-${i + 1}`,
      when,
      title: `${pick(CATEGORIES)} near ${name}`,
      summary: `Synthetic incident ${i + 1}.`,
      category: pick(CATEGORIES),
      status: STATUSES[i % STATUSES.length],
      severity: 1 + Math.floor(next() * 5),
      actors: [pick(ACTORS)],
      location: {name, country, admin1},
      sources: [pick(sources).id],
    };
    return detail ? {...incident, ...detail(incident.category, place, y, incident.sources[0])} : incident;
  });

  return {
    // Actors with roles and fatality estimates came with format 1.1.
    version: options.realistic ? '1.1' : '1.0',
    title: `Synthetic feed: ${options.incidents} incidents`,
    region: {id: 'synthetic', name: 'Synthetic border region', timeZone: options.timeZone ?? 'Europe/Berlin'},
    updated: isoDay(startMs + spanMs),
    sources,
    alerts,
    incidents,
  };
}
