/**
 * The feed after validation and normalisation: what every element and layout function
 * works with. Times are epoch milliseconds; intervals are half-open, `[start, end)`.
 */

/** How precisely a time is known. `range` means only an earliest/latest pair was given. */
export type TimePrecision = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'range';

/** Reported status of an incident. */
export type IncidentStatus = 'confirmed' | 'reported' | 'expected' | 'denied';

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['confirmed', 'reported', 'expected', 'denied'];

/** When something happened: the whole window it may have happened in, and the best single point. */
export interface TimeWindow {
  /** Earliest possible instant (inclusive), epoch ms. */
  earliest: number;
  /** End of the latest possible unit (exclusive), epoch ms; equals `earliest` for an exact instant. */
  latest: number;
  /**
   * The best single instant to place a marker at, within `[earliest, latest]`: the date the feed
   * gave (the middle of its day, month… for a date without a time), else the window's middle.
   */
  best: number;
  /**
   * How precisely the time is known: the `precision` the feed gave, else the form of its date;
   * `range` when it gave only earliest and/or latest.
   */
  precision: TimePrecision;
  /** The feed's own wording of the date, if it gave one ("mid-September 2024"). */
  label?: string;
  /**
   * Given as calendar dates (a year, month, week or day), with no time of day: those dates are
   * the region's, and are written as they are whatever zone the times are shown in.
   */
  civil?: true;
  /** The precision code of the data set the time came from, as given (ACLED time_precision 2: `{scheme: 'acled-time-precision', code: 2}`). */
  sourcePrecision?: {scheme: string; code: number};
}

/** A label in other languages, by BCP 47 tag. */
export type Labels = Readonly<Record<string, string>>;

export interface AlertLevel {
  id: string;
  label: string;
  /** The label in other languages, by language tag, when the feed gives them. */
  labels?: Labels;
  rank: number;
  /** `#rrggbb`, or undefined to let the element pick one from the rank. */
  color?: string;
  /** False for a level an alert named but the scale does not define (reported as a problem). */
  known: boolean;
}

export interface Source {
  id: string;
  publisher: string;
  title?: string;
  /** A safe http(s) link, when the feed gave one. */
  url?: string;
  /** A link the feed gave that is not safe to follow; show it as text only. */
  rejectedUrl?: string;
  published?: number;
  language?: string;
  /** URL of the feed this source came from, when the feed was fetched (`src`). */
  origin?: string;
}

export interface Measure {
  kind?: string;
  text: string;
}

/**
 * A place an alert covers. With none of `country`, `admin1`, `admin2`, `place` set it is a bare
 * name (format 1.0): it matches a location whose place, district, province or country has that
 * name. Otherwise it matches a location on every level it sets.
 */
export interface Area {
  /** How the area is said to readers. */
  name: string;
  country?: string;
  admin1?: string;
  admin2?: string;
  place?: string;
}

export interface AlertWindow {
  kind: 'alert';
  id: string;
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive: a date-only end counts up to the end of that day. */
  end: number;
  /** Its start and end are calendar dates, the region's (see `TimeWindow.civil`). */
  civil?: true;
  level: AlertLevel;
  title: string;
  description?: string;
  /** Places covered; empty means the whole region. */
  areas: Area[];
  measures: Measure[];
  sources: Source[];
  /** When it was first reported, and last changed, epoch ms. */
  reported?: number;
  updated?: number;
  /** The item as published, with any fields this version does not know. */
  raw: Readonly<Record<string, unknown>>;
  /** URL of the feed this alert came from, when the feed was fetched (`src`). */
  origin?: string;
}

export interface Location {
  name: string;
  country?: string;
  admin1?: string;
  admin2?: string;
  latitude?: number;
  longitude?: number;
  geoPrecision?: GeoPrecision;
}

/**
 * How exactly a place is known: the place itself, near it, some wider area (ACLED geo_precision
 * 1–3), or only its district, province, a line between places, the country, or waters or
 * airspace (UCDP GED where_prec 3–7).
 */
