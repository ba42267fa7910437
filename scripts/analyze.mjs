/**
 * Writes custom-elements.json, or with --check fails when the committed one differs from what the
 * analyzer produces now.
 *
 * The analyzer lists modules in the order the file system returns them, which differs between
 * machines, so modules are sorted by path before writing or comparing.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const check = process.argv.includes('--check');
// The analyzer takes its output folder relative to the project.
const outdir = '.cem-out';
// The analyzer also points package.json's "customElements" at what it wrote: put it back after.
const packageJson = readFileSync('package.json', 'utf8');
try {
  execFileSync(
    'npx',
    [
      'cem',
      'analyze',
      '--config',
      'scripts/cem.config.mjs',
      '--litelement',
      '--globs',
      'src/**/*.ts',
      '--exclude',
      'src/**/generated/**',
      '--outdir',
      outdir,
    ],
    {stdio: ['ignore', 'ignore', 'inherit']},
  );
} finally {
  writeFileSync('package.json', packageJson);
}
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
rmSync(outdir, {recursive: true, force: true});
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

if (!check) {
  writeFileSync('custom-elements.json', fresh);
} else {
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    console.error(`Modules that differ: ${differingModules(JSON.parse(committed), manifest).join(', ') || '(top level)'}`);
    process.exit(1);
  }
}

/** Paths of the modules that were added, removed or changed, so a failure says where to look. */
function differingModules(committed, current) {
  const byPath = (m) => new Map(m.modules.map((module) => [module.path, JSON.stringify(module)]));
  const before = byPath(committed);
  const after = byPath(current);
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}
