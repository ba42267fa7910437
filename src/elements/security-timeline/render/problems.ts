/** The list of problems found in the feed, each with where it is. Loaded when first opened. */
import {html, nothing, type TemplateResult} from 'lit';
import type {FeedProblem} from '../../../feed/types.js';

export {styles} from './panels.styles.js';

/** Most problems listed; the `problems` property has them all. */
const MAX_LISTED = 200;

export function renderProblems(problems: readonly FeedProblem[]): TemplateResult {
  return html`<section part="problems" class="problems" aria-label="Problems in the feed">
    <h3>${problems.length} problem${problems.length === 1 ? '' : 's'} in the feed</h3>
    <ul>
      ${problems.slice(0, MAX_LISTED).map((problem) => html`<li><code>${problem.pointer || '/'}</code> ${problem.message}</li>`)}
    </ul>
    ${problems.length > MAX_LISTED ? html`<p>…and ${problems.length - MAX_LISTED} more (see the <code>problems</code> property).</p>` : nothing}
  </section>`;
}
