/**
 * The feed format, version 1 (its latest minor version, 1.1), as a JSON Schema (draft 2020-12).
 *
 * This object is the single source of truth: `npm run generate` writes it to
 * `data/feed-v1.schema.json`, derives the TypeScript types in `generated/feed-types.ts`
 * from it, and compiles it ahead of time into the standalone validator in
 * `generated/validate-schema.js` (no `eval` or `new Function` at run time, so it
 * works under a strict Content-Security-Policy).
 *
 * Rules the schema cannot state (real calendar dates, ends after starts, unique ids,
 * references that resolve, safe links) are checked in `validate.ts`.
 */

import {FEED_SCHEMA_ID, MAX_STRING_LENGTH} from './constants.js';

export {FEED_SCHEMA_ID, FEED_MAJOR_VERSION, MAX_ITEMS_PER_LIST, MAX_STRING_LENGTH} from './constants.js';

/**
 * ISO 8601 dates at the precision the writer knows: a year (`2024`), a month (`2024-09`),
 * an ISO week (`2024-W38`), a day (`2024-09-24`), or a local or absolute time
 * (`2024-09-24T14:30`, `2024-09-24T14:30:00+05:00`, `2024-09-24T09:30:00Z`).
 */
export const TEMPORAL_PATTERN =
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,3})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?)?|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$';

/** Identifiers: letters, digits and `._:-`, starting with a letter or digit. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$';

/** Open vocabularies (categories): lower-case words joined by hyphens. */
export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Links are only ever http or https. */
export const WEB_URL_PATTERN = '^[hH][tT][tT][pP][sS]?://[^\\s/?#]+[^\\s]*$';

import {define, list, use, withDefinitions, type Meta} from './schema-definitions.js';

/** An open-vocabulary id (a category, a kind of measure): lower-case words joined by hyphens. */
const slug = <const M extends Meta>(meta: M) => ({type: 'string', pattern: SLUG_PATTERN, maxLength: 64, ...meta}) as const;

const plainText = define('text', {
  type: 'string',
  maxLength: MAX_STRING_LENGTH,
  title: 'Text',
  description: `Plain text, at most ${MAX_STRING_LENGTH} characters. Shown as text, never as HTML.`,
} as const);

/** A field of plain text under its own title and description. */
const text = <const M extends Meta>(meta: M) => use(plainText, meta);

const identifier = define('id', {
  type: 'string',
  pattern: ID_PATTERN,
  title: 'Identifier',
  description: 'Up to 128 letters, digits and . _ : - characters, starting with a letter or digit.',
} as const);

const temporal = define('temporal', {
  type: 'string',
  pattern: TEMPORAL_PATTERN,
  title: 'Date or time',
  description:
    'ISO 8601 at the precision known: "2024", "2024-09", "2024-W38", "2024-09-24", "2024-09-24T14:30" (in the region time zone) or with an offset, "2024-09-24T14:30:00+05:00".',
} as const);

const webUrl = define('webUrl', {
  type: 'string',
  maxLength: 2048,
  pattern: WEB_URL_PATTERN,
  title: 'Web address',
  description: 'An absolute http:// or https:// URL. Other schemes are refused.',
} as const);

const region = define('region', {
  type: 'object',
  title: 'Region',
  description: 'The region the feed covers. Its time zone decides how dates without an offset are read.',
  required: ['name'],
  properties: {
    id: use(identifier, {title: 'Region id', description: 'Stable identifier of the region.'}),
    name: text({title: 'Region name', description: 'Human-readable name, e.g. "Tajik–Afghan border".'}),
    timeZone: {
      type: 'string',
      maxLength: 64,
      title: 'Time zone',
      description: 'IANA time zone name, e.g. "Asia/Dushanbe". Dates without an offset are read in it; when absent, in UTC.',
    },
  },
} as const);

