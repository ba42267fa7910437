/**
 * How the feed's JSON Schema is written: as named fragments, used where they apply. TypeScript
 * derives the feed's types from the schema with every fragment inlined; the published schema
 * names each fragment once under `$defs` (see `withDefinitions`).
 */
import {MAX_ITEMS_PER_LIST} from './constants.js';

/*
 * The schema is written as named fragments. TypeScript derives the types from the fragments
 * inlined (see feed-types.ts); `publishedFeedSchema()` turns every use of a named fragment
 * into a `$ref` into `$defs`, which is what sites and validators see.
 */

export interface Meta {
  readonly title: string;
  readonly description: string;
}

/** Fragments by identity, so the published schema can name them in `$defs`. */
const definitionNames = new Map<object, string>();
/** Uses of a named fragment with their own title and description. */
const references = new Map<object, {name: string; meta: Meta}>();

export function define<const S extends object>(name: string, schema: S): S {
  definitionNames.set(schema, name);
  return schema;
}

/** A use of a named fragment under its own title and description. */
type Merged<S, M> = {readonly [K in keyof S | keyof M]: K extends keyof M ? M[K] : K extends keyof S ? S[K] : never};

export function use<const S extends object, const M extends Meta>(schema: S, meta: M): Merged<S, M> {
  const name = definitionNames.get(schema);
  if (!name) throw new Error('use() needs a fragment made by define()');
  const inlined = {...schema, ...meta} as Merged<S, M>;
  references.set(inlined, {name, meta});
  return inlined;
}

export const list = <const S extends object, const M extends Meta>(items: S, meta: M) =>
  ({type: 'array', maxItems: MAX_ITEMS_PER_LIST, ...meta, items}) as const;

/**
 * A schema as published: every named fragment appears once under `$defs` and is referenced with
 * `$ref` wherever it is used.
 */
export function withDefinitions(schema: object): Record<string, unknown> {
  const $defs: Record<string, unknown> = {};
  const convert = (value: unknown, isDefinitionBody = false): unknown => {
    if (Array.isArray(value)) return value.map((item) => convert(item));
    if (value === null || typeof value !== 'object') return value;
    const reference = references.get(value);
    if (reference) {
      addDefinition(reference.name, definitionBody(reference.name));
      return {$ref: `#/$defs/${reference.name}`, ...reference.meta};
    }
    const name = definitionNames.get(value);
    if (name && !isDefinitionBody) {
      addDefinition(name, value);
      return {$ref: `#/$defs/${name}`};
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = convert(child);
    return out;
  };
  const definitionBody = (name: string) => [...definitionNames].find(([, n]) => n === name)![0];
  const addDefinition = (name: string, body: object) => {
    if (name in $defs) return;
    $defs[name] = null; // reserve the slot first: fragments may refer to other fragments
    $defs[name] = convert(body, true);
  };
  const root = convert(schema) as Record<string, unknown>;
  const sortedDefs = Object.fromEntries(
    Object.keys($defs)
      .sort()
      .map((name) => [name, $defs[name]]),
  );
  return {...root, $defs: sortedDefs};
}
