/** The header: title, the count of problems in the feed, the toolbar, and the summary line. */
import {html, nothing, type TemplateResult} from 'lit';
import {truncate} from '../../../layout/presentation.js';

export interface HeaderView {
  title: string;
  summary: string;
  /** The credit the data's terms require, shown with the chart. */
  attribution?: string;
  problemCount: number;
  showProblems: boolean;
  showTable: boolean;
  onToggleProblems: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  onToggleTable: () => void;
}

export function renderHeader(view: HeaderView): TemplateResult {
  const {problemCount} = view;
  return html`
    <header part="header">
      <h2>${truncate(view.title, 200)}</h2>
      ${
        problemCount
          ? html`<button class="problem-count" aria-expanded=${view.showProblems ? 'true' : 'false'} @click=${view.onToggleProblems}>
            ${problemCount} problem${problemCount === 1 ? '' : 's'} in the feed
          </button>`
          : nothing
      }
      <div part="toolbar" class="toolbar" role="toolbar" aria-label="Timeline view">
        <button aria-label="Zoom in" title="Zoom in (+)" @click=${view.onZoomIn}>+</button>
        <button aria-label="Zoom out" title="Zoom out (−)" @click=${view.onZoomOut}>−</button>
        <button title="Show the whole feed (0)" @click=${view.onFitAll}>Fit all</button>
        <button aria-pressed=${view.showTable ? 'true' : 'false'} @click=${view.onToggleTable}>Table</button>
      </div>
    </header>
    <p class="summary">${view.summary}</p>
    ${view.attribution ? html`<p part="attribution" class="attribution">${truncate(view.attribution, 300)}</p>` : nothing}
  `;
}
