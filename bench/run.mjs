#!/usr/bin/env node
/**
 * `npm run bench`: <security-timeline>, vis-timeline and ECharts side by side, in one headless
 * Chromium run, on the same synthetic feeds. See bench/README.md for what each figure means.
 *
 * Options (all optional):
 *   --no-build            use the existing dist/security-timeline.bundle.js instead of `npm run build`
 *   --sizes=1000,10000    incident counts (default 1000,10000,100000)
 *   --runs=5              fresh pages per mode and size (default 5)
 *   --only=ours-src,echarts  modes to run (default all): ours, vis, floor (plain feeds), ours-src,
 *                         ours-memory, vis-realistic, echarts, floor-realistic (realistic feeds);
 *                         `plain` and `realistic` name each group
 *   --peer-runs-large=3   fresh vis-timeline pages at 100,000 and above (default 3: about a minute each)
 *   --baseline=DIR        instead of vis-timeline, compare with another build of ours (DIR: its dist/
 *                         folder), its pages alternating with ours; plain modes only; results go to
 *                         results/baseline.*
 *   --steps=30            zoom steps and pan steps (each) on the first page of each mode and size
 *   --step-budget=60      seconds a library may spend on one series of steps before it is cut short
 *   --timeout=120         seconds a page may take to its first frame before it counts as timed out
 *   --profile             also profile our element at the largest size (CPU profile + trace summary)
 *   --network=100,20      load the pages via `src` over an emulated network: Mbit/s, latency in ms
 *   --out=latest          results file name in bench/results/ (.json and .md)
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {findChrome} from '../scripts/find-chrome.mjs';
import {startServer} from './server.mjs';
import {
  LARGE,
  buildDir,
  config,
  echartsDir,
  echartsVersion,
  here,
  log,
  modes,
  puppeteerVersion,
  resultsDir,
  visDir,
  visVersion,
} from './lib/config.mjs';
import {FLAGS} from './lib/browser.mjs';
import {cpuModel, prepareBundle, prepareFeeds, sizes} from './lib/prepare.mjs';
import {runPage, runSrcPage} from './lib/pages.mjs';
import {profileOurs} from './lib/profile.mjs';
import {figures, markdown, targets} from './lib/report.mjs';
import {realisticFigures, realisticTargets} from './lib/report-realistic.mjs';
import {int, mb, ms, percentile, summary} from './lib/stats.mjs';

/** One line saying what a page measured. */
function describe(mode, page) {
  if (page.timedOut) return page.message;
  if (mode.page === 'floor')
    return `JSON.parse ${ms(page.parse)} ms, validateFeed ${ms(page.validate)} ms, readFeed ${ms(page.readFeed)} ms, ${page.problems} problems`;
  const tasks = page.longTasks
    ? `; long tasks ${page.longTasks.count}, longest ${ms(page.longTasks.longest)} ms, blocking ${ms(page.longTasks.blocking)} ms`
    : '';
  if (mode.page === 'ours-src') {
    if (page.error) return `st-error: ${page.error}`;
    return (
      `painted ${ms(page.painted)} ms after navigation (feed arrived ${ms(page.feedArrived)}, st-load ${ms(page.loaded)}), ${int(page.dom)} elements, ` +
      `${int(page.drawn)} drawn, ${page.problems} problems, heap ${mb(page.heap)} MB${tasks}`
    );
  }
  const steps = page.steps
    ? `; zoom p95 ${ms(percentile(page.steps.zoom.times, 95))} ms work, ${ms(percentile(page.steps.zoom.latencies, 95))} ms painted; pan p95 ${ms(percentile(page.steps.pan.times, 95))} / ${ms(percentile(page.steps.pan.latencies, 95))} ms`
    : '';
  return `first frame ${ms(page.handoff)} ms (+ parse ${ms(page.parse)}), ${int(page.dom)} elements, ${int(page.drawn)} items drawn, heap ${mb(page.heap)} MB${tasks}${steps}`;
}

/** Notes a page leaves in the report: errors, nothing drawn, step series cut short. */
function notesOf(mode, page, n, run) {
  const notes = [];
  if (page.errors?.length) notes.push(`N=${n} ${mode.name} run ${run}: ${page.errors.slice(0, 3).join(' | ')}`);
  const ours = mode.page === 'ours' || mode.page === 'ours-src';
  if (ours && !page.timedOut && (page.status !== 'ready' || page.drawn === 0))
    notes.push(`N=${n} ${mode.name} run ${run}: status ${page.status}, ${page.drawn} markers or clusters drawn`);
  for (const kind of ['zoom', 'pan'])
    if (page.steps?.[kind].cut) notes.push(`N=${n} ${mode.label} (${mode.name}) ${kind} steps cut short: ${page.steps[kind].cut}.`);
  return notes;
}

