/**
 * The styles of the tooltips, adopted by the element when that part's code loads: they travel with it.
 */
import {css} from 'lit';

export const styles = css`
  /* A popover in the top layer, placed on the screen by TooltipPlacementController. */
  .tooltip {
    position: fixed;
    inset: auto;
    margin: 0;
    border: 0;
    overflow: visible;
    z-index: 2;
    max-width: min(320px, calc(100vw - 16px));
    background: var(--_fg);
    color: var(--_bg);
    border-radius: var(--_radius);
    padding: 6px 10px;
    font-size: 0.85em;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
    overflow-wrap: anywhere;
  }
  .tooltip strong {
    display: block;
  }

  .tooltip strong,
  .tooltip div {
    unicode-bidi: isolate;
  }
`;
