/**
 * The styles of the table, adopted by the element when the table's code loads: they travel with it.
 */
import {css} from 'lit';

export const styles = css`
  .table-wrap {
    background: var(--_panel);
    border-radius: var(--_radius);
    padding: 12px 16px;
    min-width: 0;
  }

  /* A table wider than a phone scrolls inside its panel, never the page sideways. */
  .table-scroll {
    overflow-x: auto;
  }

  .table-wrap table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85em;
  }

  /* Words are never broken: a column is at least its longest word wide, lines wrap at spaces
     only, and a table wider than the screen scrolls instead. A Tajik or Pashto word ("Ҳаракат",
     "Reconnaissance") stays whole however narrow the screen. */
  .table-wrap caption,
  .table-wrap th,
  .table-wrap td {
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }

  .table-wrap th,
  .table-wrap td {
    text-align: start;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }

  .table-wrap td.number {
    font-variant-numeric: tabular-nums;
  }

  .table-wrap caption {
    text-align: start;
    padding-bottom: 4px;
  }

  .caption-span {
    font-weight: 600;
  }

  .caption-count {
    display: block;
  }

  /* A heading's button looks like the heading; its arrow says how the column is sorted (the
     th's aria-sort says it to screen readers, so the arrow has no text of its own). */
  th button.sort {
    font-size: inherit;
    font-weight: inherit;
    text-align: start;
    background: none;
    border: none;
    padding: 2px 0;
    min-height: 24px;
    min-width: 0;
  }

  th button.sort:hover {
    text-decoration: underline;
  }

  th[aria-sort='ascending'] button.sort::after {
    content: ' ▲' / '';
  }

  th[aria-sort='descending'] button.sort::after {
    content: ' ▼' / '';
  }

  .table-pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin-bottom: 8px;
  }

  .table-pages button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }

  /* Forced colours replace the muted colour: the system's own colour for what is unavailable says it. */
  @media (forced-colors: active) {
    .table-pages button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }

  /* Text from a feed is isolated, so a bidi override in it stays inside its own box. */
  .table-wrap td {
    unicode-bidi: isolate;
  }
`;
