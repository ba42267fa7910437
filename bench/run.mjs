#!/usr/bin/env node
/**
 * `npm run bench`: <security-timeline> and vis-timeline side by side, in one headless Chromium
 * run, on the same synthetic feeds. See bench/README.md for what each figure means.
 *
 * Options (all optional):
 *   --no-build            use the existing dist/security-timeline.bundle.js instead of `npm run build`
 *   --sizes=1000,10000    incident counts (default 1000,10000,100000)
 *   --runs=5              fresh pages per library and size (default 5)
 *   --peer-runs-large=3   fresh vis-timeline pages at 100,000 and above (default 3: about a minute each)
 *   --baseline=DIR        instead of vis-timeline, compare with another build of ours (DIR: its dist/
 *                         folder), its pages alternating with ours; results go to results/baseline.*
 *   --steps=30            zoom steps and pan steps (each) on the first page of each library and size
 *   --step-budget=60      seconds a library may spend on one series of steps before it is cut short
 *   --timeout=120         seconds a page may take to its first frame before it counts as timed out
 *   --profile             also profile our element at the largest size (CPU profile + trace summary)
 *   --out=latest          results file name in bench/results/ (.json and .md)
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {cpus, loadavg} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome} from '../scripts/find-chrome.mjs';
import {startServer} from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const buildDir = join(here, '.build');
const resultsDir = join(here, 'results');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Options

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const config = {
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
};
const LARGE = 100_000;

const log = (...parts) => console.log(...parts);
const bundlePath = join(root, 'dist/security-timeline.bundle.js');
const visDir = join(dirname(require.resolve('vis-timeline/package.json')), 'standalone/esm');
const visBundle = join(visDir, 'vis-timeline-graph2d.min.mjs');
const visVersion = JSON.parse(readFileSync(join(visDir, '../../package.json'), 'utf8')).version;
const puppeteerVersion = JSON.parse(readFileSync(require.resolve('puppeteer-core/package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

const sorted = (values) => [...values].sort((a, b) => a - b);
function quantile(values, q) {
  if (!values.length) return null;
  const s = sorted(values);
  const position = (s.length - 1) * q;
  const low = Math.floor(position);
  return s[low] + (s[Math.ceil(position)] - s[low]) * (position - low);
}
/** Nearest-rank percentile: p95 of 30 steps is the 29th smallest. */
const percentile = (values, p) => (values.length ? sorted(values)[Math.ceil((p / 100) * values.length) - 1] : null);
const median = (values) => quantile(values, 0.5);
function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return {
    n: v.length,
    median: median(v),
    min: Math.min(...v),
    max: Math.max(...v),
    q1: quantile(v, 0.25),
    q3: quantile(v, 0.75),
    p95: percentile(v, 95),
  };
}

