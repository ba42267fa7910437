/**
 * UCDP Georeferenced Event Dataset (GED) rows as feed incidents.
 *
 * GED gives no single date but the earliest and the latest day an event may have happened
 * (`date_start`, `date_end`), and deaths as a best estimate with a low and a high one; both are
 * kept as given. Columns differ between GED versions, so all are found by name, and every
 * column the mapping does not carry over one to one is kept under the incident's "ucdp" object.
 */
import type {FeedSource} from '../feed/feed-types.js';
import {CategoryCatalogue, PlaceTally, type Dataset, type DatasetReader, type ImportedIncident, type RowContext} from './dataset.js';
import {dropValue, readActors, readId, readLocation, type KeptCells} from './row-readers.js';
import {locateColumns, type Header, type Row} from './table.js';
import {formatDate, parseCalendarDate, parseCode, parseCount, splitList} from './values.js';

const COLUMNS = {
  id: ['id'],
  dateStart: ['date_start'],
  dateEnd: ['date_end'],
  datePrecision: ['date_prec'],
  typeOfViolence: ['type_of_violence'],
  // Early GED versions name the estimates best_est, low_est and high_est.
  best: ['best', 'best_est'],
  low: ['low', 'low_est'],
  high: ['high', 'high_est'],
  sideA: ['side_a'],
  sideB: ['side_b'],
  location: ['where_coordinates'],
  country: ['country'],
  latitude: ['latitude'],
  longitude: ['longitude'],
  geoPrecision: ['where_prec'],
} as const;

/** Read for the title, the summary, the areas and the region's name; kept among the row's cells as well. */
const TEXT_COLUMNS = {
  dyadName: ['dyad_name'],
  conflictName: ['conflict_name'],
  whereDescription: ['where_description'],
  headlines: ['source_headline'],
  admin1: ['adm_1'],
  admin2: ['adm_2'],
  region: ['region'],
} as const;

/** type_of_violence as categories. */
const VIOLENCE = {
  1: {id: 'state-based', label: 'State-based violence'},
  2: {id: 'non-state', label: 'Non-state violence'},
  3: {id: 'one-sided', label: 'One-sided violence'},
} as const;

/** where_prec: the place, within 25 km, its district, its province, a line between places, the country, waters or airspace. */
const WHERE_PRECISION = {1: 'exact', 2: 'near', 3: 'district', 4: 'province', 5: 'line', 6: 'country', 7: 'water-air'} as const;

/**
 * The kind of area GED appends to admin names ("Takhar province", "Ariha district"), written in
 * lower case. Only these are taken off; a name that merely ends in a capitalised word ("Gaza
 * Strip", "West Bank", "Distrito Federal") is a name and stays as it is.
 */
const AREA_KINDS =
  / (province|governorate|state|oblast|region|district|sub-district|department|prefecture|zone|county|krai|republic|territory|municipality|commune|raion|lga|independent city)$/;

/** "Takhar province" → "Takhar", as ACLED and most maps name it, so an alert's areas match incidents from either. */
export function areaName(name: string): string {
  const stripped = name.replace(AREA_KINDS, '');
  return stripped.trim() === '' ? name : stripped;
}

export interface UcdpOptions {
  /** GED version, as in "Global version 23.1"; "unknown version" when not known. */
  gedVersion: string;
}

/**
 * The GED version a file name gives: "ucdp-ged-23.1-sample.csv" → "23.1", and UCDP's own download
 * names, "GEDEvent_v23_1.csv" → "23.1"; undefined when it gives none.
 */
