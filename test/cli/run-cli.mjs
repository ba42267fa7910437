/**
 * A test runner plugin: the server command `run-validate-cli` runs the built
 * `security-timeline-validate` (dist/, which `npm test` builds first) in a fresh temporary
 * folder holding `files` (name → text), with `args`, and answers its exit code and output.
 */
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(root, 'dist/lib/src/cli/validate-feed.js');

export function validateCli() {
  return {
    name: 'validate-cli',
    async executeCommand({command, payload}) {
      if (command !== 'run-validate-cli') return undefined;
      if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
      const folder = await mkdtemp(path.join(tmpdir(), 'st-validate-'));
      try {
        for (const [name, text] of Object.entries(payload.files ?? {})) await writeFile(path.join(folder, name), text);
        return await new Promise((resolve) => {
          execFile(process.execPath, [CLI, ...payload.args], {cwd: folder, timeout: 15_000}, (error, stdout, stderr) => {
            resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr});
          });
        });
      } finally {
        await rm(folder, {recursive: true, force: true});
      }
    },
  };
}
