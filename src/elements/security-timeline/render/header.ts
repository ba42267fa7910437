/** The header: title, the count of problems in the feed, the toolbar, and the summary line. */
import {html, nothing, type TemplateResult} from 'lit';
import type {Translate} from '../../../i18n/translate.js';
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
  t: Translate;
}

export function renderHeader(view: HeaderView): TemplateResult {
  const {problemCount, t} = view;
  return html`
    <header part="header">
      <h2><bdi>${truncate(view.title, 200)}</bdi></h2>
      ${
        problemCount
          ? html`<button class="problem-count" aria-expanded=${view.showProblems ? 'true' : 'false'} @click=${view.onToggleProblems}>
            ${t('problemsInFeed', {count: problemCount})}
          </button>`
          : nothing
      }
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${t('toolbar')}>
        <button aria-label=${t('zoomIn')} title=${t('zoomInHint')} @click=${view.onZoomIn}>+</button>
        <button aria-label=${t('zoomOut')} title=${t('zoomOutHint')} @click=${view.onZoomOut}>−</button>
        <button title=${t('fitAllHint')} @click=${view.onFitAll}>${t('fitAll')}</button>
        <button aria-pressed=${view.showTable ? 'true' : 'false'} @click=${view.onToggleTable}>${t('table')}</button>
      </div>
    </header>
    <p class="summary">${view.summary}</p>
    ${view.attribution ? html`<p part="attribution" class="attribution" dir="auto">${truncate(view.attribution, 300)}</p>` : nothing}
  `;
}
