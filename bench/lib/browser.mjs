/** The browser: its flags, fresh pages, timeouts, and waiting for a quiet machine. */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {cpus} from 'node:os';
import {CHROME_ARGS} from '../../scripts/find-chrome.mjs';
import {config} from './config.mjs';

export const FLAGS = [
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

export class Timeout extends Error {}
export function withTimeout(promise, limit, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Timeout(`${what} took more than ${limit / 1000} s`)), limit);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** CPU time (clock ticks) used so far by the browser and all its processes, or null without /proc. */
export function browserCpuTicks(rootPid) {
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
export function watchContention(rootPid) {
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
export async function waitForQuiet(rootPid) {
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

export async function heapAfterGc(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const {usedSize} = await client.send('Runtime.getHeapUsage');
  return usedSize;
}

/** A fresh, blank page in its own browser context (its own renderer, heap and cache), errors collected. */
export async function freshPage(browser, origin) {
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
  return {context, page, errors};
}

/** A fresh page at `path`, once its script says it is ready (`window.benchReady`). */
export async function openPage(browser, origin, path) {
  const {context, page, errors} = await freshPage(browser, origin);
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
