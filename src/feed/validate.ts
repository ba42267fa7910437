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
import {parseJson, type JsonSyntaxError} from './parse-json.js';
import {finish, inSlices, isPausePoint, startInSlices, type SliceOptions, type Started, type Work} from './slices.js';
import {FEED_MAJOR_VERSION, MAX_ITEMS_PER_LIST} from './constants.js';
import type {Feed, FeedProblem, ValidationResult} from './types.js';
import {isObject, LISTS, type Json, type ListName} from './validate/feed-document.js';
import {describeValue, makeProblem} from './validate/problems.js';
import {decide, removingValues, type Decision} from './validate/schema-error-costs.js';
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
  return finish(checkingSchema(document));
}

function* checkingSchema(document: unknown): Work<SchemaError[]> {
  const errors: SchemaError[] = [];
  // One by one: spread into `push`, a quarter of a million errors would overflow the stack.
  if (!validateFeedShape(document)) for (const error of validateFeedShape.errors ?? []) errors.push(error);
  if (!isObject(document)) return errors;
  for (const [list, validate] of ENTRY_VALIDATORS) {
    const entries = Object.hasOwn(document, list) ? document[list] : undefined;
    if (!Array.isArray(entries) || entries.length > MAX_ITEMS_PER_LIST) continue;
    for (let i = 0; i < entries.length; i++) {
      if (isPausePoint(i)) yield;
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
  return finish(validating(document));
}

/**
 * Validates a feed as `validateFeed` does, in slices of a few milliseconds, so that the page stays
 * responsive while a large feed is read; the same result, problems in the same order. Rejects only
 * when `signal` stops it (with the signal's reason). The document must not change until it resolves.
 */
export function validateFeedInSlices(document: unknown, options?: SliceOptions): Promise<ValidationResult> {
  return inSlices(validating(document), options);
}

/** `validateFeedInSlices`, whose first slice runs now: a small feed is read by the time it returns. */
export function startValidatingFeed(document: unknown, options?: SliceOptions): Started<ValidationResult> {
  return startInSlices(validating(document), options);
}

/** The steps of `validateFeed`, pausing between entries of long lists. */
export function* validating(document: unknown): Work<ValidationResult> {
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

  const errors = yield* checkingSchema(checked);
  const decisions: Decision[] = [];
  for (let i = 0; i < errors.length; i++) {
    if (isPausePoint(i)) yield;
    const error = errors[i];
    // The anyOf of `when` reports each branch's missing field too; its own error says it better.
    if (error.keyword === 'required' && error.schemaPath?.includes('/anyOf/')) continue;
    decisions.push(decide(error, checked));
  }
  const droppedItems = new Set(decisions.filter((d) => d.level === 'item').map((d) => toPointer(d.removePath)));
  const isInDroppedItem = (d: Decision) => droppedItems.has(toPointer(d.removePath.slice(0, 2)));
  // A value can break one rule twice: an anyOf branch of `when` repeats the check of its field.
  const said = new Set<string>();
  const valuePaths: string[][] = [];
  for (let i = 0; i < decisions.length; i++) {
    if (isPausePoint(i)) yield;
    const d = decisions[i];
    const inDroppedItem = d.level === 'item' || isInDroppedItem(d);
    const problem = makeProblem(d.problemPointer, d.expected, d.found, inDroppedItem ? 'item' : 'value');
    if (!said.has(problem.message)) problems.push(problem);
    said.add(problem.message);
    if (!inDroppedItem) valuePaths.push(d.removePath);
  }
  const cleaned = valuePaths.length ? yield* removingValues(checked, valuePaths) : checked;

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
  const levels = yield* readLevels(reading, list('levels'));
  const sources = yield* readSources(reading, list('sources'));
  const alerts = yield* readAlerts(reading, list('alerts'), levels);
  const incidents = yield* readIncidents(reading, list('incidents'));

  const categories = yield* readCategories(reading, list('categories'));
  const withdrawn = yield* readWithdrawn(reading, list('withdrawn'));

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

/** The reading of text that is not JSON: one problem, with the line and column of the error. */
export function notJson({line, column, reason}: JsonSyntaxError): ValidationResult {
  return refuse('', NOT_JSON_EXPECTED, `${reason} at line ${line}, column ${column}`);
}

/** Parses JSON text and validates it; a syntax error is one problem with its line and column. */
export function readFeed(text: string): ValidationResult {
  const parsed = parseJson(text);
  return parsed.ok ? validateFeed(parsed.value) : notJson(parsed.error);
}
