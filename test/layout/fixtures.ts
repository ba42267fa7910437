import type {AlertWindow, Incident, Location} from '../../src/feed/types.js';

/** A normalised incident with only the fields layout reads set to something meaningful. */
export function incident(id: string, best: number, fields: {location?: Location; actors?: string[]; category?: string} = {}): Incident {
  return {
    kind: 'incident',
    id,
    time: {earliest: best, latest: best, best, precision: 'minute'},
    title: id,
    category: fields.category ?? 'clash',
    status: 'reported',
    actors: fields.actors ?? [],
    location: fields.location,
    sources: [],
    raw: {},
  };
}

export function alert(id: string, start: number, end: number, areas: string[] = []): AlertWindow {
  return {
    kind: 'alert',
    id,
    start,
    end,
    level: {id: 'high', label: 'High', rank: 3, known: true},
    title: id,
    areas,
    measures: [],
    sources: [],
    raw: {},
  };
}
