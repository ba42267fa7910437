/** The report: the plain feeds' table and targets, and the markdown of the whole run. */
import {LARGE, config, echartsVersion, puppeteerVersion, ran, visVersion} from './config.mjs';
import {fmtRatio, int, kb, mb, ms, ratio, summary} from './stats.mjs';
import {floorTable, realisticMarkdown} from './report-realistic.mjs';

/** The rows of the plain table: ours and vis-timeline (or a baseline build) on the plain feeds. */
export function figures(results) {
  const rows = [];
  if (!ran('ours') && !ran('vis')) return rows;
  for (const n of config.sizes) {
    const r = {ours: [], peer: [], ...results.bySize[n]};
    const ok = (pages) => pages.filter((p) => !p.timedOut);
    const pick = (library, f) => summary(ok(r[library]).map(f));
    const steps = (library, kind, field = 'times') => {
      const s = r[library].find((p) => p.steps)?.steps?.[kind];
      return s ? {...summary(s[field]), cut: s.cut, domMax: s.domMax} : null;
    };
    const timedOut = (library) => r[library].filter((p) => p.timedOut).length;
    const entry = (name, unit, ours, peer, kind = 'pages') =>
      rows.push({n, name, unit, kind, ours, peer, timedOut: {ours: timedOut('ours'), peer: timedOut('peer')}});
    entry(
      'First frame: data handed over → painted',
      'ms',
      pick('ours', (p) => p.handoff),
      pick('peer', (p) => p.handoff),
    );
    entry(
      'First frame incl. JSON.parse of the text',
      'ms',
      pick('ours', (p) => p.total),
      pick('peer', (p) => p.total),
    );
    entry('Zoom step: main-thread work to rendered frame', 'ms', steps('ours', 'zoom'), steps('peer', 'zoom'), 'steps');
    entry('Zoom step: to painted frame (2 rAFs)', 'ms', steps('ours', 'zoom', 'latencies'), steps('peer', 'zoom', 'latencies'), 'steps');
    entry('Pan step: main-thread work to rendered frame', 'ms', steps('ours', 'pan'), steps('peer', 'pan'), 'steps');
    entry('Pan step: to painted frame (2 rAFs)', 'ms', steps('ours', 'pan', 'latencies'), steps('peer', 'pan', 'latencies'), 'steps');
    entry(
      'DOM elements after first frame',
      'count',
      pick('ours', (p) => p.dom),
      pick('peer', (p) => p.dom),
    );
    const domMax = (library) => {
      const pages = ok(r[library]);
      if (!pages.length) return null;
      const values = pages.flatMap((p) => [p.dom, p.steps?.zoom.domMax ?? 0, p.steps?.pan.domMax ?? 0]);
      return summary([Math.max(...values)]);
    };
    entry('DOM elements, most at any zoom or pan step', 'count', domMax('ours'), domMax('peer'), 'max');
    entry(
      'JS heap after GC',
      'MB',
      pick('ours', (p) => p.heap),
      pick('peer', (p) => p.heap),
    );
    entry(
      'JS heap held for the data (after − empty page)',
      'MB',
      pick('ours', (p) => p.heapData),
      pick('peer', (p) => p.heapData),
    );
  }
  return rows;
}

export function cell(row, s, library) {
  const timedOut = row.timedOut[library];
  if (!s) return timedOut ? `timed out (> ${config.timeoutMs / 1000} s)` : '–';
  const f = row.unit === 'ms' ? ms : row.unit === 'MB' ? mb : int;
  const note = timedOut ? `; ${timedOut} timed out` : '';
  if (row.kind === 'steps') return `${f(s.median)} / ${f(s.p95)} (${s.n} steps${s.cut ? ', cut short' : ''})`;
  if (row.kind === 'max') return f(s.max);
  return `${f(s.median)} [${f(s.min)}–${f(s.max)}] (${s.n}${note})`;
}

function rowRatio(row) {
  if (row.kind === 'steps') {
    const a = fmtRatio(ratio(row.ours?.median, row.peer?.median));
    const b = fmtRatio(ratio(row.ours?.p95, row.peer?.p95));
    return `${a} / ${b}`;
  }
  const key = row.kind === 'max' ? 'max' : 'median';
  if (!row.peer && row.timedOut.peer && row.ours) return `< ${fmtRatio(row.ours[key] / config.timeoutMs)}`;
  return fmtRatio(ratio(row.ours?.[key], row.peer?.[key]));
}

