/**
 * Writes the example feeds in data/examples/ from the real data samples in ../shared/real-data/,
 * with the built `security-timeline-import` (run `npm run build` first; `npm run examples` does).
 * They are what the stories of imported archives draw.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/lib/src/cli/import-feed.js');

/** Each example: the import's arguments (samples under real-data/), its file under data/examples/. */
const EXAMPLES = JSON.parse(readFileSync(path.join(root, 'data/examples/examples.json'), 'utf8'));

{
  mkdirSync(path.join(root, 'data/examples'), {recursive: true});
  for (const {file, args} of EXAMPLES) {
    const [kind, input, ...rest] = args;
    const source = path.resolve(root, '../shared', input);
    const output = path.join(root, 'data/examples', file);
    try {
      execFileSync(process.execPath, [cli, kind, source, ...rest, '-o', output], {stdio: ['ignore', 'inherit', 'ignore']});
    } catch (error) {
      // Exit status 1: some values were left out and reported; the feed is still written.
      if (error.status !== 1) throw error;
    }
    console.log(`wrote data/examples/${file}`);
  }
}
