/**
 * The table of the alerts and incidents in the visible window, in time order: the chart's
 * content as rows and columns, for reading and for screen readers. Loaded when first shown.
 */
import {html, type TemplateResult} from 'lit';
import type {TimelineModel} from '../../../model/timeline-model.js';
import {isInWindow} from '../../../model/timeline-model.js';
import type {ReaderSettings} from '../../../layout/describe.js';
import {areaNames, fatalitiesText, statusText, whenText} from '../../../layout/describe-items.js';
import {levelLabel} from '../../../layout/labels.js';
import {formatDayRange} from '../../../layout/format-time.js';
import {categoryLook} from '../../../layout/category-looks.js';
import {truncate, type TimelineItem} from '../../../layout/presentation.js';

export {styles} from './panels.styles.js';

/** Most rows drawn at once; the caption says when there are more. */
const MAX_TABLE_ROWS = 500;

const startOf = (item: TimelineItem) => (item.kind === 'alert' ? item.start : item.time.best);

export function renderTable(model: TimelineModel, domain: readonly [number, number], dates: ReaderSettings): TemplateResult {
  const {t} = dates;
  const items: TimelineItem[] = [
    ...model.alerts.filter((alert) => isInWindow(alert, domain)),
    ...model.incidents.filter((incident) => isInWindow(incident, domain)),
  ].sort((a, b) => startOf(a) - startOf(b));
  const shown = items.slice(0, MAX_TABLE_ROWS);
  // Focusable, so that a keyboard can scroll a table wider than the screen.
  return html`<div part="table" class="table-wrap" tabindex="0" role="region" aria-label=${t('table')}>
    <table>
      <caption>
        ${
          items.length > shown.length
            ? t('tableCaptionFirst', {span: formatDayRange(domain[0], domain[1], dates, dates.timeZone), shown: shown.length, total: items.length})
            : t('tableCaption', {span: formatDayRange(domain[0], domain[1], dates, dates.timeZone)})
        }
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('columnWhen')}</th><th scope="col">${t('columnType')}</th><th scope="col">${t('columnWhat')}</th>
          <th scope="col">${t('columnStatus')}</th><th scope="col">${t('columnWhere')}</th><th scope="col">${t('columnFatalities')}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (item) => html`<tr>
            <td>${whenText(item, dates)}</td>
            <td>${item.kind === 'alert' ? t('alert') : categoryLook(model.feed, item.category, t).label}</td>
            <td><bdi>${truncate(item.title, 200)}</bdi></td>
            <td>${item.kind === 'alert' ? levelLabel(item.level, t) : statusText(item.status, t)}</td>
            <td><bdi>${item.kind === 'alert' ? areaNames(item, t) || t('wholeRegion') : (item.location?.name ?? '')}</bdi></td>
            <td>${item.kind === 'incident' && item.fatalities ? fatalitiesText(item.fatalities, t) : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
