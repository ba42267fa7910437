/**
 * Builds what the package publishes:
 *   dist/lib/…                       the ESM library with .d.ts types, bare imports of lit and d3
 *   dist/security-timeline.bundle.js one self-contained, minified module (lit and d3 inlined), and
 *   dist/security-timeline.feed.js   the code that reads feeds (validateFeed, readFeed), loaded on demand
 *   dist/security-timeline.*.js      the parts it loads on demand (`import()`), beside it
 * and prints the size of the first load and of each part.
 *
 * Rollup bundles, so that everything the first frame needs is the one entry file and each part
 * loaded on demand is one chunk importing from it; esbuild strips the types of each module.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build as esbuild, transform} from 'esbuild';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';

/**
 * Modules d3-scale imports for features the timeline never uses (colour interpolation, number
 * formatting, tick generation), replaced in the bundle by small stand-ins; the ESM library keeps the real ones.
 */
const shims = {
  'd3-interpolate': new URL('./bundle-shims/d3-interpolate.js', import.meta.url).pathname,
  'd3-format': new URL('./bundle-shims/d3-format.js', import.meta.url).pathname,
  'd3-array': new URL('./bundle-shims/d3-array.js', import.meta.url).pathname,
};

/** d3-time builds every interval at load; marked pure, the intervals the timeline never uses are dropped. */
const pureD3Time = (source) => source.replace(/= (timeInterval|weekday|utcWeekday|ticker)\(/g, '= /* @__PURE__ */ $1(');

/** Collapses whitespace inside css`…` templates; the styles hold no strings where it matters. */
const minifyCss = (source) =>
  source.replace(
    /css`([^`]*)`/g,
    (_, body) =>
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

/**
 * Shortens the indentation inside html`…` and svg`…` templates of the elements to one newline: the
 * same whitespace to the HTML parser (no element of ours preserves whitespace), fewer bytes.
 * Found through the TypeScript syntax tree, so text inside expressions and strings is untouched.
 */
async function minifyTemplates(path, source) {
  const {default: ts} = await import('typescript');
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
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
  return contents + source.slice(at);
}

/** The project's TypeScript, its templates and styles shortened, then its types stripped. */
const sources = {
  name: 'security-timeline-sources',
  resolveId(source, importer) {
    if (shims[source]) return shims[source];
    // Modules import each other as `.js`, the name they have once compiled.
    if (importer?.endsWith('.ts') && source.startsWith('.') && source.endsWith('.js')) {
      const path = join(importer, '..', source);
      return existsSync(path) ? path : path.replace(/\.js$/, '.ts');
    }
    return null;
  },
  async load(id) {
    if (/d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id)) return pureD3Time(readFileSync(id, 'utf8'));
    if (!id.endsWith('.ts')) return null;
    let source = readFileSync(id, 'utf8');
    if (id.endsWith('.styles.ts')) source = minifyCss(source);
    else if (/[\\/]src[\\/]elements[\\/]/.test(id)) source = await minifyTemplates(id, source);
    // Class fields are set in the constructor, as tsconfig.json says: Lit's reactive properties are accessors.
    const {code, map} = await transform(source, {
      loader: 'ts',
      sourcefile: id,
      sourcemap: true,
      target: 'es2022',
      tsconfigRaw: {compilerOptions: {useDefineForClassFields: false, verbatimModuleSyntax: true}},
    });
    return {code, map};
  },
};

rmSync('dist', {recursive: true, force: true});
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {stdio: 'inherit'});

const bundle = 'dist/security-timeline.bundle.js';

/** Whether a module is part of what an entry imports statically (transitively). */
const staticReach = new Map();
function reachesStatically(entry, id, {getModuleInfo, getModuleIds}) {
  let reach = staticReach.get(entry);
  if (!reach) {
    const start = [...getModuleIds()].find((module) => module.endsWith(entry));
    reach = new Set();
    const visit = (module) => {
      if (reach.has(module)) return;
      reach.add(module);
      for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
    };
    if (start) visit(start);
    staticReach.set(entry, reach);
  }
  return reach.has(id);
}
const build = await rollup({
  // The feed reader is an entry of its own too, so that pages can import it by a stable name.
  input: {'security-timeline.bundle': 'src/bundle.ts', 'security-timeline.feed': 'src/feed/read.ts'},
  // Lit's production build: no dev-mode warnings, smaller.
  plugins: [sources, nodeResolve({exportConditions: ['production'], extensions: ['.mjs', '.js', '.ts']})],
  // The entry keeps its exports and holds everything the first frame needs; chunks import from it.
  preserveEntrySignatures: 'allow-extension',
  onwarn(warning, warn) {
    // Lit and d3 are ES modules already; a warning about them is still shown, but fails nothing.
    warn(warning);
  },
});
const {output} = await build.write({
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  // What the bundle and the feed reader share stays in the bundle, so that the first load is one
  // file; what the reader needs goes in its file, so that reading a feed loads one more.
  manualChunks: (id, meta) =>
    reachesStatically('src/bundle.ts', id, meta)
      ? 'security-timeline.bundle'
      : reachesStatically('src/feed/read.ts', id, meta)
        ? 'security-timeline.feed'
        : undefined,

  chunkFileNames: 'security-timeline.[name]-[hash].js',
  sourcemap: true,
});
await build.close();

/**
 * Members the terser pass below gives short names, in the entry and every chunk alike. Only
 * distinctive names of the element's own objects are listed: a name that lit, d3, the DOM or a
 * feed also uses (`host`, `size`, `view`…), a reactive property, the export of a part loaded on
 * demand (read from its module as a property: `renderDetails`), or anything reached by a string
 * must keep its own.
 */
const PRIVATE_MEMBERS = new RegExp(
  '^(' +
    [
      'alertRowsOf',
      'announcer',
      'axisSettings',
      'beginGesture',
      'bind',
      'cachesFor',
      'cachesOwner',
      'callbacks',
      'clusterCaches',
      'fetchAll',
      'findItem',
      'focusedIncident',
      'itemIds',
      'keyboard',
      'lanesUnder',
      'levelsById',
      'markerLayout',
      'markerSlots',
      'markerSlotsOf',
      'markup',
      'markupFeed',
      'modelOf',
      'moveAcrossLanes',
      'moveInTime',
      'msPerPx',
      'onVisibilityChange',
      'pointers',
      'pressedTarget',
      'problemList',
      'readStyles',
      'refreshDue',
      'refreshTimer',
      'renderChartArea',
      'renderLazy',
      'requestedWindow',
      'scheduleRefresh',
      'selection',
      'setFilter',
      'setHovered',
      'slotCount',
      'slotOfId',
      'timeAt',
      'watchVisibility',
      'watchingVisibility',
      'clearHover',
      'selectionChanged',
      'writeSelected',
      'zoomToSpan',
      'tapped',
      'hovering',
      'requested',
      'onWheel',
      'onPointerDown',
      'onPointerMove',
      'onPointerUp',
      'onPointerOver',
      'onPointerLeave',
      'onDoubleClick',
      'onKeyDown',
      'onToggleProblems',
      'onZoomIn',
      'onZoomOut',
      'onFitAll',
      'onToggleTable',
      'laneOfIncident',
      'alertLanes',
      'incidentIndices',
      'alertIndices',
      'placement',
      'countDigitPx',
      'stripeRows',
      'activeIds',
      'ringed',
      'alertRows',
      'focusWithin',
      'focusedId',
      'laneHeight',
      'concurrentAlerts',
      'takeChange',
      'announceWhenSettled',
      'focusItem',
      'setFocused',
      'panBy',
      'dragging',
      'hovered',
      'originals',
      'inputs',
      'problemPointer',
      'removePath',
      'sourcesById',
      'analyst',
      'overviewInput',
      'tableState',
      'searchCode',
      'syncCode',
      'searchFunction',
      'searchTimer',
      'writeTimer',
      'lastWritten',
      'observers',
      'setView',
      'announce',
      'hintKey',
      'onEscape',
      'wasAuto',
      'updating',
      'conditionalRefused',
      'weekStart',
      'inlineLabels',
      'accessibleName',
      'lanesTop',
      'previousText',
      'refreshMs',
      'unspecifiedLabel',
      'presenting',
      'onError',
      'nearestEarlier',
      'bySpacing',
      'categoryLabel',
      'unknownAreas',
      'nearestLater',
      'problemCount',
      'watchEscape',
      'regionLabel',
      'lanesHeight',
      'prepare',
      'revalidate',
      'chartWidth',
      'onLoad',
      'readHere',
      'rowCount',
      'present',
      'warnOnce',
      'onForcedColors',
      'forcedColorsAsked',
      'observedWidth',
      'exportChosen',
      'searchView',
      'hoveredX',
      'countFontPx',
      'gesture',
      'loader',
      'detailsPanel',
      'settings',
      'tooltips',
      'gesturesReady',
      'keysReady',
      'keyboardCode',
      'gestureController',
      'gestureCode',
      'staleFrom',
      'refreshError',
      'legend',
      'input',
      'placeLevels',
      'gestures',
      'reader',
      'latestChanges',
      'changesText',
      'slots',
      'generation',
      'connected',
      'observer',
      'singles',
      'groups',
      'measured',
      'lanesUnfolded',
      'showProblems',
      'dismissDetails',
      'refreshCode',
      'tooltipDismissed',
      'forcedColors',
      'watchingEscape',
      'readingAbort',
      'feedTimeZone',
      'firstTime',
      'wallDays',
      'regionZone',
      'readingHere',
      'manyBands',
      'stripeTop',
      'stripeHeight',
      'onToggleFolded',
      'labelWidth',
      'stripePitch',
      'labelBand',
      'remeasure',
      'draft',
      'conditional',
      'minSpanMs',
      'maxSpanMs',
      'catalogue',
      'extent',
      'outside',
      'cached',
      'written',
      'readAt',
      'timer',
      'labelWidths',
    ].join('|') +
    ')$',
);

// A message is looked up by its key as a string (`t('details')`): a catalogue's key that the pass
// below renamed would never be found, and the reader would see the key itself. So no key of the
// English catalogue, which every other catalogue follows, may be one of the names above.
const messageKeys = ['src/i18n/messages.ts', 'src/i18n/messages-on-demand.ts'].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^ {2}(\w+): /gm)].map((match) => match[1]),
);
if (messageKeys.length < 150) throw new Error('build: the English message keys (src/i18n/messages*.ts) were not found; update this check');
const mangledKeys = messageKeys.filter((key) => PRIVATE_MEMBERS.test(key));
if (mangledKeys.length)
  throw new Error(`build: message keys would be renamed by the minifier: ${mangledKeys.join(', ')}; give the members of the same name other names`);

// terser minifies. One name cache for every file, so that a property mangled in the entry has
// the same short name in the chunks.
const {minify} = await import('terser');
const nameCache = {};
const chunks = output.filter((file) => file.type === 'chunk');
for (const chunk of chunks) {
  const path = join('dist', chunk.fileName);
  const terse = await minify(readFileSync(path, 'utf8'), {
    module: true,
    ecma: 2022,
    compress: {passes: 3, unsafe_arrows: true, pure_getters: true},
    mangle: {properties: {regex: PRIVATE_MEMBERS}},
    nameCache,
    // Chromium compiles every function of a file with this comment while the file streams in, off
    // the main thread: nearly all of the entry's functions run when the first feed is drawn, and
    // would otherwise be compiled then, one by one, on the main thread.
    format: {comments: false, preamble: chunk.isEntry ? '//# allFunctionsCalledOnLoad' : undefined},
    sourceMap: {content: readFileSync(`${path}.map`, 'utf8'), url: `${chunk.fileName}.map`},
  });
  writeFileSync(path, terse.code);
  writeFileSync(`${path}.map`, terse.map);
}

/** The files a module loads before it runs (static imports, transitively), itself included. */
function firstLoad(fileName, seen = new Set()) {
  seen.add(fileName);
  for (const imported of chunks.find((chunk) => chunk.fileName === fileName).imports) if (!seen.has(imported)) firstLoad(imported, seen);
  return seen;
}

// The English words of the parts loaded on demand are not in the first load: a file that writes
// one must load them first (import src/i18n/messages-on-demand.ts), or it would write its name.
const onDemandNames = [...readFileSync('src/i18n/messages-on-demand.ts', 'utf8').matchAll(/^ {2}(\w+):/gm)].map((match) => match[1]);
const wordsChunk = chunks.find((chunk) => Object.keys(chunk.modules).some((id) => id.endsWith('messages-on-demand.ts')));
if (!wordsChunk) throw new Error('build: no chunk holds src/i18n/messages-on-demand.ts');
for (const chunk of chunks) {
  const code = readFileSync(join('dist', chunk.fileName), 'utf8');
  const written = onDemandNames.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(code));
  if (written.length && !firstLoad(chunk.fileName).has(wordsChunk.fileName))
    throw new Error(
      `build: ${chunk.fileName} writes ${written.slice(0, 5).join(', ')} without loading their words: import src/i18n/messages-on-demand.ts in the module that does.`,
    );
}

// A page's bundler keeps only the modules package.json says have side effects, among those
// nothing uses a value of: the words must survive a bundler building the element from dist/lib.
const consumerBuild = await esbuild({
  stdin: {contents: "import './dist/lib/src/elements/security-timeline/security-timeline.js';", resolveDir: process.cwd(), loader: 'js'},
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  write: false,
  outdir: 'dist/consumer',
  logLevel: 'error',
});
const consumerCode = consumerBuild.outputFiles.map((file) => file.text).join('\n');
const {ON_DEMAND_ENGLISH} = await import('../dist/lib/src/i18n/messages-on-demand.js');
// Words in plain ASCII, which a bundler writes as they are.
const dropped = Object.values(ON_DEMAND_ENGLISH).filter((word) => typeof word === 'string' && /^[ -~]+$/.test(word) && !consumerCode.includes(word));
if (dropped.length)
  throw new Error(
    `build: a bundler building the element from dist/lib drops words such as "${dropped[0]}": list their module in package.json's sideEffects.`,
  );

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (fileNames) => {
  const codes = [...fileNames].map((fileName) => readFileSync(join('dist', fileName)));
  return {minified: codes.reduce((sum, code) => sum + code.length, 0), gzip: codes.reduce((sum, code) => sum + gzipSync(code, {level: 9}).length, 0)};
};
const initial = firstLoad(basename(bundle));
const first = sizes(initial);
const all = sizes(chunks.map((chunk) => chunk.fileName));
console.log(
  `${bundle}: first load ${kb(first.minified)} minified, ${kb(first.gzip)} gzip${initial.size > 1 ? ` (${[...initial].join(' + ')})` : ''}`,
);
for (const chunk of chunks.filter((chunk) => !initial.has(chunk.fileName))) {
  const {minified, gzip} = sizes([chunk.fileName]);
  console.log(`  on demand: ${chunk.fileName}: ${kb(minified)} minified, ${kb(gzip)} gzip`);
}
console.log(`  everything: ${kb(all.minified)} minified, ${kb(all.gzip)} gzip`);
if (process.env.BUNDLE_REPORT) {
  // BUNDLE_REPORT=1 npm run build: what each module adds to the entry, before terser.
  const entry = chunks.find((chunk) => chunk.isEntry);
  for (const [path, {renderedLength}] of Object.entries(entry.modules)
    .sort((a, b) => b[1].renderedLength - a[1].renderedLength)
    .slice(0, 30)) {
    console.log(String(renderedLength).padStart(8), path.replace(process.cwd() + '/', ''));
  }
}
