/**
 * Colours written as plain `#rrggbb` and an opacity, for an exported drawing. The element's
 * colours are `light-dark()`, `color-mix()` and custom properties, which mean nothing outside its
 * shadow root; the browser's computed values are concrete, but in forms (`color(srgb …)`, `rgb(…
 * / a)`) that other SVG readers do not all know. A hex colour with a separate opacity every
 * reader of SVG 1.1 draws the same.
 */

export interface ConcreteColor {
  /** `#rrggbb`, lower case. */
  hex: string;
  /** 0 (transparent) to 1. */
  alpha: number;
}

const byte = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
const hexOf = (r: number, g: number, b: number) => `#${[r, g, b].map((channel) => byte(channel).toString(16).padStart(2, '0')).join('')}`;
const unit = (value: number) => Math.max(0, Math.min(1, value));

/** An alpha as computed styles write it: `0.5` or `50%`. */
function alphaOf(text: string | undefined): number {
  if (text === undefined) return 1;
  const value = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  return Number.isFinite(value) ? unit(value) : 1;
}

const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/i;
const SRGB = /^color\(\s*srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)\s*(?:\/\s*([\d.]+%?)\s*)?\)$/i;

/** Colours the parsers above do not read (lab(), oklch(), …), drawn on a pixel by the browser: a canvas per document. */
const probes = new WeakMap<Document, CanvasRenderingContext2D | null>();
const probed = new Map<string, ConcreteColor | null>();

function probeOf(doc: Document): CanvasRenderingContext2D | null {
  if (!probes.has(doc)) {
    const canvas = doc.createElement('canvas');
    canvas.width = canvas.height = 1;
    probes.set(doc, canvas.getContext('2d', {willReadFrequently: true}));
  }
  return probes.get(doc)!;
}

function paintedColor(value: string, doc: Document): ConcreteColor | null {
  if (probed.has(value)) return probed.get(value)!;
  const probe = probeOf(doc);
  let color: ConcreteColor | null = null;
  if (probe) {
    // An unreadable value leaves the fill style as it was: a sentinel tells the two apart.
    probe.fillStyle = '#010203';
    probe.fillStyle = value;
    if (probe.fillStyle !== '#010203' || value.replace(/\s/g, '').toLowerCase() === '#010203') {
      probe.clearRect(0, 0, 1, 1);
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      color = {hex: hexOf(r, g, b), alpha: a / 255};
    }
  }
  probed.set(value, color);
  return color;
}

/**
 * A computed colour as hex and alpha; null for `none`, a paint server (`url(…)`) or anything that
 * is not a colour.
 */
export function concreteColor(value: string, doc: Document): ConcreteColor | null {
  const text = value.trim();
  if (!text || text === 'none' || text.startsWith('url(')) return null;
  if (text === 'transparent') return {hex: '#000000', alpha: 0};
  const hex = /^#([0-9a-f]{6})$/i.exec(text);
  if (hex) return {hex: text.toLowerCase(), alpha: 1};
  const rgb = RGB.exec(text);
  if (rgb) return {hex: hexOf(Number(rgb[1]), Number(rgb[2]), Number(rgb[3])), alpha: alphaOf(rgb[4])};
  const srgb = SRGB.exec(text);
  if (srgb) return {hex: hexOf(Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255), alpha: alphaOf(srgb[4])};
  return paintedColor(text, doc);
}

/** A colour with its opacity laid over `under` (opaque), as paper shows it. */
export function overOpaque(color: ConcreteColor, under: string): string {
  const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  const top = channels(color.hex);
  const bottom = channels(under);
  const [r, g, b] = top.map((channel, i) => channel * color.alpha + bottom[i] * (1 - color.alpha));
  return hexOf(r, g, b);
}

/**
 * Any CSS colour as the element would draw it: the element's own tokens (`var(--_marker)`),
 * `light-dark()` under its colour scheme, `color-mix()`, a name. A probe is set in the shadow
 * root, read and taken out at once (through the CSSOM, which a strict Content-Security-Policy
 * allows). Null when the value is not a colour there.
 */
export function resolveColorIn(root: ShadowRoot, value: string): ConcreteColor | null {
  const doc = root.ownerDocument;
  const parent = root.querySelector('.base') ?? root;
  const element = doc.createElement('span');
  element.style.color = value;
  if (!element.style.color) return null;
  element.hidden = true;
  parent.append(element);
  try {
    return concreteColor(doc.defaultView!.getComputedStyle(element).color, doc);
  } finally {
    element.remove();
  }
}
