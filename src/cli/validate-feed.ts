#!/usr/bin/env node
/// <reference types="node" />
/**
 * `security-timeline-validate`: checks feeds the way the element reads them, for publishers (by
 * hand or in their CI) before a page ever loads them.
 *
 *   security-timeline-validate [--json] [--quiet] <file or http(s) URL>...
 *
 * Prints, per feed, what the element would draw and every problem it would report (pointer,
 * what was expected, what was found, what was left out). Exit status: 0 when every feed has no
 * problem, 1 when any has one (or could not be read), 2 for a mistake in the command itself.
 */
import {readFile} from 'node:fs/promises';
import {readFeedText} from '../feed/guard.js';
import {FeedLoadError, loadFeed} from '../feed/load.js';
import type {ValidationResult} from '../feed/types.js';
import {describeFeed, type FeedReport} from './describe-feed.js';

const USAGE = `Usage: security-timeline-validate [--json] [--quiet] <file or http(s) URL>...

Checks security-timeline feeds (format 1.x) as the element reads them and lists every problem.
  --json    one JSON report per run: [{source, ok, summary, problems}]
  --quiet   only feeds with problems, and their problems
Exit status: 0 no problems, 1 problems found or a feed could not be read, 2 usage.`;

async function check(source: string): Promise<FeedReport> {
  let result: ValidationResult;
  try {
    if (/^https?:\/\//i.test(source)) {
      result = await loadFeed(source);
    } else {
      result = readFeedText(await readFile(source, 'utf8')).result;
    }
  } catch (error) {
    // A feed that never arrived, or arrived as nothing usable: its reason, as the element gives it.
    if (error instanceof FeedLoadError) {
      const {problems, message} = error.detail;
      return describeFeed(source, {feed: null, problems}, message);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return describeFeed(source, {feed: null, problems: []}, `Could not read ${source}: ${reason}`);
  }
  return describeFeed(source, result);
}

function printReport(report: FeedReport, quiet: boolean) {
  if (quiet && report.ok) return;
  console.log(`${report.source}: ${report.summary}`);
  for (const problem of report.problems) console.log(`  ${problem.message}`);
}

export async function main(args: string[]): Promise<number> {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const sources = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => !['--json', '--quiet', '--help'].includes(flag));
  if (flags.has('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length || sources.length === 0) {
    console.error(unknown.length ? `Unknown option ${unknown.join(', ')}.\n\n${USAGE}` : USAGE);
    return 2;
  }
  const reports: FeedReport[] = [];
  for (const source of sources) {
    const report = await check(source);
    reports.push(report);
    if (!flags.has('--json')) printReport(report, flags.has('--quiet'));
  }
  if (flags.has('--json')) console.log(JSON.stringify(reports, null, 2));
  return reports.every((report) => report.ok) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
