/** Fails when the committed custom-elements.json differs from what the analyzer writes now. */
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

// The analyzer takes its output folder relative to the project.
const outdir = '.cem-check';
// The analyzer also points package.json's "customElements" at what it wrote: put it back after.
const packageJson = readFileSync('package.json', 'utf8');
execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/generated/**', '--outdir', outdir], {stdio: 'ignore'});
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
rmSync(outdir, {recursive: true, force: true});
writeFileSync('package.json', packageJson);
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
