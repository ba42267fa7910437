/**
 * Validation and normalisation of a feed.
 *
 * A feed comes from another site, so nothing in it is trusted and nothing valid is lost:
 * every value the format does not allow becomes a problem (where, expected, found, what was
 * done), the item holding it is left out only when it cannot be drawn without it, and every
 * other item is kept. Validation never throws on any JSON value.
 *
 * Here the document meets the compiled JSON Schema; the modules in ./validate/ decide what each
 * error costs and then read what is left, checking what a schema cannot say, into the feed.
 */
import {
  validateAlert,
  validateFeedShape,
  validateIncident,
  validateLevel,
  validateSource,
  type CompiledValidator,
  type SchemaError,
} from './generated/validate-schema.js';
import {toPointer} from './json-pointer.js';
import {parseJson} from './parse-json.js';
import {FEED_MAJOR_VERSION, MAX_ITEMS_PER_LIST} from './constants.js';
import type {Feed, FeedProblem, ValidationResult} from './types.js';
import {isObject, LISTS, type Json, type ListName} from './validate/feed-document.js';
import {describeValue, makeProblem} from './validate/problems.js';
import {decide, removeValues, type Decision} from './validate/schema-error-costs.js';
import {readDate} from './validate/dates.js';
import {readCategories, readLevels, readSources, readWithdrawn} from './validate/references.js';
import {readAlerts, readIncidents, readRegion} from './validate/normalise.js';
import {report, startReading} from './validate/reading.js';

export {describeValue, makeProblem} from './validate/problems.js';
export {DEFAULT_LEVELS} from './validate/references.js';
export {safeWebUrl} from './validate/links.js';

function refuse(pointer: string, expected: string, found: string, problems: FeedProblem[] = []): ValidationResult {
  return {feed: null, problems: [...problems, makeProblem(pointer, expected, found, 'feed')]};
}

const ENTRY_VALIDATORS: ReadonlyArray<[ListName, CompiledValidator]> = [
  ['levels', validateLevel],
  ['sources', validateSource],
  ['alerts', validateAlert],
  ['incidents', validateIncident],
];

/**
 * Every way a document breaks the JSON Schema, with pointers from the document's root. Entries
 * are checked one by one, so a hostile feed of many bad entries costs time in proportion to them.
 */
export function schemaErrors(document: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  if (!validateFeedShape(document)) errors.push(...(validateFeedShape.errors ?? []));
  if (!isObject(document)) return errors;
  for (const [list, validate] of ENTRY_VALIDATORS) {
    const entries = Object.hasOwn(document, list) ? document[list] : undefined;
    if (!Array.isArray(entries) || entries.length > MAX_ITEMS_PER_LIST) continue;
    for (let i = 0; i < entries.length; i++) {
      if (validate(entries[i])) continue;
      for (const error of validate.errors ?? []) errors.push({...error, instancePath: `/${list}/${i}${error.instancePath}`});
    }
  }
  return errors;
}

/**
 * Validates a parsed JSON value as a feed and normalises what is valid.
 * Never throws; `feed` is null only when the document as a whole cannot be read.
 */
