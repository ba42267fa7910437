/**
 * The header: title, the count of problems in the feed, the search box, the toolbar with its
 * export menu, the summary line, the feed's own description, and its credit with the date it
 * is as of.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Translate} from '../../../i18n/translate.js';
import {truncate} from '../../../layout/presentation.js';
import type {ExportMenuView, SearchView} from '../analyst/toolbar.js';

/** The search box and export menu, whose code loads when the element connects. */
type AnalystToolbar = typeof import('../analyst/toolbar.js');

export interface HeaderView {
  title: string;
  summary: string;
  /** The credit the data's terms require, shown with the chart. */
  attribution?: string;
  /** The feed's own description of itself. */
  description?: string;
  /** "As of 2 Oct 2024": when the feed was last updated, in the reader's words. */
  asOf?: string;
  /** The search box, unless the page hides it. */
  search?: SearchView;
  exports: ExportMenuView;
  /** The code of the search box and export menu, once it is here. */
  toolbar?: AnalystToolbar;
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
      ${view.search && view.toolbar ? view.toolbar.renderSearch(view.search, t) : nothing}
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${t('toolbar')}>
        <button aria-label=${t('zoomIn')} title=${t('zoomInHint')} @click=${view.onZoomIn}>+</button>
        <button aria-label=${t('zoomOut')} title=${t('zoomOutHint')} @click=${view.onZoomOut}>−</button>
        <button title=${t('fitAllHint')} @click=${view.onFitAll}>${t('fitAll')}</button>
        <button aria-pressed=${view.showTable ? 'true' : 'false'} @click=${view.onToggleTable}>${t('table')}</button>
        ${view.toolbar ? view.toolbar.renderExportMenu(view.exports, t) : nothing}
      </div>
    </header>
    <p class="summary">${view.summary}</p>
    ${view.search?.status ? html`<p class="search-status" role="status">${view.search.status}</p>` : nothing}
    ${view.description ? html`<p class="description" dir="auto">${truncate(view.description, 600)}</p>` : nothing}
    ${view.attribution || view.asOf ? renderCredit(view.attribution, view.asOf) : nothing}
  `;
}

/** The credit the data's terms require, then the date the feed is as of, on one line and with no space around them. */
function renderCredit(attribution: string | undefined, asOf: string | undefined): TemplateResult {
  const credit = attribution ? html`<bdi>${truncate(attribution, 300)}</bdi>` : nothing;
  return html`<p part="attribution" class="attribution">${credit}${attribution && asOf ? ' · ' : nothing}${asOf ?? nothing}</p>`;
}
