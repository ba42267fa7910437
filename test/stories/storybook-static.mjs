/**
 * Storybook's static folders on the test runner's dev server: every `staticDirs` entry of
 * .storybook/main.ts, at the path Storybook serves it (the feeds under data/ at /feeds), so the
 * stories rendered by the tests load their feeds by URL exactly as they do in Storybook.
 *
 * Koa middleware: a request under a mounted path for a file that exists gets that file as it is;
 * any other request goes on to the dev server (which answers 404 for a file that is not there).
 */
import {readFileSync} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {transformSync} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const storybookDir = path.join(root, '.storybook');

/** `staticDirs` of .storybook/main.ts, as `{from, to}` with `from` an absolute folder and `to` a path without a trailing slash. */
export async function storybookStaticDirs() {
  const {code} = transformSync(readFileSync(path.join(storybookDir, 'main.ts'), 'utf8'), {loader: 'ts', format: 'esm'});
  const {default: config} = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const dirs = typeof config.staticDirs === 'function' ? await config.staticDirs() : (config.staticDirs ?? []);
  return dirs.map((dir) => {
    const {from, to = '/'} = typeof dir === 'string' ? {from: dir} : dir;
    return {from: path.resolve(storybookDir, from), to: `/${to.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '')};
  });
}

export async function storybookStatic() {
  const dirs = await storybookStaticDirs();
  return async function storybookStaticMiddleware(ctx, next) {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    for (const {from, to} of dirs) {
      if (!ctx.path.startsWith(`${to}/`)) continue;
      const file = path.resolve(from, `.${decodeURIComponent(ctx.path.slice(to.length))}`);
      if (!file.startsWith(`${from}${path.sep}`)) continue;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      ctx.type = path.extname(file);
      ctx.set('cache-control', 'no-cache');
      ctx.body = await readFile(file);
      return;
    }
    return next();
  };
}
