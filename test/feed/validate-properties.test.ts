/**
 * Properties of `validateFeed` over generated inputs: any JSON value at all, the seed feed with
 * random fields replaced or deleted, and plausible feeds built from fields that are each valid,
 * impossible, or of the wrong shape. Runs are bounded so the file takes a few seconds.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {validateFeed} from '../../src/feed/validate.js';
import {accountingViolations, pointerViolations, timeViolations} from './feed-invariants.js';

const RUNS = 300;
const seed = JSON.parse(await (await fetch('/data/tajik-afghan-border-2024.json')).text()) as Record<string, unknown>;

/**
 * Validates one input and returns every broken property: validation throws nothing, changes
 * nothing in its input or in any prototype, loses nothing without a problem, says what it expected
 * in words, and produces windows with earliest <= best <= latest and alerts with start < end.
 */
function violations(document: unknown): string[] {
  const before = JSON.stringify(document);
  let result;
  try {
    result = validateFeed(document);
  } catch (error) {
    return [`threw ${String(error)}`];
  }
  const found = [...accountingViolations(document, result), ...timeViolations(result), ...pointerViolations(document, result)];
  if (JSON.stringify(document) !== before) found.push('the input was changed');
  // Every problem says what is expected in words, never as a bare regular expression.
  for (const problem of result.problems) if (problem.expected.startsWith('text matching')) found.push(`${problem.pointer}: ${problem.expected}`);
  if (({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0) found.push('a prototype was changed');
  return found;
}

const holds = (document: unknown) => {
  const found = violations(document);
  if (found.length > 0) throw new Error(found.join('\n'));
};

// ---------------------------------------------------------------------------------------------
// Mutations of the seed feed

type Path = Array<string | number>;

/** Paths to every value in a JSON document, the document itself first. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const found: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  }
  return found;
}

interface Mutation {
  kind: 'replace' | 'delete';
  /** Which path, modulo the number of paths the document has when the mutation applies. */
  pick: number;
  value: unknown;
}

/** The document with the mutations applied in turn, each to a copy. */
function mutate(document: unknown, mutations: Mutation[]): unknown {
  let current = structuredClone(document);
  for (const {kind, pick, value} of mutations) {
    const all = paths(current);
    const path = all[pick % all.length];
    if (path.length === 0) {
      if (kind === 'replace') current = value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], current) as
      Record<string | number, unknown> | unknown[];
    const key = path[path.length - 1];
    if (kind === 'replace') (parent as Record<string | number, unknown>)[key] = value;
    else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }
  return current;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace' as const, 'delete' as const),
  pick: fc.nat(),
  value: fc.jsonValue({maxDepth: 3}),
});

// ---------------------------------------------------------------------------------------------
// Plausible feeds

const pad = (width: number) => (n: number) => String(n).padStart(width, '0');
/** Mostly recent years, sometimes any four-digit year, and the edges where calendars go wrong (0–99 read as 19xx). */
const year = fc
  .oneof(
    {weight: 4, arbitrary: fc.integer({min: 1990, max: 2030})},
    {weight: 1, arbitrary: fc.integer({min: 0, max: 9999})},
    {weight: 1, arbitrary: fc.constantFrom(0, 99, 100, 1899, 1900, 1970, 9999)},
  )
  .map(pad(4));
const month = fc.integer({min: 0, max: 13}).map(pad(2));
const day = fc.integer({min: 0, max: 32}).map(pad(2));
const time = fc
  .tuple(
    fc.integer({min: 0, max: 23}).map(pad(2)),
    fc.integer({min: 0, max: 59}).map(pad(2)),
    fc.option(fc.integer({min: 0, max: 59}).map(pad(2)), {nil: undefined}),
    fc.constantFrom('', 'Z', '+05:00', '-03:30', '+05:45'),
  )
  .map(([h, m, s, offset]) => `T${h}:${m}${s === undefined ? '' : `:${s}`}${offset}`);

