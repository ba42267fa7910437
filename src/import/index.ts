/**
 * Importers for ACLED and UCDP GED CSV exports: each row becomes a feed incident (format 1.1),
 * streamed from the file to the feed. Plain TypeScript with no DOM; `readCsvRows` reads with
 * csv-parse and Node's Buffer, the rest takes and gives plain data.
 */
export {acledDataset, acledWhen, type AcledOptions} from './acled.js';
export {areaName, gedVersionFromFileName, ucdpDataset, type UcdpOptions} from './ucdp.js';
export {readCsvRows, type BrokenCsvRow, type CsvRecord, type CsvRow} from './csv-rows.js';
export {FeedWriter, type TextSink} from './feed-writer.js';
export {ImportError, importFeed, type ImportResult, type ImportSettings} from './import-feed.js';
export {describeProblem, type RowProblem} from './row-problems.js';
export type {Dataset, FeedCategory, ImportedIncident} from './dataset.js';