const ms = (x) => (x == null ? '–' : x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
const int = (x) => (x == null ? '–' : Math.round(x).toLocaleString('en-US'));
const mb = (x) => (x == null ? '–' : (x / 1024 / 1024).toFixed(1));
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const fmtRatio = (r) => (r == null ? '–' : r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toFixed(3));

// ---------------------------------------------------------------------------------------------
// Preparation: the bundle, the feeds, the sizes

/** Builds (or checks) the bundle, then copies it aside: a `npm run build` elsewhere empties dist/ while it runs. */
function prepareBundle() {
  if (config.build) {
    log('Building with `npm run build` …');
    execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
  } else if (!existsSync(bundlePath)) {
    throw new Error(`${bundlePath} is missing: run \`npm run build\` or drop --no-build.`);
  }
  copyBundle(dirname(bundlePath), join(buildDir, 'dist'));
  if (config.baseline) copyBundle(config.baseline, join(buildDir, 'baseline'));
}

/** The bundle's files, its entry and the chunks it loads on demand, from one folder to another. */
function copyBundle(from, to) {
  rmSync(to, {recursive: true, force: true});
  mkdirSync(to, {recursive: true});
  for (const name of readdirSync(from).filter((file) => /^security-timeline\..*\.js$/.test(file))) copyFileSync(join(from, name), join(to, name));
}

async function prepareFeeds() {
  mkdirSync(join(buildDir, 'feeds'), {recursive: true});
  const generator = join(buildDir, 'synthetic-feed.mjs');
  await build({
    entryPoints: [join(root, 'src/testing/synthetic-feed.ts')],
    outfile: generator,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const {syntheticFeed} = await import(`${pathToFileURL(generator).href}?t=${Date.now()}`);
  const bytes = {};
  for (const n of config.sizes) {
    const feed = syntheticFeed({incidents: n, alerts: config.alerts, locations: config.locations, years: config.years, seed: config.seed});
    const text = JSON.stringify(feed);
    writeFileSync(join(buildDir, 'feeds', `${n}.json`), text);
    bytes[n] = Buffer.byteLength(text);
  }
  return bytes;
}

/** An unminified bundle of the same source, so a profile names functions. */
async function prepareDevBundle() {
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    outfile: join(buildDir, 'dev/security-timeline.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    keepNames: true,
    logLevel: 'warning',
  });
}

function sizes() {
  const measure = (file) => {
    const code = readFileSync(file);
    return {file: file.startsWith(root) ? file.slice(root.length + 1) : file, minified: code.length, gzip: gzipSync(code, {level: 9}).length};
  };
  return {ours: {...measure(join(buildDir, 'dist/security-timeline.bundle.js')), file: 'dist/security-timeline.bundle.js'}, peer: measure(visBundle)};
}

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line ? line.split(':')[1].trim() : cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

// ---------------------------------------------------------------------------------------------
// The browser

const FLAGS = [
  ...CHROME_ARGS,
  // Keep every page in the foreground's schedule, and never resolve a name but our own.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  // Each new window's omnibox popup is a WebUI page that starts a renderer; keep it from loading.
  '--disable-features=WebUIOmniboxPopup',
];

class Timeout extends Error {}
function withTimeout(promise, limit, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Timeout(`${what} took more than ${limit / 1000} s`)), limit);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** CPU time (clock ticks) used so far by the browser and all its processes, or null without /proc. */
function browserCpuTicks(rootPid) {
  if (!rootPid || !existsSync('/proc/self/stat')) return null;
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ');
      stats.set(Number(name), {ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12])});
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = new Set([rootPid]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, {ppid}] of stats) {
      if (mine.has(ppid) && !mine.has(pid)) {
        mine.add(pid);
        grown = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of mine) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks;
}

/** Busy and total clock ticks of the whole machine since boot (all cores), or null without /proc. */
function machineTicks() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const values = fields.map(Number);
    const total = values.slice(0, 8).reduce((a, b) => a + b, 0); // user … steal
    return {busy: total - values[3] - values[4], total};
  } catch {
    return null;
  }
}

/** Starts watching how many cores other programs (not our browser) keep busy; `stop()` says. */
function watchContention(rootPid) {
  const machine = machineTicks();
  const ours = browserCpuTicks(rootPid);
  return () => {
    const machineNow = machineTicks();
    const oursNow = browserCpuTicks(rootPid);
    if (!machine || !machineNow || ours == null || oursNow == null) return null;
    const elapsed = (machineNow.total - machine.total) / cpus().length;
    if (elapsed <= 0) return null;
    return Math.max(0, (machineNow.busy - machine.busy - (oursNow - ours)) / elapsed);
  };
}

/**
 * Waits until our browser is idle (under 10 % of a core for two 200 ms windows in a row, at most
 * 10 s): every new browser context opens a window whose own renderer spends about a second of CPU
 * starting up, which would otherwise land in the measurement. For the first 3 s it also waits for
 * other programs to keep less than half a core busy, since this machine may be shared with builds
 * and tests; after that it goes on regardless (and `otherCores` records what it ran against).
 */
async function waitForQuiet(rootPid) {
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  if (browserCpuTicks(rootPid) == null) return sleep(1000);
  const began = Date.now();
  for (let calm = 0; calm < 2 && Date.now() - began < 10_000;) {
    const before = browserCpuTicks(rootPid);
    const others = watchContention(rootPid);
    await sleep(200);
    const idle = browserCpuTicks(rootPid) - before <= 2;
    const othersQuiet = (others() ?? 0) < 0.5 || Date.now() - began > 3_000;
    calm = idle && othersQuiet ? calm + 1 : 0;
  }
}

async function heapAfterGc(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const {usedSize} = await client.send('Runtime.getHeapUsage');
  return usedSize;
}

