/**
 * Checks that hold for every outcome of `validateFeed`, whatever the input: shared by the corpus
 * of bad feeds and the property tests. Each returns a list of violations, empty when all is well,
 * so a failure names every offending pointer at once.
 */
import type {FeedProblem, ValidationResult} from '../../src/feed/types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const LISTS = ['levels', 'sources', 'alerts', 'incidents'] as const;

/** Whether a problem is about the value at `pointer` or something inside it. */
export const isAtOrUnder = (problem: FeedProblem, pointer: string) =>
  problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`);

/** Whether the entry `item` at `list[index]` of the input came through into the feed. */
function survived(result: ValidationResult, list: (typeof LISTS)[number], item: unknown): boolean {
  const feed = result.feed!;
  switch (list) {
    case 'alerts':
      return feed.alerts.some((alert) => alert.raw === item);
    case 'incidents':
      return feed.incidents.some((incident) => incident.raw === item);
    case 'levels':
      return isObject(item) && feed.levels.some((level) => level.id === item.id && level.label === item.label && level.rank === item.rank);
    case 'sources':
      return isObject(item) && feed.sources.some((source) => source.id === item.id && source.publisher === item.publisher);
  }
}

/**
 * No silent loss, and problems that tell the truth:
 * - the feed is null exactly when a problem says the feed was not read;
 * - every entry of the input's lists either comes through or has a problem at or inside it (or
 *   its whole list was refused, with a problem at the list);
 * - an entry with a problem saying it was left out did not come through, and one whose only
 *   problems say a value was ignored or kept did come through.
 */
export function accountingViolations(document: unknown, result: ValidationResult): string[] {
  const violations: string[] = [];
  const refused = result.problems.some((problem) => problem.dropped === 'feed');
  if (refused !== (result.feed === null)) violations.push(`feed is ${result.feed === null ? 'null' : 'read'} but refused=${refused}`);
  if (result.feed === null || !isObject(document)) return violations;
  for (const list of LISTS) {
    const items = Object.hasOwn(document, list) ? document[list] : undefined;
    if (!Array.isArray(items)) continue;
    if (result.problems.some((problem) => problem.pointer === `/${list}`)) continue; // the whole list went
    items.forEach((item, index) => {
      const pointer = `/${list}/${index}`;
      const problems = result.problems.filter((problem) => isAtOrUnder(problem, pointer));
      const came = survived(result, list, item);
      if (problems.length === 0 && !came) violations.push(`${pointer} was left out without a problem`);
      const leftOut = problems.some((problem) => problem.dropped === 'item');
      if (leftOut && came) violations.push(`${pointer} has a problem saying it was left out, but it came through`);
      if (problems.length > 0 && !leftOut && !came) violations.push(`${pointer} was left out, but its problems say only a value was`);
    });
  }
  return violations;
}

/** Times in the normalised feed are finite and ordered: windows hold their best point, alerts end after they start. */
export function timeViolations(result: ValidationResult): string[] {
  const violations: string[] = [];
  for (const incident of result.feed?.incidents ?? []) {
    const {earliest, best, latest} = incident.time;
    if (![earliest, best, latest].every(Number.isFinite)) violations.push(`${incident.id}: a time is not finite`);
    if (!(earliest <= best && best <= latest)) violations.push(`${incident.id}: not earliest ${earliest} <= best ${best} <= latest ${latest}`);
  }
  for (const alert of result.feed?.alerts ?? []) {
    if (!(Number.isFinite(alert.start) && Number.isFinite(alert.end))) violations.push(`${alert.id}: a time is not finite`);
    if (!(alert.start < alert.end)) violations.push(`${alert.id}: start ${alert.start} is not before end ${alert.end}`);
  }
  return violations;
}

/** Every problem points into the document: at a value, or at a missing field of an object that is there. */
export function pointerViolations(document: unknown, result: ValidationResult): string[] {
  return result.problems
    .filter((problem) => {
      if (problem.pointer === '') return false;
      const segments = problem.pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const parent = valueAt(document, segments.slice(0, -1));
      return !(parent.found && typeof parent.value === 'object' && parent.value !== null);
    })
    .map((problem) => `${problem.pointer} does not point into the document`);
}

function valueAt(document: unknown, segments: string[]): {found: boolean; value?: unknown} {
  let value = document;
  for (const segment of segments) {
    if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(segment) && Number(segment) < value.length) value = value[Number(segment)];
    else if (isObject(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return {found: false};
  }
  return {found: true, value};
}
