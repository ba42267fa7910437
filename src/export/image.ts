/**
 * The chart as an image for a report: one self-contained SVG document, or a PNG drawn from it.
 *
 * What is exported is the element's drawing as it is (the window, filters and theme the reader
 * sees): the chart's `<svg>` and, when it is drawn, the overview's, each copied with its computed
 * styles written on every shape (see `inline-styles.ts`), under the feed's title and above the
 * legend, the attribution the data's terms require and the date the data is as of. Every word
 * comes from the caller (`ImageInfo`), already in the reader's language.
 *
 * The SVG refers to nothing outside itself: no links, scripts, foreign objects, images or fonts
 * to fetch. Its fonts are the element's computed font-family names, with a generic family last,
 * so a reader without them draws the nearest it has; a web font the page loaded is not embedded.
 *
 * The PNG is the same SVG drawn on a canvas through an `<img>`. A page whose
 * Content-Security-Policy leaves `blob:` out of `img-src` would block the image's `blob:` URL, so
 * a `data:` URL is tried next; when neither loads, the promise rejects saying so (the SVG can
 * still be exported: it needs no image loaded).
 *
 * Loaded on demand, by the element's `toImage()`: nothing here is in the element's first load.
 */
import {concreteColor, overOpaque, resolveColorIn, type ConcreteColor} from './concrete-color.js';
import {copyDrawing, SVG_NS, xmlText} from './inline-styles.js';
import {legendBlock, textBlock, TextMeasure, wrapLines, type LegendSwatch, type Placement, type TextLook} from './image-layout.js';

export interface ImageLegendEntry {
  label: string;
  /** Any CSS colour the element's shadow root can resolve: `#b91c1c`, `light-dark(…)`, or one of its tokens (`var(--_marker)`). */
  color: string;
  kind: 'level' | 'status';
  /** For a status: its swatch is drawn as its markers are (filled, half filled, dashed, struck); a plain disc without it. */
  status?: 'confirmed' | 'reported' | 'expected' | 'denied';
}

/** What the image says around the chart, in the reader's words, and how it is set. */
export interface ImageInfo {
  /** The feed's title, the image's first line. */
  title: string;
  /** The credit the data's terms require, under the chart. */
  attribution?: string;
  /** The whole as-of line, written by the caller ("As of 2 October 2024"), under the attribution. */
  asOf?: string;
  /** Levels with their colours, then statuses. */
  legend: ImageLegendEntry[];
  /** Colours behind and of the text: any CSS colour the element's shadow root resolves (as `color`). */
  background: string;
  foreground: string;
  /** BCP 47 language of the words. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

export interface ImageOptions {
  format: 'png' | 'svg';
  /** Pixels per CSS px of the PNG. Default: the screen's `devicePixelRatio`; kept within 1 to 4. */
  scale?: number;
}

/** The SVG document, as text, and its size in CSS px. */
export interface ChartSvg {
  text: string;
  width: number;
  height: number;
}

/** Space around everything and between the image's blocks, px. */
const MARGIN = 16;
const BLOCK_GAP = 10;
/** The largest canvas side and area the PNG is drawn on; past them browsers give an empty canvas. */
const MAX_CANVAS_SIDE = 16384;
const MAX_CANVAS_AREA = 16384 * 8192;

const GENERIC_FAMILIES = /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-[a-z-]+|math|emoji|fangsong)\s*(,|$)/i;

/** The element's fonts, with a generic family last so that a reader without them draws a close one. */
function fontFamily(computed: string): string {
  const family = computed.trim() || 'sans-serif';
  return GENERIC_FAMILIES.test(family) ? family : `${family}, sans-serif`;
}

const px = (value: string, fallback: number) => {
  const number = parseFloat(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
};

/** A drawing's size in CSS px: its width and height attributes, or as laid out. */
function sizeOf(svg: SVGSVGElement): {width: number; height: number} {
  const box = svg.getBoundingClientRect();
  return {width: px(svg.getAttribute('width') ?? '', box.width), height: px(svg.getAttribute('height') ?? '', box.height)};
}

/** An opaque `#rrggbb` for a colour the caller gave: over white where it is see-through, `fallback` where it is no colour. */
function opaque(root: ShadowRoot, value: string, fallback: string): string {
  const color = resolveColorIn(root, value);
  return color ? overOpaque(color, '#ffffff') : fallback;
}

function element(doc: XMLDocument, name: string, attributes: Record<string, string | number>): Element {
  const created = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, String(value));
  return created;
}

