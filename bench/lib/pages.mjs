/** One measured page of a mode: its first frame, its heap, and the zoom and pan series when asked. */
import {config, feedName, log} from './config.mjs';
import {Timeout, freshPage, heapAfterGc, openPage, waitForQuiet, watchContention, withTimeout} from './browser.mjs';

export const ZOOM_PATTERN = (i) => (Math.floor(i / 8) % 2 === 0 ? 2 : 0.5); // in ×8, out ×8, in ×8, out ×6
export const PAN_PATTERN = (i, steps) => (i < steps / 2 ? 0.1 : -0.1); // 10 % of the span right, then back

const DAY_MS = 86_400_000;
/** The windows the zoom and pan series start from, the same for every library. */
export function stepWindows() {
  const start = Date.UTC(2020, 0, 1);
  const end = start + config.years * 365 * DAY_MS;
  return {zoom: [start, end], pan: [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 1) + (end - start) / 8]};
}

/** Zoom and pan series, each from the same window for every library. */
async function runSteps(page, timeoutMs) {
  const series = {};
  for (const kind of ['zoom', 'pan']) {
    const [from, to] = stepWindows()[kind];
    const shown = await withTimeout(
      page.evaluate((a, b) => window.bench.show(a, b), from, to),
      timeoutMs,
      `${kind}: showing the start window`,
    );
    const times = [];
    const latencies = [];
    const settled = [];
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
        if (step.settled != null) settled.push(step.settled);
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
    // ECharts draws large series over several frames: when the last of them was drawn.
    if (settled.length) series[kind].settled = settled;
  }
  return series;
}

function pathOf(mode) {
  if (mode.page === 'floor') return '/pages/floor.html';
  if (mode.page === 'peer' && config.baseline) return '/pages/ours.html?bundle=baseline';
  return `/pages/${mode.page}.html`;
}

/** One fresh page of `mode` at `n`, the data handed over from memory: first frame, heap, and the step series when asked. */
export async function runPage(ctx, mode, n, withSteps) {
  const {context, page, client, errors} = await openPage(ctx.browser, ctx.origin, pathOf(mode));
  const feed = feedName(mode, n);
  try {
    if (mode.page === 'floor') {
      await page.evaluate((k) => window.bench.fetchFeed(k), feed);
      await heapAfterGc(client); // the same starting point as the timeline pages
      await waitForQuiet(ctx.pid);
      const contention = watchContention(ctx.pid);
      const floor = await withTimeout(
        page.evaluate(() => window.bench.floor()),
        config.timeoutMs,
        'floor',
      );
      return {...floor, otherCores: contention(), errors};
    }
    const heapEmpty = await heapAfterGc(client);
    await page.evaluate((k) => window.bench.fetchFeed(k), feed);
    await waitForQuiet(ctx.pid);
    let first;
    const contention = watchContention(ctx.pid);
    // Realistic modes parse the text in one task and hand the object over in the next, so that the
    // long tasks they report are the hand-over's own, as when a page's `await response.json()` ends.
    const parseApart = mode.feed === 'realistic';
    try {
      first = await withTimeout(
        page.evaluate((apart) => window.bench.firstFrame({parseApart: apart}), parseApart),
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
      await waitForQuiet(ctx.pid);
      const contention = watchContention(ctx.pid);
      steps = await runSteps(page, config.timeoutMs);
      steps.otherCores = contention();
    }
    await page.evaluate(() => window.bench.drop());
    const heap = await heapAfterGc(client);
    const result = {...first, heap, heapEmpty, heapData: heap - heapEmpty, errors};
    if (steps) result.steps = steps;
    return result;
  } finally {
    await closePage(context);
  }
}

/**
 * One fresh page whose element fetches the feed itself (`<security-timeline src>`): the page is
 * opened blank, the run waits for a quiet moment, then navigates; the page reports, in ms after
 * navigation start, when each step of the load happened and the long tasks until the first frame.
 */
export async function runSrcPage(ctx, mode, n, {bundle} = {}) {
  const {context, page, errors} = await freshPage(ctx.browser, ctx.origin);
  try {
    if (config.network) {
      const client = await page.createCDPSession();
      const bytesPerSecond = (config.network.mbit * 1e6) / 8;
      await client.send('Network.enable');
      await client.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: config.network.latencyMs,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
    }
    await waitForQuiet(ctx.pid);
    const contention = watchContention(ctx.pid);
    const query = new URLSearchParams({feed: feedName(mode, n), ...(bundle ? {bundle} : {})});
    let load;
    try {
      await withTimeout(page.goto(`${ctx.origin}/pages/${mode.page}.html?${query}`, {waitUntil: 'load'}), config.timeoutMs, 'loading the page');
      await page.waitForFunction(() => window.benchResult != null, {timeout: config.timeoutMs, polling: 100});
      load = await page.evaluate(() => window.benchResult);
    } catch (error) {
      if (error instanceof Timeout || error.name === 'TimeoutError') return {timedOut: true, message: error.message, errors};
      throw error;
    }
    load.otherCores = contention();
    if (load.error) errors.push(`st-error: ${load.error}`);
    const client = await page.createCDPSession();
    return {...load, heap: await heapAfterGc(client), errors};
  } finally {
    await closePage(context);
  }
}

/** Closing the context ends its renderer, even one still busy after a timeout. */
async function closePage(context) {
  await withTimeout(context.close(), 30_000, 'closing a page').catch((error) => log(`  (could not close a page: ${error.message})`));
}
