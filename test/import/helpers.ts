/**
 * Running `security-timeline-import` from a test (through test/cli/run-import-cli.mjs), and a
 * small CSV reader of the test's own, so that what the feed holds is checked against the file
 * as read by other code than the importer's.
 */
import {executeServerCommand} from '@web/test-runner-commands';
import type {ImportedIncident} from '../../src/import/dataset.js';

export interface ImportRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The text of the file named `output`, when the command wrote it. */
  output: string | null;
  /** Files the command left in its folder, besides those given. */
  left: string[];
}

interface RunPayload {
  args: string[];
  files?: Record<string, string>;
  stdin?: string;
  output?: string;
}

/** Runs `security-timeline-import args…` in a folder holding `files` and `real-data/` (the shared samples). */
export const runImport = (args: string[], extra: Omit<RunPayload, 'args'> = {}) =>
  executeServerCommand<ImportRun, RunPayload>('run-import-cli', {args, ...extra});

/** The text of one of the shared real data samples. */
export const readRealData = (name: string) => executeServerCommand<string, {name: string}>('read-real-data', {name});

/** A fixture of this project, by its path from the project's root. */
export async function fixture(path: string): Promise<string> {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** The feed the command wrote, with the incidents as written. */
export interface WrittenFeed {
  version: string;
  attribution: string;
  incidents: ImportedIncident[];
  categories: {id: string; label: string; parent?: string}[];
  sources: {id: string; publisher: string}[];
  region: {name: string; timeZone: string};
  [field: string]: unknown;
}

/** RFC 4180: fields separated by commas, quoted with "…" (a quote inside doubled), rows ended by CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; at < text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[at + 1] === '"') {
        field += '"';
        at++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at++;
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** The data rows of a CSV file as objects keyed by the header's names. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}