/** A fresh page in its own browser context (its own renderer, heap and cache). */
async function openPage(browser, origin, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(config.viewport);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) errors.push(`unexpected request to ${request.url()}`);
  });
  try {
    await page.goto(`${origin}${path}`, {waitUntil: 'load'});
    await page.waitForFunction(() => window.benchReady === true, {timeout: 30_000});
  } catch (error) {
    await context.close().catch(() => {});
    throw new Error(`${path} did not get ready: ${error.message}${errors.length ? ` (${errors.join(' | ')})` : ''}`, {cause: error});
  }
  const client = await page.createCDPSession();
  return {context, page, client, errors};
}

const ZOOM_PATTERN = (i) => (Math.floor(i / 8) % 2 === 0 ? 2 : 0.5); // in ×8, out ×8, in ×8, out ×6
const PAN_PATTERN = (i, steps) => (i < steps / 2 ? 0.1 : -0.1); // 10 % of the span right, then back

/** Zoom and pan series, each from the same window for both libraries. */
async function runSteps(page, timeoutMs) {
  const day = 86_400_000;
  const start = Date.UTC(2020, 0, 1);
  const end = start + config.years * 365 * day;
  const series = {};
  for (const kind of ['zoom', 'pan']) {
    const [from, to] = kind === 'zoom' ? [start, end] : [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 1) + (end - start) / 8];
    const shown = await withTimeout(
      page.evaluate((a, b) => window.bench.show(a, b), from, to),
      timeoutMs,
      `${kind}: showing the start window`,
    );
    const times = [];
    const latencies = [];
    let domMax = 0;
    let cut = null;
    const began = Date.now();
    for (let i = 0; i < config.steps; i++) {
      if (Date.now() - began > config.stepBudgetMs) {
        cut = `step budget of ${config.stepBudgetMs / 1000} s spent after ${i} steps`;
        break;
      }
      const arg = kind === 'zoom' ? ZOOM_PATTERN(i) : PAN_PATTERN(i, config.steps);
      try {
        const step = await withTimeout(
          page.evaluate((k, a) => window.bench[k](a), kind, arg),
          timeoutMs,
          `${kind} step`,
        );
        times.push(step.work);
        latencies.push(step.latency);
        domMax = Math.max(domMax, step.dom);
      } catch (error) {
        if (!(error instanceof Timeout)) throw error;
        cut = `${error.message} (step ${i + 1})`;
        times.push(timeoutMs);
        latencies.push(timeoutMs);
        break;
      }
    }
    series[kind] = {times, latencies, domMax, cut, startWindow: shown, endWindow: (await page.evaluate(() => window.bench.range?.())) ?? null};
  }
  return series;
}

/** One fresh page of `library` at `n`: first frame, heap, and the step series when asked. */
async function runPage(browser, origin, library, n, withSteps) {
  const path =
    library === 'floor' ? '/pages/floor.html' : library === 'peer' && config.baseline ? '/pages/ours.html?bundle=baseline' : `/pages/${library}.html`;
  const {context, page, client, errors} = await openPage(browser, origin, path);
  try {
    if (library === 'floor') {
      await page.evaluate((k) => window.bench.fetchFeed(k), n);
      await heapAfterGc(client); // the same starting point as the timeline pages
      await waitForQuiet(browserPid);
      const contention = watchContention(browserPid);
      const floor = await withTimeout(
        page.evaluate(() => window.bench.floor()),
        config.timeoutMs,
        'floor',
      );
      return {...floor, otherCores: contention(), errors};
    }
    const heapEmpty = await heapAfterGc(client);
    await page.evaluate((k) => window.bench.fetchFeed(k), n);
    await waitForQuiet(browserPid);
    let first;
    const contention = watchContention(browserPid);
    try {
      first = await withTimeout(
        page.evaluate(() => window.bench.firstFrame()),
        config.timeoutMs,
        'first frame',
      );
      first.otherCores = contention();
    } catch (error) {
      if (error instanceof Timeout) return {timedOut: true, message: error.message, errors};
      throw error;
    }
    // Steps come before the heap is measured: the forced, memory-reducing collections behind that
    // figure leave the engine to grow its heap and recompile again, and steps timed right after
    // them showed spikes of 30–60 ms that the same steps without them did not.
    let steps;
    if (withSteps) {
      await waitForQuiet(browserPid);
      const contention = watchContention(browserPid);
      steps = await runSteps(page, config.timeoutMs);
      steps.otherCores = contention();
    }
    await page.evaluate(() => window.bench.drop());
    const heap = await heapAfterGc(client);
    const result = {...first, heap, heapEmpty, heapData: heap - heapEmpty, errors};
    if (steps) result.steps = steps;
    return result;
  } finally {
    // Closing the context ends its renderer, even one still busy after a timeout.
    await withTimeout(context.close(), 30_000, 'closing a page').catch((error) => log(`  (could not close a page: ${error.message})`));
  }
}

