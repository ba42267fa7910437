/**
 * A copy of one of the element's drawings that looks the same with no page around it: every
 * shape's computed style (which the shadow root's CSS gives it, through tokens, `light-dark()`
 * and `color-mix()`) written on it as concrete presentation attributes, and nothing else carried
 * over that could refer outside the file.
 *
 * The copy is built element by element from lists of what may be copied, rather than cloned and
 * cleaned: an element or attribute not on the lists (a script, a `foreignObject`, an `image`, an
 * `href`, an event handler, Lit's comment markers, the drawing's `data-` and ARIA attributes)
 * never reaches it, whatever a future drawing holds. Text is copied as text nodes, so text from
 * a feed stays text once serialised.
 */
import {concreteColor} from './concrete-color.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The elements a drawing is copied with; any other is left out with all it holds. */
const ELEMENTS = new Set(['svg', 'g', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'title', 'desc']);
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path']);
/** Elements whose text nodes are content; elsewhere text nodes are the template's white space. */
const TEXT_HOLDERS = new Set(['text', 'tspan', 'title', 'desc']);
/** Texts for tools that read the file, not drawn: copied with their text only. */
const UNDRAWN = new Set(['title', 'desc']);

/** Geometry and names: the attributes copied as they are. Styles are written from computed values. */
const COPIED_ATTRIBUTES = [
  'class',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'pathLength',
];

/**
 * What belongs to the interactive chart and not to a picture of it: the keyboard's focus ring,
 * the overview brush's grips, the invisible targets of pointer hits.
 */
const LEFT_OUT = '.focus-ring, .brush-edge, .hit';

/** Inherited properties written when they differ from the parent's (the copy inherits them the same way). */
const INHERITED = [
  'fill-rule',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'direction',
  'visibility',
];

/** Characters XML 1.0 cannot hold at all (C0 controls, lone surrogates, U+FFFE/FFFF): a feed may still carry them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text that serialises to well-formed XML: what XML cannot hold becomes U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

type Paint = Map<string, string>;

/** Lengths without `px` (user units), which every SVG reader takes: `3px, 2px` → `3, 2`. */
const userUnits = (value: string) => value.replace(/(\d)px\b/g, '$1');
const rounded = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * The computed paint of an element as attribute values. A colour's own alpha is folded into its
 * opacity, so `rgba(…)` and `color(srgb … / a)` become a hex colour and a number.
 */
function paintOf(style: CSSStyleDeclaration, doc: Document): Paint {
  const paint: Paint = new Map();
  for (const [property, opacity] of [
    ['fill', 'fill-opacity'],
    ['stroke', 'stroke-opacity'],
  ] as const) {
    const raw = style.getPropertyValue(property);
    const color = concreteColor(raw.toLowerCase() === 'currentcolor' ? style.color : raw, doc);
    paint.set(property, color ? color.hex : 'none');
    paint.set(opacity, rounded(Number(style.getPropertyValue(opacity) || 1) * (color?.alpha ?? 1)));
  }
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property);
    if (value) paint.set(property, userUnits(value));
  }
  return paint;
}

/** Whether a shape with this paint leaves any mark. */
function paints(paint: Paint): boolean {
  const fills = paint.get('fill') !== 'none' && paint.get('fill-opacity') !== '0';
  const strokes = paint.get('stroke') !== 'none' && paint.get('stroke-opacity') !== '0' && paint.get('stroke-width') !== '0';
  return fills || strokes;
}

/** Copies `source` into `target`'s document; null when it is left out. */
function copyElement(source: Element, parentPaint: Paint | null, target: XMLDocument): Element | null {
  const name = source.localName;
  if (source.namespaceURI !== SVG_NS || !ELEMENTS.has(name) || source.matches(LEFT_OUT)) return null;
  const copy = target.createElementNS(SVG_NS, name);
  if (UNDRAWN.has(name)) {
    copy.textContent = xmlText(source.textContent ?? '');
    return copy;
  }
  const view = source.ownerDocument.defaultView!;
  const style = view.getComputedStyle(source);
  if (style.display === 'none') return null;
  const paint = paintOf(style, source.ownerDocument);
  if (SHAPES.has(name) && !paints(paint)) return null;

  for (const attribute of COPIED_ATTRIBUTES) {
    const value = source.getAttribute(attribute);
    if (value !== null) copy.setAttribute(attribute, xmlText(attribute === 'class' ? value.trim().replace(/\s+/g, ' ') : value));
  }
  for (const [property, value] of paint) if (!parentPaint || parentPaint.get(property) !== value) copy.setAttribute(property, value);
  // Not inherited: written where they are set.
  if (style.opacity !== '1') copy.setAttribute('opacity', style.opacity);
  if (name === 'svg') copy.setAttribute('overflow', style.overflow === 'visible' ? 'visible' : 'hidden');

  for (const child of source.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) {
      const copied = copyElement(child as Element, paint, target);
      if (copied) copy.append(copied);
    } else if (child.nodeType === Node.TEXT_NODE && TEXT_HOLDERS.has(name)) {
      copy.append(target.createTextNode(xmlText((child as Text).data)));
    }
  }
  return copy;
}

/**
 * A copy of a drawing (an `<svg>` of the element's shadow root) for `target`, with its computed
 * styles written on each element. Its root carries every inherited property, so it looks the
 * same wherever it is put.
 */
export function copyDrawing(source: SVGSVGElement, target: XMLDocument): Element {
  const copy = copyElement(source, null, target);
  if (!copy) throw new Error('The chart is not drawn: there is nothing to export.');
  return copy;
}
