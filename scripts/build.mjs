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

/**
 * Modules d3-scale imports for features the timeline never uses (colour interpolation, number
 * formatting), replaced in the one-file bundle by small stand-ins; the ESM library keeps the real ones.
 */
const shims = {
  'd3-interpolate': new URL('./bundle-shims/d3-interpolate.js', import.meta.url).pathname,
  'd3-format': new URL('./bundle-shims/d3-format.js', import.meta.url).pathname,
};
const shimPlugin = {
  name: 'bundle-shims',
  setup(builder) {
    builder.onResolve({filter: /^d3-(interpolate|format)$/}, (args) => ({path: shims[args.path]}));
  },
};

/** Collapses whitespace inside css`…` templates; the styles hold no strings where it matters. */
const minifyCssPlugin = {
  name: 'minify-css-templates',
  setup(builder) {
    builder.onLoad({filter: /\.styles\.ts$/}, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (_, body) =>
        'css`' + body.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').trim() + '`',
      );
      return {contents, loader: 'ts'};
    });
  },
};

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
  plugins: [shimPlugin, minifyCssPlugin],
});

const code = readFileSync(bundle);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${bundle}: ${kb(code.length)} minified, ${kb(gzipSync(code, {level: 9}).length)} gzip`);
