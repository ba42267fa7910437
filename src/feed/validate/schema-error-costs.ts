/**
 * What each schema error costs. An error in a field an item cannot be drawn or cited without
 * leaves the whole item out; any other error removes only the value it names, from a copy of
 * the document, so that the rest of the item is still read.
 */
import type {SchemaError} from '../generated/validate-schema.js';
import {pointerSegments, toPointer} from '../json-pointer.js';
import {isObject, LISTS, type Json, type ListName} from './feed-document.js';
import {describeValue} from './problems.js';
import {expectedFor} from './schema-error-words.js';
import {finish, isPausePoint, type Work} from '../slices.js';

/** Fields an item cannot be drawn or cited without: a problem in one of them leaves the item out. */
const ESSENTIAL_FIELDS: Record<ListName, ReadonlySet<string>> = {
  levels: new Set(['id', 'label', 'rank']),
  sources: new Set(['id', 'publisher']),
  alerts: new Set(['id', 'start', 'end', 'level', 'title']),
  incidents: new Set(['id', 'when', 'title', 'category', 'status']),
};

export interface Decision {
  problemPointer: string;
  expected: string;
  found: string;
  /** Segments of the value to remove, or of the item, or [] for the whole document. */
  removePath: string[];
  level: 'item' | 'value';
}

function valueAt(document: unknown, segments: readonly string[]): unknown {
  let value = document;
  for (const segment of segments) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isObject(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

export function decide(error: SchemaError, document: Json): Decision {
  const at = pointerSegments(error.instancePath);
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const problemSegments = missing === undefined ? at : [...at, missing];
  const found = missing === undefined ? describeValue(valueAt(document, at)) : 'nothing';
  const base = {problemPointer: toPointer(problemSegments), expected: expectedFor(error), found};
  const [top, index, field] = at;
  if ((LISTS as readonly string[]).includes(top) && at.length >= 2) {
    const essential = field === undefined || ESSENTIAL_FIELDS[top as ListName].has(field);
    if (essential) return {...base, removePath: [top, index], level: 'item'};
    // An optional field: drop the field, or the one entry of a list or location that is wrong.
    return {...base, removePath: at.slice(0, 4), level: 'value'};
  }
  // Top-level metadata, a whole list of the wrong type, or part of the region.
  return {...base, removePath: at.slice(0, 2), level: 'value'};
}

/** Removes values from a copy of the document; copies only the objects on the removal paths. */
export function removeValues(document: Json, paths: string[][]): Json {
  return finish(removingValues(document, paths));
}

/** `removeValues`, pausing between removals: a hostile feed may have a bad value in each of 250,000 entries. */
export function* removingValues(document: Json, paths: string[][]): Work<Json> {
  const copy: Json = {...document};
  // Each container is copied once, however many values go from it: copying a long list once
  // per removal would take quadratic time.
  const copies = new Set<object>([copy]);
  // Several errors can name one value (a measure with two bad fields): remove it once, or the
  // entry that moves into its place would go too.
  const unique = new Map<string, {path: string[]; segments: Segment[]}>();
  for (let i = 0; i < paths.length; i++) {
    if (isPausePoint(i)) yield;
    // Each path's segments are read as numbers once, not in every comparison of the sort.
    unique.set(toPointer(paths[i]), {path: paths[i], segments: paths[i].map(toSegment)});
  }
  yield;
  // Remove later array entries first so that earlier indices stay valid, and what lies inside a
  // value before the value itself.
  const sorted = [...unique.values()].sort((a, b) => compareSegments(b.segments, a.segments));
  yield;
  for (let i = 0; i < sorted.length; i++) {
    if (isPausePoint(i)) yield;
    const {path} = sorted[i];
    let parent: unknown = copy;
    for (let depth = 0; depth < path.length - 1; depth++) {
      const container = parent as Json | unknown[];
      const key = path[depth];
      const child = Array.isArray(container) ? container[Number(key)] : container[key];
      if (child === null || typeof child !== 'object') break;
      let cloned: object = child;
      if (!copies.has(cloned)) {
        cloned = Array.isArray(child) ? [...(child as unknown[])] : {...(child as Json)};
        copies.add(cloned);
        if (Array.isArray(container)) container[Number(key)] = cloned;
        else container[key] = cloned;
      }
      parent = cloned;
    }
    const last = path[path.length - 1];
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (isObject(parent)) delete parent[last];
  }
  return copy;
}

interface Segment {
  text: string;
  number: number;
  integer: boolean;
}

const toSegment = (text: string): Segment => {
  const number = Number(text);
  return {text, number, integer: Number.isInteger(number)};
};

/** Paths in document order: list indices as numbers, names as text, a value before what lies inside it. */
function compareSegments(a: Segment[], b: Segment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i].text === b[i].text) continue;
    return a[i].integer && b[i].integer ? a[i].number - b[i].number : a[i].text < b[i].text ? -1 : 1;
  }
  return a.length - b.length;
}
