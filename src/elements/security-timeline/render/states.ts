/**
 * The element's states other than a drawn chart: loading, no feed, a feed that could not be
 * read, a feed or filters that leave nothing to draw, stale data, and a part that failed to load.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {FeedErrorKind, FeedLoadErrorDetail} from '../../../feed/load.js';
import type {MessageKey} from '../../../i18n/messages.js';
import type {Translate} from '../../../i18n/translate.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
import type {LazyPartController} from '../../../controllers/lazy-part-controller.js';

export function renderLoading(t: Translate): TemplateResult {
  return html`<div part="state" class="state" role="status">${t('loading')}</div>`;
}

export function renderNoInput(t: Translate): TemplateResult {
  const [before, between, after] = t('noFeed').split(/\{src\}|\{feed\}/);
  return html`<div part="state" class="state">${before}<code>src</code>${between ?? ''}<code>feed</code>${after ?? ''}</div>`;
}

const ERROR_MESSAGES: Readonly<Record<FeedErrorKind, MessageKey>> = {
  network: 'errorNetwork',
  http: 'errorHttp',
  timeout: 'errorTimeout',
  'too-large': 'errorTooLarge',
  'content-type': 'errorContentType',
  json: 'errorJson',
  invalid: 'errorInvalid',
};

/**
 * Why no feed could be read, in the reader's words, then what the feed's publisher needs (the
 * URL, the status, each problem with its pointer), in English, and a retry when there is a URL.
 */
export function renderLoadError(error: FeedLoadErrorDetail | null, retry: (() => void) | undefined, t: Translate): TemplateResult {
  const problems = error?.problems ?? [];
  return html`
    <div part="state" class="state error" role="alert">
      <p>${t(error ? (ERROR_MESSAGES[error.kind] ?? 'feedUnreadable') : 'feedUnreadable')}</p>
      ${error?.message ? html`<p class="technical" lang="en" dir="ltr">${error.message}</p>` : nothing}
      ${
        problems.length > 1
          ? html`<ul lang="en" dir="ltr">
            ${problems.slice(0, 20).map((problem) => html`<li>${problem.message}</li>`)}
          </ul>`
          : nothing
      }
      ${retry ? html`<button @click=${retry}>${t('tryAgain')}</button>` : nothing}
    </div>
  `;
}

/** Says why nothing is drawn: an empty feed, or filters that hide everything. */
export function renderNothingToDraw(model: TimelineModel, showEverything: () => void, t: Translate): TemplateResult | typeof nothing {
  if (model.lanes.length && (model.incidents.length || model.alerts.length)) return nothing;
  const {feed} = model;
  if (!feed.incidents.length && !feed.alerts.length) {
    return html`<div part="state" class="state" role="status">${t('emptyFeed')}</div>`;
  }
  return html`<div part="state" class="state" role="status">
    ${t('noMatch')}
    <button @click=${showEverything}>${t('showEverything')}</button>
  </div>`;
}

/** A refresh failed: the data shown is the last that was read. */
export function renderStale(since: string, why: string | undefined, t: Translate): TemplateResult {
  return html`<p part="stale" class="stale" role="status" title=${why ?? ''}>${t('staleSince', {time: since})}</p>`;
}

/** What the last refresh changed, for every reader to see (and hear, as a status). */
export function renderChanges(text: string): TemplateResult | typeof nothing {
  return text ? html`<p part="changes" class="changes" role="status">${text}</p>` : nothing;
}

/** A part whose code could not be loaded (offline, blocked by the page): say so where it goes. */
export function renderPartUnavailable(what: string, retry: () => void, t: Translate): TemplateResult {
  return html`<div part="state" class="state error" role="alert">
    <p>${t('partUnavailable', {part: what})}</p>
    <button @click=${retry}>${t('tryAgain')}</button>
  </div>`;
}

/** A part whose code loads on demand: nothing while it loads, a notice if it cannot be loaded. */
export function renderOnDemand<M>(
  part: LazyPartController<M>,
  what: string,
  draw: (module: M) => TemplateResult,
  t: Translate,
): TemplateResult | typeof nothing {
  const module = part.get();
  if (module) return draw(module);
  return part.error === undefined ? nothing : renderPartUnavailable(what, () => part.retry(), t);
}
