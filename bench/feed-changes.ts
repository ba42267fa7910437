/**
 * `npx tsx bench/feed-changes.ts [incidents]`: how long `feedChanges` takes to compare two
 * readings of a synthetic feed (100,000 incidents by default), parsed apart so that no item
 * is the other's object, as after a refresh.
 *
 * Two revisions: every item the same (each one compared in full, the slowest case), and a
 * weekly one (1% edited, 1% updated, 1% withdrawn, 1% gone without a word, 1% added). Each with
 * the items listed in time order, as exports usually are, and in the generator's random order,
 * where reading the items in time order jumps about in memory. Prints the median and the slowest
 * of several runs, after warm-up runs.
 */
import {performance} from 'node:perf_hooks';
import {validateFeed} from '../src/feed/validate.js';
import type {Feed} from '../src/feed/types.js';
import {feedChanges} from '../src/model/feed-changes.js';
import {syntheticFeed} from '../src/testing/synthetic-feed.js';

const count = Number(process.argv[2] ?? 100_000);
const RUNS = 15;
const WARM_UP = 5;

type Json = Record<string, unknown>;

function read(source: Json): Feed {
  const {feed} = validateFeed(source);
  if (!feed) throw new Error('the synthetic feed did not validate');
  return feed;
}

/** The same feed, revised as a weekly export is. */
function revised(text: string): Json {
  const copy = JSON.parse(text) as Json & {incidents: Json[]};
  const withdrawn: Json[] = [];
  const kept: Json[] = [];
  copy.incidents.forEach((incident, i) => {
    const step = i % 100;
    if (step === 0) incident.title = `${String(incident.title)} (revised)`;
    if (step === 1) incident.updated = '2024-09-08';
    if (step === 2) withdrawn.push({id: incident.id, date: '2024-09-08', reason: 'Duplicate'});
    if (step !== 2 && step !== 3) kept.push(incident);
    if (step === 4) kept.push({...incident, id: `${String(incident.id)}-new`});
  });
  return {...copy, incidents: kept, withdrawn};
}

function time(label: string, previous: Feed, next: Feed) {
  const times: number[] = [];
  let result = feedChanges(previous, next);
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const start = performance.now();
    result = feedChanges(previous, next);
    if (run >= WARM_UP) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const slowest = times[times.length - 1];
  const counts = `changed ${result.changed.size}, withdrawn ${result.withdrawn.size}, added ${result.added.size}`;
  console.log(`${label}: median ${median.toFixed(1)} ms, slowest ${slowest.toFixed(1)} ms (${counts})`);
}

const document = syntheticFeed({incidents: count}) as Json & {incidents: Json[]};
document.version = '1.1';
for (const incident of document.incidents) incident.updated = '2024-09-01';
const randomOrder = JSON.stringify(document);
const position = new Map(read(JSON.parse(randomOrder) as Json).incidents.map((incident, index) => [incident.id, index]));
document.incidents.sort((a, b) => position.get(a.id as string)! - position.get(b.id as string)!);
const timeOrder = JSON.stringify(document);

console.log(`${position.size} incidents; Node ${process.version}`);
for (const [order, text] of [
  ['time order', timeOrder],
  ['random order', randomOrder],
]) {
  const previous = read(JSON.parse(text) as Json);
  time(`${order}, unchanged`, previous, read(JSON.parse(text) as Json));
  time(`${order}, weekly revision`, previous, read(revised(text)));
}
