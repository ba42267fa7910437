/**
 * Clusters drawn as path data: a lane's circles as one path and their counts, as strokes rather
 * than text, as another. A zoom or pan step moves hundreds of clusters: as elements, and counts as
 * SVG text, their styling, shaping and layout cost most of the step; as two paths per lane they
 * cost about as much as two shapes. Numbers are written to a tenth of a pixel, and the parts that
 * depend only on size are written once, since the strings are rebuilt on every step.
 */

/**
 * Digits (Latin, Persian and Arabic-Indic), "k" (for thousands) and "+", in the order of
 * `GLYPH_CHARS`, as polylines on a 5 × 7 grid, read in pairs of characters: x from 0 to 4, y from
 * 0 (top) to 6. A space lifts the pen. Straight strokes, like a display's segments, stay legible
 * at the few pixels a count is given.
 */
const GLYPH_CHARS = '0123456789k+۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩';
const LATIN =
  '0040460600,112026 1636,004043030646,00404606 0343,000343 4046,400003434606,400006464303,004016,0040460600 0343,430300404606,0006 4204 1446,0343 2125';
// Persian and Arabic-Indic digits differ only in four, five and six.
const SHARED = {zero: '2233241322', one: '2026', two: '16113140', three: '1611203140', seven: '002640', eight: '062046', nine: '4212104046'};
const PERSIAN = [
  SHARED.zero,
  SHARED.one,
  SHARED.two,
  SHARED.three,
  '3630 3111220333',
  '214436160421',
  '00114136',
  SHARED.seven,
  SHARED.eight,
  SHARED.nine,
];
const ARABIC = [SHARED.zero, SHARED.one, SHARED.two, SHARED.three, '301132131546', '2244260422', '004046', SHARED.seven, SHARED.eight, SHARED.nine];
const GLYPHS = [...LATIN.split(','), ...PERSIAN, ...ARABIC];

/** Grid units from one glyph's centre to the next one's. */
const ADVANCE_UNITS = 5.5;
/** Glyphs are drawn narrower than their grid, so neighbouring digits stay apart at small sizes. */
const WIDTH_SCALE = 0.8;

/**
 * The text a cluster of `count` incidents shows, in the digits of `digits` (a number format):
 * in Latin digits thousands are shortened to "k"; in others, whose readers would not read a
 * Latin "k", a count past 999 shows as "999+" (the tooltip gives it whole).
 */
export function countLabel(count: number, digits?: (value: number) => string): string {
  const latin = count > 999 ? `${Math.round(count / 1000)}k` : String(count);
  if (!digits) return latin;
  const written = digits(Math.min(count, 999));
  if (/^\d+$/.test(written)) return latin;
  return count > 999 ? `${written}+` : written;
}

/** A cluster's radius, px: it grows slowly with its count. */
export function clusterRadius(count: number): number {
  return round(Math.min(10.5, 7 + Math.log2(count) * 0.8));
}

/** Path data of a circle of radius `r` around (`cx`, `cy`): a move and two half-circle arcs. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${round(cx - r)},${round(cy)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`;
}

const glyphsBySize = new Map<string, [x: number, y: number, rest: string]>();

/**
 * A glyph's strokes for one grid unit: where its first stroke starts, from the glyph's top-left
 * corner, and the rest in relative commands, which read the same wherever the glyph stands.
 */
function relativeGlyph(char: string, unit: number): [x: number, y: number, rest: string] {
  const key = char + unit;
  let glyph = glyphsBySize.get(key);
  if (glyph === undefined) {
    const points = GLYPHS[GLYPH_CHARS.indexOf(char)]
      .split(' ')
      .map((stroke) =>
        Array.from({length: stroke.length / 2}, (_, p) => [round(+stroke[2 * p] * WIDTH_SCALE * unit), round(+stroke[2 * p + 1] * unit)]),
      );
    const [[[startX, startY]]] = points;
    let rest = '';
    let [penX, penY] = [startX, startY];
    points.forEach((stroke, s) =>
      stroke.forEach(([x, y], p) => {
        if (s + p > 0) rest += `${p ? 'l' : 'm'}${round(x - penX)},${round(y - penY)}`;
        [penX, penY] = [x, y];
      }),
    );
    glyphsBySize.set(key, (glyph = [startX, startY, rest]));
  }
  return glyph;
}

/**
 * Path data writing `label` centred on (`cx`, `cy`), glyph centres `advancePx` apart. Characters
 * without a glyph are skipped; counts only ever hold digits and "k".
 */
export function countPath(label: string, cx: number, cy: number, advancePx: number): string {
  const unit = advancePx / ADVANCE_UNITS;
  let d = '';
  for (let i = 0; i < label.length; i++) {
    if (!GLYPH_CHARS.includes(label[i])) continue;
    // The grid's centre (2, 3) sits on the character's place.
    const left = cx + (i - (label.length - 1) / 2) * advancePx - 2 * WIDTH_SCALE * unit;
    const [x, y, rest] = relativeGlyph(label[i], unit);
    d += `M${round(left + x)},${round(cy - 3 * unit + y)}${rest}`;
  }
  return d;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A cluster's radius by the deaths of its incidents, px: within the same bounds as by count. */
export function clusterRadiusByDeaths(deaths: number): number {
  return round(Math.min(10.5, 7 + Math.log10(1 + deaths) * 0.9));
}
