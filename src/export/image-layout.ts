/**
 * The words around an exported chart: its title, legend, attribution and as-of line, laid out as
 * SVG text. SVG does not wrap text, so lines are measured (with the element's fonts, on a
 * canvas) and broken here; right to left, each line and the legend's items run from the right
 * edge.
 */
import {SVG_NS, xmlText} from './inline-styles.js';

export interface TextLook {
  /** px */
  size: number;
  weight: string;
  /** A CSS font-family list. */
  family: string;
  /** `#rrggbb` */
  color: string;
}

export interface LegendSwatch {
  label: string;
  /** `#rrggbb` */
  color: string;
  /** Its opacity, 0 to 1. */
  alpha: number;
  kind: 'level' | 'status';
  /** For a status: drawn as the chart draws its markers (filled, half filled, dashed, struck). */
  status?: 'confirmed' | 'reported' | 'expected' | 'denied';
}

/** The width of text in a given look, as the browser draws it. */
export class TextMeasure {
  private readonly context: CanvasRenderingContext2D | null;

  constructor(doc: Document) {
    this.context = doc.createElement('canvas').getContext('2d');
  }

  width(text: string, look: TextLook): number {
    // Without a canvas, a rough average: wide enough that lines rarely overflow.
    if (!this.context) return text.length * look.size * 0.6;
    this.context.font = `${look.weight} ${look.size}px ${look.family}`;
    return this.context.measureText(text).width;
  }
}

/**
 * `text` in lines no wider than `maxWidth`: broken at spaces, and inside a word only when the
 * word alone is wider (a long URL, a script written without spaces).
 */
export function wrapLines(text: string, maxWidth: number, look: TextLook, measure: TextMeasure): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => measure.width(candidate, look) <= maxWidth;
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const character of word) {
      if (line && !fits(line + character)) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface Placement {
  /** Left and right edges of the space the text goes in. */
  left: number;
  right: number;
  rtl: boolean;
}

/** One line of text whose vertical centre is at `y`, at the start edge of `place`. */
export function textLine(doc: XMLDocument, text: string, y: number, look: TextLook, place: Placement, className: string): Element {
  const element = doc.createElementNS(SVG_NS, 'text');
  element.setAttribute('class', className);
  // Right to left, `start` is the right edge (the root's direction is rtl).
  element.setAttribute('x', String(place.rtl ? place.right : place.left));
  element.setAttribute('y', String(Math.round(y * 100) / 100));
  element.setAttribute('text-anchor', 'start');
  element.setAttribute('dominant-baseline', 'central');
  element.setAttribute('font-size', String(look.size));
  element.setAttribute('font-weight', look.weight);
  element.setAttribute('fill', look.color);
  element.textContent = xmlText(text);
  return element;
}

/** Lines of text from `top`, each `lineHeight` tall; returns the y under the last. */
export function textBlock(
  doc: XMLDocument,
  parent: Element,
  lines: readonly string[],
  top: number,
  lineHeight: number,
  look: TextLook,
  place: Placement,
  className: string,
): number {
  lines.forEach((line, index) => parent.append(textLine(doc, line, top + lineHeight * (index + 0.5), look, place, className)));
  return top + lineHeight * lines.length;
}

/** Size of a legend swatch and the space between it and its label, and between items, px. */
const SWATCH = 14;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;
/** Levels and statuses are set apart a little more than the items within them. */
const KIND_GAP = 28;

/** The mark before a legend label: a level's colour, or a status as its markers look. */
function swatch(doc: XMLDocument, entry: LegendSwatch, cx: number, cy: number): Element {
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(${cx},${cy})`);
  const shape = (name: string, attributes: Record<string, string | number>) => {
    const element = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    group.append(element);
  };
  if (entry.kind === 'level') {
    shape('rect', {x: -SWATCH / 2, y: -SWATCH / 2, width: SWATCH, height: SWATCH, rx: 3, fill: entry.color, 'fill-opacity': entry.alpha});
    return group;
  }
  const {status} = entry;
  const hollow = status === 'expected' || status === 'denied';
  shape('circle', {
    r: 5,
    fill: hollow ? 'none' : entry.color,
    'fill-opacity': status === 'reported' ? entry.alpha * 0.55 : entry.alpha,
    stroke: entry.color,
    'stroke-opacity': entry.alpha,
    'stroke-width': 1.5,
    'stroke-dasharray': status === 'expected' ? '2 1.5' : 'none',
  });
  if (status === 'denied') shape('line', {x1: -7, y1: 6, x2: 7, y2: -6, stroke: entry.color, 'stroke-opacity': entry.alpha, 'stroke-width': 1.5});
  return group;
}

/**
 * The legend from `top`, its items in rows that wrap at the edges of `place`, from the start
 * edge; returns the y under it (`top` when there is nothing in it).
 */
export function legendBlock(
  doc: XMLDocument,
  parent: Element,
  entries: readonly LegendSwatch[],
  top: number,
  look: TextLook,
  place: Placement,
  measure: TextMeasure,
): number {
  if (!entries.length) return top;
  const rowHeight = Math.max(SWATCH + 6, Math.ceil(look.size * 1.6));
  const available = place.right - place.left;
  const legend = doc.createElementNS(SVG_NS, 'g');
  legend.setAttribute('class', 'legend');
  parent.append(legend);
  let row = 0;
  let offset = 0;
  let previous: LegendSwatch['kind'] | undefined;
  for (const entry of entries) {
    const labelWidth = Math.min(measure.width(entry.label, look), available - SWATCH - SWATCH_GAP);
    const itemWidth = SWATCH + SWATCH_GAP + labelWidth;
    const gap = offset === 0 ? 0 : previous === entry.kind ? ITEM_GAP : KIND_GAP;
    if (offset > 0 && offset + gap + itemWidth > available) {
      row += 1;
      offset = 0;
    } else {
      offset += gap;
    }
    previous = entry.kind;
    const cy = top + row * rowHeight + rowHeight / 2;
    // The swatch at the item's start edge, the label after it.
    const swatchCentre = place.rtl ? place.right - offset - SWATCH / 2 : place.left + offset + SWATCH / 2;
    legend.append(swatch(doc, entry, swatchCentre, cy));
    const labelPlace = place.rtl
      ? {...place, right: place.right - offset - SWATCH - SWATCH_GAP}
      : {...place, left: place.left + offset + SWATCH + SWATCH_GAP};
    legend.append(textLine(doc, entry.label, cy, look, labelPlace, 'legend-label'));
    offset += itemWidth;
  }
  return top + (row + 1) * rowHeight;
}
