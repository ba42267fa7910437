#!/usr/bin/env node
/// <reference types="node" />
/**
 * `security-timeline-import`: turns an ACLED or UCDP GED export (CSV) into a feed.
 *
 *   security-timeline-import acled|ucdp FILE.csv [-o OUT] [--title …] [--region …] [--time-zone …]
 *
 * The file streams through: each row is written as an incident as soon as it is read, so a
 * file of any size imports in the same memory. Rows and values that cannot be read are reported
 * on standard error; the exit status says whether any was left out.
 */
import {createReadStream, createWriteStream} from 'node:fs';
import {rename, rm} from 'node:fs/promises';
import {basename} from 'node:path';
import type {Readable, Writable} from 'node:stream';
import {isValidTimeZone} from '../feed/zoned-time.js';
import {acledDataset} from '../import/acled.js';
import {readCsvRows} from '../import/csv-rows.js';
import type {Dataset} from '../import/dataset.js';
import {FeedWriter, type TextSink} from '../import/feed-writer.js';
import {ImportError, importFeed, type ImportResult} from '../import/import-feed.js';
import {gedVersionFromFileName, ucdpDataset} from '../import/ucdp.js';
import {formatDate, parseCalendarDate} from '../import/values.js';

const USAGE = `Usage: security-timeline-import acled|ucdp FILE.csv [options]

Turns an ACLED export or a UCDP GED file (CSV) into a security-timeline feed (format 1.1),
written to standard output. FILE may be - for standard input. Columns are found by their names
in the header; columns the mapping does not use are kept with each incident ("acled", "ucdp").
  -o, --output OUT    write the feed to OUT instead
  --title TEXT        the feed's title
  --region NAME       the region's name (default: the data's own region names)
  --time-zone ZONE    IANA time zone the feed's dates are read in (default: UTC)
  --accessed DATE     acled: the day the data was downloaded, YYYY-MM-DD, for the
                      attribution ACLED's terms require (default: today)
  --ged-version V     ucdp: the GED version cited, e.g. 23.1 (default: from the file name)
  --help              this text
Each row or value left out is reported on standard error with its row number (the header is
row 1), column and value.
Exit status: 0 every row imported, 1 some rows or values left out, 2 usage or a file that
cannot be read (no header, a column the import needs missing).`;

const VALUE_OPTIONS: Record<string, string> = {
  '-o': 'output',
  '--output': 'output',
  '--title': 'title',
  '--region': 'region',
  '--time-zone': 'timeZone',
  '--accessed': 'accessed',
  '--ged-version': 'gedVersion',
};

interface Command {
  dataset: 'acled' | 'ucdp';
  file: string;
  options: Partial<Record<'output' | 'title' | 'region' | 'timeZone' | 'accessed' | 'gedVersion', string>>;
}

class UsageError extends Error {}

/** Whether Intl knows the zone; a plain yes or no, so that a refused name stays a string to quote. */
const isKnownZone = (name: string): boolean => isValidTimeZone(name);

function parseArguments(args: string[]): Command | 'help' {
  const positional: string[] = [];
  const options: Command['options'] = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = VALUE_OPTIONS[flag] as keyof Command['options'] | undefined;
    if (!key) throw new UsageError(`Unknown option ${flag}.`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value.`);
    options[key] = value;
  }
  const [dataset, file, ...extra] = positional;
  if (dataset === undefined) throw new UsageError('Say which data set: acled or ucdp.');
  if (dataset !== 'acled' && dataset !== 'ucdp') throw new UsageError(`Unknown data set "${dataset}": acled or ucdp.`);
  if (file === undefined) throw new UsageError('Give the CSV file to import (- for standard input).');
  if (extra.length) throw new UsageError(`One file at a time: ${extra.join(' ')} is one too many.`);
  if (dataset === 'acled' && options.gedVersion !== undefined) throw new UsageError('--ged-version is for ucdp.');
  if (dataset === 'ucdp' && options.accessed !== undefined) throw new UsageError('--accessed is for acled.');
  if (options.timeZone !== undefined && !isKnownZone(options.timeZone)) {
    throw new UsageError(`--time-zone ${options.timeZone} is not an IANA time zone name, such as Asia/Dushanbe.`);
  }
  if (options.accessed !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.accessed) && parseCalendarDate(options.accessed))) {
    throw new UsageError(`--accessed ${options.accessed} is not a date (YYYY-MM-DD).`);
  }
  if (options.gedVersion !== undefined && !/^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/.test(options.gedVersion)) {
    throw new UsageError(`--ged-version ${options.gedVersion} is not a version such as 23.1.`);
  }
  return {dataset, file, options};
}

/** Today on this machine's calendar: the day the file was, most likely, downloaded. */
function today(): string {
  const now = new Date();
  return formatDate({year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate()});
}

function datasetOf({dataset, file, options}: Command, note: (line: string) => void): Dataset {
  if (dataset === 'acled') return acledDataset({accessed: options.accessed ?? today()});
  let gedVersion = options.gedVersion ?? (file === '-' ? undefined : gedVersionFromFileName(basename(file)));
  if (gedVersion === undefined) {
    gedVersion = 'unknown version';
    note('note: the file name does not say which GED version this is: the attribution says "unknown version" (give it with --ged-version)');
  }
  return ucdpDataset({gedVersion});
}

/** A sink that waits when the stream asks it to, and fails when the stream does. */
function streamSink(stream: Writable): TextSink {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => (failure ??= error));
  return (text) => {
    if (failure) throw failure;
    if (stream.write(text)) return;
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        stream.off('drain', done);
        stream.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      stream.once('drain', done);
      stream.once('error', done);
    });
  };
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function summary(label: string, result: ImportResult): string {
  const leftOut = [result.rowsLeftOut && plural(result.rowsLeftOut, 'row'), result.valuesLeftOut && plural(result.valuesLeftOut, 'value')].filter(
    Boolean,
  );
  const verdict = leftOut.length ? `${leftOut.join(' and ')} left out` : 'nothing left out';
  return `${label}: ${plural(result.rows, 'row')}, ${plural(result.incidents, 'incident')}; ${verdict}.`;
}

export async function main(args: string[]): Promise<number> {
  let command: Command | 'help';
  try {
    command = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const {file, options} = command;
  const label = file === '-' ? 'standard input' : file;
  const report = (line: string) => process.stderr.write(`${line}\n`);
  const dataset = datasetOf(command, report);
  const input: Readable = file === '-' ? process.stdin : createReadStream(file);
  const toFile = options.output !== undefined && options.output !== '-';
  // A feed is only ever seen whole: it is written beside its place and moved there at the end.
  const partial = toFile ? `${options.output}.partial-${process.pid}` : undefined;
  const output: Writable = partial ? createWriteStream(partial) : process.stdout;
  try {
    const writer = new FeedWriter(streamSink(output));
    const result = await importFeed(
      readCsvRows(input),
      {dataset, title: options.title, region: options.region, timeZone: options.timeZone ?? 'UTC'},
      writer,
      report,
    );
    if (partial) {
      await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
      await rename(partial, options.output!);
    }
    report(summary(label, result));
    return result.rowsLeftOut + result.valuesLeftOut === 0 ? 0 : 1;
  } catch (error) {
    if (partial) {
      output.destroy();
      await rm(partial, {force: true});
    }
    // The file being written is named as the reader asked for it, not by its temporary name.
    const message = error instanceof Error ? error.message : String(error);
    const reason = partial ? message.replaceAll(partial, options.output!) : message;
    report(error instanceof ImportError ? `${label}: ${reason}` : `${label}: could not import: ${reason}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
