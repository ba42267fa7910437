/**
 * The header of a CSV file and the cells of its rows, found by column name. Data sets change
 * their column order and their set of columns between versions (UCDP GED does), so nothing here
 * depends on where a column is, only on what it is called.
 */
import type {RowProblem} from './row-problems.js';

/** The header row: column names as written, and where each name is. */
export class Header {
  /** Names as written, a repeated name suffixed with its column number so that every cell keeps a key. */
  readonly names: readonly string[];
  private readonly positions = new Map<string, number>();

  constructor(fields: readonly string[], notes: string[] = []) {
    const names: string[] = [];
    fields.forEach((field, index) => {
      const written = field.trim();
      let name = written === '' ? `column ${index + 1}` : written;
      const key = name.toLowerCase();
      if (this.positions.has(key)) {
        name = `${name} (column ${index + 1})`;
        notes.push(`column ${index + 1} repeats the name "${written}" of column ${this.positions.get(key)! + 1}: it is kept as "${name}"`);
      } else {
        // Names are matched whatever their case: older ACLED exports write them in capitals.
        this.positions.set(key, index);
      }
      names.push(name);
    });
    this.names = names;
  }

  /** Where the first of these names is (any one will do: a name and its older spellings), or -1. */
  find(names: readonly string[]): number {
    for (const name of names) {
      const index = this.positions.get(name.toLowerCase());
      if (index !== undefined) return index;
    }
    return -1;
  }
}

/** Column positions by what they hold: `{date: ['event_date']}` → `{date: 7}`, -1 for a column the file lacks. */
export function locateColumns<K extends string>(header: Header, columns: Record<K, readonly string[]>): Record<K, number> {
  const located = {} as Record<K, number>;
  for (const key of Object.keys(columns) as K[]) located[key] = header.find(columns[key]);
  return located;
}

/** One row of cells, read by column position. */
export class Row {
  constructor(
    readonly header: Header,
    readonly fields: readonly string[],
    /** As a spreadsheet numbers rows: the header is row 1. */
    readonly row: number,
    readonly line: number,
  ) {}

  /** The cell at `index`, trimmed; "" for a column the file does not have. */
  cell(index: number): string {
    return index < 0 ? '' : (this.fields[index] ?? '').trim();
  }

  /** The column's name as the header writes it. */
  name(index: number): string {
    return this.header.names[index];
  }

  /** A problem with the cell at `index`. */
  problem(index: number, issue: string, dropped: RowProblem['dropped'], extra: Partial<RowProblem> = {}): RowProblem {
    return {row: this.row, line: this.line, column: this.name(index), value: this.cell(index), issue, dropped, ...extra};
  }

  /**
   * Every non-empty cell not in `mapped`, under its column's name, so that columns the mapping
   * does not use (and those of later versions of the data set) travel with the item. The object
   * has no prototype: a column named "__proto__" is kept as a column like any other.
   */
  keptCells(mapped: ReadonlySet<number>): Record<string, string> {
    const kept = Object.create(null) as Record<string, string>;
    for (let index = 0; index < this.header.names.length; index++) {
      if (mapped.has(index)) continue;
      const value = this.cell(index);
      if (value !== '') kept[this.header.names[index]] = value;
    }
    return kept;
  }
}

/**
 * Why a row cannot be read cell by cell, or undefined when it can: a row with fewer cells than
 * the header names (cut short), or with more that hold something (a comma that should have been
 * quoted shifts every later cell). Extra empty cells, as some tools write, are harmless.
 */
export function shapeProblem(row: Row): RowProblem | undefined {
  const {fields, header} = row;
  const width = header.names.length;
  if (fields.length < width) {
    return {
      row: row.row,
      line: row.line,
      column: header.names[fields.length],
      issue: `has no cell: the row has ${fields.length} of the header's ${width} columns`,
      dropped: 'row',
    };
  }
  for (let index = width; index < fields.length; index++) {
    if (fields[index].trim() === '') continue;
    return {
      row: row.row,
      line: row.line,
      column: `${index + 1} (past the header's ${width} columns)`,
      value: fields[index],
      issue: 'has no column name: is a comma in an earlier cell unquoted?',
      dropped: 'row',
    };
  }
  return undefined;
}
