/**
 * Light or dark, for `theme="auto"`: as the page the element sits in looks, not as the reader's
 * system is set. A page that declares one scheme (`color-scheme: dark`) gets it; otherwise the
 * first background painted behind the element says whether the page is light or dark; a page
 * with none, on a canvas that follows the system (`color-scheme: light dark`), follows the
 * system. Looked at again when the system's setting changes and when an element above the host
 * changes its class, style or theme attributes (a page's own dark-mode switch).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {relativeLuminance} from '../layout/presentation.js';
import {composedParent} from './composed-tree.js';

export type Scheme = 'light' | 'dark';

/** Parses `rgb(…)`/`rgba(…)` as the browser computes colours; null for anything else. */
function rgba(color: string): [number, number, number, number] | null {
  const parts = /^rgba?\(([^)]+)\)$/
    .exec(color)?.[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!parts || parts.length < 3 || parts.some((part) => !Number.isFinite(part))) return null;
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** The elements above the host, nearest first, through the shadow roots it is in. */
function ancestors(host: Element): Element[] {
  const list: Element[] = [];
  for (let node = composedParent(host); node; node = composedParent(node)) list.push(node);
  return list;
}

/** The scheme of the page around `host` (which sets no `color-scheme` of its own). */
export function pageScheme(host: Element): Scheme {
  const declared = getComputedStyle(host).colorScheme;
  const words = declared.split(/\s+/);
  if (words.includes('dark') && !words.includes('light')) return 'dark';
  if (words.includes('light') && !words.includes('dark')) return 'light';
  for (const element of ancestors(host)) {
    const color = rgba(getComputedStyle(element).backgroundColor);
    if (color && color[3] >= 0.5) return relativeLuminance(color[0], color[1], color[2]) < 0.2 ? 'dark' : 'light';
  }
  return words.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const WATCHED = ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'];

export class ThemeController implements ReactiveController {
  /** The page's scheme, as last looked at. */
  scheme: Scheme = 'light';
  private media?: MediaQueryList;
  private forcedColors?: MediaQueryList;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly auto: () => boolean,
    /** The reader's system asks for forced colours (now, or from now on). */
    private readonly forcedColorsAsked?: () => void,
  ) {
    host.addController(this);
  }

  private readonly onForcedColors = () => {
    if (this.forcedColors?.matches) this.forcedColorsAsked?.();
  };

  private readonly check = () => {
    if (!this.auto()) return;
    const scheme = pageScheme(this.host);
    if (scheme === this.scheme) return;
    this.scheme = scheme;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.media = matchMedia('(prefers-color-scheme: dark)');
    this.media.addEventListener('change', this.check);
    this.forcedColors = matchMedia('(forced-colors: active)');
    this.forcedColors.addEventListener('change', this.onForcedColors);
    this.onForcedColors();
    this.observer = new MutationObserver(this.check);
    for (const element of ancestors(this.host)) this.observer.observe(element, {attributes: true, attributeFilter: WATCHED});
    this.check();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.check);
    this.forcedColors?.removeEventListener('change', this.onForcedColors);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private wasAuto = true;

  /**
   * A change of the host's `theme` to `auto` looks at the page again. Only then: reading computed
   * styles on every update would cost each zoom and pan step a style pass.
   */
  hostUpdate(): void {
    const auto = this.auto();
    if (auto && !this.wasAuto) this.check();
    this.wasAuto = auto;
  }
}
