/**
 * Reading the parts of an incident that ACLED and UCDP GED rows give alike: the id, actors,
 * the place, deaths as one count, the time of the last change. A bad value is reported with its
 * row and column; when the rest of the row still makes an incident, only that value is left out
 * and its text kept among the row's kept cells, so that nothing disappears without a word.
 */
import type {FeedIncident, FeedLocation} from '../feed/feed-types.js';
import {ID_PATTERN} from '../feed/schema.js';
import type {RowContext} from './dataset.js';
import type {Row} from './table.js';
import {epochSecondsToIso, parseCode, parseCoordinate, parseCount, splitList} from './values.js';

/** The cells kept with the incident under the data set's name, by column name. */
export type KeptCells = Record<string, string>;

export type FeedActor = Exclude<NonNullable<FeedIncident['actors']>[number], string>;
export type GeoPrecision = NonNullable<FeedLocation['geoPrecision']>;

/** The format's limits on one incident's lists (schema: actors and sources, at most 100 each). */
export const ACTORS_PER_INCIDENT = 100;
export const CITED_SOURCES_PER_INCIDENT = 100;

const FEED_ID = new RegExp(ID_PATTERN);

/** The row's id with `prefix`, or undefined (reported) when it is empty or not one the feed can carry. */
export function readId(row: Row, column: number, prefix: string, context: RowContext): string | undefined {
  const written = row.cell(column);
  const id = prefix + written;
  if (written !== '' && FEED_ID.test(id)) return id;
  const issue = written === '' ? 'is empty: the incident has no id' : 'is not an id the feed can carry (letters, digits and . _ : - only, up to 128)';
  context.report(row.problem(column, issue, 'row'));
  return undefined;
}

/** Deaths as one count (ACLED `fatalities`); an empty cell is no count, not zero. */
export function readFatalities(row: Row, column: number, kept: KeptCells, keptUnder: string, context: RowContext): number | undefined {
  const text = row.cell(column);
  if (text === '') return undefined;
  const count = parseCount(text);
  if (count === undefined) dropValue(row, column, 'is not a whole number of deaths', kept, keptUnder, context);
  return count;
}

/** `timestamp` (epoch seconds of the row's last change) as ISO 8601 in UTC. */
export function readUpdated(row: Row, column: number, kept: KeptCells, keptUnder: string, context: RowContext): string | undefined {
  const text = row.cell(column);
  if (text === '') return undefined;
  const iso = epochSecondsToIso(text);
  if (iso === undefined) dropValue(row, column, 'is not a time in epoch seconds', kept, keptUnder, context);
  return iso;
}

export interface ActorColumns {
  sideA: number;
  sideB: number;
  /** Actors that acted with side A (ACLED assoc_actor_1), semicolon-separated. */
  associatedA?: number;
  associatedB?: number;
}

/** Both sides, each followed by the actors associated with it. Empty cells name no actor. */
export function readActors(row: Row, columns: ActorColumns, kept: KeptCells, keptUnder: string, context: RowContext): FeedActor[] {
  const actors: FeedActor[] = [];
  const side = (nameColumn: number, role: 'side-a' | 'side-b', associatedColumn: number | undefined) => {
    const name = row.cell(nameColumn);
    if (name) actors.push({name, role});
    if (associatedColumn === undefined) return;
    for (const associated of splitList(row.cell(associatedColumn))) {
      actors.push(name ? {name: associated, role: 'associated', with: name} : {name: associated, role: 'associated'});
    }
  };
  side(columns.sideA, 'side-a', columns.associatedA);
  side(columns.sideB, 'side-b', columns.associatedB);
  if (actors.length <= ACTORS_PER_INCIDENT) return actors;
  const column = columns.associatedB ?? columns.sideB;
  for (const index of [columns.associatedA, columns.associatedB]) if (index !== undefined && index >= 0) kept[row.name(index)] = row.cell(index);
  context.report(
    row.problem(column, `brings the row to ${actors.length} actors, more than an incident may name`, 'value', {
      what: `every actor past the first ${ACTORS_PER_INCIDENT}`,
      keptUnder,
    }),
  );
  return actors.slice(0, ACTORS_PER_INCIDENT);
}

export interface LocationColumns {
  location: number;
  admin1: number;
  admin2: number;
  country: number;
  latitude: number;
  longitude: number;
  geoPrecision: number;
}

/**
 * The place: its name (else the smallest area named), areas, position and how exactly it is known.
 * `areaName` rewrites admin area names (UCDP writes "Takhar province" where ACLED writes "Takhar").
 */
export function readLocation(
  row: Row,
  columns: LocationColumns,
  precisions: Readonly<Record<number, GeoPrecision>>,
  kept: KeptCells,
  keptUnder: string,
  context: RowContext,
  areaName: (name: string) => string = (name) => name,
): FeedLocation | undefined {
  const admin1 = areaName(row.cell(columns.admin1));
  const admin2 = areaName(row.cell(columns.admin2));
  const country = row.cell(columns.country);
  const name = row.cell(columns.location) || admin2 || admin1 || country;
  if (!name) return undefined;
  const location: FeedLocation = {name};
  if (admin1) location.admin1 = admin1;
  if (admin2) location.admin2 = admin2;
  if (country) location.country = country;

  // A position needs both coordinates: with one unreadable, neither is given.
  const [latitudeText, longitudeText] = [row.cell(columns.latitude), row.cell(columns.longitude)];
  if (latitudeText !== '' || longitudeText !== '') {
    const latitude = parseCoordinate(latitudeText, 90);
    const longitude = parseCoordinate(longitudeText, 180);
    if (latitude !== undefined && longitude !== undefined) {
      location.latitude = latitude;
      location.longitude = longitude;
    } else {
      const [bad, issue] =
        latitude === undefined
          ? [columns.latitude, latitudeText === '' ? 'is empty, beside a longitude' : 'is not a latitude (decimal degrees, −90 to 90)']
          : [columns.longitude, longitudeText === '' ? 'is empty, beside a latitude' : 'is not a longitude (decimal degrees, −180 to 180)'];
      for (const index of [columns.latitude, columns.longitude]) if (index >= 0 && row.cell(index) !== '') kept[row.name(index)] = row.cell(index);
      context.report(row.problem(bad, issue, 'value', {what: 'the position', keptUnder}));
    }
  }

  const precisionText = row.cell(columns.geoPrecision);
  if (precisionText !== '') {
    const code = parseCode(precisionText);
    const precision = code === undefined ? undefined : precisions[code];
    if (precision) location.geoPrecision = precision;
    else {
      const codes = Object.keys(precisions);
      const said = codes.length > 3 ? `${codes[0]}–${codes[codes.length - 1]}` : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`;
      dropValue(row, columns.geoPrecision, `is not a precision code (${said})`, kept, keptUnder, context);
    }
  }
  return location;
}

/** Reports a value left out of an otherwise good row, and keeps its text with the incident. */
export function dropValue(row: Row, column: number, issue: string, kept: KeptCells, keptUnder: string, context: RowContext): void {
  kept[row.name(column)] = row.cell(column);
  context.report(row.problem(column, issue, 'value', {keptUnder}));
}