/** PASS/FAIL of the plain feeds' targets, for the modes that ran. */
export function targets(results, rows) {
  const find = (n, name) => rows.find((r) => r.n === n && r.name.startsWith(name));
  const list = [];
  const add = (name, pass, measured) => list.push({name, pass, measured});
  const has = (n) => config.sizes.includes(n);

  if (has(10_000) && ran('ours')) {
    const row = find(10_000, 'First frame: data');
    const ours = row.ours?.median;
    const peer = row.peer?.median ?? (row.timedOut.peer ? config.timeoutMs : null);
    add('First frame at 10,000 ≤ 150 ms', ours != null && ours <= 150, `${ms(ours)} ms (median)`);
    const speedup = ratio(peer, ours);
    add(
      'First frame at 10,000 ≥ 10× faster than vis-timeline',
      speedup != null && speedup >= 10,
      `${speedup == null ? '–' : speedup.toFixed(1)}× (vis-timeline ${ms(peer)} ms)`,
    );
  }
  if (has(LARGE) && ran('ours')) {
    const total = find(LARGE, 'First frame incl.').ours?.median;
    add('First frame at 100,000 ≤ 1 s incl. JSON.parse and validation', total != null && total <= 1000, `${ms(total)} ms (median)`);
    for (const kind of ['Zoom', 'Pan']) {
      const row = find(LARGE, `${kind} step: main-thread`);
      const painted = find(LARGE, `${kind} step: to painted`);
      const p95 = row.ours?.p95;
      add(
        `${kind} step p95 at 100,000 ≤ 16 ms (main-thread work to rendered frame)`,
        p95 != null && p95 <= 16,
        `${ms(p95)} ms (p95 of ${row.ours?.n ?? 0}; to the painted frame, two rAFs: ${ms(painted.ours?.p95)} ms, never below one 16.7 ms frame)`,
      );
    }
  }
  if (ran('ours')) {
    const domWorst = Math.max(...rows.filter((r) => r.name.startsWith('DOM elements, most')).map((r) => r.ours?.max ?? Infinity));
    add('DOM elements in our shadow root ≤ 2,000 at any N and zoom', domWorst <= 2000, `${int(domWorst)} at most`);
  }
  if (has(LARGE) && ran('floor')) {
    const floor = results.floor[LARGE];
    const factor = floor.ratio?.median;
    add(
      'Validation + normalisation of 100,000 ≤ 3× JSON.parse',
      factor != null && factor <= 3,
      `${factor == null ? '–' : factor.toFixed(2)}× (median of the pages' own ratios, ${floor.ratio ? `${floor.ratio.min.toFixed(2)}–${floor.ratio.max.toFixed(2)}` : '–'}; validateFeed ${ms(floor.validate?.median)} ms, JSON.parse ${ms(floor.parse?.median)} ms)`,
    );
  }
  add('Bundle ≤ 40 KB gzip', results.sizes.ours.gzip <= 40 * 1024, kb(results.sizes.ours.gzip));
  return list;
}

function plainMarkdown(results, rows) {
  const lines = [];
  if (rows.length) {
    lines.push(
      `Synthetic feeds (\`syntheticFeed\`, seed ${config.seed}): N incidents over ${config.years} years in ${config.locations} locations (lanes / groups), ${config.alerts} alert windows. ` +
        `Ours: \`<security-timeline group-by="location">\` ${config.width} px wide; vis-timeline: point items in one group per location, alerts as background items, ${config.width} × ${config.height} px, \`stack: false\`, no clustering. ` +
        `Fresh page (own browser context) per run, ours and vis-timeline alternating; ${config.runs} pages each (vis-timeline at ≥ 100,000: ${config.peerRunsLarge}). Steps: ${config.steps} zoom and ${config.steps} pan steps on the first page of each.`,
      '',
    );
    lines.push(
      'Times in ms as median [min–max] (pages); steps as median / p95; ratio = ours ÷ vis-timeline (below 1: ours is faster or smaller).',
      '',
    );
    const peerName = config.baseline ? `baseline (${config.baseline})` : 'vis-timeline';
    lines.push(`| N | Figure | security-timeline | ${peerName} | ours/peer |`, '| --: | --- | --- | --- | --: |');
    for (const row of rows) {
      lines.push(
        `| ${int(row.n)} | ${row.name} (${row.unit}) | ${cell(row, row.ours, 'ours')} | ${cell(row, row.peer, 'peer')} | ${rowRatio(row)} |`,
      );
    }
  }
  if (ran('floor'))
    lines.push('', ...floorTable(results.floor, results.feedBytes, (n) => String(n), 'Floor: parsing and validation alone, in the browser'));
  return lines;
}

