/**
 * A test runner plugin for `security-timeline-import` (the built one in dist/, which `npm test`
 * builds first), with two server commands:
 *
 * - `run-import-cli` runs it in a fresh temporary folder holding `files` (name → text) and
 *   `real-data/`, a link to the real data samples in `../shared/real-data/` beside the project,
 *   with `args` and `stdin` (text), and answers its exit code, its output, the text of the file
 *   named `output` when there is one, and the names of the files it `left` in the folder;
 * - `read-real-data` answers the text of one of those samples, so that a test can count what
 *   is in it on its own.
 */
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(root, 'dist/lib/src/cli/import-feed.js');
const REAL_DATA = path.resolve(root, '../shared/real-data');

function realDataPath(name) {
  const file = path.join(REAL_DATA, path.basename(name));
  if (!existsSync(file)) throw new Error(`${file} is missing: the real data samples are read from ../shared/real-data/ beside the project.`);
  return file;
}

export function importCli() {
  return {
    name: 'import-cli',
    async executeCommand({command, payload}) {
      if (command === 'read-real-data') return readFile(realDataPath(payload.name), 'utf8');
      if (command !== 'run-import-cli') return undefined;
      if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
      const folder = await mkdtemp(path.join(tmpdir(), 'st-import-'));
      try {
        if (existsSync(REAL_DATA)) await symlink(REAL_DATA, path.join(folder, 'real-data'));
        for (const [name, text] of Object.entries(payload.files ?? {})) await writeFile(path.join(folder, name), text);
        const result = await new Promise((resolve) => {
          const child = execFile(
            process.execPath,
            [CLI, ...payload.args],
            // A feed of the largest sample is a few MB of JSON.
            {cwd: folder, timeout: 30_000, maxBuffer: 256 * 1024 * 1024},
            (error, stdout, stderr) => resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr}),
          );
          child.stdin.end(payload.stdin ?? '');
        });
        // What the command wrote with -o, when it did, and what else it left in the folder.
        const output = payload.output ? path.join(folder, payload.output) : undefined;
        const left = (await readdir(folder)).filter((name) => name !== 'real-data' && !(name in (payload.files ?? {}))).sort();
        return {...result, output: output && existsSync(output) ? await readFile(output, 'utf8') : null, left};
      } finally {
        await rm(folder, {recursive: true, force: true});
      }
    },
  };
}