const labels = define('labels', {
  type: 'object',
  title: 'Labels in other languages',
  description:
    'The label in other languages, by BCP 47 language tag (format 1.1): {"ru": "Наивысший", "fa-AF": "بلندترین"}. A reader whose language is here reads it (the tag or its language: "fa" serves "fa-AF"); the others read "label".',
  propertyNames: {pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', maxLength: 35},
  additionalProperties: text({title: 'Label', description: 'The label in that language.'}),
  maxProperties: 100,
} as const);

const level = define('level', {
  type: 'object',
  title: 'Alert level',
  description: 'One step of the alert scale.',
  required: ['id', 'label', 'rank'],
  properties: {
    id: use(identifier, {title: 'Level id', description: 'Identifier alert windows use in their "level" field.'}),
    label: text({title: 'Label', description: 'Name shown to readers, e.g. "Highest".'}),
    labels: use(labels, {title: 'Labels in other languages', description: 'The name in other languages, by language tag.'}),
    rank: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      title: 'Rank',
      description: 'Position on the scale: a higher rank is a more serious alert.',
    },
    color: {
      type: 'string',
      pattern: '^#[0-9a-fA-F]{6}$',
      title: 'Colour',
      description: 'Band colour as #rrggbb. When absent, a colour is picked from the rank.',
    },
  },
} as const);

const source = define('source', {
  type: 'object',
  title: 'Source',
  description: 'A publication that reports the facts.',
  required: ['id', 'publisher'],
  properties: {
    id: use(identifier, {title: 'Source id', description: 'Identifier items use in their "sources" list.'}),
    publisher: text({title: 'Publisher', description: 'Outlet or organisation, e.g. "News.Az".'}),
    title: text({title: 'Title', description: 'Title of the article or report.'}),
    url: use(webUrl, {title: 'Link', description: 'Where the publication can be read (http or https).'}),
    published: use(temporal, {title: 'Published', description: 'Publication date (ISO 8601).'}),
    language: {
      type: 'string',
      pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$',
      title: 'Language',
      description: 'BCP 47 language tag of the publication, e.g. "en" or "ru".',
    },
  },
} as const);

const sourceRefs = define('sourceRefs', {
  type: 'array',
  maxItems: 100,
  title: 'Sources',
  description: 'Ids of entries in the feed\'s "sources" list.',
  items: identifier,
} as const);

const measure = define('measure', {
  type: 'object',
  title: 'Measure',
  description: 'Something done under the alert.',
  required: ['text'],
  properties: {
    kind: slug({
      title: 'Kind',
      description: 'Open vocabulary; defaults: patrols, surveillance, leave-cancelled, reinforcement, closure, curfew, checkpoints.',
    }),
    text: text({title: 'Text', description: 'The measure in words, e.g. "Additional patrols deployed".'}),
  },
} as const);

const placeName = (title: string, description: string) => text({title, description});

const area = define('area', {
  type: ['string', 'object'],
  maxLength: MAX_STRING_LENGTH,
  title: 'Area',
  description:
    'A name (a place, district, province or country, matched against all four), or an object that names the level (format 1.1): {"country": "Tajikistan"} covers every incident located in Tajikistan; {"admin1": "Takhar", "country": "Afghanistan"} only Takhar in Afghanistan. "name" is how the area is said to readers; an object with a name and no level is a bare name.',
  properties: {
    name: placeName('Name', 'How the area is said to readers, e.g. "Tajik side of the border with Badakhshan and Takhar".'),
    country: placeName('Country', 'Covers incidents in this country (with the other fields: only those that also match them).'),
    admin1: placeName('Admin area 1', 'Covers incidents in this province or region.'),
    admin2: placeName('Admin area 2', 'Covers incidents in this district.'),
    place: placeName('Place', 'Covers incidents at this place (their location name).'),
  },
} as const);

/** When an item was first reported and last changed (format 1.1). */
const itemDates = {
  reported: use(temporal, {title: 'First reported', description: 'When the item was first reported (format 1.1).'}),
  updated: use(temporal, {
    title: 'Updated',
    description: 'When the item was last changed (format 1.1), such as ACLED timestamp: a refreshed feed tells readers what changed.',
  }),
} as const;

const alert = define('alert', {
  type: 'object',
  title: 'Alert window',
  description:
    'A period under a raised alert level. Date-only ends are inclusive: "end": "2024-10-15" covers the whole of 15 October in the region time zone.',
  required: ['id', 'start', 'end', 'level', 'title'],
  properties: {
    id: use(identifier, {title: 'Alert id', description: 'Unique among all alerts and incidents of the feed.'}),
    start: use(temporal, {title: 'Start', description: 'First day (or instant) under the alert.'}),
    end: use(temporal, {
      title: 'End',
      description: 'Last day under the alert (inclusive), or the instant it was lifted.',
    }),
    level: use(identifier, {
      title: 'Level',
      description: "Id of a level of the feed's scale (or of the default scale).",
    }),
    title: text({title: 'Title', description: 'Short description, e.g. "Highest alert on the Tajik–Afghan border".'}),
    description: text({title: 'Description', description: 'Longer text.'}),
    areas: {
      type: 'array',
      maxItems: 1000,
      title: 'Areas',
      description:
        'Places the alert covers. Empty or absent: the whole region. A name matches incidents whose place, district, province or country has that name; an object says which level it names and in which country (format 1.1).',
      items: area,
    },
    measures: {
      type: 'array',
      maxItems: 1000,
      title: 'Measures',
      description: 'What was done under the alert.',
      items: measure,
    },
    sources: sourceRefs,
    ...itemDates,
  },
} as const);

