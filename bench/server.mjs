/**
 * A tiny static server on 127.0.0.1 (random free port) for the benchmark pages, the bundles and
 * the feeds. Serves only the folders below, nothing else.
 *
 * In a page, `<script src="…" data-inline></script>` is served with the script's text inline, so
 * that what must run first (the long-task observer) costs the page no request of its own.
 */
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** `mounts`: URL prefix (like `/dist/`) → folder on disk. */
export async function startServer(mounts) {
  const roots = Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)]);
  const fileOf = (path) => {
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) throw Object.assign(new Error('not found'), {code: 'ENOENT'});
    const [prefix, root] = mount;
    const file = resolve(join(root, normalize(path.slice(prefix.length))));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside'), {code: 'ENOENT'});
    return file;
  };
  const inline = async (html) => {
    const parts = html.split(/<script src="([^"]+)" data-inline><\/script>/);
    for (let i = 1; i < parts.length; i += 2) parts[i] = `<script>\n${await readFile(fileOf(parts[i]), 'utf8')}</script>`;
    return parts.join('');
  };
  const server = createServer(async (request, response) => {
    try {
      const file = fileOf(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
      const body = extname(file) === '.html' ? await inline(await readFile(file, 'utf8')) : await readFile(file);
      response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'});
      response.end(body);
    } catch (error) {
      response.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, {'content-type': 'text/plain'});
      response.end(String(error.message));
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const {port} = server.address();
  return {origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done))};
}
