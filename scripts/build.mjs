/**
 * Builds what the package publishes:
 *   dist/lib/…                       the ESM library with .d.ts types, bare imports of lit and d3
 *   dist/security-timeline.bundle.js one self-contained, minified module (lit and d3 inlined)
 * and prints the bundle's minified and gzip sizes.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
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
    builder.onLoad({filter: /\.component\.ts$/}, async (args) => {
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
const built = await build({
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
  plugins: [shimPlugin, minifyCssPlugin, minifyTemplatesPlugin, pureD3TimePlugin],
  metafile: Boolean(process.env.BUNDLE_REPORT),
});

const PRIVATE_MEMBERS = new RegExp(
  '^(' +
    [
      'announceTimer', 'axisFor', 'beginGesture', 'cachesFor', 'clusterCaches', 'clusterCachesOf', 'describeAlert',
      'describeIncident', 'effectiveLocale', 'findItem', 'focusItem', 'focusedIncident', 'getModel', 'itemElementOf',
      'itemIds', 'laneHeight', 'laneHeightPx', 'levelsById', 'markupChanged', 'markupFeed', 'markupObserver', 'modelKey',
      'moveFocusAcrossLanes', 'moveFocusInTime', 'onDoubleClick', 'onKeyDown', 'onPointerDown', 'onPointerLeave',
      'onPointerMove', 'onPointerOver', 'onPointerUp', 'onTap', 'onWheel', 'outerBounds', 'parseWindow', 'plotEdges',
      'pressedTarget', 'readLaneHeight', 'renderAxis', 'renderBands', 'renderChartArea', 'renderCluster',
      'renderClusterTooltip', 'renderDetails', 'renderEmpty', 'renderError', 'renderHeader', 'renderLaneLegend',
      'renderLanes', 'renderLegend', 'renderMarker', 'renderMarkers', 'renderProblems', 'renderStale', 'renderTable',
      'renderToday', 'renderTooltip', 'resizeObserver', 'setFilter', 'setView', 'sourcesById', 'summaryText', 'timeAt',
      'zoomToSpan', 'scheduleRefresh', 'watchVisibility', 'fetchAll', 'originals',
      'gesture', 'inputs', 'loader', 'pointers',
      'alertRows', 'alertRowsFor', 'countDigitPx', 'renderClusters', 'markerSlots', 'markerSlotsOf', 'slotOfId', 'slotCount', 
      'onVisibilityChange', 'refreshDue', 'refreshTimer', 'watchingVisibility', 'failures', 'callbacks',
      'laneOfIncident', 'alertLanes', 'problemPointer', 'removePath', 'incidentIndices', 'alertIndices',
    ].join('|') +
    ')$',
);

// terser compresses a few per cent further than esbuild's minifier; the budget is tight.
const {minify} = await import('terser');
const esbuilt = readFileSync(bundle, 'utf8');
const terse = await minify(esbuilt, {
  module: true,
  ecma: 2022,
  compress: {passes: 3, unsafe_arrows: true, pure_getters: true},
  // Private members of the element and its controller get short names too. Only distinctive
  // names are listed: reactive properties and anything reached by a string must keep theirs.
  mangle: {properties: {regex: PRIVATE_MEMBERS}},
  // Chromium compiles every function of a file with this comment while the file streams in, off
  // the main thread: nearly all of them run when the first feed is drawn, and would otherwise
  // be compiled then, one by one, on the main thread.
  format: {comments: false, preamble: '//# allFunctionsCalledOnLoad'},
  sourceMap: {content: readFileSync(`${bundle}.map`, 'utf8'), url: 'security-timeline.bundle.js.map'},
});
writeFileSync(bundle, terse.code);
writeFileSync(`${bundle}.map`, terse.map);

if (built.metafile) {
  // BUNDLE_REPORT=1 npm run build: what each input adds to the bundle, before terser.
  const inputs = Object.values(built.metafile.outputs).find((output) => output.entryPoint)?.inputs ?? {};
  for (const [path, {bytesInOutput}] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 25)) {
    console.log(String(bytesInOutput).padStart(8), path);
  }
}

const code = readFileSync(bundle);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${bundle}: ${kb(code.length)} minified, ${kb(gzipSync(code, {level: 9}).length)} gzip`);
