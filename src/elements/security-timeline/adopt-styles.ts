/**
 * Adds the styles of a part loaded on demand to a shadow root, once, beside the element's own:
 * constructable style sheets, which a strict Content-Security-Policy allows.
 */
import type {CSSResult} from 'lit';

export function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
