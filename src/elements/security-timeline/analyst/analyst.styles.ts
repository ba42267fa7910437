import {css} from 'lit';

/** Styles of the search box, the export menu, and the feed's own words under the summary. */
export const analystStyles = css`
  .search input {
    font: inherit;
    font-size: 0.9em;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    padding: 4px 8px;
    min-height: 32px;
    box-sizing: border-box;
    width: 16em;
    max-width: 100%;
  }
  .search input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .export-menu {
    position: relative;
  }
  .export-menu summary {
    list-style: none;
    font-size: 0.9em;
    background: var(--_panel);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    padding: 4px 10px;
    min-height: 32px;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .export-menu summary::-webkit-details-marker {
    display: none;
  }
  .export-menu summary::after {
    content: '▾';
    margin-inline-start: 4px;
  }
  .export-menu summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .export-choices {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 4px;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    min-width: 12em;
  }
  .export-choices button {
    text-align: start;
    border-color: transparent;
    background: transparent;
  }
  .search-status,
  .description {
    margin: 0;
    font-size: 0.85em;
  }
  .description {
    color: var(--_fg);
  }
  @media (forced-colors: active) {
    .export-choices {
      border-color: CanvasText;
    }
  }
`;
