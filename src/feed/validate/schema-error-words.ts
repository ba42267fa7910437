/**
 * What a schema error expected, in words a publisher reads: ajv's errors name a keyword and its
 * parameters (and, for a pattern, the regular expression), which say little to a person.
 */
import type {SchemaError} from '../generated/validate-schema.js';

/** What a pattern asks for, in words, keyed by the `$defs` entry or field that holds it. */
const PATTERN_WORDS: Record<string, string> = {
  temporal: 'an ISO 8601 date such as "2024-09-24", "2024-09", "2024-W38" or "2024-09-24T14:30"',
  when: 'an ISO 8601 date such as "2024-09-24", "2024-09", "2024-W38" or "2024-09-24T14:30"',
  id: 'an id of up to 128 letters, digits and . _ : - characters',
  webUrl: 'an absolute http:// or https:// address',
  category: 'lower-case words joined by hyphens, e.g. "security-measure"',
  kind: 'lower-case words joined by hyphens, e.g. "patrols"',
  color: 'a colour written #rrggbb',
  language: 'a BCP 47 language tag such as "en" or "ru"',
  version: 'a format version 1.x, e.g. "1.0"',
};

/**
 * The fragment whose pattern a field uses, by field name: a schema path names the fragment only
 * when ajv inlined it, and just "#/pattern" when it compiled the `$ref` as a function of its own.
 */
const FIELD_FRAGMENT: Record<string, string> = {
  date: 'temporal',
  earliest: 'temporal',
  latest: 'temporal',
  start: 'temporal',
  end: 'temporal',
  published: 'temporal',
  updated: 'temporal',
  level: 'id',
  sources: 'id',
  url: 'webUrl',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/**
 * Fields that take one of two types (format 1.1 made several a name or an object): what each
 * asks for, by the last name in the instance path, past list indices.
 */
const EITHER_WORDS: Record<string, {type: string; anyOf: string}> = {
  when: {type: 'a date string or an object with date, earliest or latest', anyOf: 'an object with at least one of date, earliest or latest'},
  areas: {
    type: 'a place name, or an object naming a country, admin1, admin2 or place',
    anyOf: 'an object naming at least one of country, admin1, admin2 or place',
  },
  actors: {type: "an actor's name, or an object with its name, role and with", anyOf: 'an object with a name'},
  fatalities: {type: 'a count of deaths, or an object {best, low, high}', anyOf: 'an object with a best estimate'},
};

/** The last name in an instance path, past list indices: "/incidents/3/actors/1" → "actors". */
const fieldOf = (instancePath: string) =>
  instancePath
    .split('/')
    .filter((segment) => !/^\d+$/.test(segment))
    .pop() ?? '';

const own = <T>(table: Record<string, T>, key: string | undefined) => (key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined);

export function expectedFor(error: SchemaError): string {
  const params = error.params;
  switch (error.keyword) {
    case 'type':
      if (Array.isArray(params.type)) return own(EITHER_WORDS, fieldOf(error.instancePath))?.type ?? `a value of type ${params.type.join(' or ')}`;
      return TYPE_WORDS[String(params.type)] ?? `a value of type ${String(params.type)}`;
    case 'required':
      return 'a value here (required)';
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern': {
      const segments = (error.schemaPath ?? '').split('/');
      const owner = segments[segments.length - 2];
      // A fragment compiled as its own function has a schema path of just "#/pattern": the field
      // it checks (the last name in the instance path, past list indices) says what it is.
      const field = fieldOf(error.instancePath);
      const words = own(PATTERN_WORDS, owner) ?? own(PATTERN_WORDS, field) ?? own(PATTERN_WORDS, own(FIELD_FRAGMENT, field));
      return words ?? `text matching ${String(params.pattern)}`;
    }
    case 'anyOf':
      return own(EITHER_WORDS, fieldOf(error.instancePath))?.anyOf ?? 'a value matching one of the forms this field takes';
    case 'maxLength':
      return `at most ${String(params.limit)} characters`;
    case 'maxItems':
      return `at most ${String(params.limit)} items`;
    case 'minimum':
      return `a number of at least ${String(params.limit)}`;
    case 'maximum':
      return `a number of at most ${String(params.limit)}`;
    default:
      return error.message ?? `a value satisfying "${error.keyword}"`;
  }
}
