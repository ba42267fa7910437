/**
 * Incidents as CSV, for analysts' spreadsheets: RFC 4180 text (comma-separated, CRLF line ends,
 * fields holding a comma, quote, CR or LF quoted, quotes doubled), one header row, one row per
 * incident. Pure: incidents in, text out, no DOM.
 *
 * Dates:
 * - A time given as calendar dates (`time.civil`) is written as the region's calendar date in
 *   `timeZone`, whatever zone the computer runs in: `date` at the precision known (`2024` for a
 *   year, `2024-09` for a month, `2024-09-24` otherwise), `earliest` and `latest` as days.
 * - A time of day is written as ISO 8601 with the offset `timeZone` has at that instant
 *   (`2024-09-24T14:30:00+05:00`), so it reads as the region's clock and still names one instant;
 *   `Z` where that offset is zero. `earliest` and `latest` are then the instants the window opens
 *   and closes (equal for an exact time).
 *
 * Spreadsheets run formulas: every text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` (OWASP's advice against CSV injection), so a title such as
 * `=HYPERLINK("http://evil","x")` stays text. The numbers written here (severity, deaths,
 * coordinates) are the exporter's own, not text from the feed, and stay numbers, negative ones too.
 *
 * Excel reads a CSV file as the system's legacy code page unless it starts with a byte order
 * mark, and would garble Persian and Cyrillic; so the text starts with U+FEFF by default (three
 * bytes, EF BB BF, once written as UTF-8). LibreOffice, Google Sheets and most CSV readers skip
 * it (csv-parse with `bom: true`, Python with `utf-8-sig`); pass `bom: false` for one that does not.
 */
import type {Actor, Incident, Source} from '../feed/types.js';
import {isValidTimeZone, toWallClock, zoneOffset} from '../feed/zoned-time.js';

/** The byte order mark that makes Excel read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * IANA time zone dates are written in: the feed's (`feed.timeZone`), in which its calendar
   * dates were read. Another zone would move a date to another day.
   */
  timeZone: string;
  /** Start the text with a UTF-8 byte order mark, for Excel. Default true. */
  bom?: boolean;
}

/** The header row, in column order. */
export const INCIDENT_CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'earliest',
  'latest',
  'precision',
  'date_label',
  'status',
  'category',
  'severity',
  'fatalities_best',
  'fatalities_low',
  'fatalities_high',
  'actors',
  'location',
  'admin2',
  'admin1',
  'country',
  'latitude',
  'longitude',
  'sources',
  'summary',
] as const;

const LINE_END = '\r\n';
/** A cell starting with one of these is read as a formula by some spreadsheet (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const MINUTE_MS = 60_000;

/** A cell the exporter writes itself: a number, or nothing. */
class NumberCell {
  constructor(readonly value: number | undefined) {}
}

type Cell = string | undefined | NumberCell;

const numberCell = (value: number | undefined) => new NumberCell(value);

/**
 * A text cell as written: neutralised with a leading `'` when a spreadsheet would read it as a
 * formula, then quoted, its quotes doubled, when it holds a comma, a quote or a line break.
 */
export function csvTextCell(text: string): string {
  const value = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellText(cell: Cell): string {
  if (cell instanceof NumberCell) return cell.value !== undefined && Number.isFinite(cell.value) ? String(cell.value) : '';
  return cell === undefined || cell === '' ? '' : csvTextCell(cell);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The wall-clock reading of an instant in the zone, as `YYYY-MM-DDTHH:MM:SS.sss` (UTC fields of the wall time). */
function wallClockText(epochMs: number, timeZone: string): string {
  return new Date(toWallClock(epochMs, timeZone)).toISOString().slice(0, -1);
}

/** The calendar day an instant falls on in the zone, `YYYY-MM-DD`. */
function dayIn(epochMs: number, timeZone: string): string {
  return wallClockText(epochMs, timeZone).slice(0, 10);
}

/** Whole seconds, without the `.000` of a time known to the second. */
const withoutZeroMilliseconds = (text: string) => (text.endsWith('.000') ? text.slice(0, -4) : text);

/** An instant as ISO 8601 with the zone's offset at that instant: `2024-09-24T14:30:00+05:00`. */
function instantIn(epochMs: number, timeZone: string): string {
  const offset = zoneOffset(epochMs, timeZone);
  // Offsets of local mean time (before a zone adopted standard time) have seconds, which an
  // ISO 8601 offset of hours and minutes cannot say: such instants are written in UTC.
  if (offset === 0 || offset % MINUTE_MS !== 0) return `${withoutZeroMilliseconds(new Date(epochMs).toISOString().slice(0, -1))}Z`;
  const minutes = Math.abs(offset) / MINUTE_MS;
  const sign = offset < 0 ? '-' : '+';
  return `${withoutZeroMilliseconds(wallClockText(epochMs, timeZone))}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The three date columns: the best date and the window's bounds. */
function dateCells(time: Incident['time'], timeZone: string): [string, string, string] {
  if (!time.civil) {
    return [instantIn(time.best, timeZone), instantIn(time.earliest, timeZone), instantIn(time.latest, timeZone)];
  }
  const bestDay = dayIn(time.best, timeZone);
  const date = time.precision === 'year' ? bestDay.slice(0, 4) : time.precision === 'month' ? bestDay.slice(0, 7) : bestDay;
  // `latest` is exclusive in the model (the midnight after the last day): the row gives the last
  // day included, as a reader of "10–20 September" expects.
  const lastDay = time.latest > time.earliest ? time.latest - 1 : time.latest;
  return [date, dayIn(time.earliest, timeZone), dayIn(lastDay, timeZone)];
}

function actorText(actor: Actor): string {
  if (actor.role === 'associated') return `${actor.name} (associated${actor.with ? ` with ${actor.with}` : ''})`;
  return actor.role ? `${actor.name} (${actor.role})` : actor.name;
}

/** "Publisher — Title <url>"; a link the feed gave that is not safe to follow is left out. */
function sourceText(source: Source): string {
  let text = source.publisher;
  if (source.title) text += ` — ${source.title}`;
  if (source.url) text += ` <${source.url}>`;
  return text;
}

function incidentRow(incident: Incident, timeZone: string): Cell[] {
  const [date, earliest, latest] = dateCells(incident.time, timeZone);
  const {location, fatalities} = incident;
  return [
    incident.id,
    incident.title,
    date,
    earliest,
    latest,
    incident.time.precision,
    incident.time.label,
    incident.status,
    incident.category,
    numberCell(incident.severity),
    numberCell(fatalities?.best),
    numberCell(fatalities?.low),
    numberCell(fatalities?.high),
    incident.actors.map(actorText).join('; '),
    location?.name,
    location?.admin2,
    location?.admin1,
    location?.country,
    numberCell(location?.latitude),
    numberCell(location?.longitude),
    incident.sources.map(sourceText).join('; '),
    incident.summary,
  ];
}

const rowText = (cells: readonly Cell[]) => cells.map(cellText).join(',') + LINE_END;

/**
 * The incidents as CSV text (see the module comment for the columns, dates and escaping), in
 * the order given. Throws a RangeError when `timeZone` is not a time zone `Intl` knows: dates
 * written in a guessed zone could name other days.
 */
export function incidentsToCsv(incidents: readonly Incident[], options: CsvOptions): string {
  const {timeZone} = options;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Not an IANA time zone: ${JSON.stringify(timeZone)}`);
  const lines = [rowText(INCIDENT_CSV_COLUMNS)];
  for (const incident of incidents) lines.push(rowText(incidentRow(incident, timeZone)));
  return (options.bom === false ? '' : UTF8_BOM) + lines.join('');
}
