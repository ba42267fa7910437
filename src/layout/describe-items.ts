/**
 * What the element says of one alert or incident, in words: for tooltips, details, the table and
 * announcements (parts that load after the first frame). Pure, no DOM.
 */
import type {AlertWindow, Fatalities, Feed, GeoPrecision, Incident, IncidentStatus} from '../feed/types.js';
import type {MessageKey} from '../i18n/messages.js';
import {joinList, type Translate} from '../i18n/translate.js';
import {categoryLook} from './category-looks.js';
import {zoneOf, type ReaderSettings} from './describe.js';
import {formatDayRange, formatTimeWindow} from './format-time.js';
import {levelLabel} from './labels.js';
import type {TimelineItem} from './presentation.js';
// The English words this writes load with it.
import '../i18n/messages-on-demand.js';

const STATUS_MESSAGES: Readonly<Record<IncidentStatus, MessageKey>> = {
  confirmed: 'statusConfirmed',
  reported: 'statusReported',
  expected: 'statusExpected',
  denied: 'statusDenied',
};

/** An incident's status in words: "Confirmed". */
export const statusText = (status: IncidentStatus, t: Translate) => t(STATUS_MESSAGES[status]);

const GEO_MESSAGES: Readonly<Record<GeoPrecision, MessageKey>> = {
  exact: 'geoExact',
  near: 'geoNear',
  region: 'geoRegion',
  district: 'geoDistrict',
  province: 'geoProvince',
  line: 'geoLine',
  country: 'geoCountry',
  'water-air': 'geoWaterAir',
};

/** How precisely a place is known, in words: "somewhere in the district". */
export const geoPrecisionText = (precision: GeoPrecision, t: Translate) => t(GEO_MESSAGES[precision]);

/** When an item happened or is in force. */
export function whenText(item: TimelineItem, settings: ReaderSettings): string {
  const {t} = settings;
  return item.kind === 'incident'
    ? formatTimeWindow(item.time, settings, zoneOf(item.time.civil, settings), (label, explanation) =>
        t('labelWithExplanation', {label, explanation}),
      )
    : formatDayRange(item.start, item.end, settings, zoneOf(item.civil, settings));
}

/** The places an alert covers, by name; empty when it covers the whole region. */
export function areaNames(alert: AlertWindow, t: Translate): string {
  return joinList(
    t,
    alert.areas.map((area) => area.name),
  );
}

/** Deaths as the feed gives them: "33", or "33 (25–40)" with the low and high estimates. */
export function fatalitiesText(fatalities: Fatalities, t: Translate): string {
  const {best, low, high} = fatalities;
  if (low === undefined && high === undefined) return t.count(best);
  return t('deathsRange', {best, low: low ?? best, high: high ?? best});
}

export function describeAlert(alert: AlertWindow, settings: ReaderSettings): string {
  const {t} = settings;
  const areas = areaNames(alert, t) || t('wholeRegionInSentence');
  return t('describeAlert', {title: alert.title, level: levelLabel(alert.level, t), when: whenText(alert, settings), areas});
}

export function describeIncident(incident: Incident, settings: ReaderSettings, feed: Pick<Feed, 'categories'>): string {
  const {t} = settings;
  const params = {
    title: incident.title,
    when: whenText(incident, settings),
    status: statusText(incident.status, t),
    category: categoryLook(feed, incident.category, t).label,
  };
  const text = incident.location ? t('describeIncidentAt', {...params, place: incident.location.name}) : t('describeIncident', params);
  return incident.fatalities ? `${text} ${t('describeFatalities', {deaths: fatalitiesText(incident.fatalities, t)})}` : text;
}

/** What a screen reader hears when focus reaches an item. */
export function describeItem(item: TimelineItem, settings: ReaderSettings, feed: Pick<Feed, 'categories'>): string {
  return item.kind === 'incident' ? describeIncident(item, settings, feed) : describeAlert(item, settings);
}
