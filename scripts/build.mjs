/**
 * Builds what the package publishes:
 *   dist/lib/…                       the ESM library with .d.ts types, bare imports of lit and d3
 *   dist/security-timeline.bundle.js one self-contained, minified module (lit and d3 inlined)
 * and prints the bundle's minified and gzip sizes.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

rmSync('dist', {recursive: true, force: true});
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {stdio: 'inherit'});

const bundle = 'dist/security-timeline.bundle.js';
await build({
  entryPoints: ['src/index.ts'],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  // Lit's production build: no dev-mode warnings, smaller.
  conditions: ['production'],
  sourcemap: true,
});

const code = readFileSync(bundle);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${bundle}: ${kb(code.length)} minified, ${kb(gzipSync(code, {level: 9}).length)} gzip`);
