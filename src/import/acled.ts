/**
 * ACLED (Armed Conflict Location & Event Data) event rows as feed incidents.
 *
 * One row is one event: `event_id_cnty` is its id, stable across ACLED's weekly updates, so a
 * refreshed import replaces the same incidents. Columns the mapping does not use (disorder_type,
 * inter1, iso, admin3, tags, and any a later export adds) are kept under the incident's "acled"
 * object, so that nothing in the file is lost on the way.
 */
import type {FeedSource} from '../feed/feed-types.js';
import {CategoryCatalogue, PlaceTally, SourceCatalogue, type Dataset, type DatasetReader, type ImportedIncident, type RowContext} from './dataset.js';
import {
  CITED_SOURCES_PER_INCIDENT,
  readActors,
  readFatalities,
  readId,
  readLocation,
  readUpdated,
  type ActorColumns,
  type KeptCells,
} from './row-readers.js';
import {locateColumns, type Header, type Row} from './table.js';
import {addDays, formatDate, monthBounds, parseCalendarDate, parseCode, splitList, type CalendarDate} from './values.js';

/** The dataset as the source every incident cites first. */
const ACLED_SOURCE: FeedSource = {id: 'acled', publisher: 'ACLED', title: 'Armed Conflict Location & Event Data', url: 'https://acleddata.com/'};

const COLUMNS = {
  id: ['event_id_cnty'],
  date: ['event_date'],
  timePrecision: ['time_precision'],
  eventType: ['event_type'],
  subEventType: ['sub_event_type'],
  actor1: ['actor1'],
  assocActor1: ['assoc_actor_1'],
  actor2: ['actor2'],
  assocActor2: ['assoc_actor_2'],
  country: ['country'],
  admin1: ['admin1'],
  admin2: ['admin2'],
  location: ['location'],
  latitude: ['latitude'],
  longitude: ['longitude'],
  geoPrecision: ['geo_precision'],
  source: ['source'],
  notes: ['notes'],
  fatalities: ['fatalities'],
  timestamp: ['timestamp'],
} as const;

/** Read for the region's name only: it also stays among the kept columns. */
const REGION_COLUMN = ['region'];

/** ACLED geo_precision: the place itself, near it, or somewhere in a wider area. */
const GEO_PRECISION = {1: 'exact', 2: 'near', 3: 'region'} as const;

export interface AcledOptions {
  /** The day the data was downloaded, YYYY-MM-DD: ACLED's attribution names it. */
  accessed: string;
}

export function acledDataset({accessed}: AcledOptions): Dataset {
  return {
    name: 'acled',
    // Older exports (before 2019) have no sub_event_type: their event_type is the category then.
    required: [COLUMNS.id, COLUMNS.date, COLUMNS.timePrecision, [...COLUMNS.subEventType, ...COLUMNS.eventType]],
    attribution: `Data: ACLED (Armed Conflict Location & Event Data), acleddata.com, accessed ${accessed}`,
    start: (header) => acledReader(header),
  };
}

/**
 * ACLED's time_precision as a `when`. The date given is always the best point: for a week (2) or
 * a month (3) it is the middle of that period, so it is kept as the date and the period is spanned
 * around it, never moved to the start of an ISO week or a calendar month.
 */
export function acledWhen(date: CalendarDate, timePrecision: number): ImportedIncident['when'] | undefined {
  const sourcePrecision = {scheme: 'acled-time-precision', code: timePrecision};
  const best = formatDate(date);
  if (timePrecision === 1) return {date: best, sourcePrecision};
  if (timePrecision === 2) {
    const [earliest, latest] = [addDays(date, -3), addDays(date, 3)];
    if (!earliest || !latest) return undefined;
    return {date: best, earliest: formatDate(earliest), latest: formatDate(latest), precision: 'week', sourcePrecision};
  }
  if (timePrecision === 3) {
    const [first, last] = monthBounds(date);
    return {date: best, earliest: formatDate(first), latest: formatDate(last), precision: 'month', sourcePrecision};
  }
  return undefined;
}

