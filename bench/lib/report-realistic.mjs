/**
 * The realistic feeds' section of the report: ours fetching the feed itself (`src`) and from
 * memory, vis-timeline and ECharts from memory; their long tasks, and their targets.
 */
import {LARGE, MODES, config, echartsVersion, ran, visVersion} from './config.mjs';
import {fmtRatio, int, mb, ms, ratio, summary} from './stats.mjs';

const COLUMNS = ['oursSrc', 'oursMemory', 'visRealistic', 'echarts'];
const labelOf = (key) => MODES.find((mode) => mode.key === key).label;

/** The floor pages' table: JSON.parse and validateFeed of each size's feed text. */
export function floorTable(floor, feedBytes, fileOf, title) {
  const lines = [`**${title}** (median [min–max] ms of fresh pages)`, ''];
  lines.push(
    "| N | Feed text | `JSON.parse` | `validateFeed` (first call) | validateFeed ÷ JSON.parse (each page's own, median [min–max]) | `readFeed` (second call, parse + validate) |",
    '| --: | --: | --: | --: | --: | --: |',
  );
  for (const n of config.sizes) {
    const f = floor[n];
    if (!f) continue;
    const c = (s) => (s ? `${ms(s.median)} [${ms(s.min)}–${ms(s.max)}]` : '–');
    lines.push(
      `| ${int(n)} | ${mb(feedBytes[fileOf(n)])} MB | ${c(f.parse)} | ${c(f.validate)} | ${f.ratio ? `${fmtRatio(f.ratio.median)} [${fmtRatio(f.ratio.min)}–${fmtRatio(f.ratio.max)}]` : '–'} | ${c(f.readFeed)} |`,
    );
  }
  return lines;
}

/** The rows of the realistic table, each with a summary per column (null where a mode does not measure it). */
export function realisticFigures(results) {
  const rows = [];
  if (!COLUMNS.some((key) => ran(MODES.find((mode) => mode.key === key).name))) return rows;
  for (const n of config.sizes) {
    const r = results.bySize[n];
    const ok = (key) => (r[key] ?? []).filter((p) => !p.timedOut && !p.error);
    const timedOut = Object.fromEntries(COLUMNS.map((key) => [key, (r[key] ?? []).filter((p) => p.timedOut).length]));
    /** `pick(key, page)` gives a page's figure, or undefined where that column does not have it. */
    const entry = (name, unit, pick, kind = 'pages') => {
      const cells = {};
      for (const key of COLUMNS) {
        const values = ok(key).map((page) => pick(key, page));
        cells[key] = values.some((v) => v !== undefined) ? summary(values) : null;
      }
      rows.push({n, name, unit, kind, cells, timedOut});
    };
    const steps = (kind, field) => {
      const cells = {};
      for (const key of COLUMNS) {
        const s = (r[key] ?? []).find((p) => p.steps)?.steps?.[kind];
        cells[key] = s?.[field]?.length ? {...summary(s[field]), cut: s.cut} : null;
      }
      return cells;
    };
    const fromMemory = (key) => key !== 'oursSrc';
    entry('Load: navigation start → painted (via `src`)', 'ms', (key, p) => (key === 'oursSrc' ? p.painted : undefined));
    entry('First frame from the feed text: feed arrived → painted (via `src`); JSON.parse + hand-over → painted (from memory)', 'ms', (key, p) =>
      key === 'oursSrc' ? p.painted - p.feedArrived : p.total,
    );
    entry('First frame: data handed over → painted', 'ms', (key, p) => (fromMemory(key) ? p.handoff : undefined));
    entry('`JSON.parse` of the text, a task of its own (from memory)', 'ms', (key, p) => (fromMemory(key) ? p.parse : undefined));
    entry('Longest task (0: none over 50 ms)', 'ms', (key, p) => p.longTasks?.longest);
    entry('Total blocking time (Σ each long task − 50 ms)', 'ms', (key, p) => p.longTasks?.blocking);
    entry('Long tasks (over 50 ms)', 'count', (key, p) => p.longTasks?.count);
    for (const [kind, label] of [
      ['zoom', 'Zoom'],
      ['pan', 'Pan'],
    ]) {
      rows.push({n, name: `${label} step: main-thread work to rendered frame`, unit: 'ms', kind: 'steps', cells: steps(kind, 'times'), timedOut});
      rows.push({n, name: `${label} step: to painted frame (2 rAFs)`, unit: 'ms', kind: 'steps', cells: steps(kind, 'latencies'), timedOut});
      const settled = steps(kind, 'settled');
      if (Object.values(settled).some(Boolean))
        rows.push({n, name: `${label} step: to the last frame drawn (ECharts' \`finished\`)`, unit: 'ms', kind: 'steps', cells: settled, timedOut});
    }
    entry('DOM elements after first frame', 'count', (key, p) => p.dom);
    entry('JS heap after GC', 'MB', (key, p) => p.heap);
  }
  return rows;
}