export function validateFeed(document: unknown): ValidationResult {
  if (!isObject(document)) return refuse('', 'a JSON object with a "version"', describeValue(document));
  const version = Object.hasOwn(document, 'version') ? document.version : undefined;
  const versionMatch = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!versionMatch) return refuse('/version', `a format version such as "${FEED_MAJOR_VERSION}.0"`, describeValue(version));
  const major = Number(versionMatch[1]);
  if (major !== FEED_MAJOR_VERSION) {
    const relation = major > FEED_MAJOR_VERSION ? 'newer than this reader understands' : 'older than this reader understands';
    return refuse(
      '/version',
      `format version ${FEED_MAJOR_VERSION}.x (version ${version as string} is ${relation}; update security-timeline or ask the publisher for a ${FEED_MAJOR_VERSION}.x feed)`,
      describeValue(version),
    );
  }

  const problems: FeedProblem[] = [];
  // Refuse oversized lists before the schema check walks them.
  let checked: Json = document;
  for (const list of LISTS) {
    const value = Object.hasOwn(document, list) ? document[list] : undefined;
    if (Array.isArray(value) && value.length > MAX_ITEMS_PER_LIST) {
      problems.push(makeProblem(`/${list}`, `at most ${MAX_ITEMS_PER_LIST} items`, describeValue(value), 'value'));
      if (checked === document) checked = {...document};
      delete checked[list];
    }
  }

  const decisions = schemaErrors(checked)
    // The anyOf of `when` reports each branch's missing field too; its own error says it better.
    .filter((error) => !(error.keyword === 'required' && error.schemaPath?.includes('/anyOf/')))
    .map((error) => decide(error, checked));
  const droppedItems = new Set(decisions.filter((d) => d.level === 'item').map((d) => toPointer(d.removePath)));
  const isInDroppedItem = (d: Decision) => droppedItems.has(toPointer(d.removePath.slice(0, 2)));
  // A value can break one rule twice: an anyOf branch of `when` repeats the check of its field.
  const said = new Set<string>();
  for (const d of decisions) {
    const dropped = d.level === 'item' || isInDroppedItem(d) ? 'item' : 'value';
    const problem = makeProblem(d.problemPointer, d.expected, d.found, dropped);
    if (!said.has(problem.message)) problems.push(problem);
    said.add(problem.message);
  }
  const valuePaths = decisions.filter((d) => d.level === 'value' && !isInDroppedItem(d)).map((d) => d.removePath);
  const cleaned = valuePaths.length ? removeValues(checked, valuePaths) : checked;

  const reading = startReading(droppedItems);
  for (const list of LISTS) {
    if (cleaned[list] !== checked[list] && Array.isArray(checked[list])) reading.originals[list] = checked[list] as unknown[];
  }
  const list = (name: ListName | 'categories' | 'withdrawn') => (Array.isArray(cleaned[name]) ? (cleaned[name] as unknown[]) : undefined);
  // A region without a name is left out, but its zone still says how to read the dates (unless
  // the schema refused that zone too, and said so).
  const refusedZone =
    !isObject(cleaned.region) && isObject(checked.region) && !problems.some((problem) => problem.pointer === '/region/timeZone')
      ? checked.region.timeZone
      : undefined;
  const region = readRegion(reading, cleaned.region, refusedZone);
  const levels = readLevels(reading, list('levels'));
  const sources = readSources(reading, list('sources'));
  const alerts = readAlerts(reading, list('alerts'), levels);
  const incidents = readIncidents(reading, list('incidents'));

  const categories = readCategories(reading, list('categories'));
  const withdrawn = readWithdrawn(reading, list('withdrawn'));

  const feed: Feed = {version: version as string, timeZone: reading.timeZone, levels, sources, alerts, incidents, categories, withdrawn};
  if (typeof cleaned.title === 'string') feed.title = cleaned.title;
  if (typeof cleaned.description === 'string') feed.description = cleaned.description;
  if (typeof cleaned.attribution === 'string') feed.attribution = cleaned.attribution;
  if (region) feed.region = region;
  if (isObject(cleaned.view) && typeof cleaned.view.start === 'string' && typeof cleaned.view.end === 'string') {
    const start = readDate(reading, cleaned.view.start, '/view/start', 'value');
    const end = readDate(reading, cleaned.view.end, '/view/end', 'value');
    if (start && end && end.end > start.start) feed.view = {start: start.start, end: end.end};
    else if (start && end) report(reading, '/view/end', 'an end after the start of the view', cleaned.view.end, 'value');
  }
  if (typeof cleaned.updated === 'string') {
    const unit = readDate(reading, cleaned.updated, '/updated', 'value');
    if (unit) feed.updated = unit.start;
  }
  return {feed, problems: [...problems, ...reading.problems]};
}

/** What a problem expects when the text was not JSON at all. */
export const NOT_JSON_EXPECTED = 'a JSON document';

/** Whether a refused result failed at JSON syntax (`json`) or at the feed format (`invalid`). */
export function refusalKind(problems: readonly FeedProblem[]): 'json' | 'invalid' {
  const [first] = problems;
  return first?.pointer === '' && first.expected === NOT_JSON_EXPECTED ? 'json' : 'invalid';
}

/** Parses JSON text and validates it; a syntax error is one problem with its line and column. */
export function readFeed(text: string): ValidationResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const {line, column, reason} = parsed.error;
    return refuse('', NOT_JSON_EXPECTED, `${reason} at line ${line}, column ${column}`);
  }
  return validateFeed(parsed.value);
}
