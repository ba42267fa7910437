/**
 * A tiny static server on 127.0.0.1 (random free port) for the benchmark pages, the bundles and
 * the feeds. Serves only the folders below, nothing else.
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
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
      const mount = roots.find(([prefix]) => path.startsWith(prefix));
      if (!mount) throw Object.assign(new Error('not found'), {code: 'ENOENT'});
      const [prefix, root] = mount;
      const file = resolve(join(root, normalize(path.slice(prefix.length))));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside'), {code: 'ENOENT'});
      const body = await readFile(file);
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
