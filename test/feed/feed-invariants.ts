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
export const isAtOrUnder = (problem: FeedProblem, pointer: string) => problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`);

/** Whether the alert or incident `item` of the input came through into the feed, as its `raw` and by its id. */
function survived(result: ValidationResult, list: 'alerts' | 'incidents', item: unknown): boolean {
  const items: ReadonlyArray<{id: string; raw: unknown}> = result.feed![list];
  return items.some((entry) => entry.raw === item && isObject(item) && entry.id === item.id);
}

/**
 * No silent loss, and problems that tell the truth:
 * - the feed is null exactly when a problem says the feed was not read;
 * - every entry of the input's lists either comes through or has a problem at or inside it (or
 *   its whole list was refused, with a problem at the list);
 * - an entry with a problem saying it was left out did not come through, and one whose only
 *   problems say a value was ignored or kept did come through (for levels and sources, whose
 *   duplicates can be identical, this is checked on the ids kept).
 */
export function accountingViolations(document: unknown, result: ValidationResult): string[] {
  const violations: string[] = [];
  const refused = result.problems.some((problem) => problem.dropped === 'feed');
  if (refused !== (result.feed === null)) violations.push(`feed is ${result.feed === null ? 'null' : 'read'} but refused=${refused}`);
  if (result.feed === null || !isObject(document)) return violations;
  // Problems by the list entry they are at or inside, e.g. "/incidents/3".
  const byItem = new Map<string, FeedProblem[]>();
  for (const problem of result.problems) {
    const item = /^\/[^/]+\/[^/]+/.exec(problem.pointer)?.[0];
    if (item !== undefined) byItem.set(item, [...(byItem.get(item) ?? []), problem]);
  }
  for (const list of LISTS) {
    const items = Object.hasOwn(document, list) ? document[list] : undefined;
    if (!Array.isArray(items)) continue;
    if (result.problems.some((problem) => problem.pointer === `/${list}`)) continue; // the whole list went
    if (list === 'levels' || list === 'sources') {
      // These have no `raw`, and a duplicate can equal the entry it repeats: compare the ids kept
      // with the ids of the entries no problem says were left out. (No levels at all: the default scale.)
      if (list === 'levels' && items.length === 0) continue;
      const leftOut = (index: number) => (byItem.get(`/${list}/${index}`) ?? []).some((problem) => problem.dropped === 'item');
      const expected = items
        .filter((_, index) => !leftOut(index))
        .map((item) => JSON.stringify(isObject(item) ? item.id : item))
        .sort();
      const actual = result.feed[list].map((entry) => JSON.stringify(entry.id)).sort();
      if (expected.join() !== actual.join())
        violations.push(`/${list}: the feed keeps ${actual.join(', ')} but the problems leave ${expected.join(', ')}`);
      continue;
    }
    items.forEach((item, index) => {
      const pointer = `/${list}/${index}`;
      const problems = byItem.get(pointer) ?? [];
      const came = survived(result, list, item);
      if (problems.length === 0 && !came) violations.push(`${pointer} was left out without a problem`);
      const leftOut = problems.some((problem) => problem.dropped === 'item');
      if (leftOut && came) violations.push(`${pointer} has a problem saying it was left out, but it came through`);
      if (problems.length > 0 && !leftOut && !came) violations.push(`${pointer} was left out, but its problems say only a value was`);
    });
  }
  return violations;
}

/**
 * Times in the normalised feed are finite and ordered: windows hold their best point, alerts end
 * after they start, and items are listed by time, then id.
 */
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
  violations.push(...orderViolations(result.feed?.incidents ?? [], (incident) => incident.time.best));
  violations.push(...orderViolations(result.feed?.alerts ?? [], (alert) => alert.start));
  return violations;
}

/** Items come out by time, and items of the same time by id. */
function orderViolations<T extends {id: string}>(items: readonly T[], timeOf: (item: T) => number): string[] {
  const violations: string[] = [];
  for (let i = 1; i < items.length; i++) {
    const [before, after] = [items[i - 1], items[i]];
    const [t0, t1] = [timeOf(before), timeOf(after)];
    if (t1 < t0 || (t1 === t0 && after.id < before.id)) violations.push(`${before.id} (${t0}) comes before ${after.id} (${t1})`);
  }
  return violations;
}

/** Every problem points into the document: at a value, or at a missing field of an object that is there. */
export function pointerViolations(document: unknown, result: ValidationResult): string[] {
  return result.problems
    .filter((problem) => {
      if (problem.pointer === '') return false;
      const segments = problem.pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
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
