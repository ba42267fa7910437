/**
 * Every word the element writes, in English: the catalogue every translation follows. Pure data.
 *
 * A message is text with `{name}` placeholders, or, for a message about a number, its forms by the
 * plural category `Intl.PluralRules` gives its `{count}` (`one`, `few`, `many`, `other`…; `other`
 * is required). Placeholders are filled with text (numbers in the reader's digits), never HTML.
 */

/** The forms of a message by the plural category of its `count`. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** One message: plain text with `{name}` placeholders, or its plural forms. */
export type Message = string | PluralMessage;

export const ENGLISH = {
  // States of the element
  loading: 'Loading the feed…',
  noFeed: 'No feed: set {src} or {feed}.',
  feedUnreadable: 'The feed could not be read.',
  errorNetwork: 'The feed could not be loaded.',
  errorHttp: 'The server refused the feed.',
  errorTimeout: 'The feed took too long to arrive.',
  errorTooLarge: 'The feed is too large to read.',
  errorContentType: 'The address did not return a feed.',
  errorJson: 'The feed is not valid JSON.',
  errorInvalid: 'The feed is not in the security-timeline format.',
  tryAgain: 'Try again',
  emptyFeed: 'The feed has no alerts or incidents yet.',
  noMatch: 'No alert or incident matches the filters.',
  showEverything: 'Show everything',
  staleSince: 'Stale since {time}',
  partUnavailable: 'Could not load {part}.',
  partLegend: 'the legend',
  partDetails: 'the details',
  partTable: 'the table',
  partOverview: 'the overview',
  overviewLabel: 'Overview of the whole feed over time. The box is the window shown: arrow keys move it, + and − resize it.',
  unfoldLanes: 'Show every lane',
  foldLanes: 'Fold the quietest lanes',
  asOf: 'As of {date}',
  search: 'Search',
  searchPlaceholder: 'Search titles, places, actors…',
  matchingQuery: 'matching “{query}”',
  clearSearch: 'Clear the search',
  export: 'Export',
  exportPng: 'Image (PNG)',
  exportSvg: 'Image (SVG)',
  exportCsv: 'Incidents (CSV)',
  exportJson: 'Feed (JSON)',
  copyLink: 'Copy a link to this view',
  linkCopied: 'Link to this view copied.',
  partProblems: 'the list of problems',

  // Header and toolbar
  untitled: 'Security timeline',
  problemsInFeed: {one: '{count} problem in the feed', other: '{count} problems in the feed'},
  toolbar: 'Timeline view',
  zoomIn: 'Zoom in',
  zoomInHint: 'Zoom in (+)',
  zoomOut: 'Zoom out',
  zoomOutHint: 'Zoom out (−)',
  fitAll: 'Fit all',
  fitAllHint: 'Show the whole feed (0)',
  table: 'Table',
  wheelHint: 'Hold {key} and scroll to zoom the timeline',

  // The summary, and what a screen reader hears
  summary: '{title}: {alerts} and {incidents}, {span}, {zones}.',
  alertWindows: {one: '{count} alert window', other: '{count} alert windows'},
  incidents: {one: '{count} incident', other: '{count} incidents'},
  timesIn: 'times in {zone}',
  timesAndDatesIn: 'times in {zone}, dates as in {region}',
  keyHelp:
    'Arrow keys move between incidents in time order; up and down move between lanes and, above the top lane, to the alert windows. Shift with arrows pans, plus and minus zoom, 0 shows everything, Enter selects, Escape clears.',
  timeline: 'timeline',
  selectedAlert: 'Selected alert: {title}.',
  selectedIncident: 'Selected incident: {title}.',
  selectionCleared: 'Selection cleared.',
  showing: 'Showing {span}.',
  changesSince: 'Since the last load: {changes}.',
  changedCount: {one: '{count} changed', other: '{count} changed'},
  withdrawnCount: {one: '{count} withdrawn', other: '{count} withdrawn'},
  addedCount: {one: '{count} new', other: '{count} new'},
  listSeparator: ', ',
  describeAlert: 'Alert: {title}. {level} level, {when}, {areas}.',
  describeIncident: '{title}. {when}. {status}, {category}.',
  describeIncidentAt: '{title}. {when}. {status}, {category}, {place}.',
  describeFatalities: 'Fatalities: {deaths}.',
  itemPosition: '{index} of {total}.',
  inLane: 'Lane: {lane}.',
  duringAlert: 'During the {level} alert: {title}.',
  isSelected: 'Selected.',
  hiddenByFilters: 'Not in the chart: the filters hide it.',
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
  today: 'Today',
  labelWithExplanation: '{label} ({explanation})',

  // The alert levels and incident categories of feeds that do not name their own
  levelLow: 'Low',
  levelElevated: 'Elevated',
  levelHigh: 'High',
  levelHighest: 'Highest',
  categoryMovement: 'Movement',
  categoryReconnaissance: 'Reconnaissance',
  categoryAttack: 'Attack',
  categoryClash: 'Clash',
  categoryArrest: 'Arrest',
  categorySecurityMeasure: 'Security measure',
  categoryStatement: 'Statement',
  categoryPolitical: 'Political',

  // Lanes
  allIncidents: 'All incidents',
  unspecified: 'Unspecified',
  provinceUnknown: '{country}, province unknown',
  districtUnknown: '{province}, district unknown',
  otherLanes: {one: '{count} other lane', other: '{count} other lanes'},
  otherPlaces: {one: '{count} other place', other: '{count} other places'},
  otherDistricts: {one: '{count} other district', other: '{count} other districts'},
  otherProvinces: {one: '{count} other province', other: '{count} other provinces'},
  otherCountries: {one: '{count} other country', other: '{count} other countries'},
  otherActors: {one: '{count} other actor', other: '{count} other actors'},
  otherCategories: {one: '{count} other category', other: '{count} other categories'},

  // Tooltips
  levelAlert: '{level} alert',
  fatalitiesValue: 'Fatalities: {deaths}',
  clusterIncidents: {one: '{count} incident', other: '{count} incidents'},
  clickToZoom: 'Click to zoom in',
  earlierIncidents: {one: '{count} earlier incident', other: '{count} earlier incidents'},
  laterIncidents: {one: '{count} later incident', other: '{count} later incidents'},

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
  details: 'Details',
  closeDetails: 'Close details',
  when: 'When',
  status: 'Status',
  category: 'Category',
  severity: 'Severity',
  severityOutOf: '{severity} of 5',
  fatalities: 'Fatalities',
  where: 'Where',
  coordinates: '{latitude}, {longitude}',
  actors: 'Actors',
  sideA: 'Side A',
  sideB: 'Side B',
  alsoNamed: 'Also named',
  sources: 'Sources',
  linkNotShown: '(link not shown: {url})',
  level: 'Level',
  levelNotOnScale: '{level} (not on the feed’s scale)',
  areas: 'Areas',
  measures: 'Measures',
  alsoInForce: 'Also in force',
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
  alert: 'Alert',

  // Problems
  problemsList: 'Problems in the feed',
  problemsMore: '…and {count} more (see the {property} property).',

  // Table: counts and pages
  tableInView: '{incidents}, {alerts} in view',
  tableRowRange: 'Rows {first}–{last} of {total}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
} as const satisfies Record<string, Message>;

/** The name of a message. */
export type MessageKey = keyof typeof ENGLISH;

/** A whole catalogue: every message, in one language. */
export type Catalogue = {readonly [K in MessageKey]: Message};

/** Some messages: a translation in progress, or a page's own wording of a few. */
export type Messages = Partial<Catalogue>;
