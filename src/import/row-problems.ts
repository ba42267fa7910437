/**
 * What went wrong with one row of a CSV file, said so that the reader can find the cell: its row
 * (as a spreadsheet numbers them, the header being row 1), the line when a value spanning
 * several lines puts them apart, the column, the value as written, and what was left out.
 */

export interface RowProblem {
  /** 1 is the header; the first data row is 2. */
  row: number;
  /** The file's line the row starts on. */
  line: number;
  /** The column's name in the header, or a description of where the cell is. */
  column?: string;
  /** The cell as written; absent when there is no cell (a row cut short). */
  value?: string;
  /** What is wrong with the value, as the rest of a sentence: "is not a date". */
  issue: string;
  /** What was done about it: `row` the row was left out, `value` only this value. */
  dropped: 'row' | 'value';
  /** For a dropped value: what of the incident was left out, when more than the value ("the position"). */
  what?: string;
  /** For a dropped value: the object of the incident where its text is kept ("acled"). */
  keptUnder?: string;
}

/** Values longer than this are cut when quoted in a message. */
const MAX_QUOTED = 80;

/**
 * A cell's text quoted for a terminal: as a JSON string (control characters escaped), with the
 * characters that reorder or hide text (bidirectional controls, C1 controls, line separators)
 * escaped too, so that a hostile cell cannot disguise the report about it.
 */
export function quoteForTerminal(value: string): string {
  const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return JSON.stringify(cut).replace(
    /[\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `row 17, column event_date: "2022-13-01" is not a date; the row was left out` */
export function describeProblem(problem: RowProblem): string {
  const {row, line, column, value, issue, dropped, what, keptUnder} = problem;
  const where = `row ${row}${line !== row ? ` (line ${line})` : ''}${column !== undefined ? `, column ${column}` : ''}`;
  const said = value !== undefined ? `${quoteForTerminal(value)} ${issue}` : issue;
  if (dropped === 'row') return `${where}: ${said}; the row was left out`;
  const kept = keptUnder ? ` (its text is kept under "${keptUnder}")` : '';
  return `${where}: ${said}; ${what ?? 'the value'} was left out, the rest of the row kept${kept}`;
}
