/**
 * The styles of the legend, adopted by the element when that part's code loads: they travel with it.
 */
import {css} from 'lit';

export const styles = css`
  .legend button[aria-pressed='false'] {
    opacity: 0.75;
    text-decoration: line-through;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 16px;
    align-items: center;
    font-size: 0.85em;
  }
  .legend-group {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .legend-title {
    color: var(--_muted);
    margin-inline-end: 2px;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 2px 8px;
  }
  .legend svg {
    overflow: visible;
  }
  .swatch {
    width: 14px;
    height: 14px;
    border-radius: 3px;
    display: inline-block;
  }
  /* A parent type and its sub-types stay together; the sub-types read as its members. */
  .category-type {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    padding-inline-start: 4px;
    border-inline-start: 2px solid var(--_grid);
  }
  .legend button.sub-type {
    font-size: 0.9em;
  }

  .legend button {
    unicode-bidi: isolate;
  }
  /* On a phone the legend folds away behind its name; opened, it is the same legend. */
  details.legend.compact {
    display: block;
  }
  .legend.compact summary {
    cursor: pointer;
    min-height: 24px;
    color: var(--_muted);
  }
  .legend.compact > .legend {
    margin-top: 6px;
  }
`;
