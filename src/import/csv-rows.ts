/**
 * The rows of a CSV file as it streams in, read by csv-parse, one chunk at a time: memory holds
 * the chunk being read and the row not yet finished, whatever the size of the file.
 *
 * Quoting is read strictly (RFC 4180): a quote that is opened and never closed would otherwise
 * take the following lines with it, as part of one value. When csv-parse gives up on a row, or a
 * row spanning several lines comes out with another number of cells than the header (a quoted
 * value that ends at some later row's quote), that row's first line is reported as broken and
 * reading starts again on the next line, so one bad row costs one row. Rows are numbered as a
 * spreadsheet numbers them (the header is row 1); lines are counted apart, since a quoted value
 * may span several.
 */
import {Buffer} from 'node:buffer';
import {Parser} from 'csv-parse';

export interface CsvRow {
  kind: 'row';
  row: number;
  /** The line the row starts on. */
  line: number;
  fields: string[];
}

/** A row csv-parse could not read: its first line, and where in it the quoting breaks. */
export interface BrokenCsvRow {
  kind: 'broken';
  row: number;
  line: number;
  /** The row's first line, as written. */
  text: string;
  /** Which field (0-based) the quoting breaks in, when the line shows it. */
  field?: number;
  /** The broken value as written (from its opening quote to the end of the line, or to the next comma). */
  value?: string;
  reason: 'unclosed-quote' | 'text-after-quote' | 'quote-in-value' | 'too-long' | 'unreadable';
}

export type CsvRecord = CsvRow | BrokenCsvRow;

/**
 * A row longer than this is taken for one broken by a quote never closed: csv-parse stops there
 * rather than read on to the end of the file. Real rows are far shorter (ACLED notes, GED source
 * lists: a few thousand characters).
 */