function profileMarkdown(p) {
  const lines = ['', `**Profile of ours at ${int(p.n)}** (${p.bundle}; self time in ms)`, ''];
  const functions = (list, count) =>
    list
      .slice(0, count)
      .map((e) => `${e.name} ${ms(e.ms)}`)
      .join('; ');
  for (const phase of ['src load', 'first frame', 'zoom', 'pan']) {
    const data = p[phase];
    if (!data) continue;
    const what = phase === 'src load' ? `src load (realistic feed, navigation start → painted at ${ms(data.painted)} ms)` : phase;
    lines.push(`- ${what}: main thread ${data.trace.map((e) => `${e.name} ${ms(e.ms)}`).join(', ')}`);
    lines.push(`  - JS self time (${ms(data.js.total)} sampled): ${functions(data.js.self, 10)}`);
    lines.push(`  - JS total time: ${functions(data.js.inclusive, 12)}`);
    for (const task of data.longTasks ?? []) {
      lines.push(
        `  - long task at ${ms(task.start)} ms, ${ms(task.ms)} ms: ${task.events
          .slice(0, 4)
          .map((e) => `${e.name} ${ms(e.ms)}`)
          .join(', ')}; JS self: ${functions(task.self, 5)}; JS total: ${functions(task.inclusive, 6)}`,
      );
    }
  }
  return lines;
}

export function markdown(results, rows, checks) {
  const {machine, sizes: size} = results;
  const lines = [];
  const peers = config.baseline
    ? ['a baseline build of ours']
    : [ran('vis') || ran('vis-realistic') ? `vis-timeline ${visVersion}` : null, ran('echarts') ? `ECharts ${echartsVersion}` : null].filter(Boolean);
  lines.push(`# security-timeline${peers.length ? ` vs ${peers.join(' and ')}` : ''}`, '');
  lines.push(
    `${results.date} · ${machine.cpu}, ${machine.cores} cores · ${machine.chromium} (headless, software rendering) · Node ${machine.node} · puppeteer-core ${puppeteerVersion} · ` +
      `load average (1/5/15 min) ${machine.loadAverageAtStart.join(' / ')} at the start, ${machine.loadAverageAtEnd.join(' / ')} at the end · ${results.durationSeconds} s · modes: ${config.modes.join(', ')}${config.network ? ` · pages via \`src\` over ${config.network.mbit} Mbit/s, ${config.network.latencyMs} ms latency` : ''}`,
    '',
  );
  lines.push(...plainMarkdown(results, rows));
  lines.push(...realisticMarkdown(results));
  lines.push('', '**Drop-in bundle size**', '');
  lines.push('| Bundle | Minified | gzip -9 |', '| --- | --: | --: |');
  lines.push(`| security-timeline (\`${size.ours.file}\`, lit and d3 inlined) | ${kb(size.ours.minified)} | ${kb(size.ours.gzip)} |`);
  lines.push(
    `| vis-timeline ${visVersion} standalone (\`vis-timeline/standalone/esm/vis-timeline-graph2d.min.mjs\`, with Graph2d, moment, hammer, CSS) | ${kb(size.peer.minified)} | ${kb(size.peer.gzip)} |`,
  );
  if (ran('echarts'))
    lines.push(
      `| ECharts ${echartsVersion} full build (\`echarts/dist/echarts.esm.min.mjs\`, with zrender) | ${kb(size.echarts.minified)} | ${kb(size.echarts.gzip)} |`,
    );
  lines.push(`| ratio ours ÷ vis-timeline | ${fmtRatio(size.ours.minified / size.peer.minified)} | ${fmtRatio(size.ours.gzip / size.peer.gzip)} |`);
  lines.push('', '**Targets**', '');
  for (const check of checks) lines.push(`- ${check.pass ? 'PASS' : 'FAIL'}: ${check.name} — ${check.measured}`);
  if (results.notes.length) {
    lines.push('', '**Notes**', '');
    for (const note of results.notes) lines.push(`- ${note}`);
  }
  if (results.profile) lines.push(...profileMarkdown(results.profile));
  return lines.join('\n') + '\n';
}
