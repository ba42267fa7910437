/** The list of problems found in the feed, each with where it is. Loaded when first opened. */
import {html, nothing, type TemplateResult} from 'lit';
import type {FeedProblem} from '../../../feed/types.js';
import type {Translate} from '../../../i18n/translate.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export {styles} from './panels.styles.js';

/** Most problems listed; the `problems` property has them all. */
const MAX_LISTED = 200;

export function renderProblems(problems: readonly FeedProblem[], t: Translate): TemplateResult {
  return html`<section part="problems" class="problems" aria-label=${t('problemsList')}>
    <h3>${t('problemsInFeed', {count: problems.length})}</h3>
    <ul>
      ${problems.slice(0, MAX_LISTED).map((problem) => html`<li lang="en" dir="ltr"><code>${problem.pointer || '/'}</code> ${problem.message}</li>`)}
    </ul>
    ${problems.length > MAX_LISTED ? html`<p>${t('problemsMore', {count: problems.length - MAX_LISTED, property: 'problems'})}</p>` : nothing}
  </section>`;
}
