/**
 * The styles of the details panel, the table and the problem list, adopted by the element when that part's code loads: they travel with it.
 */
import {css} from 'lit';

export const styles = css`
  .details,
  .problems,
  .table-wrap {
    background: var(--_panel);
    border-radius: var(--_radius);
    padding: 12px 16px;
    overflow-wrap: anywhere;
  }
  /* A table wider than a phone scrolls inside its panel, never the page sideways. */
  .table-wrap {
    overflow-x: auto;
  }
  .details h3,
  .problems h3 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 8px 0 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details ul,
  .problems ul {
    margin: 4px 0;
    padding-inline-start: 20px;
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    align-items: start;
  }
  .problems code {
    font-size: 0.9em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85em;
  }
  th,
  td {
    text-align: start;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
    /* A word is broken only when it cannot fit a line: columns are at least their longest word
       wide, so a Tajik or Pashto word ("Ҳаракат") is not split in two in a narrow column. */
    overflow-wrap: break-word;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  .change-note {
    margin: 0;
    font-size: 0.85em;
  }

  .change-note.withdrawn {
    color: var(--_error);
  }
  .actor-sides {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Text from a feed is isolated, so a bidi override in it stays inside its own box. */
  .details p,
  .details dd,
  td,
  .problems li {
    unicode-bidi: isolate;
  }
`;