export function gedVersionFromFileName(fileName: string): string | undefined {
  const match = /ged(?:event)?[-_ ]?v?(\d+)[._](\d+)/i.exec(fileName);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

export function ucdpDataset({gedVersion}: UcdpOptions): Dataset {
  const version = /^\d/.test(gedVersion) ? `version ${gedVersion}` : gedVersion;
  const source: FeedSource = {
    id: 'ucdp-ged',
    publisher: 'UCDP',
    title: `UCDP Georeferenced Event Dataset (GED) Global ${version}`,
    url: 'https://ucdp.uu.se/',
  };
  return {
    name: 'ucdp',
    required: [COLUMNS.id, COLUMNS.dateStart, COLUMNS.dateEnd, COLUMNS.typeOfViolence],
    attribution: `Data: UCDP Georeferenced Event Dataset (GED) Global ${version}, ucdp.uu.se`,
    start: (header) => ucdpReader(header, source),
  };
}

function ucdpReader(header: Header, source: FeedSource): DatasetReader {
  const column = locateColumns(header, COLUMNS);
  const text = locateColumns(header, TEXT_COLUMNS);
  const mapped = new Set(Object.values(column).filter((index) => index >= 0));
  const categories = new CategoryCatalogue();
  const places = new PlaceTally();
  const countries = new PlaceTally();

  function read(row: Row, context: RowContext): ImportedIncident | undefined {
    // GED ids are numbers; the prefix makes them ids of the feed (which start with a letter or digit
    // anyway) that cannot meet those of another data set in one timeline.
    const id = readId(row, column.id, 'ucdp-', context);
    if (id === undefined) return undefined;
    const start = parseCalendarDate(row.cell(column.dateStart));
    if (!start) return void context.report(row.problem(column.dateStart, 'is not a date (YYYY-MM-DD)', 'row'));
    const end = parseCalendarDate(row.cell(column.dateEnd));
    if (!end) return void context.report(row.problem(column.dateEnd, 'is not a date (YYYY-MM-DD)', 'row'));
    const [earliest, latest] = [formatDate(start), formatDate(end)];
    if (latest < earliest) return void context.report(row.problem(column.dateEnd, `is before date_start (${earliest})`, 'row'));
    const violence = VIOLENCE[parseCode(row.cell(column.typeOfViolence)) as keyof typeof VIOLENCE] as (typeof VIOLENCE)[1] | undefined;
    if (!violence) return void context.report(row.problem(column.typeOfViolence, 'is not a type of violence (1, 2 or 3)', 'row'));
    if (!context.claimId(id, row, column.id)) return undefined;

    const kept: KeptCells = row.keptCells(mapped);
    // A date with a time ("2013-01-03 00:00:00.000") is read as its day; the text as written stays.
    for (const index of [column.dateStart, column.dateEnd]) if (row.cell(index).length > 10) kept[row.name(index)] = row.cell(index);
    const when: ImportedIncident['when'] = earliest === latest ? {date: earliest, earliest, latest} : {earliest, latest};
    const precision = row.cell(column.datePrecision);
    if (precision !== '') {
      const code = parseCode(precision);
      if (code !== undefined && code >= 1 && code <= 5) when.sourcePrecision = {scheme: 'ucdp-date-prec', code};
      else dropValue(row, column.datePrecision, 'is not a date precision code (1–5)', kept, 'ucdp', context);
    }

    const place = row.cell(column.location);
    const name = row.cell(text.dyadName) || row.cell(text.conflictName) || violence.label;
    const incident: ImportedIncident = {
      id,
      when,
      title: place ? `${name} — ${place}` : name,
      category: categories.use(violence.label, '', violence.id),
      // GED is coded from reports, most of them a single one: "confirmed" would claim more.
      status: 'reported',
    };
    const summary = summaryOf(row, place);
    if (summary) incident.summary = summary;
    const fatalities = readEstimates(row, kept, context);
    if (fatalities) incident.fatalities = fatalities;
    const actors = readActors(row, {sideA: column.sideA, sideB: column.sideB}, kept, 'ucdp', context);
    if (actors.length) incident.actors = actors;
    const location = readLocation(row, {...column, admin1: text.admin1, admin2: text.admin2}, WHERE_PRECISION, kept, 'ucdp', context, areaName);
    if (location) incident.location = location;
    incident.sources = [source.id];
    if (Object.keys(kept).length) incident.ucdp = kept;
    places.add(row.cell(text.region));
    countries.add(row.cell(column.country));
    return incident;
  }

  /** Where, in GED's words when they add to the place's name, and the headlines of the reports. */
  function summaryOf(row: Row, place: string): string | undefined {
    const where = row.cell(text.whereDescription);
    const headlines = splitList(row.cell(text.headlines)).join('; ');
    const parts = [];
    if (where && where !== place) parts.push(`Where: ${where}`);
    if (headlines) parts.push(`Headlines: ${headlines}`);
    return parts.length ? parts.join('. ') : undefined;
  }

  /** best, low and high as GED gives them, each low no higher and each high no lower than the best. */
  function readEstimates(row: Row, kept: KeptCells, context: RowContext): ImportedIncident['fatalities'] {
    const read = (index: number) => {
      const written = row.cell(index);
      if (written === '') return undefined;
      const count = parseCount(written);
      if (count === undefined) dropValue(row, index, 'is not a whole number of deaths', kept, 'ucdp', context);
      return count;
    };
    const best = read(column.best);
    const low = read(column.low);
    const high = read(column.high);
    if (best === undefined) {
      // Without a best estimate there is no count to give: the others stay as text.
      for (const index of [column.low, column.high]) if (row.cell(index) !== '') kept[row.name(index)] = row.cell(index);
      return undefined;
    }
    // A low estimate above the best one (or a high one below it) brackets nothing: the feed format
    // refuses it, so it is left out of the count, said, and kept as GED wrote it.
    const fatalities: {best: number; low?: number; high?: number} = {best};
    if (low !== undefined && low <= best) fatalities.low = low;
    else if (low !== undefined) dropValue(row, column.low, `is above the best estimate (${best})`, kept, 'ucdp', context);
    if (high !== undefined && high >= best) fatalities.high = high;
    else if (high !== undefined) dropValue(row, column.high, `is below the best estimate (${best})`, kept, 'ucdp', context);
    return fatalities;
  }

  return {
    read,
    finish: () => ({
      categories: categories.list(),
      sources: [source],
      places: places.toString() || countries.toString(),
    }),
  };
}
