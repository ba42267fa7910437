/**
 * The run's options, paths and the modes it can measure, shared by the benchmark's modules.
 * See bench/run.mjs for the options and bench/README.md for what each mode measures.
 */
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const root = resolve(here, '..');
export const buildDir = join(here, '.build');
export const resultsDir = join(here, 'results');
const require = createRequire(import.meta.url);

export const log = (...parts) => console.log(...parts);

/**
 * What a run can measure. `key` names the mode's pages in the results (the first three keep the
 * names earlier results used); `feed` is the kind of synthetic feed it is given; `steps` says
 * whether its first page of each size also times the zoom and pan series; `slow` modes get fewer
 * pages at 100,000 and stop at a size once one page timed out.
 */
export const MODES = [
  {name: 'ours', key: 'ours', feed: 'plain', page: 'ours', steps: true, label: 'security-timeline'},
  {name: 'vis', key: 'peer', feed: 'plain', page: 'peer', steps: true, slow: true, label: 'vis-timeline'},
  {name: 'floor', key: 'floor', feed: 'plain', page: 'floor', label: 'floor'},
  {name: 'ours-src', key: 'oursSrc', feed: 'realistic', page: 'ours-src', label: 'ours via src'},
  {name: 'ours-memory', key: 'oursMemory', feed: 'realistic', page: 'ours', steps: true, label: 'ours from memory'},
  // The same points as `vis` (only the texts differ), whose steps are timed there already.
  {name: 'vis-realistic', key: 'visRealistic', feed: 'realistic', page: 'peer', slow: true, label: 'vis-timeline'},
  {name: 'echarts', key: 'echarts', feed: 'realistic', page: 'echarts', steps: true, label: 'ECharts'},
  {name: 'floor-realistic', key: 'floorRealistic', feed: 'realistic', page: 'floor', label: 'floor (realistic)'},
];
const ALIASES = {
  peer: ['vis'],
  plain: MODES.filter((m) => m.feed === 'plain').map((m) => m.name),
  realistic: MODES.filter((m) => m.feed === 'realistic').map((m) => m.name),
};

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);

/** The modes `--only` names (all by default; only the plain ones against a baseline build). */
function selectModes() {
  const baseline = typeof args.baseline === 'string';
  if (args.only === undefined) return baseline ? MODES.filter((m) => m.feed === 'plain') : MODES;
  const names = new Set(
    String(args.only)
      .split(',')
      .flatMap((name) => ALIASES[name] ?? [name]),
  );
  const unknown = [...names].filter((name) => !MODES.some((m) => m.name === name));
  if (unknown.length) throw new Error(`--only: unknown mode ${unknown.join(', ')}; known: ${MODES.map((m) => m.name).join(', ')}, plain, realistic`);
  const chosen = MODES.filter((m) => names.has(m.name));
  if (baseline && chosen.some((m) => m.feed !== 'plain')) throw new Error('--baseline compares the plain modes only (ours, vis, floor)');
  return chosen;
}

/**
 * `--network=100,20`: the pages that fetch their feed (ours via `src`) load over a network of
 * 100 Mbit/s each way with 20 ms of latency (Chrome's emulation), as from a site rather than
 * from this machine. The targets are for this machine's own server: with it, they say little.
 */
function networkOption(value) {
  if (value === undefined) return null;
  const [mbit, latencyMs] = String(value).split(',').map(Number);
  if (!(mbit > 0) || !(latencyMs >= 0)) throw new Error('--network=MBIT,LATENCY_MS, e.g. --network=100,20');
  return {mbit, latencyMs};
}

export const config = {
  sizes: String(args.sizes ?? '1000,10000,100000')
    .split(',')
    .map(Number),
  runs: Number(args.runs ?? 5),
  peerRunsLarge: Number(args['peer-runs-large'] ?? 3),
  steps: Number(args.steps ?? 30),
  stepBudgetMs: Number(args['step-budget'] ?? 60) * 1000,
  timeoutMs: Number(args.timeout ?? 120) * 1000,
  alerts: 50,
  locations: 8,
  years: 5,
  seed: 1,
  width: 1200,
  height: 400,
  viewport: {width: 1280, height: 800},
  build: args['no-build'] !== true,
  profile: args.profile === true,
  baseline: typeof args.baseline === 'string' ? resolve(args.baseline) : null,
  out: String(args.out ?? (typeof args.baseline === 'string' ? 'baseline' : 'latest')),
  modes: selectModes().map((m) => m.name),
  network: networkOption(args.network),
};
export const modes = MODES.filter((m) => config.modes.includes(m.name));
export const ran = (name) => config.modes.includes(name);
export const LARGE = 100_000;

/** The feed file (without `.json`) a mode reads at `n` incidents. */
export const feedName = (mode, n) => (mode.feed === 'realistic' ? `realistic-${n}` : String(n));

const versionOf = (packageJson) => JSON.parse(readFileSync(packageJson, 'utf8')).version;
export const bundlePath = join(root, 'dist/security-timeline.bundle.js');
export const visDir = join(dirname(require.resolve('vis-timeline/package.json')), 'standalone/esm');
export const visBundle = join(visDir, 'vis-timeline-graph2d.min.mjs');
export const visVersion = versionOf(join(visDir, '../../package.json'));
export const echartsDir = join(dirname(require.resolve('echarts/package.json')), 'dist');
export const echartsBundle = join(echartsDir, 'echarts.esm.min.mjs');
export const echartsVersion = versionOf(join(echartsDir, '../package.json'));
export const puppeteerVersion = versionOf(require.resolve('puppeteer-core/package.json'));