function cell(row, s, key) {
  const timedOut = row.timedOut[key];
  if (!s) return timedOut ? `timed out (> ${config.timeoutMs / 1000} s)` : '–';
  const f = row.unit === 'ms' ? ms : row.unit === 'MB' ? mb : int;
  if (row.kind === 'steps') return `${f(s.median)} / ${f(s.p95)} (${s.n}${s.cut ? ', cut short' : ''})`;
  return `${f(s.median)} [${f(s.min)}–${f(s.max)}] (${s.n}${timedOut ? `; ${timedOut} timed out` : ''})`;
}

function rowRatio(row) {
  const ours = row.cells.oursMemory;
  const peer = row.cells.echarts;
  if (row.kind === 'steps') return `${fmtRatio(ratio(ours?.median, peer?.median))} / ${fmtRatio(ratio(ours?.p95, peer?.p95))}`;
  return fmtRatio(ratio(ours?.median, peer?.median));
}

/** PASS/FAIL of the realistic feeds' targets, for the modes that ran. */
export function realisticTargets(rows) {
  const list = [];
  const add = (name, pass, measured) => list.push({name, pass, measured});
  const find = (n, name) => rows.find((r) => r.n === n && r.name.startsWith(name));
  const has = (n) => config.sizes.includes(n) && rows.some((r) => r.n === n);
  const median = (n, name, key) => find(n, name)?.cells[key]?.median ?? null;
  if (ran('ours-src') && has(10_000)) {
    const painted = median(10_000, 'Load:', 'oursSrc');
    add(
      '10,000 realistic incidents via `src` painted ≤ 200 ms after navigation start',
      painted != null && painted <= 200,
      `${ms(painted)} ms (median)`,
    );
    const blocking = median(10_000, 'Total blocking', 'oursSrc');
    const longest = median(10_000, 'Longest task', 'oursSrc');
    add(
      'Total blocking time ≤ 50 ms at 10,000 via `src`',
      blocking != null && blocking <= 50,
      `${ms(blocking)} ms (median; longest task ${ms(longest)} ms)`,
    );
    // Every page, not the median: the page never freezes while the feed loads and first paints.
    const worst = find(10_000, 'Longest task')?.cells.oursSrc?.max ?? null;
    add(
      'No main-thread task over 50 ms at 10,000 via `src`, navigation to first paint, on any page',
      worst != null && worst <= 50,
      `longest ${ms(worst)} ms over ${find(10_000, 'Longest task')?.cells.oursSrc?.n ?? 0} pages (0: none over 50 ms)`,
    );
  }
  if (ran('ours-src') && ran('ours-memory') && has(LARGE)) {
    const worst = find(LARGE, 'Longest task')?.cells.oursSrc?.max ?? null;
    const parse = median(LARGE, '`JSON.parse`', 'oursMemory');
    add(
      'No task longer than `JSON.parse` of the text + 50 ms at 100,000 via `src`, on any page',
      worst != null && parse != null && worst <= parse + 50,
      `longest ${ms(worst)} ms; JSON.parse ${ms(parse)} ms (median)`,
    );
  }
  if (ran('ours-src') && has(LARGE)) {
    const painted = median(LARGE, 'Load:', 'oursSrc');
    add(
      '100,000 realistic incidents via `src` painted ≤ 1.5 s after navigation start',
      painted != null && painted <= 1500,
      `${ms(painted)} ms (median)`,
    );
  }
  if (ran('ours-memory') && ran('echarts')) {
    for (const n of [10_000, LARGE].filter(has)) {
      const ours = median(n, 'First frame: data', 'oursMemory');
      const peer = median(n, 'First frame: data', 'echarts');
      const ahead = ratio(peer, ours);
      add(
        `First frame from memory at ${int(n)} ≥ 2× faster than ECharts (ours with validation)`,
        ahead != null && ahead >= 2,
        `${ahead == null ? '–' : ahead.toFixed(2)}× (ours ${ms(ours)} ms, ECharts ${ms(peer)} ms)`,
      );
    }
    for (const n of [10_000, LARGE].filter(has)) {
      const ours = median(n, 'Longest task', 'oursMemory');
      const peer = median(n, 'Longest task', 'echarts');
      const viaSrc = median(n, 'Longest task', 'oursSrc');
      // The Long Tasks API reports nothing under 50 ms: two zeros say only that both stayed under it.
      const neither = ours === 0 && peer === 0;
      add(
        `Longest task at ${int(n)} shorter than ECharts'`,
        ours != null && peer != null && (ours < peer || neither),
        `ours ${ms(ours)} ms from memory${viaSrc != null ? ` (${ms(viaSrc)} ms via src)` : ''}, ECharts ${ms(peer)} ms${neither ? ' — neither had a task over 50 ms' : ''}`,
      );
    }
  }
  if (ran('ours-memory') && has(LARGE)) {
    for (const kind of ['Zoom', 'Pan']) {
      const row = find(LARGE, `${kind} step: main-thread`);
      const p95 = row?.cells.oursMemory?.p95;
      add(
        `${kind} step p95 at 100,000 realistic incidents ≤ 16 ms (main-thread work)`,
        p95 != null && p95 <= 16,
        `${ms(p95)} ms (p95 of ${row?.cells.oursMemory?.n ?? 0}${ran('echarts') ? `; ECharts ${ms(row?.cells.echarts?.p95)} ms` : ''})`,
      );
    }
  }
  return list;
}

