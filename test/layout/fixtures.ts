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
    actors: (fields.actors ?? []).map((name) => ({name})),
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
    areas: areas.map((name) => ({name})),
    measures: [],
    sources: [],
    raw: {},
  };
}

/**
 * The points of each stroke of path data made of moves and lines (M, m, L, l), in absolute
 * coordinates: what a lane's count path draws.
 */
export function strokesOf(d: string): number[][][] {
  const strokes: number[][][] = [];
  let [x, y] = [0, 0];
  for (const [, command, dx, dy] of d.matchAll(/([MmLl])\s*([-\d.e]+)[ ,]([-\d.e]+)/g)) {
    const relative = command === 'm' || command === 'l';
    [x, y] = relative ? [x + Number(dx), y + Number(dy)] : [Number(dx), Number(dy)];
    if (command === 'M' || command === 'm') strokes.push([]);
    strokes[strokes.length - 1].push([x, y]);
  }
  return strokes;
}