const when = define('when', {
  type: ['string', 'object'],
  title: 'When',
  description:
    'When the incident happened, as precisely as known. Either an ISO 8601 string ("2024-09", "2024-09-24", "2024-09-24T14:30") or an object giving a date with a coarser precision and/or an earliest/latest pair (as UCDP GED\'s date_start/date_end), with an optional label for readers ("mid-September 2024"). The window runs from earliest to latest, or over the unit of the precision around the date on a side with no bound; the marker stands on the date when one is given (on the middle of its day for a day), else on the window\'s middle. A date with bounds must lie between them as written (its own day or instant), not widened to its precision. ACLED events: time_precision 1 → "2022-06-19"; 2 → {"date": "2022-06-15", "earliest": "2022-06-12", "latest": "2022-06-18", "precision": "week"} (event_date ± 3 days: event_date is the middle of the known week); 3 → {"date": "2022-06-15", "earliest": "2022-06-01", "latest": "2022-06-30", "precision": "month"} (event_date is the middle of the known month). UCDP GED events: {"earliest": date_start, "latest": date_end} with date_prec as sourcePrecision.',
  pattern: TEMPORAL_PATTERN,
  properties: {
    date: use(temporal, {title: 'Date', description: 'Best known date, where the marker stands; with earliest/latest, between them as written.'}),
    precision: {
      enum: ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'],
      title: 'Precision',
      description:
        'How precisely the date is known, when coarser than its form (ACLED time_precision 2 "week", 3 "month"). Without earliest/latest the window is that unit around the date: "week" the ISO week containing it, "month" its month; the marker still stands on the date, not on the unit\'s middle. With earliest and latest, those are the window and the precision only names the uncertainty: it never widens the date past them. Not finer than the date\'s own form; not used without a date.',
    },
    earliest: use(temporal, {title: 'Earliest', description: 'Earliest possible date (its whole unit counts), as UCDP GED date_start.'}),
    latest: use(temporal, {title: 'Latest', description: 'Latest possible date (its whole unit counts), as UCDP GED date_end.'}),
    label: text({title: 'Label', description: 'How to say the date to readers, e.g. "mid-September 2024".'}),
    sourcePrecision: {
      type: 'object',
      title: 'Precision in the source data set',
      description:
        'The precision code of the data set the item was imported from, kept as it was (format 1.1), so readers and exports can name it: {"scheme": "acled-time-precision", "code": 2} or {"scheme": "ucdp-date-prec", "code": 4}. ACLED time_precision: 1 the day itself, 2 a known week whose middle is event_date, 3 a known month whose middle is event_date. UCDP GED date_prec: 1 the exact day, 2 2–6 days, 3 a week, 4 a month, 5 a year or more, between date_start and date_end. It does not change the window: date, precision, earliest and latest say that.',
      required: ['scheme', 'code'],
      properties: {
        scheme: slug({title: 'Scheme', description: 'Which code, e.g. "ucdp-date-prec".'}),
        code: {type: 'integer', minimum: 0, maximum: 99, title: 'Code', description: 'The code as the data set gives it.'},
      },
    },
  },
  // Each branch repeats its property so the derived type is a union of three object shapes.
  anyOf: [
    {required: ['date'], properties: {date: temporal}},
    {required: ['earliest'], properties: {earliest: temporal}},
    {required: ['latest'], properties: {latest: temporal}},
  ],
} as const);