/** What the src pages' load went through: medians, in ms after navigation start. */
function srcTimeline(results) {
  const lines = ['', '**Via `src`: when each step of the load happened** (median ms after navigation start)', ''];
  lines.push(
    '| N | Feed bytes | Bundle arrived | Feed requested | Feed arrived | `st-load` | `updateComplete` | Painted |',
    '| --: | --: | --: | --: | --: | --: | --: | --: |',
  );
  for (const n of config.sizes) {
    const pages = (results.bySize[n]?.oursSrc ?? []).filter((p) => !p.timedOut && !p.error);
    if (!pages.length) continue;
    const m = (f) => ms(summary(pages.map(f))?.median);
    lines.push(
      `| ${int(n)} | ${mb(pages[0].feedBytes)} MB | ${m((p) => p.bundleArrived)} | ${m((p) => p.feedRequested)} | ${m((p) => p.feedArrived)} | ${m((p) => p.loaded)} | ${m((p) => p.updated)} | ${m((p) => p.painted)} |`,
    );
  }
  return lines;
}

/** The long tasks of each mode's first page at each size, with the scripts their frames ran. */
function longTaskList(results) {
  const lines = [
    '',
    '**Long tasks of the first page of each** (start in ms after navigation start via `src`, after the hand-over from memory; duration; the scripts the long animation frames say ran in it, over 5 ms, longest first)',
    '',
  ];
  for (const n of config.sizes) {
    for (const key of COLUMNS) {
      const page = (results.bySize[n]?.[key] ?? []).find((p) => p.longTasks);
      if (!page) continue;
      const {from, tasks, frames} = page.longTasks;
      const described = tasks.map((task) => {
        const end = task.start + task.duration;
        const inTask = (s) => s.start >= task.start - 1 && s.start < end;
        const frame = frames.find((f) => f.start < end && f.start + f.duration > task.start);
        const scripts = frames
          .flatMap((f) => f.scripts.filter(inTask))
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((s) => `${s.invoker}${s.source && s.source !== s.invoker ? ` → ${s.source}` : ''} ${ms(s.duration)}`);
        // A frame whose rendering ends inside the task: the task is (partly) that rendering.
        const rendering = frame && frame.start + frame.duration <= end + 1 && frame.rendering > 5 ? [`frame rendering ${ms(frame.rendering)}`] : [];
        const parts = [...scripts, ...rendering];
        return `${ms(task.start - from)} +${ms(task.duration)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
      });
      lines.push(`- ${int(n)} ${labelOf(key)}: ${described.length ? described.join('; ') : 'none over 50 ms'}`);
    }
  }
  return lines;
}

export function realisticMarkdown(results) {
  const rows = results.realisticFigures ?? [];
  const lines = [];
  if (rows.length) {
    lines.push('', '## Realistic feeds', '');
    lines.push(
      'The same incidents (dates, places, categories) with what exports of conflict data sets carry: summaries of 150–400 characters, actors with roles, fatality estimates, districts, 1–3 sources (`syntheticFeed({…, realistic: true})`, format 1.1). ' +
        'Ours via `src`: a fresh page whose `<security-timeline src>` fetches the feed itself, timed from navigation start. From memory: the text is fetched, parsed in a task of its own, then handed over (ours `element.feed`; ' +
        `vis-timeline ${visVersion} as above; ECharts ${echartsVersion}: one large canvas scatter series on a time axis, one category row per location, alerts as markArea, inside dataZoom, \`animation: false\`, tooltip). ` +
        'Long tasks from a PerformanceObserver registered first in each page; over navigation start → painted via `src`, hand-over → painted from memory. Ratio: ours from memory ÷ ECharts.',
      '',
    );
    lines.push(`| N | Figure | ${COLUMNS.map(labelOf).join(' | ')} | ours/ECharts |`, '| --: | --- | --- | --- | --- | --- | --: |');
    for (const row of rows) {
      if (COLUMNS.every((key) => !row.cells[key])) continue;
      lines.push(
        `| ${int(row.n)} | ${row.name} (${row.unit}) | ${COLUMNS.map((key) => cell(row, row.cells[key], key)).join(' | ')} | ${rowRatio(row)} |`,
      );
    }
    if (ran('ours-src')) lines.push(...srcTimeline(results));
    lines.push(...longTaskList(results));
  }
  if (ran('floor-realistic'))
    lines.push(
      '',
      ...floorTable(
        results.floorRealistic ?? {},
        results.feedBytes,
        (n) => `realistic-${n}`,
        'Floor of the realistic feeds: parsing and validation alone',
      ),
    );
  return lines;
}