export type GeoPrecision = 'exact' | 'near' | 'region' | 'district' | 'province' | 'line' | 'country' | 'water-air';

/** Deaths: the best estimate, and a low and a high one when the source gives them (low ≤ best ≤ high). */
export interface Fatalities {
  best: number;
  low?: number;
  high?: number;
}

/** Which side of an event an actor is on, or that it acted with another actor. */
export type ActorRole = 'side-a' | 'side-b' | 'associated';

export interface Actor {
  name: string;
  /** Absent when the feed named the actor only (format 1.0). */
  role?: ActorRole;
  /** For an associated actor: the name of the actor it acted with. */
  with?: string;
}

/** A category the feed declares. */
export interface CategoryDefinition {
  id: string;
  label: string;
  /** The label in other languages, by language tag, when the feed gives them. */
  labels?: Labels;
  /** Id of the category this one is a kind of. */
  parent?: string;
  /** `#rrggbb`. */
  color?: string;
  shape?: 'circle' | 'triangle' | 'diamond' | 'star' | 'cross' | 'square' | 'pentagon' | 'hexagon';
}

/** An item taken back. */
export interface Withdrawal {
  id: string;
  /** When, epoch ms. */
  date?: number;
  reason?: string;
}

export interface Incident {
  kind: 'incident';
  id: string;
  /** When it happened. Incidents whose `when` is the same string share one object: read it, do not change it. */
  time: TimeWindow;
  title: string;
  summary?: string;
  category: string;
  status: IncidentStatus;
  severity?: number;
  fatalities?: Fatalities;
  actors: Actor[];
  location?: Location;
  sources: Source[];
  /** When it was first reported, and last changed, epoch ms. */
  reported?: number;
  updated?: number;
  raw: Readonly<Record<string, unknown>>;
  /** URL of the feed this incident came from, when the feed was fetched (`src`). */
  origin?: string;
}

export interface Region {
  id?: string;
  name: string;
  /** IANA time zone the feed's local dates were read in. */
  timeZone: string;
}

export interface Feed {
  /** The `version` string as published, e.g. "1.0". */
  version: string;
  title?: string;
  description?: string;
  region?: Region;
  /** The time zone dates were read in: the region's, or UTC. */
  timeZone: string;
  updated?: number;
  /** The alert scale, sorted by rank, lowest first. */
  levels: AlertLevel[];
  sources: Source[];
  /** Sorted by start, then id. */
  alerts: AlertWindow[];
  /** Sorted by best time, then id. */
  incidents: Incident[];
  /** The categories the feed declares, in its order. */
  categories: CategoryDefinition[];
  /** Items the feed says were taken back. */
  withdrawn: Withdrawal[];
  /** The credit the data's terms require on every visual. */
  attribution?: string;
  /** The window the timeline opens on (epoch ms, end exclusive), when the feed gives one (format 1.1). */
  view?: {start: number; end: number};
}

/**
 * Something wrong with a feed. Every problem says where (a JSON Pointer into the document),
 * what was expected, what was found, and what the reader did about it.
 */
export interface FeedProblem {
  /** JSON Pointer to the offending value, e.g. `/incidents/3/when`; `""` is the whole document. */
  pointer: string;
  /** What the format asks for there. */
  expected: string;
  /** What the document holds there, shortened for display. */
  found: string;
  /**
   * What was done: `feed` the whole feed was refused; `item` the alert, incident, source or level
   * containing the pointer was left out; `value` only that value was ignored; `none` it was kept as is.
   */
  dropped: 'feed' | 'item' | 'value' | 'none';
  /** One readable sentence combining the above. */
  message: string;
  /**
   * URL of the feed the problem is in, when the feed was fetched (`src`). With several feeds
   * the message starts with it too, since a pointer alone does not say which document it is in.
   */
  origin?: string;
}

export interface ValidationResult {
  /** The valid part of the feed, or null when the document as a whole cannot be read. */
  feed: Feed | null;
  problems: FeedProblem[];
}
