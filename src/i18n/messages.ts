/**
 * Every word the element writes in its first frame, in English; the words of the parts that load
 * on demand (legend, tooltips, details, table, toolbar, announcements) are in
 * `messages-on-demand.ts`, and `ENGLISH` (`english.ts`) is both: the catalogue every translation
 * follows. Pure data.
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

import type {ON_DEMAND_ENGLISH} from './messages-on-demand.js';

export const FIRST_FRAME_ENGLISH = {
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
  unfoldLanes: 'Show every lane',
  foldLanes: 'Fold the quietest lanes',
  asOf: 'As of {date}',
  search: 'Search',
  matchingQuery: 'matching “{query}”',
  export: 'Export',
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
  hiddenByFilters: 'Not in the chart: the filters hide it.',

  // Values
  today: 'Today',

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
  earlierIncidents: {one: '{count} earlier incident', other: '{count} earlier incidents'},
  laterIncidents: {one: '{count} later incident', other: '{count} later incidents'},

  // Details
  details: 'Details',
  closeDetails: 'Close details',
  when: 'When',
  status: 'Status',
  category: 'Category',
  severity: 'Severity',
  fatalities: 'Fatalities',
  actors: 'Actors',
  sources: 'Sources',
  level: 'Level',
  areas: 'Areas',
  measures: 'Measures',
  alsoInForce: 'Also in force',

  // Table
  alert: 'Alert',
} as const satisfies Record<string, Message>;

/** The name of a message. */
export type MessageKey = keyof typeof FIRST_FRAME_ENGLISH | keyof typeof ON_DEMAND_ENGLISH;

/** A whole catalogue: every message, in one language. */
export type Catalogue = {readonly [K in MessageKey]: Message};

/** Some messages: a translation in progress, or a page's own wording of a few. */
export type Messages = Partial<Catalogue>;
