/** Before the pages run: the bundle, the feeds, the sizes of what a page loads. */
import {Buffer} from 'node:buffer';
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {buildDir, bundlePath, config, echartsBundle, feedName, log, modes, root, visBundle} from './config.mjs';

/** Builds (or checks) the bundle, then copies it aside: a `npm run build` elsewhere empties dist/ while it runs. */
export function prepareBundle() {
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

/** Writes the feeds the chosen modes read, as JSON text; returns their sizes in bytes by file name. */
export async function prepareFeeds() {
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
    for (const kind of new Set(modes.map((mode) => mode.feed))) {
      const name = feedName({feed: kind}, n);
      const feed = syntheticFeed({
        incidents: n,
        alerts: config.alerts,
        locations: config.locations,
        years: config.years,
        seed: config.seed,
        ...(kind === 'realistic' ? {realistic: true} : {}),
      });
      const text = JSON.stringify(feed);
      writeFileSync(join(buildDir, 'feeds', `${name}.json`), text);
      bytes[name] = Buffer.byteLength(text);
    }
  }
  return bytes;
}

/** An unminified bundle of the same source, so a profile names functions. */
export async function prepareDevBundle() {
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

export function sizes() {
  const measure = (file) => {
    const code = readFileSync(file);
    return {file: file.startsWith(root) ? file.slice(root.length + 1) : file, minified: code.length, gzip: gzipSync(code, {level: 9}).length};
  };
  return {
    ours: {...measure(join(buildDir, 'dist/security-timeline.bundle.js')), file: 'dist/security-timeline.bundle.js'},
    peer: measure(visBundle),
    echarts: measure(echartsBundle),
  };
}

export function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line ? line.split(':')[1].trim() : cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}