// ---------------------------------------------------------------------------------------------
// Profiling (--profile): where our first frame and steps spend their time

/** JS time by function: self time, and total time (each function counted once per sample's stack). */
function timeByFunction(profile, top = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node) => {
    const {functionName, url, lineNumber} = node.callFrame;
    const file = url ? url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let sum = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    sum += dt;
    let id = profile.samples[i];
    const key = keyOf(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (; id !== undefined; id = parent.get(id)) {
      const k = keyOf(byId.get(id));
      if (seen.has(k) || k === '(root)') continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => ({name, ms: t}));
  return {total: sum, self: rank(self), inclusive: rank(total)};
}

/** Self time of trace events on the renderer's main thread, by event name. */
function traceBreakdown(trace) {
  const events = JSON.parse(trace).traceEvents;
  // The page's renderer main thread: of the renderer main threads, the busiest.
  const busy = new Map();
  for (const e of events)
    if (e.ph === 'X' && e.dur > 0 && e.name === 'RunTask') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const renderers = new Set(events.filter((e) => e.name === 'process_name' && e.args?.name === 'Renderer').map((e) => e.pid));
  const main = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && renderers.has(e.pid))
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  if (!main) return [];
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const event of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  return [...self.entries()]
    .filter(([, t]) => t > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, t]) => ({name, ms: t / 1000}));
}

