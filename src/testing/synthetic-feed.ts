/**
 * Deterministic synthetic feeds for stories, tests and benchmarks: realistic in shape (several
 * places and years, overlapping alert windows, uncertain dates, every status) and identical for
 * the same options, so a benchmark compares like with like. Places and countries are fictional.
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
}

const PLACES = [
  ['Alder Pass', 'Northland', 'Upper Vale'],
  ['Birch Ford', 'Northland', 'Upper Vale'],
  ['Cedar Crossing', 'Southland', 'River March'],
  ['Dune Post', 'Southland', 'River March'],
  ['Elm Valley', 'Northland', 'Lower Vale'],
  ['Fir Ridge', 'Southland', 'High Steppe'],
  ['Granite Gap', 'Northland', 'Lower Vale'],
  ['Heath Bridge', 'Southland', 'High Steppe'],
  ['Iris Lake', 'Northland', 'East Reach'],
  ['Juniper Bend', 'Southland', 'East Reach'],
  ['Kestrel Heights', 'Northland', 'West Reach'],
  ['Linden Wells', 'Southland', 'West Reach'],
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
    const [name, country, admin1] = pick(places);
    return {
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
  });

  return {
    version: '1.0',
    title: `Synthetic feed: ${options.incidents} incidents`,
    region: {id: 'synthetic', name: 'Synthetic border region', timeZone: options.timeZone ?? 'Europe/Berlin'},
    updated: isoDay(startMs + spanMs),
    sources,
    alerts,
    incidents,
  };
}