const location = define('location', {
  type: 'object',
  title: 'Location',
  description: 'Where the incident happened.',
  required: ['name'],
  properties: {
    name: text({title: 'Place', description: 'Name of the place, e.g. "Nawabad".'}),
    country: text({title: 'Country', description: 'Country name, e.g. "Afghanistan".'}),
    admin1: text({
      title: 'Admin area 1',
      description: 'First-level administrative area (province, region), e.g. "Takhar".',
    }),
    admin2: text({title: 'Admin area 2', description: 'Second-level administrative area (district).'}),
    latitude: {
      type: 'number',
      minimum: -90,
      maximum: 90,
      title: 'Latitude',
      description: 'WGS 84 decimal degrees. Give it with longitude: readers ignore one coordinate on its own.',
    },
    longitude: {
      type: 'number',
      minimum: -180,
      maximum: 180,
      title: 'Longitude',
      description: 'WGS 84 decimal degrees. Give it with latitude: readers ignore one coordinate on its own.',
    },
    geoPrecision: {
      enum: ['exact', 'near', 'region', 'district', 'province', 'line', 'country', 'water-air'],
      title: 'Geographic precision',
      description:
        'How exactly the place is known: "exact" the place itself, "near" close to a known place (within 25 km), "region" only some wider area (ACLED geo_precision 1–3); since format 1.1, as UCDP GED where_prec 3–7 tell: "district" (admin2), "province" (admin1), "line" (along a line between places), "country", "water-air" (international waters or airspace).',
    },
  },
} as const);

const deathCount = (title: string, description: string) => ({type: 'integer', minimum: 0, maximum: 100_000_000, title, description}) as const;

const fatalities = define('fatalities', {
  type: ['integer', 'object'],
  minimum: 0,
  maximum: 100_000_000,
  title: 'Fatalities',
  description:
    'Reported deaths: a count, or (format 1.1) the best estimate with a low and a high one, as UCDP GED gives best/low/high. low ≤ best ≤ high.',
  required: ['best'],
  properties: {
    best: deathCount('Best estimate', 'The most likely number of deaths.'),
    low: deathCount('Low estimate', 'The lowest plausible number.'),
    high: deathCount('High estimate', 'The highest plausible number.'),
  },
} as const);

const actor = define('actor', {
  type: ['string', 'object'],
  maxLength: MAX_STRING_LENGTH,
  title: 'Actor',
  description:
    'A group, force or person: its name, or (format 1.1) {"name", "role", "with"}: "side-a" and "side-b" are the two sides of the event (ACLED actor1 and actor2, UCDP side_a and side_b; the order implies no direction), "associated" an actor acting with another ("with": its name), as ACLED assoc_actor_1 and assoc_actor_2.',
  required: ['name'],
  properties: {
    name: text({title: 'Name', description: 'Name of the group, force or person.'}),
    role: {enum: ['side-a', 'side-b', 'associated'], title: 'Role', description: 'Which side of the event, or associated with another actor.'},
    with: text({title: 'With', description: 'For an associated actor: the name of the actor it acted with.'}),
  },
} as const);

const category = define('category', {
  type: 'object',
  title: 'Category',
  description: 'A category the feed declares (format 1.1): its label, its parent type, and how its markers look.',
  required: ['id', 'label'],
  properties: {
    id: slug({title: 'Category id', description: 'The id incidents give as their "category".'}),
    label: text({title: 'Label', description: 'Name shown to readers, e.g. "Remote explosive/landmine/IED".'}),
    labels: use(labels, {title: 'Labels in other languages', description: 'The name in other languages, by language tag.'}),
    parent: slug({
      title: 'Parent',
      description: 'Id of the category this one is a kind of (ACLED sub-event type → event type): the legend groups them.',
    }),
    color: {type: 'string', pattern: '^#[0-9a-fA-F]{6}$', title: 'Colour', description: 'Marker colour as #rrggbb.'},
    shape: {
      enum: ['circle', 'triangle', 'diamond', 'star', 'cross', 'square', 'pentagon', 'hexagon'],
      title: 'Shape',
      description: "Marker shape. When absent: the default category's shape, else the parent's, else a circle.",
    },
  },
} as const);

const withdrawal = define('withdrawal', {
  type: 'object',
  title: 'Withdrawn item',
  description: 'An alert or incident taken back (format 1.1), such as an event ACLED deleted: readers who saw it are told.',
  required: ['id'],
  properties: {
    id: use(identifier, {title: 'Id', description: 'Id the withdrawn item had.'}),
    date: use(temporal, {title: 'Date', description: 'When it was withdrawn.'}),
    reason: text({title: 'Reason', description: 'Why, in words.'}),
  },
} as const);

