import {createRequire} from 'node:module';
import path from 'node:path';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_ARGS, findChrome} from './scripts/find-chrome.mjs';
import {testServer} from './test/loading/server/test-server.mjs';
import {storybookDev} from './test/stories/storybook-dev.mjs';
import {storybookStatic} from './test/stories/storybook-static.mjs';
import {litDevelopmentImportMap} from './test/stories/lit-development.mjs';
import {validateCli} from './test/cli/run-cli.mjs';
import {importCli} from './test/cli/run-import-cli.mjs';
import {realInput} from './test/input/real-input.mjs';
import {reactVendor} from './test/frameworks/react-vendor.mjs';

const chrome = findChrome();
/** The zone the test browser thinks it is in. */
const BROWSER_TIME_ZONE = 'America/New_York';
if (!chrome) {
  console.error(
    'Tests need Chromium or Chrome. None was found: install it (Debian: apt-get install chromium) ' + 'or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

/**
 * Serves a .json file imported by a module (as the stories import the seed feed, which Vite
 * allows) as a JavaScript module; a plain fetch of the same file still gets JSON.
 */
const jsonModules = {
  name: 'json-modules',
  // The dev server caches transformed files by path; a module import and a fetch must not share.
  transformCacheKey(context) {
    return context.path.endsWith('.json') ? `json:${context.get('sec-fetch-dest')}` : undefined;
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return {body: `export default ${context.body};`, headers: {'content-type': 'text/javascript'}};
    }
  },
  // …and the browser's cache must not hand a fetched JSON body to a module import either.
  async serve(context) {
    if (context.path.endsWith('.json')) context.set('Vary', 'Sec-Fetch-Dest');
  },
};

/**
 * Test files run on a page with Lit's development build, as Storybook's dev server loads it, so
 * that they see Lit's dev-mode warnings (see test/stories/lit-development.mjs). The rest run with
 * Lit's production build, the one the package ships.
 */
const LIT_DEVELOPMENT_FILES = ['test/stories/stories-render.test.ts'].map((file) => path.resolve(file));

// The files asked for, found with the runner's own glob, then split between the two pages.
const patterns = process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'];
const globby = createRequire(createRequire(import.meta.url).resolve('@web/test-runner'))('globby');
const found = globby.sync(patterns, {absolute: true}).map((file) => path.resolve(file));
const litDevelopmentFiles = found.filter((file) => LIT_DEVELOPMENT_FILES.includes(file));
const litProductionFiles = found.filter((file) => !LIT_DEVELOPMENT_FILES.includes(file));

const testPage =
  (head = '') =>
  (testFramework) => `<!doctype html>
    <html lang="en"><head><meta charset="utf-8">${head}</head>
    <body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  // When the patterns find nothing at all, the runner says so.
  files: litProductionFiles.length ? litProductionFiles : litDevelopmentFiles.length ? undefined : patterns,
  groups: litDevelopmentFiles.length
    ? [{name: 'lit-development', files: litDevelopmentFiles, testRunnerHtml: testPage(litDevelopmentImportMap())}]
    : [],
  nodeResolve: {exportConditions: ['production']},
  // Real keyboard and mouse input needs the focused page; two pages at once would steal it.
  concurrency: 1,
  // A test file may take this long: the Storybook test starts the dev server, which on a fresh
  // machine first prepares its dependencies.
  testsFinishTimeout: 300_000,
  testFramework: {config: {timeout: 10000}},
  // Slow, huge, failing, live and hostile feeds, and pages under a strict CSP: see test/loading/server.
  // Storybook's static folders at the paths Storybook serves them (the feeds at /feeds), for the stories.
  middleware: [testServer(), await storybookStatic()],
  // `open-storybook`: the README's `npm start`, checked in a browser of its own (test/stories/storybook-dev.mjs).
  // `run-validate-cli`: the feed checker for publishers, run as a process (test/cli/run-cli.mjs).
  // `run-import-cli`, `read-real-data`: the ACLED and UCDP importer, run as a process (test/cli/run-import-cli.mjs).
  // `real-wheel`, `real-swipe`: a wheel and a touch swipe the browser delivers itself (test/input/real-input.mjs).
  // /test-vendor/react.js: React as a module, for the framework tests (test/frameworks/react-vendor.mjs).
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}),
    jsonModules,
    storybookDev(),
    validateCli(),
    importCli(),
    realInput(),
    reactVendor(),
  ],
  browsers: [
    chromeLauncher({
      // Precise memory figures for the leak test. The browser's own zone is neither UTC nor any
      // feed's, so that no date depends on where the reader's computer is by accident.
      launchOptions: {
        executablePath: chrome,
        headless: true,
        args: [...CHROME_ARGS, '--enable-precise-memory-info'],
        env: {...process.env, TZ: BROWSER_TIME_ZONE},
      },
    }),
  ],
  testRunnerHtml: testPage(),
};
