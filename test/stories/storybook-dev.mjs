/**
 * A test runner plugin for the README's first command: the server command `open-storybook` runs
 * `npm start` (Storybook's dev server) on a free port, opens its home page in its own headless
 * Chromium the way a reader would, and reports what the page shows: which story it lands on and
 * what that story's timeline drew, and the warnings on its console (Lit's dev-mode warnings among
 * them). The dev server and the browser are stopped before it answers.
 *
 * The story runs on another origin than the test page, so the facts are read here and handed
 * back; the test in storybook-dev.test.ts asserts on them.
 */
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome} from '../../scripts/find-chrome.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STARTUP_MS = 90_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `npm start` on `port`; resolves once the server answers, rejects with its output if it exits first. */
async function startStorybook(port) {
  // Later options win: the README's command, on a port no one else is using, without prompts.
  const child = spawn('npm', ['start', '--', '--port', String(port), '--ci', '--no-version-updates', '--exact-port'], {
    cwd: root,
    env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
    // Its own process group, so stopping it also stops the server npm started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + STARTUP_MS;
  process.once('exit', stop);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output.slice(-2000)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/index.json`);
      if (response.ok) return {origin: `http://127.0.0.1:${port}`, stop};
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`npm start did not answer within ${STARTUP_MS / 1000} s:\n${output.slice(-2000)}`);
}

/** What the reader sees on Storybook's home page once it has settled: the first timeline on it, and the API table of a docs page. */
async function visitHome(origin) {
  const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: CHROME_ARGS});
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1280, height: 800});
    const problems = [];
    // The manager's and the preview's (the story's frame's) console warnings.
    const warnings = [];
    // Storybook's pages name no icon, and the browser asks for one anyway; the "Fetch error"
    // story, on the docs page too, asks for a feed that does not exist.
    const meantToFail = (url = '') => url.endsWith('/favicon.ico') || url.endsWith('/feeds/no-such-feed.json');
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !meantToFail(message.location()?.url)) problems.push(`console: ${message.text()}`);
      if (message.type() === 'warn') warnings.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !meantToFail(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${origin}/`, {waitUntil: 'load', timeout: STARTUP_MS});
    // The manager picks the first entry and puts it in the address.
    await page.waitForFunction(() => /^\/(story|docs)\//.test(new URLSearchParams(location.search).get('path') ?? ''), {timeout: STARTUP_MS});
    const frame = await (await page.waitForSelector('#storybook-preview-iframe', {timeout: STARTUP_MS})).contentFrame();
    // Settled: the first timeline has its data (or its error), and the docs page its API table;
    // or Storybook shows that the page failed.
    const settled = await frame
      .waitForFunction(
        () => {
          if (document.body?.classList.contains('sb-show-errordisplay')) return true;
          const element = document.querySelector('security-timeline');
          const docs = new URLSearchParams(location.search).get('viewMode') === 'docs';
          return (
            element && element.status !== 'empty' && element.status !== 'loading' && (!docs || document.querySelector('.docblock-argstable tbody tr'))
          );
        },
        {timeout: STARTUP_MS},
      )
      .then(
        () => true,
        () => false,
      );
    if (!settled) problems.push(`the page did not settle within ${STARTUP_MS / 1000} s`);
    const failure = await frame.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent?.trim() || 'an error' : null,
    );
    if (failure) problems.push(`Storybook shows: ${failure}`);
    if (!settled || failure) return {path: new URL(page.url()).searchParams.get('path'), story: null, api: [], problems, warnings};
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const story = await frame.evaluate(() => {
      const element = document.querySelector('security-timeline');
      const shadow = element.shadowRoot;
      return {
        status: element.status,
        title: shadow.querySelector('[part~="header"] h2')?.textContent?.trim() ?? null,
        lanes: [...shadow.querySelectorAll('.lane-label')].map((label) => label.textContent.trim()),
        bands: [...shadow.querySelectorAll('[part~="band"]')].map((band) => band.getAttribute('data-id')),
        markers: [...shadow.querySelectorAll('[part~="marker"]')].map((marker) => marker.getAttribute('data-id')),
        src: element.getAttribute('src'),
      };
    });
    // The names in the first column of the docs page's API table (section rows have one cell).
    const api = await frame.evaluate(() =>
      [...document.querySelectorAll('.docblock-argstable tbody tr')]
        .filter((row) => row.children.length > 1)
        .map((row) => row.children[0].textContent.trim()),
    );
    return {path: new URL(page.url()).searchParams.get('path'), story, api, problems, warnings};
  } finally {
    await browser.close();
  }
}

/**
 * Commands: `open-storybook` starts the visit and answers at once; `storybook-report` answers
 * `{done: false}` until the visit is over, then `{done: true, home}` or `{done: true, error}`.
 * (A command must answer within the runner's 20 s, and a first start on a fresh machine can take longer.)
 */
export function storybookDev() {
  let visit;
  let stopServer;
  return {
    name: 'storybook-dev',
    async executeCommand({command}) {
      if (command === 'open-storybook') {
        visit = (async () => {
          const server = await startStorybook(await freePort());
          stopServer = server.stop;
          try {
            return {done: true, home: await visitHome(server.origin)};
          } finally {
            server.stop();
          }
        })().catch((error) => ({done: true, error: String(error?.stack ?? error)}));
        return {started: true};
      }
      if (command === 'storybook-report') {
        if (!visit) return {done: true, error: 'open-storybook was not called'};
        return await Promise.race([visit, new Promise((resolve) => setTimeout(() => resolve({done: false}), 1000))]);
      }
      return undefined;
    },
    // The dev server runs in its own process group: it must not outlive an interrupted run.
    serverStop() {
      stopServer?.();
    },
  };
}