const incident = define('incident', {
  type: 'object',
  title: 'Incident',
  description: 'Something that happened, was reported, is expected, or was denied.',
  required: ['id', 'when', 'title', 'category', 'status'],
  properties: {
    id: use(identifier, {title: 'Incident id', description: 'Unique among all alerts and incidents of the feed.'}),
    when,
    title: text({title: 'Title', description: 'One line, e.g. "Militants arrive in Nawabad".'}),
    summary: text({title: 'Summary', description: 'What happened, in a few sentences.'}),
    category: slug({
      title: 'Category',
      description: 'Open vocabulary. Default set: movement, reconnaissance, attack, clash, arrest, security-measure, statement, political.',
    }),
    status: {
      enum: ['confirmed', 'reported', 'expected', 'denied'],
      title: 'Status',
      description:
        '"confirmed" by several or official sources, "reported" by one source, "expected" to happen (a warning), "denied" by the party concerned.',
    },
    severity: {type: 'integer', minimum: 1, maximum: 5, title: 'Severity', description: '1 (minor) to 5 (grave).'},
    fatalities,
    actors: {
      type: 'array',
      maxItems: 100,
      title: 'Actors',
      description:
        'Groups or forces involved: names (order implies no direction), or objects with their side (format 1.1), as ACLED actor1/assoc_actor_1/actor2/assoc_actor_2 and UCDP side_a/side_b give them.',
      items: actor,
    },
    location,
    sources: sourceRefs,
    ...itemDates,
  },
} as const);

/** The feed format, version 1, with every fragment inlined (what the TypeScript types come from). */
export const feedSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: FEED_SCHEMA_ID,
  title: 'Security timeline feed',
  description:
    'A regional security timeline: alert windows (periods under a raised alert level) and incidents, with their sources. Version 1 of the format. Fields not named here are kept and ignored, so later minor versions stay readable.',
  type: 'object',
  required: ['version'],
  properties: {
    $schema: {
      type: 'string',
      title: 'Schema',
      description: 'Optional link to this schema, for editors that validate as you type.',
    },
    version: {
      type: 'string',
      pattern: '^1\\.(0|[1-9][0-9]*)$',
      title: 'Format version',
      description:
        'MAJOR.MINOR version of the feed format. Readers refuse a major version newer than theirs; this schema describes major version 1: "1.0", or "1.1" for a feed using the fields marked format 1.1. A reader of 1.0 ignores those fields.',
    },
    title: text({title: 'Title', description: 'Short name of the feed, shown as the timeline heading.'}),
    description: text({title: 'Description', description: 'What the feed covers and who keeps it.'}),
    attribution: text({
      title: 'Attribution',
      description:
        'The credit the data\'s terms require on every visual, shown with the chart (format 1.1), e.g. "Data: ACLED, acleddata.com, accessed 1 December 2026".',
    }),
    region,
    view: {
      type: 'object',
      title: 'First view',
      description:
        'The window the timeline opens on (format 1.1): the period the feed\'s story is about, e.g. {"start": "2024-09-01", "end": "2024-10-25"}. The end is inclusive (a date counts to its end). Without it, the timeline opens on the whole feed. A page\'s start and end attributes take precedence.',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: {
        start: use(temporal, {title: 'Start', description: 'Start of the first view (ISO 8601).'}),
        end: use(temporal, {title: 'End', description: 'End of the first view (ISO 8601, inclusive).'}),
      },
    },
    updated: use(temporal, {title: 'Updated', description: 'When the feed was last changed (ISO 8601).'}),
    levels: list(level, {
      title: 'Alert levels',
      description:
        'The ordered scale of alert levels used by this feed. When absent, the default scale applies: low (1), elevated (2), high (3), highest (4).',
    }),
    sources: list(source, {
      title: 'Sources',
      description: 'Publications the alerts and incidents are based on; items cite them by id.',
    }),
    alerts: list(alert, {title: 'Alert windows', description: 'Periods during which an area was under a raised alert level.'}),
    incidents: list(incident, {
      title: 'Incidents',
      description: 'Events: movements, reconnaissance, attacks, arrests, statements and so on.',
    }),
    categories: list(category, {
      title: 'Categories',
      description:
        'Categories the feed declares, with labels, parents, colours and shapes (format 1.1). Categories it does not declare keep their defaults.',
    }),
    withdrawn: list(withdrawal, {
      title: 'Withdrawn',
      description: 'Items taken back since earlier versions of the feed (format 1.1).',
    }),
  },
} as const;

export type FeedSchema = typeof feedSchema;

/**
 * The schema as published at `data/feed-v1.schema.json`: every named fragment appears once
 * under `$defs` and is referenced with `$ref` wherever it is used.
 */
export function publishedFeedSchema(): Record<string, unknown> {
  return withDefinitions(feedSchema);
}