const floorSummary = (pages) => ({
  parse: summary(pages.map((p) => p.parse)),
  validate: summary(pages.map((p) => p.validate)),
  readFeed: summary(pages.map((p) => p.readFeed)),
  ratio: summary(pages.map((p) => p.validate / p.parse)),
  problems: pages[0]?.problems,
});

const began = Date.now();
prepareBundle();
log('Writing the synthetic feeds …');
const feedBytes = await prepareFeeds();
const server = await startServer({
  '/pages/': join(here, 'pages'),
  '/dist/': join(buildDir, 'dist'),
  '/vis/': visDir,
  '/echarts/': echartsDir,
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
const ctx = {browser, origin: server.origin, pid: browser.process()?.pid};
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
  config: {...config, visTimeline: visVersion, echarts: echartsVersion, puppeteerCore: puppeteerVersion, flags: FLAGS},
  sizes: sizes(),
  feedBytes,
  bySize: {},
  floor: {},
  floorRealistic: {},
  notes: [],
};
log(
  `Serving ${server.origin}; ${results.machine.chromium}; ${results.machine.cpu}, ${results.machine.cores} cores; modes ${config.modes.join(', ')}`,
);

try {
  for (const n of config.sizes) {
    const slowRuns = n >= LARGE ? Math.min(config.runs, config.peerRunsLarge) : config.runs;
    const r = (results.bySize[n] = Object.fromEntries(modes.map((mode) => [mode.key, []])));
    for (let run = 0; run < config.runs; run++) {
      for (const mode of modes) {
        const pages = r[mode.key];
        if (mode.slow && run >= slowRuns) continue;
        // One timeout says the rest would time out too: do not spend another two minutes each.
        if (mode.slow && pages.some((p) => p.timedOut)) continue;
        const t0 = Date.now();
        let page;
        try {
          page =
            mode.page === 'ours-src'
              ? await runSrcPage(ctx, mode, n)
              : await runPage(ctx, mode, n, Boolean(mode.steps) && !pages.some((p) => p.steps));
        } catch (error) {
          log(`  N=${int(n)} run ${run + 1} ${mode.name} FAILED: ${error.message}`);
          results.notes.push(`N=${n} ${mode.name} run ${run + 1} failed and is left out: ${error.message}`);
          continue;
        }
        page.loadAverage = loadavg()[0];
        pages.push(page);
        const others = page.otherCores == null ? '' : `, others ${page.otherCores.toFixed(2)} cores`;
        log(`  N=${int(n)} run ${run + 1} ${mode.name.padEnd(15)} ${describe(mode, page)}  [${((Date.now() - t0) / 1000).toFixed(1)} s${others}]`);
        for (const error of page.errors ?? []) log(`    page error: ${error}`);
        results.notes.push(...notesOf(mode, page, n, run + 1));
      }
    }
    for (const mode of modes.filter((m) => m.slow)) {
      const pages = r[mode.key];
      if (pages.some((p) => p.timedOut))
        results.notes.push(
          `N=${n}: ${mode.label} (${mode.name}) timed out (> ${config.timeoutMs / 1000} s to the first frame); further pages of it at this size were skipped.`,
        );
      if (n >= LARGE && slowRuns < config.runs)
        results.notes.push(
          `N=${n}: ${mode.label} (${mode.name}) measured on ${pages.length} fresh pages (the others on up to ${config.runs}), since each takes tens of seconds.`,
        );
    }
    if (r.floor) results.floor[n] = floorSummary(r.floor);
    if (r.floorRealistic) results.floorRealistic[n] = floorSummary(r.floorRealistic);
  }
  if (config.profile) {
    const n = Math.max(...config.sizes);
    log(`Profiling ours at ${int(n)} …`);
    results.profile = await profileOurs(ctx, n);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const contention = summary(
  Object.values(results.bySize)
    .flatMap((r) => Object.values(r).flat())
    .map((p) => p.otherCores),
);
if (contention) {
  results.machine.otherCores = contention;
  results.notes.push(
    `Other programs on this ${results.machine.cores}-core machine kept ${contention.median.toFixed(2)} cores busy during the median measurement (max ${contention.max.toFixed(2)}; each page waited up to 3 s for a quiet moment first). ` +
      'Figures taken while that is high are slower for every library; `otherCores` in the JSON gives it per page.',
  );
}
const rows = figures(results);
results.realisticFigures = realisticFigures(results);
const checks = [...targets(results, rows), ...realisticTargets(results.realisticFigures)];
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
