/**
 * Cluster counts drawn as strokes rather than text. A zoom or pan step moves hundreds of counts:
 * as SVG text, their shaping and layout cost most of the step; as one path per lane they cost
 * about as much as a single shape.
 */

/**
 * Digits (and "k", for thousands) as polylines on a 5 × 7 grid, read in pairs of characters:
 * x from 0 to 4, y from 0 (top) to 6. A space lifts the pen. Straight strokes, like a display's
 * segments, stay legible at the few pixels a count is given.
 */
const GLYPHS: Readonly<Record<string, string>> = {
  '0': '0040460600',
  '1': '112026 1636',
  '2': '004043030646',
  '3': '00404606 0343',
  '4': '000343 4046',
  '5': '400003434606',
  '6': '400006464303',
  '7': '004016',
  '8': '0040460600 0343',
  '9': '430300404606',
  k: '0006 4204 1446',
};

/** Grid units from one glyph's centre to the next one's. */
const ADVANCE_UNITS = 5.5;
/** Glyphs are drawn narrower than their grid, so neighbouring digits stay apart at small sizes. */
const WIDTH_SCALE = 0.8;

/** The text a cluster of `count` incidents shows: thousands shortened to "k". */
export function countLabel(count: number): string {
  return count > 999 ? `${Math.round(count / 1000)}k` : String(count);
}

/**
 * Path data writing `label` centred on (`cx`, `cy`), glyph centres `advancePx` apart. Characters
 * without a glyph are skipped; counts only ever hold digits and "k".
 */
export function countPath(label: string, cx: number, cy: number, advancePx: number): string {
  const unit = advancePx / ADVANCE_UNITS;
  let d = '';
  for (let i = 0; i < label.length; i++) {
    const glyph = GLYPHS[label[i]];
    if (!glyph) continue;
    // The grid's centre (2, 3) sits on the character's place.
    const left = cx + (i - (label.length - 1) / 2) * advancePx - 2 * WIDTH_SCALE * unit;
    const top = cy - 3 * unit;
    for (const stroke of glyph.split(' ')) {
      for (let p = 0; p < stroke.length; p += 2) {
        d += `${p ? 'L' : 'M'}${round(left + +stroke[p] * WIDTH_SCALE * unit)},${round(top + +stroke[p + 1] * unit)}`;
      }
    }
  }
  return d;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
