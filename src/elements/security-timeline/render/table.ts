/**
 * The table of the alerts and incidents in the visible window, in time order: the chart's
 * content as rows and columns, for reading and for screen readers. Loaded when first shown.
 */
import {html, type TemplateResult} from 'lit';
import type {TimelineModel} from '../../../model/timeline-model.js';
import {isInWindow} from '../../../model/timeline-model.js';
import type {DateSettings} from '../../../layout/describe.js';
import {areaNames, fatalitiesText, whenText} from '../../../layout/describe-items.js';
import {formatDayRange} from '../../../layout/format-time.js';
import {categoryLook} from '../../../layout/category-looks.js';
import {STATUS_LABELS, truncate, type TimelineItem} from '../../../layout/presentation.js';

export {styles} from './panels.styles.js';

/** Most rows drawn at once; the caption says when there are more. */
const MAX_TABLE_ROWS = 500;

const startOf = (item: TimelineItem) => (item.kind === 'alert' ? item.start : item.time.best);

export function renderTable(model: TimelineModel, domain: readonly [number, number], dates: DateSettings): TemplateResult {
  const items: TimelineItem[] = [
    ...model.alerts.filter((alert) => isInWindow(alert, domain)),
    ...model.incidents.filter((incident) => isInWindow(incident, domain)),
  ].sort((a, b) => startOf(a) - startOf(b));
  const shown = items.slice(0, MAX_TABLE_ROWS);
  return html`<div part="table" class="table-wrap">
    <table>
      <caption>
        Alerts and incidents from ${formatDayRange(domain[0], domain[1], dates.locale, dates.timeZone)}${
          items.length > shown.length ? `, first ${shown.length} of ${items.length}; zoom in to see the rest` : ''
        }
      </caption>
      <thead>
        <tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">What</th><th scope="col">Status or level</th><th scope="col">Where</th><th scope="col">Fatalities</th></tr>
      </thead>
      <tbody>
        ${shown.map(
          (item) => html`<tr>
            <td>${whenText(item, dates)}</td>
            <td>${item.kind === 'alert' ? 'Alert' : categoryLook(model.feed, item.category).label}</td>
            <td>${truncate(item.title, 200)}</td>
            <td>${item.kind === 'alert' ? item.level.label : STATUS_LABELS[item.status]}</td>
            <td>${item.kind === 'alert' ? areaNames(item) || 'Whole region' : (item.location?.name ?? '')}</td>
            <td>${item.kind === 'incident' && item.fatalities ? fatalitiesText(item.fatalities, dates.locale) : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
