/**
 * `--profile`: where our element spends its time, on an unminified build of the same source: the
 * load of a realistic feed through `src` (when that mode runs), and the first frame, zoom and pan
 * series from memory (when `ours` runs). CPU profile (100 µs sampling) and Chromium trace of each.
 */
import {Buffer} from 'node:buffer';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {buildDir, config, ran} from './config.mjs';
import {freshPage, openPage, waitForQuiet} from './browser.mjs';
import {PAN_PATTERN, ZOOM_PATTERN, stepWindows} from './pages.mjs';
import {prepareDevBundle} from './prepare.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
const LONG_TASK_MS = 50;

/** When each sample of a CPU profile was taken (µs, the trace's clock) and how long it stands for (ms). */
function sampleTimes(profile) {
  const at = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    at.push(t);
  }
  return at;
}

/**
 * JS time by function: self time, and total time (each function counted once per sample's stack),
 * of the samples in [from, to] (µs) when given.
 */
function timeByFunction(profile, top = 15, [from, to] = [-Infinity, Infinity]) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node) => {
    const {functionName, url, lineNumber} = node.callFrame;
    const file = url ? url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const at = sampleTimes(profile);
  const self = new Map();
  const total = new Map();
  let sum = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (at[i] < from || at[i] > to) continue;
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
      .filter(([name]) => name !== '(idle)' && name !== '(program)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => ({name, ms: t}));
  return {total: sum, self: rank(self), inclusive: rank(total)};
}

/** The complete events of the page's renderer main thread (of the renderer main threads, the busiest), by start. */
function mainThreadSlices(events) {
  const busy = new Map();
  for (const e of events)
    if (e.ph === 'X' && e.dur > 0 && e.name === 'RunTask') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const renderers = new Set(events.filter((e) => e.name === 'process_name' && e.args?.name === 'Renderer').map((e) => e.pid));
  const main = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && renderers.has(e.pid))
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  if (!main) return [];
  return events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** Self time of the slices, by event name (ms), of those that start in [from, to] (µs) when given. */
function selfByName(slices, top = 12, [from, to] = [-Infinity, Infinity]) {
  const self = new Map();
  const stack = [];
  for (const event of slices) {
    if (event.ts < from || event.ts > to) continue;
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  return [...self.entries()]
    .filter(([, t]) => t > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => ({name, ms: t / 1000}));
}

/**
 * The main thread's tasks over 50 ms: when (ms after `origin`, µs), how long, and what they spent
 * their time on: trace events by self time, and JS functions by self and total time.
 */
function longTasks(slices, profile, origin) {
  return slices
    .filter((e) => e.name === 'RunTask' && e.dur > LONG_TASK_MS * 1000)
    .map((task) => {
      const span = [task.ts, task.ts + task.dur];
      const js = timeByFunction(profile, 6, span);
      return {start: (task.ts - origin) / 1000, ms: task.dur / 1000, events: selfByName(slices, 6, span), self: js.self, inclusive: js.inclusive};
    });
}

/** Where a trace says the page at `path` started navigating (µs), else its first event. */
function navigationStart(events, path) {
  const start = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(path));
  return start?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
}

async function record(page, client, action) {
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', {interval: 100});
  await page.tracing.start({categories: CATEGORIES});
  await client.send('Profiler.start');
  const result = await action();
  const {profile} = await client.send('Profiler.stop');
  const trace = Buffer.from(await page.tracing.stop()).toString('utf8');
  return {result, profile, trace};
}

function keep(name, profile, trace) {
  mkdirSync(join(buildDir, 'profiles'), {recursive: true});
  writeFileSync(join(buildDir, 'profiles', `${name}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(buildDir, 'profiles', `${name}.trace.json`), trace);
}

/**
 * The load through `src`: the page is first opened on an empty page of the same origin, where
 * the profiler starts, so that it keeps sampling in the same renderer across the navigation.
 */
async function profileSrcLoad(ctx, n) {
  const {context, page} = await freshPage(ctx.browser, ctx.origin);
  try {
    await page.goto(`${ctx.origin}/pages/blank.html`, {waitUntil: 'load'});
    const client = await page.createCDPSession();
    await waitForQuiet(ctx.pid);
    const path = '/pages/ours-src.html';
    const {result, profile, trace} = await record(page, client, async () => {
      await page.goto(`${ctx.origin}${path}?feed=realistic-${n}&bundle=dev`, {waitUntil: 'load'});
      await page.waitForFunction(() => window.benchResult != null, {timeout: config.timeoutMs, polling: 100});
      return page.evaluate(() => window.benchResult);
    });
    keep(`ours-src-${n}-load`, profile, trace);
    const events = JSON.parse(trace).traceEvents;
    const slices = mainThreadSlices(events);
    const origin = navigationStart(events, path);
    const loaded = [origin, origin + result.painted * 1000];
    return {
      painted: result.painted,
      js: timeByFunction(profile, 15, loaded),
      trace: selfByName(slices, 12, loaded),
      longTasks: longTasks(slices, profile, origin).filter((task) => task.start <= result.painted),
    };
  } finally {
    await context.close().catch(() => {});
  }
}

async function profileFromMemory(ctx, n, phase) {
  const {context, page, client} = await openPage(ctx.browser, ctx.origin, '/pages/ours.html?bundle=dev');
  try {
    await page.evaluate((k) => window.bench.fetchFeed(k), String(n));
    if (phase !== 'first frame') await page.evaluate(() => window.bench.firstFrame());
    await waitForQuiet(ctx.pid);
    const {result, profile, trace} = await record(page, client, async () => {
      if (phase === 'first frame') return page.evaluate(() => window.bench.firstFrame());
      const [from, to] = stepWindows()[phase];
      await page.evaluate((a, b) => window.bench.show(a, b), from, to);
      for (let i = 0; i < config.steps; i++)
        await page.evaluate((k, a) => window.bench[k](a), phase, phase === 'zoom' ? ZOOM_PATTERN(i) : PAN_PATTERN(i, config.steps));
      return null;
    });
    keep(`ours-${n}-${phase.replace(' ', '-')}`, profile, trace);
    return {result, js: timeByFunction(profile), trace: selfByName(mainThreadSlices(JSON.parse(trace).traceEvents))};
  } finally {
    await context.close().catch(() => {});
  }
}

/** Profiles of our element at `n`, for the modes that ran. */
export async function profileOurs(ctx, n) {
  await prepareDevBundle();
  const out = {n, bundle: 'unminified build of src/index.ts (bench/.build/dev)'};
  if (ran('ours-src')) out['src load'] = await profileSrcLoad(ctx, n);
  if (ran('ours')) {
    for (const phase of ['first frame', 'zoom', 'pan']) {
      const {result, ...data} = await profileFromMemory(ctx, n, phase);
      if (result) out.firstFrame = result;
      out[phase] = data;
    }
  }
  return out;
}
