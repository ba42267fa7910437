/**
 * The analyst's controls in the header: the search box, and the export menu (images, data, a
 * link to the view). The export code itself loads when one of them is chosen.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Translate} from '../../../i18n/translate.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export {analystStyles as styles} from './analyst.styles.js';

export interface SearchView {
  query: string;
  /** "312 incidents matching “kunduz”", while a query is set. */
  status?: string;
  /** The reader typed: the element applies it after a short pause. */
  onInput: (query: string) => void;
}

export type ExportChoice = 'png' | 'svg' | 'csv' | 'json' | 'link';

export interface ExportMenuView {
  /** Whether "Copy a link to this view" is offered (the view is kept in the URL: `sync-url`). */
  canLink: boolean;
  choose: (choice: ExportChoice) => void;
}

export function renderSearch(view: SearchView, t: Translate): TemplateResult {
  return html`<div class="search" role="search">
    <input
      part="search"
      type="search"
      aria-label=${t('search')}
      placeholder=${t('searchPlaceholder')}
      maxlength="200"
      .value=${view.query}
      @input=${(event: InputEvent) => view.onInput((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        // Escape in a search box clears it (the browser does so too); it must not reach the chart's keys.
        if (event.key === 'Escape') event.stopPropagation();
      }}
    />
  </div>`;
}

export function renderExportMenu(view: ExportMenuView, t: Translate): TemplateResult {
  const choices: Array<[ExportChoice, string]> = [
    ['png', t('exportPng')],
    ['svg', t('exportSvg')],
    ['csv', t('exportCsv')],
    ['json', t('exportJson')],
  ];
  const choose = (choice: ExportChoice) => (event: Event) => {
    // The menu closes once a choice is made.
    (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    view.choose(choice);
  };
  return html`<details class="export-menu" part="export-menu">
    <summary>${t('export')}</summary>
    <div class="export-choices">
      ${choices.map(([choice, label]) => html`<button @click=${choose(choice)}>${label}</button>`)}
      ${view.canLink ? html`<button @click=${choose('link')}>${t('copyLink')}</button>` : nothing}
    </div>
  </details>`;
}