/** Under a drawing: the box the element draws it in (its background, border and rounded corners). */
function frameOf(doc: XMLDocument, box: Element | null, x: number, y: number, width: number, height: number): Element[] {
  if (!box) return [];
  const style = box.ownerDocument.defaultView!.getComputedStyle(box);
  const radius = px(style.borderTopLeftRadius, 0);
  const fill = concreteColor(style.backgroundColor, box.ownerDocument);
  const border = px(style.borderTopWidth, 0) > 0 && style.borderTopStyle !== 'none' ? concreteColor(style.borderTopColor, box.ownerDocument) : null;
  const frame = (attributes: Record<string, string | number>) => element(doc, 'rect', {x, y, width, height, rx: radius, ...attributes});
  const under = fill && fill.alpha > 0 ? [frame({class: 'frame', fill: fill.hex, 'fill-opacity': fill.alpha})] : [];
  const over = border && border.alpha > 0 ? [frame({class: 'border', fill: 'none', stroke: border.hex, 'stroke-opacity': border.alpha})] : [];
  return [...under, ...over];
}

function legendSwatches(root: ShadowRoot, info: ImageInfo, foreground: string): LegendSwatch[] {
  return info.legend.map(({label, color, kind, status}) => {
    const resolved: ConcreteColor = resolveColorIn(root, color) ?? {hex: foreground, alpha: 1};
    return {label, color: resolved.hex, alpha: resolved.alpha, kind, status};
  });
}

/**
 * The SVG document of the chart as drawn in `root` (the element's shadow root), with `info`'s
 * words. Throws when no chart is drawn (no feed yet, or nothing in it to draw).
 */