/** ISO 8601 at every precision, often naming no real date, and sometimes not a date at all. */
const temporal: fc.Arbitrary<string> = fc.oneof(
  {weight: 1, arbitrary: year},
  {weight: 2, arbitrary: fc.tuple(year, month).map(([y, m]) => `${y}-${m}`)},
  {weight: 1, arbitrary: fc.tuple(year, fc.integer({min: 0, max: 54}).map(pad(2))).map(([y, w]) => `${y}-W${w}`)},
  {weight: 4, arbitrary: fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`)},
  {weight: 2, arbitrary: fc.tuple(year, month, day, time).map(([y, m, d, t]) => `${y}-${m}-${d}${t}`)},
  {weight: 1, arbitrary: fc.string({maxLength: 12})},
);

/** A few ids shared between lists (so duplicates and references meet), fresh ones, and ones that are not ids. */
const ids = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c', 'constructor', 'toString')},
  {weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/)},
  {weight: 1, arbitrary: fc.constantFrom('__proto__', 'not an id')},
);
/** Mostly one of the good values, sometimes one of the bad. */
const goodOrBad = (good: string[], bad: string[]) =>
  fc.oneof({weight: 8, arbitrary: fc.constantFrom(...good)}, {weight: 1, arbitrary: fc.constantFrom(...bad)});
const text = fc.oneof(fc.constantFrom('Shots near the river', ''), fc.string({maxLength: 20}));
/** A field that is usually of the right kind and sometimes any JSON value. */
const orAnything = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({weight: 20, arbitrary}, {weight: 1, arbitrary: fc.jsonValue({maxDepth: 2})});
/** An object that mostly has its required fields, and sometimes any subset of its fields. */
const item = <T extends object>(fields: {[K in keyof T]: fc.Arbitrary<T[K]>}, required: Array<keyof T>) =>
  fc.oneof({weight: 3, arbitrary: fc.record(fields, {requiredKeys: required})}, {weight: 1, arbitrary: fc.record(fields, {requiredKeys: []})});

const when = fc.oneof(
  {weight: 3, arbitrary: temporal},
  {
    weight: 3,
    arbitrary: fc.record(
      {
        date: orAnything(temporal),
        precision: orAnything(fc.constantFrom('year', 'month', 'week', 'day', 'hour', 'minute', 'second')),
        earliest: orAnything(temporal),
        latest: orAnything(temporal),
        label: text,
      },
      {requiredKeys: []},
    ),
  },
  {weight: 1, arbitrary: fc.jsonValue({maxDepth: 2})},
);

const sourceRefs = fc.array(orAnything(ids), {maxLength: 3});

const incident = orAnything(
  item(
    {
      id: orAnything(ids),
      when,
      title: orAnything(text),
      category: orAnything(goodOrBad(['clash', 'attack', 'security-measure'], ['Armed Clash'])),
      status: orAnything(goodOrBad(['confirmed', 'reported', 'expected', 'denied'], ['rumoured'])),
      severity: orAnything(fc.oneof(fc.integer({min: -1, max: 7}), fc.double({noNaN: true, noDefaultInfinity: true}))),
      fatalities: orAnything(fc.integer({min: -2, max: 1000})),
      actors: fc.array(orAnything(text), {maxLength: 3}),
      location: orAnything(
        fc.record(
          {
            name: orAnything(text),
            latitude: fc.double({min: -200, max: 200, noNaN: true}),
            longitude: fc.double({min: -200, max: 200, noNaN: true}),
            geoPrecision: fc.constantFrom('exact', 'near', 'region', 'far'),
          },
          {requiredKeys: []},
        ),
      ),
      sources: sourceRefs,
    },
    ['id', 'when', 'title', 'category', 'status'],
  ),
);

const alert = orAnything(
  item(
    {
      id: orAnything(ids),
      start: orAnything(temporal),
      end: orAnything(temporal),
      level: orAnything(fc.constantFrom('low', 'elevated', 'high', 'highest', 'severe', 'constructor')),
      title: orAnything(text),
      areas: fc.array(orAnything(text), {maxLength: 3}),
      measures: fc.array(
        orAnything(fc.record({kind: orAnything(fc.constantFrom('patrols', 'Drone Flights')), text: orAnything(text)}, {requiredKeys: []})),
        {maxLength: 3},
      ),
      sources: sourceRefs,
    },
    ['id', 'start', 'end', 'level', 'title'],
  ),
);

const source = orAnything(
  item(
    {
      id: orAnything(ids),
      publisher: orAnything(text),
      url: orAnything(
        fc.constantFrom('https://example.org/a', 'HTTPS://OK.example', 'javascript:alert(1)', '//evil.example', 'http://[::1', 'data:,x'),
      ),
      published: orAnything(temporal),
      language: orAnything(fc.constantFrom('en', 'ru', 'english')),
    },
    ['id', 'publisher'],
  ),
);

const level = orAnything(
  item({id: orAnything(ids), label: orAnything(text), rank: orAnything(fc.integer({min: -1, max: 101})), color: fc.constantFrom('#b5179e', 'red')}, [
    'id',
    'label',
    'rank',
  ]),
);

const plausibleFeed = fc.record(
  {
    version: fc.oneof({weight: 8, arbitrary: fc.constantFrom('1.0', '1.4')}, {weight: 1, arbitrary: fc.jsonValue({maxDepth: 1})}),
    title: orAnything(text),
    region: orAnything(
      fc.record(
        {
          name: orAnything(text),
          timeZone: orAnything(
            fc.constantFrom('UTC', 'Asia/Dushanbe', 'Europe/Berlin', 'America/Santiago', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Asia/Atlantis'),
          ),
        },
        {requiredKeys: []},
      ),
    ),
    updated: orAnything(temporal),
    levels: orAnything(fc.array(level, {maxLength: 4})),
    sources: orAnything(fc.array(source, {maxLength: 4})),
    alerts: orAnything(fc.array(alert, {maxLength: 5})),
    incidents: orAnything(fc.array(incident, {maxLength: 8})),
  },
  {requiredKeys: ['version']},
);

// ---------------------------------------------------------------------------------------------

describe('validateFeed, for generated inputs', () => {
  it('finds nothing wrong with the properties on the seed feed itself', () => {
    expect(violations(seed)).to.deep.equal([]);
    expect(validateFeed(seed).problems).to.deep.equal([]);
  });

  it('holds for any JSON value as the document', () => {
    fc.assert(fc.property(fc.jsonValue(), holds), {numRuns: RUNS});
  });

  it('holds for a version 1.0 document whose lists hold any JSON values', () => {
    const lists = fc.record(
      {
        version: fc.constant('1.0'),
        levels: fc.array(fc.jsonValue({maxDepth: 3}), {maxLength: 4}),
        sources: fc.array(fc.jsonValue({maxDepth: 3}), {maxLength: 4}),
        alerts: fc.array(fc.jsonValue({maxDepth: 3}), {maxLength: 6}),
        incidents: fc.array(fc.jsonValue({maxDepth: 3}), {maxLength: 6}),
      },
      {requiredKeys: ['version']},
    );
    fc.assert(fc.property(lists, holds), {numRuns: RUNS});
  });

  it('holds for the seed feed with random fields replaced by any JSON value or deleted', () => {
    fc.assert(
      fc.property(fc.array(mutation, {minLength: 1, maxLength: 4}), (mutations) => holds(mutate(seed, mutations))),
      {numRuns: RUNS},
    );
  });

  it('holds for plausible feeds of valid, impossible and misshapen fields', () => {
    fc.assert(fc.property(plausibleFeed, holds), {numRuns: RUNS});
  });

  it('lists incidents by time, then id, in whatever order the feed published them', () => {
    // Few distinct dates, so many incidents share a time and only their ids can order them.
    const incident = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
      when: fc.constantFrom('2024-09', '2024-09-24', '2024-09-24T14:30', '2024-09-25', '2024', '2024-W39'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(incident, {selector: (item) => item.id, maxLength: 60}), (entries) => {
        const document = {
          version: '1.0',
          incidents: entries.map(({id, when}) => ({id, when, title: id, category: 'movement', status: 'reported'})),
        };
        const {feed, problems} = validateFeed(document);
        expect(problems).to.deep.equal([]);
        expect(timeViolations({feed, problems})).to.deep.equal([]);
        expect(feed!.incidents.map((item) => item.id).sort()).to.deep.equal(entries.map((item) => item.id).sort());
      }),
      {numRuns: RUNS},
    );
  });

  it('keeps every item of the seed whose mutations did not touch it', () => {
    // One field of one incident replaced: the other alerts and incidents come through unchanged.
    const items = [...(seed.alerts as unknown[]), ...(seed.incidents as unknown[])].length;
    fc.assert(
      fc.property(fc.nat({max: (seed.incidents as unknown[]).length - 1}), fc.string(), fc.jsonValue({maxDepth: 2}), (index, field, value) => {
        const document = structuredClone(seed) as {incidents: Array<Record<string, unknown>>};
        document.incidents[index][field] = value;
        const {feed, problems} = validateFeed(document);
        const left = problems.some((p) => p.dropped === 'item' && p.pointer.startsWith(`/incidents/${index}/`)) ? 1 : 0;
        expect(feed!.alerts.length + feed!.incidents.length).to.equal(items - left);
      }),
      {numRuns: RUNS},
    );
  });
});