const MAX_ROW_BYTES = 1 << 20;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export async function* readCsvRows(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRecord> {
  const reader = new RecoveringReader();
  for await (const chunk of chunks) {
    await reader.feed(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    yield* reader.take();
  }
  await reader.finish();
  yield* reader.take();
}

/** A row that spans lines and has another width than the header: a quote opened in it closed rows later. */
class SpannedRowError extends Error {}

class RecoveringReader {
  private parser!: Parser;
  private error: Error | undefined;
  /** Bytes fed to the current parser from `pendingStart` on (the parser's own offsets). */
  private pending: Buffer = Buffer.alloc(0);
  private pendingStart = 0;
  /** Where the last row read ended, in the current parser's offsets. */
  private rowEnd = 0;
  /** The file's line at `rowEnd`. */
  private line = 1;
  private row = 0;
  /** The header's number of cells. */
  private width: number | undefined;
  private records: CsvRecord[] = [];

  constructor() {
    this.restart();
  }

  private restart(): void {
    this.pending = Buffer.alloc(0);
    this.pendingStart = 0;
    this.rowEnd = 0;
    this.error = undefined;
    this.parser = new Parser({
      bom: true,
      // Rows of another width than the header are the importer's to report, with what they hold.
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_ROW_BYTES,
      on_record: (fields: string[], context: {bytes: number}) => {
        this.rowRead(fields, context.bytes);
        // Rows are taken here, as they are read; none is queued in the stream.
        return null;
      },
    });
    this.parser.on('error', (error: Error) => (this.error = error));
  }

  private rowRead(fields: string[], end: number): void {
    const leading = this.leadingNewlines(this.rowEnd, end);
    const newlines = this.newlines(this.rowEnd, end);
    const ownLines = newlines - leading - (this.pending[end - 1 - this.pendingStart] === NEWLINE ? 1 : 0);
    // Thrown from here, it stops csv-parse as its own errors do, and the row is read again line by line.
    if (ownLines > 0 && this.width !== undefined && fields.length !== this.width) throw new SpannedRowError();
    this.width ??= fields.length;
    this.records.push({kind: 'row', row: ++this.row, line: this.line + leading, fields});
    this.line += newlines;
    this.rowEnd = end;
  }

  take(): CsvRecord[] {
    const taken = this.records;
    this.records = [];
    return taken;
  }

  async feed(chunk: Buffer): Promise<void> {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const error = await new Promise<Error | null | undefined>((resolve) => this.parser.write(chunk, resolve));
    if (error || this.error) return this.recover();
    // What is before the end of the last row is done with.
    this.pending = this.pending.subarray(this.rowEnd - this.pendingStart);
    this.pendingStart = this.rowEnd;
  }

  async finish(): Promise<void> {
    const error = await new Promise<Error | null>((resolve) => {
      this.parser.once('error', resolve);
      this.parser.once('finish', () => resolve(null));
      this.parser.end();
    });
    if (error || this.error) {
      await this.recover();
      await this.finish();
    }
  }

  /**
   * The parser gave up on the row after the last one read: report that row's first line, and
   * read everything after it again with a new parser.
   */
  private async recover(): Promise<void> {
    const rest = this.pending.subarray(this.rowEnd - this.pendingStart);
    let start = 0;
    while (start < rest.length && (rest[start] === NEWLINE || rest[start] === CARRIAGE_RETURN)) {
      if (rest[start] === NEWLINE) this.line++;
      start++;
    }
    const newline = rest.indexOf(NEWLINE, start);
    const lineEnd = newline < 0 ? rest.length : newline;
    const text = rest
      .subarray(start, lineEnd)
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .replace(/\r$/, '');
    if (text !== '') {
      const tooLong = (this.error as {code?: string} | undefined)?.code === 'CSV_MAX_RECORD_SIZE';
      this.records.push({kind: 'broken', row: ++this.row, line: this.line, text, ...brokenQuoting(text, tooLong)});
    }
    const after = newline < 0 ? Buffer.alloc(0) : rest.subarray(newline + 1);
    if (newline >= 0) this.line++;
    this.restart();
    if (after.length) await this.feed(after);
  }

  private newlines(from: number, to: number): number {
    let count = 0;
    for (let at = this.pending.indexOf(NEWLINE, from - this.pendingStart); at >= 0 && at < to - this.pendingStart;) {
      count++;
      at = this.pending.indexOf(NEWLINE, at + 1);
    }
    return count;
  }

  /** Empty lines before a row (csv-parse skips them), so that its line is where its text starts. */
  private leadingNewlines(from: number, to: number): number {
    let count = 0;
    for (let at = from - this.pendingStart; at < to - this.pendingStart; at++) {
      const byte = this.pending[at];
      if (byte === NEWLINE) count++;
      else if (byte !== CARRIAGE_RETURN) break;
    }
    return count;
  }
}

/** Where a line's quoting breaks: a quote still open at its end, text straight after a closing quote, a quote inside an unquoted value. */
export function brokenQuoting(line: string, tooLong = false): Pick<BrokenCsvRow, 'field' | 'value' | 'reason'> {
  let field = 0;
  let fieldStart = 0;
  let quoted = false;
  let quoteClosed = false;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (quoted) {
      if (char !== '"') continue;
      if (line[at + 1] === '"') at++;
      else [quoted, quoteClosed] = [false, true];
    } else if (char === ',') {
      [field, fieldStart, quoteClosed] = [field + 1, at + 1, false];
    } else if (quoteClosed) {
      const comma = line.indexOf(',', at);
      return {field, value: line.slice(fieldStart, comma < 0 ? undefined : comma), reason: 'text-after-quote'};
    } else if (char === '"') {
      if (at !== fieldStart) {
        const comma = line.indexOf(',', at);
        return {field, value: line.slice(fieldStart, comma < 0 ? undefined : comma), reason: 'quote-in-value'};
      }
      quoted = true;
    }
  }
  if (quoted) return {field, value: line.slice(fieldStart), reason: 'unclosed-quote'};
  return {reason: tooLong ? 'too-long' : 'unreadable'};
}