export function chartSvg(root: ShadowRoot, info: ImageInfo): ChartSvg {
  const chart = root.querySelector<SVGSVGElement>('.chart > svg');
  if (!chart) throw new Error('The chart is not drawn (no feed is shown, or nothing in it is drawn): there is nothing to export.');
  const overview = root.querySelector<SVGSVGElement>('[part="overview"] svg');
  const page = root.ownerDocument;
  const view = page.defaultView!;
  const chartStyle = view.getComputedStyle(chart);
  const family = fontFamily(chartStyle.fontFamily);
  const base = px(chartStyle.fontSize, 14);
  const background = opaque(root, info.background, '#ffffff');
  const foreground = opaque(root, info.foreground, '#1d2330');
  const muted = opaque(root, `var(--_muted, ${foreground})`, foreground);
  const look = (selector: string, ratio: number, color: string, weight?: string): TextLook => {
    const drawn = root.querySelector(selector);
    const style = drawn && view.getComputedStyle(drawn);
    return {size: style ? px(style.fontSize, base * ratio) : base * ratio, weight: weight ?? style?.fontWeight ?? '400', family, color};
  };
  const titleLook = look('[part="header"] h2', 1.1, foreground, '600');
  const legendLook = look('[part="legend"]', 0.85, foreground, '400');
  const noteLook = look('[part="attribution"]', 0.8, muted, '400');

  const doc = page.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  const chartSize = sizeOf(chart);
  const width = Math.ceil(chartSize.width) + 2 * MARGIN;
  const rtl = info.dir === 'rtl';
  const place: Placement = {left: MARGIN, right: width - MARGIN, rtl};
  const inner = place.right - place.left;
  const measure = new TextMeasure(page);

  const lang = xmlText(info.lang);
  svg.setAttribute('lang', lang);
  svg.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
  svg.setAttribute('direction', rtl ? 'rtl' : 'ltr');
  svg.setAttribute('font-family', family);
  svg.setAttribute('role', 'img');
  const name = element(doc, 'title', {});
  name.textContent = xmlText(info.title);
  svg.append(name);
  const backdrop = element(doc, 'rect', {class: 'background', x: 0, y: 0, fill: background});
  svg.append(backdrop);

  let y = MARGIN;
  y = textBlock(doc, svg, wrapLines(info.title, inner, titleLook, measure), y, Math.ceil(titleLook.size * 1.35), titleLook, place, 'title');

  y += BLOCK_GAP;
  const drawing = (source: SVGSVGElement, box: Element | null, className: string) => {
    const size = sizeOf(source);
    const copy = copyDrawing(source, doc);
    copy.setAttribute('class', className);
    // The drawing's fonts as computed, with a generic family last, as the words around it have.
    const fonts = copy.getAttribute('font-family');
    if (fonts) copy.setAttribute('font-family', fontFamily(fonts));
    copy.setAttribute('x', String(MARGIN));
    copy.setAttribute('y', String(y));
    const frame = frameOf(doc, box, MARGIN, y, size.width, size.height);
    svg.append(
      ...frame.filter((part) => part.getAttribute('class') === 'frame'),
      copy,
      ...frame.filter((part) => part.getAttribute('class') === 'border'),
    );
    y += Math.ceil(size.height);
  };
  drawing(chart, chart.parentElement, 'chart');
  if (overview) {
    y += BLOCK_GAP;
    drawing(overview, overview.closest('[part="overview"]'), 'overview');
  }

  const swatches = legendSwatches(root, info, foreground);
  if (swatches.length) y = legendBlock(doc, svg, swatches, y + BLOCK_GAP, legendLook, place, measure);

  const noteHeight = Math.ceil(noteLook.size * 1.5);
  const notes = [info.attribution, info.asOf].filter((note): note is string => Boolean(note?.trim()));
  if (notes.length) y += BLOCK_GAP;
  for (const note of notes) y = textBlock(doc, svg, wrapLines(note, inner, noteLook, measure), y, noteHeight, noteLook, place, 'note');

  const height = Math.ceil(y + MARGIN);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  backdrop.setAttribute('width', String(width));
  backdrop.setAttribute('height', String(height));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new view.XMLSerializer().serializeToString(doc)}`;
  return {text, width, height};
}

/** Pixels per CSS px for the PNG: the asked scale (else the screen's), within 1 to 4 and the canvas's limits. */
function canvasScale(asked: number | undefined, view: Window, width: number, height: number): number {
  const wanted = asked ?? view.devicePixelRatio;
  const scale = Math.min(4, Math.max(1, Number.isFinite(wanted) ? wanted : 1));
  return Math.min(scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
}

/** Loads an image; false when it does not load (blocked, or not an image the browser can draw). */
async function loads(image: HTMLImageElement, url: string): Promise<boolean> {
  image.src = url;
  try {
    await image.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The SVG as an image, from a `blob:` URL or else a `data:` one, noting the Content-Security-Policy
 * violations reported meanwhile, so that a refusal says why.
 */
async function svgImage(svg: ChartSvg, page: Document): Promise<HTMLImageElement> {
  const view = page.defaultView!;
  const blocked = new Set<string>();
  const listen = (event: SecurityPolicyViolationEvent) => {
    if (/^(blob|data)\b/.test(event.blockedURI)) blocked.add(event.blockedURI.startsWith('blob') ? 'blob:' : 'data:');
  };
  page.addEventListener('securitypolicyviolation', listen);
  const url = view.URL.createObjectURL(new view.Blob([svg.text], {type: 'image/svg+xml'}));
  try {
    const image = new view.Image(svg.width, svg.height);
    if (await loads(image, url)) return image;
    if (await loads(image, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`)) return image;
    // A violation is reported in a task of its own, which may come after the image's error.
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    throw new Error(
      blocked.size
        ? `The chart could not be drawn as a PNG: the page's Content-Security-Policy (img-src) blocks ${[...blocked].join(' and ')} images, ` +
            'and the PNG is drawn from one. Allow blob: in img-src, or export the chart as SVG.'
        : 'The chart could not be drawn as a PNG: the browser loaded neither a blob: nor a data: image of it ' +
            '(a Content-Security-Policy whose img-src allows neither would block both). Export the chart as SVG instead.',
    );
  } finally {
    view.URL.revokeObjectURL(url);
    page.removeEventListener('securitypolicyviolation', listen);
  }
}

/** The SVG drawn on a canvas `scale` times its size, over the image's background, as PNG. */
async function pngOf(svg: ChartSvg, page: Document, background: string, scale: number): Promise<Blob> {
  const image = await svgImage(svg, page);
  const canvas = page.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The chart could not be drawn as a PNG: this browser gave no canvas to draw on.');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be drawn as a PNG: the canvas gave no image.'))),
        'image/png',
      );
    } catch (error) {
      reject(new Error(`The chart could not be drawn as a PNG: ${(error as Error).message}`));
    }
  });
}

/**
 * The chart drawn in `root` (the element's shadow root) as an image: an SVG document
 * (`image/svg+xml`) or a PNG (`image/png`) `scale` times its size.
 */
export async function chartImage(root: ShadowRoot, info: ImageInfo, options: ImageOptions): Promise<Blob> {
  const page = root.ownerDocument;
  const view = page.defaultView!;
  if (options.format !== 'png' && options.format !== 'svg') throw new Error(`An image is made as png or svg, not ${String(options.format)}.`);
  const svg = chartSvg(root, info);
  if (options.format === 'svg') return new view.Blob([svg.text], {type: 'image/svg+xml'});
  const background = opaque(root, info.background, '#ffffff');
  return pngOf(svg, page, background, canvasScale(options.scale, view, svg.width, svg.height));
}
