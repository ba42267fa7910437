/** A feed document as parsed JSON, before anything in it is trusted: its objects, its lists, its optional fields. */

export type Json = Record<string, unknown>;
export type ListName = 'levels' | 'sources' | 'alerts' | 'incidents';

/** The lists of entries a feed may hold, each checked and read entry by entry. */
export const LISTS: readonly ListName[] = ['levels', 'sources', 'alerts', 'incidents'];

/** A JSON object, as opposed to null, a list or a scalar, which hold no fields to read. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field of a type other than the one it may have is treated as absent. */
export const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);
export const optionalNumber = (value: unknown) => (typeof value === 'number' ? value : undefined);
