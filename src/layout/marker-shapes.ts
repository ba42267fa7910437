/**
 * Marker shapes by incident category, as SVG path data centred on (0, 0). Shape carries the
 * category so that colour is never the only carrier of meaning.
 */

export type ShapeName = 'circle' | 'triangle' | 'diamond' | 'star' | 'cross' | 'square' | 'pentagon' | 'hexagon';

/** The documented default categories and their shapes; any other category is drawn as a circle. */
export const CATEGORY_SHAPES: Readonly<Record<string, ShapeName>> = {
  movement: 'triangle',
  reconnaissance: 'diamond',
  attack: 'star',
  clash: 'cross',
  arrest: 'square',
  'security-measure': 'pentagon',
  statement: 'circle',
  political: 'hexagon',
};

export const DEFAULT_CATEGORIES = Object.keys(CATEGORY_SHAPES);

export function shapeOf(category: string): ShapeName {
  return CATEGORY_SHAPES[category] ?? 'circle';
}

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(points: number, radius: number, rotation = -Math.PI / 2): string {
  const parts: string[] = [];
  for (let i = 0; i < points; i++) {
    const angle = rotation + (i * 2 * Math.PI) / points;
    parts.push(`${i === 0 ? 'M' : 'L'}${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`);
  }
  return parts.join('') + 'Z';
}

function star(radius: number): string {
  const parts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    parts.push(`${i === 0 ? 'M' : 'L'}${round(r * Math.cos(angle))},${round(r * Math.sin(angle))}`);
  }
  return parts.join('') + 'Z';
}

function cross(radius: number): string {
  const w = radius * 0.35;
  const r = radius;
  // A plus rotated 45°, drawn as one closed outline so it can be filled or stroked.
  const points: Array<[number, number]> = [
    [-w, -r],
    [w, -r],
    [w, -w],
    [r, -w],
    [r, w],
    [w, w],
    [w, r],
    [-w, r],
    [-w, w],
    [-r, w],
    [-r, -w],
    [-w, -w],
  ];
  const rotate = ([x, y]: [number, number]) => [(x - y) * Math.SQRT1_2, (x + y) * Math.SQRT1_2];
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${rotate(p).map(round).join(',')}`).join('') + 'Z';
}

const pathsByShape = new Map<string, string>();

/**
 * Path data for a shape of the given radius (half the marker's width). Each shape and size is
 * drawn once: every marker of a zoom or pan step asks again.
 */
export function shapePath(shape: ShapeName, radius: number): string {
  const key = shape + radius;
  let path = pathsByShape.get(key);
  if (path === undefined) pathsByShape.set(key, (path = drawShape(shape, radius)));
  return path;
}

function drawShape(shape: ShapeName, radius: number): string {
  switch (shape) {
    case 'triangle':
      return polygon(3, radius * 1.15);
    case 'diamond':
      return polygon(4, radius * 1.2);
    case 'square':
      return polygon(4, radius * 1.2, -Math.PI / 4);
    case 'pentagon':
      return polygon(5, radius * 1.1);
    case 'hexagon':
      return polygon(6, radius * 1.05);
    case 'star':
      return star(radius * 1.3);
    case 'cross':
      return cross(radius * 1.2);
    default: {
      const r = round(radius);
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    }
  }
}

/** Marker radius in px for a severity of 1–5 (unknown severity draws as 2). */
export function markerRadius(severity: number | undefined): number {
  return 4 + ((severity ?? 2) - 1) * 1.1;
}

/** How markers and clusters are sized: by severity (the default), by deaths, or all alike. */
export type SizeBy = 'severity' | 'fatalities' | 'none';

export const SIZE_BY_VALUES: readonly SizeBy[] = ['severity', 'fatalities', 'none'];

/**
 * Marker radius in px for a number of deaths: it grows with the logarithm, so that 1,000 deaths
 * stand out from 10 without hiding their neighbours, and stays within the severity sizes.
 */
export function fatalityRadius(deaths: number | undefined): number {
  return Math.min(markerRadius(5), 4 + Math.log10(1 + (deaths ?? 0)) * 1.6);
}