function acledReader(header: Header): DatasetReader {
  const column = locateColumns(header, COLUMNS);
  const regionColumn = header.find(REGION_COLUMN);
  const mapped = new Set(Object.values(column).filter((index) => index >= 0));
  const categories = new CategoryCatalogue();
  const sources = new SourceCatalogue([ACLED_SOURCE]);
  const places = new PlaceTally();
  const countries = new PlaceTally();
  let updated: string | undefined;
  const actorColumns: ActorColumns = {
    sideA: column.actor1,
    associatedA: column.assocActor1,
    sideB: column.actor2,
    associatedB: column.assocActor2,
  };

  function read(row: Row, context: RowContext): ImportedIncident | undefined {
    const id = readId(row, column.id, '', context);
    if (id === undefined) return undefined;

    const date = parseCalendarDate(row.cell(column.date));
    if (!date) return void context.report(row.problem(column.date, 'is not a date (YYYY-MM-DD)', 'row'));
    const precision = parseCode(row.cell(column.timePrecision));
    const when = precision === undefined ? undefined : acledWhen(date, precision);
    if (!when) {
      const known = precision === 1 || precision === 2 || precision === 3;
      const issue = known ? `puts the period around ${formatDate(date)} outside years 0000–9999` : 'is not an ACLED time precision (1, 2 or 3)';
      return void context.report(row.problem(column.timePrecision, issue, 'row'));
    }

    const subEventType = row.cell(column.subEventType);
    const eventType = row.cell(column.eventType);
    const kind = subEventType || eventType;
    if (kind === '') {
      const index = column.subEventType >= 0 ? column.subEventType : column.eventType;
      return void context.report(row.problem(index, 'is empty: the incident has no category', 'row'));
    }
    if (!context.claimId(id, row, column.id)) return undefined;

    // Only now that the row is in: its category, outlets and place join the feed's lists.
    const category = subEventType ? categories.use(subEventType, eventType) : categories.use(eventType);
    const kept: KeptCells = row.keptCells(mapped);
    const place = row.cell(column.location);
    const incident: ImportedIncident = {
      id,
      when,
      title: place ? `${kind} in ${place}` : kind,
      category,
      // ACLED codes events from reports: the timeline's "confirmed" would claim more than that.
      status: 'reported',
    };
    const notes = row.cell(column.notes);
    if (notes) incident.summary = notes;
    const fatalities = readFatalities(row, column.fatalities, kept, 'acled', context);
    if (fatalities !== undefined) incident.fatalities = fatalities;
    const actors = readActors(row, actorColumns, kept, 'acled', context);
    if (actors.length) incident.actors = actors;
    const location = readLocation(row, column, GEO_PRECISION, kept, 'acled', context);
    if (location) incident.location = location;
    incident.sources = citedSources(row, kept, context);
    const changed = readUpdated(row, column.timestamp, kept, 'acled', context);
    if (changed) {
      incident.updated = changed;
      if (updated === undefined || changed > updated) updated = changed;
    }
    if (Object.keys(kept).length) incident.acled = kept;
    places.add(row.cell(regionColumn));
    countries.add(row.cell(column.country));
    return incident;
  }

  /** The dataset, then one source per outlet the row names ("Dawn; Express Tribune"): ACLED gives names, no links. */
  function citedSources(row: Row, kept: KeptCells, context: RowContext): string[] {
    const outlets = splitList(row.cell(column.source));
    const cited = [ACLED_SOURCE.id];
    for (const outlet of outlets) {
      const sourceId = sources.idOf(outlet);
      if (!cited.includes(sourceId)) cited.push(sourceId);
    }
    if (cited.length > CITED_SOURCES_PER_INCIDENT) {
      kept[row.name(column.source)] = row.cell(column.source);
      context.report(
        row.problem(column.source, `names ${outlets.length} outlets, more than an incident may cite`, 'value', {
          what: `every outlet past the first ${CITED_SOURCES_PER_INCIDENT - 1}`,
          keptUnder: 'acled',
        }),
      );
      return cited.slice(0, CITED_SOURCES_PER_INCIDENT);
    }
    return cited;
  }

  return {
    read,
    finish: () => ({
      categories: categories.list(),
      sources: sources.list(),
      places: places.toString() || countries.toString(),
      updated,
    }),
  };
}
