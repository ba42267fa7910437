/**
 * `styleMap` for pages under a strict Content-Security-Policy.
 *
 * Lit's own `styleMap` writes its first rendering as `style="…"` text, which
 * `style-src 'self'` (without `'unsafe-inline'`) blocks, so a tooltip or swatch styled that way is
 * left unstyled on such pages and a `securitypolicyviolation` fires. This one never writes the
 * attribute: every rendering, the first included, goes through `element.style` (the CSSOM), which
 * the policy allows. Same signature and use: `style=${styleMap({left: '4px'})}`.
 */
import {noChange} from 'lit';
import {Directive, directive, PartType, type AttributePart, type PartInfo} from 'lit/directive.js';
import type {StyleInfo} from 'lit/directives/style-map.js';

const dashCase = (name: string) => (name.includes('-') ? name : name.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g, '-$&').toLowerCase());

class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleMap must be the only part of a style attribute.');
    }
  }

  render(_styles: Readonly<StyleInfo>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<StyleInfo>]): typeof noChange {
    const {style} = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (styles[name] == null) {
        style.removeProperty(dashCase(name));
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      const text = String(value);
      const important = text.endsWith(' !important');
      style.setProperty(dashCase(name), important ? text.slice(0, -' !important'.length) : text, important ? 'important' : '');
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Applies CSS properties to an element through the CSSOM only (see above). */
export const styleMap = directive(CssomStyleDirective);
