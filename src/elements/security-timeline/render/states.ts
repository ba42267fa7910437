/**
 * The element's states other than a drawn chart: loading, no feed, a feed that could not be
 * read, a feed or filters that leave nothing to draw, stale data, and a part that failed to load.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {FeedLoadErrorDetail} from '../../../feed/load.js';
import type {TimelineModel} from '../../../model/timeline-model.js';
import type {LazyPartController} from '../../../controllers/lazy-part-controller.js';

export function renderLoading(): TemplateResult {
  return html`<div part="state" class="state" role="status">Loading the feed…</div>`;
}

export function renderNoInput(): TemplateResult {
  return html`<div part="state" class="state">No feed: set <code>src</code> or <code>feed</code>.</div>`;
}

/** Why no feed could be read, with its problems, and a retry when there is a URL to retry. */
export function renderLoadError(error: FeedLoadErrorDetail | null, retry: (() => void) | undefined): TemplateResult {
  const problems = error?.problems ?? [];
  return html`
    <div part="state" class="state error" role="alert">
      <p>${error?.message ?? 'The feed could not be read.'}</p>
      ${
        problems.length > 1
          ? html`<ul>
            ${problems.slice(0, 20).map((problem) => html`<li>${problem.message}</li>`)}
          </ul>`
          : nothing
      }
      ${retry ? html`<button @click=${retry}>Try again</button>` : nothing}
    </div>
  `;
}

/** Says why nothing is drawn: an empty feed, or filters that hide everything. */
export function renderNothingToDraw(model: TimelineModel, showEverything: () => void): TemplateResult | typeof nothing {
  if (model.lanes.length && (model.incidents.length || model.alerts.length)) return nothing;
  const {feed} = model;
  if (!feed.incidents.length && !feed.alerts.length) {
    return html`<div part="state" class="state" role="status">The feed has no alerts or incidents yet.</div>`;
  }
  return html`<div part="state" class="state" role="status">
    No alert or incident matches the filters.
    <button @click=${showEverything}>Show everything</button>
  </div>`;
}

/** A refresh failed: the data shown is the last that was read. */
export function renderStale(since: string, why: string | undefined): TemplateResult {
  return html`<p part="stale" class="stale" role="status" title=${why ?? ''}>Stale since ${since}</p>`;
}

/** What the last refresh changed, for every reader to see (and hear, as a status). */
export function renderChanges(text: string): TemplateResult | typeof nothing {
  return text ? html`<p part="changes" class="changes" role="status">${text}</p>` : nothing;
}

/** A part whose code could not be loaded (offline, blocked by the page): say so where it goes. */
export function renderPartUnavailable(what: string, retry: () => void): TemplateResult {
  return html`<div part="state" class="state error" role="alert">
    <p>The ${what} could not be loaded.</p>
    <button @click=${retry}>Try again</button>
  </div>`;
}

/** A part whose code loads on demand: nothing while it loads, a notice if it cannot be loaded. */
export function renderOnDemand<M>(part: LazyPartController<M>, what: string, draw: (module: M) => TemplateResult): TemplateResult | typeof nothing {
  const module = part.get();
  if (module) return draw(module);
  return part.error === undefined ? nothing : renderPartUnavailable(what, () => part.retry());
}