async function profileOurs(browser, origin, n) {
  await prepareDevBundle();
  const out = {n, bundle: 'unminified build of src/index.ts (bench/.build/dev)'};
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
  for (const phase of ['first frame', 'zoom', 'pan']) {
    const {context, page, client} = await openPage(browser, origin, '/pages/ours.html?bundle=dev');
    try {
      await page.evaluate((k) => window.bench.fetchFeed(k), n);
      if (phase !== 'first frame') {
        await page.evaluate(() => window.bench.firstFrame());
      }
      await waitForQuiet(browserPid);
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', {interval: 100});
      await page.tracing.start({categories});
      await client.send('Profiler.start');
      if (phase === 'first frame') {
        out.firstFrame = await page.evaluate(() => window.bench.firstFrame());
      } else {
        const day = 86_400_000;
        const start = Date.UTC(2020, 0, 1);
        const [from, to] =
          phase === 'zoom'
            ? [start, start + config.years * 365 * day]
            : [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 1) + (config.years * 365 * day) / 8];
        await page.evaluate((a, b) => window.bench.show(a, b), from, to);
        for (let i = 0; i < config.steps; i++)
          await page.evaluate((k, a) => window.bench[k](a), phase, phase === 'zoom' ? ZOOM_PATTERN(i) : PAN_PATTERN(i, config.steps));
      }
      const {profile} = await client.send('Profiler.stop');
      const trace = Buffer.from(await page.tracing.stop()).toString('utf8');
      mkdirSync(join(buildDir, 'profiles'), {recursive: true});
      const name = phase.replace(' ', '-');
      writeFileSync(join(buildDir, 'profiles', `ours-${n}-${name}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(join(buildDir, 'profiles', `ours-${n}-${name}.trace.json`), trace);
      out[phase] = {js: timeByFunction(profile), trace: traceBreakdown(trace)};
    } finally {
      await context.close().catch(() => {});
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report

function figures(results) {
  const rows = [];
  for (const n of config.sizes) {
    const r = results.bySize[n];
    const ok = (pages) => pages.filter((p) => !p.timedOut);
    const pick = (library, f) => summary(ok(r[library]).map(f));
    const steps = (library, kind, field = 'times') => {
      const s = r[library].find((p) => p.steps)?.steps?.[kind];
      return s ? {...summary(s[field]), cut: s.cut, domMax: s.domMax} : null;
    };
    const timedOut = (library) => r[library].filter((p) => p.timedOut).length;
    const entry = (name, unit, ours, peer, kind = 'pages') =>
      rows.push({n, name, unit, kind, ours, peer, timedOut: {ours: timedOut('ours'), peer: timedOut('peer')}});
    entry(
      'First frame: data handed over → painted',
      'ms',
      pick('ours', (p) => p.handoff),
      pick('peer', (p) => p.handoff),
    );
    entry(
      'First frame incl. JSON.parse of the text',
      'ms',
      pick('ours', (p) => p.total),
      pick('peer', (p) => p.total),
    );
    entry('Zoom step: main-thread work to rendered frame', 'ms', steps('ours', 'zoom'), steps('peer', 'zoom'), 'steps');
    entry('Zoom step: to painted frame (2 rAFs)', 'ms', steps('ours', 'zoom', 'latencies'), steps('peer', 'zoom', 'latencies'), 'steps');
    entry('Pan step: main-thread work to rendered frame', 'ms', steps('ours', 'pan'), steps('peer', 'pan'), 'steps');
    entry('Pan step: to painted frame (2 rAFs)', 'ms', steps('ours', 'pan', 'latencies'), steps('peer', 'pan', 'latencies'), 'steps');
    entry(
      'DOM elements after first frame',
      'count',
      pick('ours', (p) => p.dom),
      pick('peer', (p) => p.dom),
    );
    const domMax = (library) => {
      const pages = ok(r[library]);
      if (!pages.length) return null;
      const values = pages.flatMap((p) => [p.dom, p.steps?.zoom.domMax ?? 0, p.steps?.pan.domMax ?? 0]);
      return summary([Math.max(...values)]);
    };
    entry('DOM elements, most at any zoom or pan step', 'count', domMax('ours'), domMax('peer'), 'max');
    entry(
      'JS heap after GC',
      'MB',
      pick('ours', (p) => p.heap),
      pick('peer', (p) => p.heap),
    );
    entry(
      'JS heap held for the data (after − empty page)',
      'MB',
      pick('ours', (p) => p.heapData),
      pick('peer', (p) => p.heapData),
    );
  }
  return rows;
}

function cell(row, s, library) {
  const timedOut = row.timedOut[library];
  if (!s) return timedOut ? `timed out (> ${config.timeoutMs / 1000} s)` : '–';
  const f = row.unit === 'ms' ? ms : row.unit === 'MB' ? mb : int;
  const note = timedOut ? `; ${timedOut} timed out` : '';
  if (row.kind === 'steps') return `${f(s.median)} / ${f(s.p95)} (${s.n} steps${s.cut ? ', cut short' : ''})`;
  if (row.kind === 'max') return f(s.max);
  return `${f(s.median)} [${f(s.min)}–${f(s.max)}] (${s.n}${note})`;
}

function rowRatio(row) {
  if (row.kind === 'steps') {
    const a = fmtRatio(ratio(row.ours?.median, row.peer?.median));
    const b = fmtRatio(ratio(row.ours?.p95, row.peer?.p95));
    return `${a} / ${b}`;
  }
  const key = row.kind === 'max' ? 'max' : 'median';
  if (!row.peer && row.timedOut.peer && row.ours) return `< ${fmtRatio(row.ours[key] / config.timeoutMs)}`;
  return fmtRatio(ratio(row.ours?.[key], row.peer?.[key]));
}

function targets(results, rows) {
  const find = (n, name) => rows.find((r) => r.n === n && r.name.startsWith(name));
  const list = [];
  const add = (name, pass, measured) => list.push({name, pass, measured});
  const has = (n) => config.sizes.includes(n);

  if (has(10_000)) {
    const row = find(10_000, 'First frame: data');
    const ours = row.ours?.median;
    const peer = row.peer?.median ?? (row.timedOut.peer ? config.timeoutMs : null);
    add('First frame at 10,000 ≤ 150 ms', ours != null && ours <= 150, `${ms(ours)} ms (median)`);
    const speedup = ratio(peer, ours);
    add(
      'First frame at 10,000 ≥ 10× faster than vis-timeline',
      speedup != null && speedup >= 10,
      `${speedup == null ? '–' : speedup.toFixed(1)}× (vis-timeline ${ms(peer)} ms)`,
    );
  }
  if (has(LARGE)) {
    const total = find(LARGE, 'First frame incl.').ours?.median;
    add('First frame at 100,000 ≤ 1 s incl. JSON.parse and validation', total != null && total <= 1000, `${ms(total)} ms (median)`);
    for (const kind of ['Zoom', 'Pan']) {
      const row = find(LARGE, `${kind} step: main-thread`);
      const painted = find(LARGE, `${kind} step: to painted`);
      const p95 = row.ours?.p95;
      add(
        `${kind} step p95 at 100,000 ≤ 16 ms (main-thread work to rendered frame)`,
        p95 != null && p95 <= 16,
        `${ms(p95)} ms (p95 of ${row.ours?.n ?? 0}; to the painted frame, two rAFs: ${ms(painted.ours?.p95)} ms, never below one 16.7 ms frame)`,
      );
    }
  }
  const domWorst = Math.max(...rows.filter((r) => r.name.startsWith('DOM elements, most')).map((r) => r.ours?.max ?? Infinity));
  add('DOM elements in our shadow root ≤ 2,000 at any N and zoom', domWorst <= 2000, `${int(domWorst)} at most`);
  if (has(LARGE)) {
    const floor = results.floor[LARGE];
    const factor = floor.ratio?.median;
    add(
      'Validation + normalisation of 100,000 ≤ 3× JSON.parse',
      factor != null && factor <= 3,
      `${factor == null ? '–' : factor.toFixed(2)}× (median of the pages' own ratios, ${floor.ratio ? `${floor.ratio.min.toFixed(2)}–${floor.ratio.max.toFixed(2)}` : '–'}; validateFeed ${ms(floor.validate?.median)} ms, JSON.parse ${ms(floor.parse?.median)} ms)`,
    );
  }
  add('Bundle ≤ 40 KB gzip', results.sizes.ours.gzip <= 40 * 1024, kb(results.sizes.ours.gzip));
  return list;
}

function markdown(results, rows, checks) {
  const {machine, sizes: size} = results;
  const lines = [];
  lines.push(`# security-timeline vs vis-timeline ${visVersion}`, '');
  lines.push(
    `${results.date} · ${machine.cpu}, ${machine.cores} cores · ${machine.chromium} (headless, software rendering) · Node ${machine.node} · puppeteer-core ${puppeteerVersion} · ` +
      `load average (1/5/15 min) ${machine.loadAverageAtStart.join(' / ')} at the start, ${machine.loadAverageAtEnd.join(' / ')} at the end · ${results.durationSeconds} s`,
    '',
  );
  lines.push(
    `Synthetic feeds (\`syntheticFeed\`, seed ${config.seed}): N incidents over ${config.years} years in ${config.locations} locations (lanes / groups), ${config.alerts} alert windows. ` +
      `Ours: \`<security-timeline group-by="location">\` ${config.width} px wide; vis-timeline: point items in one group per location, alerts as background items, ${config.width} × ${config.height} px, \`stack: false\`, no clustering. ` +
      `Fresh page (own browser context) per run, ours and vis-timeline alternating; ${config.runs} pages each (vis-timeline at ≥ 100,000: ${config.peerRunsLarge}). Steps: ${config.steps} zoom and ${config.steps} pan steps on the first page of each.`,
    '',
  );
  lines.push('Times in ms as median [min–max] (pages); steps as median / p95; ratio = ours ÷ vis-timeline (below 1: ours is faster or smaller).', '');
  const peerName = config.baseline ? `baseline (${config.baseline})` : 'vis-timeline';
  lines.push(`| N | Figure | security-timeline | ${peerName} | ours/peer |`, '| --: | --- | --- | --- | --: |');
  for (const row of rows) {
    lines.push(`| ${int(row.n)} | ${row.name} (${row.unit}) | ${cell(row, row.ours, 'ours')} | ${cell(row, row.peer, 'peer')} | ${rowRatio(row)} |`);
  }
  lines.push('', '**Floor: parsing and validation alone, in the browser** (median [min–max] ms of fresh pages)', '');
  lines.push(
    "| N | Feed text | `JSON.parse` | `validateFeed` (first call) | validateFeed ÷ JSON.parse (each page's own, median [min–max]) | `readFeed` (second call, parse + validate) |",
    '| --: | --: | --: | --: | --: | --: |',
  );
  for (const n of config.sizes) {
    const f = results.floor[n];
    const c = (s) => (s ? `${ms(s.median)} [${ms(s.min)}–${ms(s.max)}]` : '–');
    lines.push(
      `| ${int(n)} | ${mb(results.feedBytes[n])} MB | ${c(f.parse)} | ${c(f.validate)} | ${f.ratio ? `${fmtRatio(f.ratio.median)} [${fmtRatio(f.ratio.min)}–${fmtRatio(f.ratio.max)}]` : '–'} | ${c(f.readFeed)} |`,
    );
  }
  lines.push('', '**Drop-in bundle size**', '');
  lines.push('| Bundle | Minified | gzip -9 |', '| --- | --: | --: |');
  lines.push(`| security-timeline (\`${size.ours.file}\`, lit and d3 inlined) | ${kb(size.ours.minified)} | ${kb(size.ours.gzip)} |`);
  lines.push(
    `| vis-timeline ${visVersion} standalone (\`vis-timeline/standalone/esm/vis-timeline-graph2d.min.mjs\`, with Graph2d, moment, hammer, CSS) | ${kb(size.peer.minified)} | ${kb(size.peer.gzip)} |`,
  );
  lines.push(`| ratio | ${fmtRatio(size.ours.minified / size.peer.minified)} | ${fmtRatio(size.ours.gzip / size.peer.gzip)} |`);
  lines.push('', '**Targets**', '');
  for (const check of checks) lines.push(`- ${check.pass ? 'PASS' : 'FAIL'}: ${check.name} — ${check.measured}`);
  if (results.notes.length) {
    lines.push('', '**Notes**', '');
    for (const note of results.notes) lines.push(`- ${note}`);
  }
  if (results.profile) {
    const p = results.profile;
    lines.push('', `**Profile of ours at ${int(p.n)}** (${p.bundle}; self time in ms)`, '');
    for (const phase of ['first frame', 'zoom', 'pan']) {
      const data = p[phase];
      if (!data) continue;
      lines.push(`- ${phase}: main thread ${data.trace.map((e) => `${e.name} ${ms(e.ms)}`).join(', ')}`);
      lines.push(
        `  - JS self time (${ms(data.js.total)} sampled): ${data.js.self
          .slice(0, 10)
          .map((e) => `${e.name} ${ms(e.ms)}`)
          .join('; ')}`,
      );
      lines.push(
        `  - JS total time: ${data.js.inclusive
          .slice(0, 12)
          .map((e) => `${e.name} ${ms(e.ms)}`)
          .join('; ')}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Main

const began = Date.now();
prepareBundle();
log('Writing the synthetic feeds …');
const feedBytes = await prepareFeeds();
const server = await startServer({
  '/pages/': join(here, 'pages'),
  '/dist/': join(buildDir, 'dist'),
  '/vis/': visDir,
  '/feeds/': join(buildDir, 'feeds'),
  '/build/': buildDir,
});
const executablePath = findChrome() ?? '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  pipe: true,
  args: FLAGS,
  protocolTimeout: Math.max(300_000, config.timeoutMs * 2),
});
const browserPid = browser.process()?.pid;
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpuModel(),
    cores: cpus().length,
    chromium: await browser.version(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
  },
  config: {...config, visTimeline: visVersion, puppeteerCore: puppeteerVersion, flags: FLAGS},
  sizes: sizes(),
  feedBytes,
  bySize: {},
  floor: {},
  notes: [],
};
log(`Serving ${server.origin}; ${results.machine.chromium}; ${results.machine.cpu}, ${results.machine.cores} cores`);

try {
  for (const n of config.sizes) {
    const peerRuns = n >= LARGE ? Math.min(config.runs, config.peerRunsLarge) : config.runs;
    const r = (results.bySize[n] = {ours: [], peer: [], floor: []});
    for (let run = 0; run < config.runs; run++) {
      for (const library of ['ours', 'peer', 'floor']) {
        if (library === 'peer' && run >= peerRuns) continue;
        if (library === 'peer' && r.peer.some((p) => p.timedOut)) {
          // One timeout says the rest would time out too: do not spend another two minutes each.
          continue;
        }
        const t0 = Date.now();
        let page;
        try {
          page = await runPage(browser, server.origin, library, n, library !== 'floor' && !r[library].some((p) => p.steps));
        } catch (error) {
          log(`  N=${int(n)} run ${run + 1} ${library} FAILED: ${error.message}`);
          results.notes.push(`N=${n} ${library} run ${run + 1} failed and is left out: ${error.message}`);
          continue;
        }
        page.loadAverage = loadavg()[0];
        r[library].push(page);
        const what =
          library === 'floor'
            ? `JSON.parse ${ms(page.parse)} ms, validateFeed ${ms(page.validate)} ms, readFeed ${ms(page.readFeed)} ms, ${page.problems} problems`
            : page.timedOut
              ? page.message
              : `first frame ${ms(page.handoff)} ms (+ parse ${ms(page.parse)}), ${int(page.dom)} elements, ${int(page.drawn)} items drawn, heap ${mb(page.heap)} MB` +
                (page.steps
                  ? `; zoom p95 ${ms(percentile(page.steps.zoom.times, 95))} ms work, ${ms(percentile(page.steps.zoom.latencies, 95))} ms painted; pan p95 ${ms(percentile(page.steps.pan.times, 95))} / ${ms(percentile(page.steps.pan.latencies, 95))} ms`
                  : '');
        const others = page.otherCores == null ? '' : `, others ${page.otherCores.toFixed(2)} cores`;
        log(`  N=${int(n)} run ${run + 1} ${library.padEnd(5)} ${what}  [${((Date.now() - t0) / 1000).toFixed(1)} s${others}]`);
        for (const error of page.errors ?? []) log(`    page error: ${error}`);
        if (page.errors?.length) results.notes.push(`N=${n} ${library} run ${run + 1}: ${page.errors.slice(0, 3).join(' | ')}`);
        if (library === 'ours' && !page.timedOut && (page.status !== 'ready' || page.drawn === 0)) {
          results.notes.push(`N=${n} ours run ${run + 1}: status ${page.status}, ${page.drawn} markers or clusters drawn`);
        }
        if (library === 'peer' && page.steps) {
          for (const kind of ['zoom', 'pan'])
            if (page.steps[kind].cut) results.notes.push(`N=${n} vis-timeline ${kind} steps cut short: ${page.steps[kind].cut}.`);
        }
        if (library === 'ours' && page.steps) {
          for (const kind of ['zoom', 'pan'])
            if (page.steps[kind].cut) results.notes.push(`N=${n} ours ${kind} steps cut short: ${page.steps[kind].cut}.`);
        }
      }
    }
    const timedOut = r.peer.filter((p) => p.timedOut).length;
    if (timedOut)
      results.notes.push(
        `N=${n}: vis-timeline timed out (> ${config.timeoutMs / 1000} s to the first frame); further vis-timeline pages at this size were skipped.`,
      );
    if (n >= LARGE && peerRuns < config.runs)
      results.notes.push(
        `N=${n}: vis-timeline measured on ${r.peer.length} fresh pages (ours on ${r.ours.length}), since each takes tens of seconds.`,
      );
    results.floor[n] = {
      parse: summary(r.floor.map((p) => p.parse)),
      validate: summary(r.floor.map((p) => p.validate)),
      readFeed: summary(r.floor.map((p) => p.readFeed)),
      ratio: summary(r.floor.map((p) => p.validate / p.parse)),
      problems: r.floor[0]?.problems,
    };
  }
  if (config.profile) {
    const n = Math.max(...config.sizes);
    log(`Profiling ours at ${int(n)} …`);
    results.profile = await profileOurs(browser, server.origin, n);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const contention = summary(Object.values(results.bySize).flatMap((r) => [...r.ours, ...r.peer, ...r.floor].map((p) => p.otherCores)));
if (contention) {
  results.machine.otherCores = contention;
  results.notes.push(
    `Other programs on this ${results.machine.cores}-core machine kept ${contention.median.toFixed(2)} cores busy during the median measurement (max ${contention.max.toFixed(2)}; each page waited up to 3 s for a quiet moment first). ` +
      'Figures taken while that is high are slower for both libraries; `otherCores` in the JSON gives it per page.',
  );
}
const rows = figures(results);
const checks = targets(results, rows);
results.figures = rows;
results.targets = checks;
results.durationSeconds = Math.round((Date.now() - began) / 1000);
results.machine.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));
results.notes.push(`Whole run: ${results.durationSeconds} s.`);

mkdirSync(resultsDir, {recursive: true});
const md = markdown(results, rows, checks);
writeFileSync(join(resultsDir, `${config.out}.json`), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(resultsDir, `${config.out}.md`), md);
log('');
log(md);
for (const check of checks) log(`${check.pass ? 'PASS' : 'FAIL'} ${check.name}: ${check.measured}`);
log(`\nWritten bench/results/${config.out}.json and bench/results/${config.out}.md`);
