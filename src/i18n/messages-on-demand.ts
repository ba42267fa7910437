/**
 * The English words of the parts that load on demand: the legend, tooltips, details, table,
 * problem list, overview, toolbar and what the keys announce. They load with those parts, not
 * with the first frame; each module that writes them imports this one, which hands them to the
 * translator as it loads. Pure data, and that one call.
 */
import type {Message} from './messages.js';
import {provideEnglish} from './translate.js';

export const ON_DEMAND_ENGLISH = {
  // States of the element
  overviewLabel: 'Overview of the whole feed over time. The box is the window shown: arrow keys move it, + and − resize it.',
  searchPlaceholder: 'Search titles, places, actors…',
  clearSearch: 'Clear the search',
  exportPng: 'Image (PNG)',
  exportSvg: 'Image (SVG)',
  exportCsv: 'Incidents (CSV)',
  exportJson: 'Feed (JSON)',
  copyLink: 'Copy a link to this view',
  linkCopied: 'Link to this view copied.',

  // The summary, and what a screen reader hears
  describeAlert: 'Alert: {title}. {level} level, {when}, {areas}.',
  describeIncident: '{title}. {when}. {status}, {category}.',
  describeIncidentAt: '{title}. {when}. {status}, {category}, {place}.',
  describeFatalities: 'Fatalities: {deaths}.',
  itemPosition: '{index} of {total}.',
  inLane: 'Lane: {lane}.',
  duringAlert: 'During the {level} alert: {title}.',
  isSelected: 'Selected.',
  noEarlier: 'No earlier item.',
  noLater: 'No later item.',
  wholeRegionInSentence: 'the whole region',

  // Values
  statusConfirmed: 'Confirmed',
  statusReported: 'Reported',
  statusExpected: 'Expected',
  statusDenied: 'Denied',
  deathsRange: '{best} ({low}–{high})',
  wholeRegion: 'Whole region',
  labelWithExplanation: '{label} ({explanation})',

  // Tooltips
  levelAlert: '{level} alert',
  fatalitiesValue: 'Fatalities: {deaths}',
  clusterIncidents: {one: '{count} incident', other: '{count} incidents'},
  clickToZoom: 'Click to zoom in',

  // Legend
  legendLevels: 'Alert levels',
  legendLevel: 'Alert level',
  legendLevelHint: 'Show alerts of this level and higher',
  legendCategories: 'Categories',
  legendCategory: 'Category',
  legendStatuses: 'Statuses',
  legendStatus: 'Status',
  legendLanes: 'Lanes',
  legendLane: 'Lane',
  legendToggle: 'Legend and filters',

  // Details
  severityOutOf: '{severity} of 5',
  where: 'Where',
  coordinates: '{latitude}, {longitude}',
  sideA: 'Side A',
  sideB: 'Side B',
  alsoNamed: 'Also named',
  linkNotShown: '(link not shown: {url})',
  levelNotOnScale: '{level} (not on the feed’s scale)',
  updatedSinceLoad: 'Updated since the last load.',
  changedSinceLoad: 'Changed since the last load.',
  withdrawnNote: 'Withdrawn by the publisher. It is no longer in the feed.',
  withdrawnOnNote: 'Withdrawn by the publisher on {date}. It is no longer in the feed.',
  withdrawnReason: 'Reason given: {reason}',
  geoExact: 'exact place',
  geoNear: 'near the place',
  geoRegion: 'somewhere in the region',
  geoDistrict: 'somewhere in the district',
  geoProvince: 'somewhere in the province',
  geoLine: 'along a line',
  geoCountry: 'somewhere in the country',
  geoWaterAir: 'at sea or in the air',

  // Table
  tableCaption: 'Alerts and incidents from {span}',
  tableCaptionFirst: 'Alerts and incidents from {span}, first {shown} of {total}; zoom in to see the rest',
  columnWhen: 'When',
  columnType: 'Type',
  columnWhat: 'What',
  columnStatus: 'Status or level',
  columnWhere: 'Where',
  columnFatalities: 'Fatalities',

  // Problems
  problemsList: 'Problems in the feed',
  problemsMore: '…and {count} more (see the {property} property).',

  // Table: counts and pages
  tableInView: '{incidents}, {alerts} in view',
  tableRowRange: 'Rows {first}–{last} of {total}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
} as const satisfies Record<string, Message>;

provideEnglish(ON_DEMAND_ENGLISH);
