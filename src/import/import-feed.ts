/**
 * A CSV file of one data set in, a feed (format 1.1) out, row by row: the header says where each
 * column is, each row becomes an incident as soon as it is read, and every row or value that
 * cannot be read is reported with its row, column and value. What the feed holds besides the
 * incidents (categories, sources, the region) is written after them.
 */
import {FEED_SCHEMA_ID, MAX_ITEMS_PER_LIST} from '../feed/constants.js';
import type {CsvRecord} from './csv-rows.js';
import type {Dataset, RowContext} from './dataset.js';
import type {FeedWriter} from './feed-writer.js';
import {describeProblem, quoteForTerminal, type RowProblem} from './row-problems.js';
import {Header, Row, shapeProblem} from './table.js';

export interface ImportSettings {
  dataset: Dataset;
  title?: string;
  /** The region's name; without it, the data's own names for where its rows are. */
  region?: string;
  /** IANA zone the feed's dates are read in. */
  timeZone: string;
}

export interface ImportResult {
  /** Data rows read (the header not counted). */
  rows: number;
  incidents: number;
  rowsLeftOut: number;
  /** Values left out of rows that were kept. */
  valuesLeftOut: number;
}

/** The file as a whole cannot be imported: empty, its header unreadable, or a column it needs missing. */
export class ImportError extends Error {}

/** Lists a required column: "time_precision", or for alternatives "sub_event_type (or event_type)". */
const describeColumn = (names: readonly string[]) => `"${names[0]}"${names.length > 1 ? ` (or "${names.slice(1).join('" or "')}")` : ''}`;

/**
 * Writes the feed of `records` to `writer`; `report` receives one line for each row or value
 * left out, and for each thing about the file worth knowing. Throws ImportError before writing
 * anything when the file cannot be imported at all.
 */
export async function importFeed(
  records: AsyncIterable<CsvRecord>,
  settings: ImportSettings,
  writer: FeedWriter,
  report: (line: string) => void,
): Promise<ImportResult> {
  const {dataset} = settings;
  const iterator = records[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new ImportError('the file is empty: it has no header row');
  if (first.value.kind === 'broken') throw new ImportError(`the header row cannot be read as CSV: ${quoteForTerminal(first.value.text)}`);
  const notes: string[] = [];
  const header = new Header(first.value.fields, notes);
  const missing = dataset.required.filter((names) => header.find(names) < 0);
  if (missing.length) {
    const needed = dataset.required.map(describeColumn).join(', ');
    throw new ImportError(
      `the header has no column ${missing.map(describeColumn).join(', no column ')}: the ${dataset.name} import needs ${needed}. Columns found: ${header.names.join(', ')}`,
    );
  }
  for (const note of notes) report(`note: ${note}`);

  const result: ImportResult = {rows: 0, incidents: 0, rowsLeftOut: 0, valuesLeftOut: 0};
  const rowOfId = new Map<string, number>();
  const context: RowContext = {
    report(problem: RowProblem) {
      if (problem.dropped === 'row') result.rowsLeftOut++;
      else result.valuesLeftOut++;
      report(describeProblem(problem));
    },
    claimId(id, row, column) {
      const earlier = rowOfId.get(id);
      if (earlier === undefined) {
        rowOfId.set(id, row.row);
        return true;
      }
      context.report(row.problem(column, `is the id of row ${earlier} already`, 'row'));
      return false;
    },
  };

  const reader = dataset.start(header);
  await writer.begin({$schema: FEED_SCHEMA_ID, version: '1.1', title: settings.title, attribution: dataset.attribution});
  // Past the most incidents a reader accepts in one list, rows are only counted: the feed stays readable.
  let firstOverflowRow: number | undefined;
  let overflow = 0;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const record = next.value;
    result.rows++;
    if (record.kind === 'broken') {
      context.report(brokenRowProblem(record, header));
      continue;
    }
    if (writer.incidents >= MAX_ITEMS_PER_LIST) {
      firstOverflowRow ??= record.row;
      overflow++;
      continue;
    }
    const row = new Row(header, record.fields, record.row, record.line);
    const shape = shapeProblem(row);
    if (shape) {
      context.report(shape);
      continue;
    }
    const incident = reader.read(row, context);
    if (incident) await writer.incident(incident);
  }
  if (overflow) {
    result.rowsLeftOut += overflow;
    report(
      `rows ${firstOverflowRow} and after: ${overflow} rows were left out, past the ${MAX_ITEMS_PER_LIST} incidents a feed may hold; import the file in parts (split it by year or by country)`,
    );
  }

  const tail = reader.finish();
  await writer.end({
    categories: tail.categories,
    sources: tail.sources,
    region: {name: settings.region ?? (tail.places || `${dataset.name.toUpperCase()} data`), timeZone: settings.timeZone},
    updated: tail.updated,
  });
  result.incidents = writer.incidents;
  return result;
}

function brokenRowProblem(record: Extract<CsvRecord, {kind: 'broken'}>, header: Header): RowProblem {
  const {row, line, field, value, reason} = record;
  const column = field === undefined ? undefined : (header.names[field] ?? `${field + 1} (past the header's ${header.names.length} columns)`);
  switch (reason) {
    case 'unclosed-quote':
      return {row, line, column, value, issue: 'opens a quote that is never closed', dropped: 'row'};
    case 'text-after-quote':
      return {row, line, column, value, issue: 'has text after its closing quote', dropped: 'row'};
    case 'quote-in-value':
      return {row, line, column, value, issue: 'has a quote inside a value that is not quoted (write it "…" with the quote doubled)', dropped: 'row'};
    case 'too-long':
      return {row, line, value: record.text, issue: 'starts a row longer than 1 MiB, which CSV rows never are', dropped: 'row'};
    default:
      return {row, line, value: record.text, issue: 'cannot be read as a CSV row', dropped: 'row'};
  }
}
