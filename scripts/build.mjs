/**
 * Builds what the package publishes:
 *   dist/lib/…                       the ESM library with .d.ts types, bare imports of lit and d3
 *   dist/security-timeline.bundle.js one self-contained, minified module (lit and d3 inlined), and
 *   dist/security-timeline.*.js       the chunks it loads on demand, beside it
 * and prints the sizes of its first load and of each chunk.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {basename} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

/**
 * Modules d3-scale imports for features the timeline never uses (colour interpolation, number
 * formatting, tick generation), replaced in the one-file bundle by small stand-ins; the ESM library keeps the real ones.
 */
const shims = {
  'd3-interpolate': new URL('./bundle-shims/d3-interpolate.js', import.meta.url).pathname,
  'd3-format': new URL('./bundle-shims/d3-format.js', import.meta.url).pathname,
  'd3-array': new URL('./bundle-shims/d3-array.js', import.meta.url).pathname,
};
const shimPlugin = {
  name: 'bundle-shims',
  setup(builder) {
    builder.onResolve({filter: /^d3-(interpolate|format|array)$/}, (args) => ({path: shims[args.path]}));
  },
};

/** d3-time builds every interval at load; marked pure, the intervals the timeline never uses are dropped. */
const pureD3TimePlugin = {
  name: 'pure-d3-time',
  setup(builder) {
    builder.onLoad({filter: /d3-time[\\/]dist[\\/]d3-time\.mjs$/}, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/= (timeInterval|weekday|utcWeekday|ticker)\(/g, '= /* @__PURE__ */ $1('),
      loader: 'js',
    }));
  },
};

/** Collapses whitespace inside css`…` templates; the styles hold no strings where it matters. */
const minifyCssPlugin = {
  name: 'minify-css-templates',
  setup(builder) {
    builder.onLoad({filter: /\.styles\.ts$/}, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (_, body) =>
        'css`' +
          body
            .replace(/\/\*[^]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{}:;,>])\s*/g, '$1')
            // The last declaration of a block needs no semicolon, nor a fraction its leading zero.
            .replace(/;}/g, '}')
            .replace(/([^\d.])0\.(\d)/g, '$1.$2')
            .trim() +
          '`',
      );
      return {contents, loader: 'ts'};
    });
  },
};

/**
 * Shortens the indentation inside html`…` and svg`…` templates of the element to one newline: the
 * same whitespace to the HTML parser (no element of ours preserves whitespace), fewer bytes.
 * Found through the TypeScript syntax tree, so text inside expressions and strings is untouched.
 */
const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(builder) {
    builder.onLoad({filter: /[\\/]src[\\/]elements[\\/].*\.ts$/}, async (args) => {
      const {default: ts} = await import('typescript');
      const source = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true);
      const spans = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(file))) {
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) spans.push([part.getStart(file), part.getEnd()]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = '';
      let at = 0;
      for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
        contents += source.slice(at, start) + source.slice(start, end).replace(/\n\s+/g, '\n');
        at = end;
      }
      return {contents: contents + source.slice(at), loader: 'ts'};
    });
  },
};

rmSync('dist', {recursive: true, force: true});
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {stdio: 'inherit'});

const bundle = 'dist/security-timeline.bundle.js';
// One entry module, and a chunk beside it for each part loaded on demand (`import()`), which the
// entry loads relative to its own URL: from a CDN as well as from the page's origin.
const built = await build({
  entryPoints: {'security-timeline.bundle': 'src/index.ts'},
  outdir: 'dist',
  chunkNames: 'security-timeline.[name]-[hash]',
  splitting: true,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  // Lit's production build: no dev-mode warnings, smaller.
  conditions: ['production'],
  sourcemap: true,
  plugins: [shimPlugin, minifyCssPlugin, minifyTemplatesPlugin, pureD3TimePlugin],
  metafile: true,
});

/**
 * Members the terser pass below gives short names, in the entry and every chunk alike. Only
 * distinctive names of the element's own objects are listed: a name that lit, d3, the DOM or a
 * feed also uses (`host`, `size`, `view`…), a reactive property, or anything reached by a string
 * must keep its own.
 */
