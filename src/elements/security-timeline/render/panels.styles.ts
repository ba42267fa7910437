/**
 * The styles of the details panel and the problem list, adopted by the element when that part's code loads: they travel with it.
 */
import {css} from 'lit';

export const styles = css`
  .details,
  .problems {
    background: var(--_panel);
    border-radius: var(--_radius);
    padding: 12px 16px;
    overflow-wrap: anywhere;
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
  .problems li {
    unicode-bidi: isolate;
  }
`;