const PRIVATE_MEMBERS = new RegExp(
  '^(' +
    [
      'alertRowsOf', 'announcer', 'axisSettings', 'beginGesture', 'bind', 'cachesFor', 'cachesOwner', 'callbacks',
      'clusterCaches', 'fetchAll', 'findItem', 'focusedIncident', 'itemIds', 'keyboard', 'lanesUnder', 'levelsById',
      'markerLayout', 'markerSlots', 'markerSlotsOf', 'markup', 'markupFeed', 'modelOf', 'moveAcrossLanes', 'moveInTime',
      'msPerPx', 'onVisibilityChange', 'pointers', 'pressedTarget', 'problemList', 'readStyles', 'refreshDue',
      'refreshTimer', 'renderChartArea', 'renderDetails', 'renderLazy', 'requestedWindow', 'scheduleRefresh', 'selection',
      'setFilter', 'setHovered', 'slotCount', 'slotOfId', 'timeAt', 'watchVisibility', 'watchingVisibility', 'clearHover',
      'selectionChanged', 'writeSelected', 'zoomToSpan', 'tapped', 'hovering', 'requested', 'onWheel', 'onPointerDown',
      'onPointerMove', 'onPointerUp', 'onPointerOver', 'onPointerLeave', 'onDoubleClick', 'onKeyDown', 'onToggleProblems',
      'onZoomIn', 'onZoomOut', 'onFitAll', 'onToggleTable', 'laneOfIncident', 'alertLanes', 'incidentIndices',
      'alertIndices', 'placement', 'countDigitPx', 'stripeRows', 'activeIds', 'ringed', 'alertRows', 'focusWithin',
      'focusedId', 'laneHeight', 'alsoInForce', 'takeChange', 'announceWhenSettled', 'focusItem', 'setFocused', 'panBy',
      'dragging', 'hovered', 'originals', 'inputs', 'problemPointer', 'removePath',
      'sourcesById', 'gesture', 'loader',
    ].join('|') +
    ')$',
);

// terser compresses a few per cent further than esbuild's minifier. One name cache for every
// file, so that a property mangled in the entry has the same short name in the chunks.
const {minify} = await import('terser');
const nameCache = {};
const outputs = Object.keys(built.metafile.outputs).filter((path) => path.endsWith('.js'));
for (const file of outputs) {
  const terse = await minify(readFileSync(file, 'utf8'), {
    module: true,
    ecma: 2022,
    compress: {passes: 3, unsafe_arrows: true, pure_getters: true},
    mangle: {properties: {regex: PRIVATE_MEMBERS}},
    nameCache,
    // Chromium compiles every function of a file with this comment while the file streams in, off
    // the main thread: nearly all of the entry's functions run when the first feed is drawn, and
    // would otherwise be compiled then, one by one, on the main thread.
    format: {comments: false, preamble: file === bundle ? '//# allFunctionsCalledOnLoad' : undefined},
    sourceMap: {content: readFileSync(`${file}.map`, 'utf8'), url: `${basename(file)}.map`},
  });
  writeFileSync(file, terse.code);
  writeFileSync(`${file}.map`, terse.map);
}

if (process.env.BUNDLE_REPORT) {
  // BUNDLE_REPORT=1 npm run build: what each input adds to the entry, before terser.
  const inputs = built.metafile.outputs[bundle].inputs;
  for (const [path, {bytesInOutput}] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 25)) {
    console.log(String(bytesInOutput).padStart(8), path);
  }
}

/** The files a module loads before it runs (static imports, transitively), itself included. */
function firstLoad(file, seen = new Set()) {
  seen.add(file);
  for (const {path, kind} of built.metafile.outputs[file].imports) {
    if (kind === 'import-statement' && !seen.has(path)) firstLoad(path, seen);
  }
  return seen;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (files) => {
  const codes = [...files].map((file) => readFileSync(file));
  return {minified: codes.reduce((sum, code) => sum + code.length, 0), gzip: codes.reduce((sum, code) => sum + gzipSync(code, {level: 9}).length, 0)};
};
const first = sizes(firstLoad(bundle));
const all = sizes(outputs);
console.log(`${bundle}: first load ${kb(first.minified)} minified, ${kb(first.gzip)} gzip (${[...firstLoad(bundle)].map((file) => basename(file)).join(' + ')})`);
for (const file of outputs.filter((file) => !firstLoad(bundle).has(file))) {
  const {minified, gzip} = sizes([file]);
  console.log(`  on demand: ${basename(file)}: ${kb(minified)} minified, ${kb(gzip)} gzip`);
}
console.log(`  all files: ${kb(all.minified)} minified, ${kb(all.gzip)} gzip`);
