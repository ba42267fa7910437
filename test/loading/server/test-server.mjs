/**
 * The test HTTP server: routes under /test-server/ on the test runner's own dev server (a real
 * local HTTP server, started by the test run), for the loading, refresh, hostile-feed and CSP
 * tests. Koa middleware; every other path goes on to the dev server.
 *
 * Routes (all take `?key=…` to log their requests under that key, read back at /test-server/log/<key>):
 *   /test-server/seed?title=…                the seed feed (its title replaced when given)
 *   /test-server/slow?ms=…&title=…           the seed feed after `ms` milliseconds
 *   /test-server/drip                        headers at once, then one byte every 100 ms, forever
 *   /test-server/huge?declared=1             an endless JSON body in 64 KB chunks (or a declared 50 MB one)
 *   /test-server/large?incidents=…&summary=… the seed feed with that many incidents instead, each with a
 *                                            summary of that many characters: a feed as large as real ones
 *   /test-server/status/<code>?endless=1     that HTTP status with a short HTML body (or one that never
 *                                            ends, a line every 100 ms, until the client closes the connection)
 *   /test-server/network-error               the connection is dropped without an answer
 *   /test-server/html?endless=1              a web page (text/html) instead of a feed (or one that never ends)
 *   /test-server/invalid-json                JSON with a syntax error on line 4, column 18
 *   /test-server/schema?version=…            a feed with schema problems (or of another version)
 *   /test-server/feed/<name>                 small feeds for several-feed tests (see FEEDS)
 *   /test-server/live/<key>                  a live feed with ETag and Last-Modified, controlled by
 *   /test-server/control/<key>               POST {version, mode, etag, lastModified, allowConditional, document}
 *                                            (`document`: a feed to serve as that version instead of the seed's)
 *   /test-server/hostile/<case>              test/fixtures/hostile/cases/<case>.json (or .txt), with
 *                                            "@@fill:kind:n@@" placeholders expanded (see fill)
 *   /test-server/csp/<page>                  test/loading/csp/<page>.html under a strict Content-Security-Policy
 *                                            (the `cdn` page may also load scripts from the other loopback origin)
 *   /test-server/cdn/<file>                  dist/<file>, a file of the built bundle, as a CDN serves it to any origin (CORS)
 */
import {readFile} from 'node:fs/promises';
import {Readable} from 'node:stream';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const HOSTILE = path.join(root, 'test/fixtures/hostile/cases');
const CSP_PAGES = path.join(here, '../csp');

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** The strict policy of a page that takes its scripts from a CDN: here, the other name of this loopback server. */
export const STRICT_CSP_WITH_CDN = "default-src 'self'; script-src 'self' http://127.0.0.1:* http://localhost:*; style-src 'self'";
const DIST = path.join(root, 'dist');

/** Requests seen, by key: what the tests read back to see what the browser asked and when it gave up. */
const logs = new Map();
/** State of each live feed, by key. */
const live = new Map();

let seedText;
async function seed() {
  seedText ??= await readFile(path.join(root, 'data/tajik-afghan-border-2024.json'), 'utf8');
  return JSON.parse(seedText);
}

const incident = (id, when, title, extra = {}) => ({id, when, title, category: 'clash', status: 'reported', ...extra});

/** Small feeds for several-feed tests. */
const FEEDS = {
  north: {
    version: '1.0',
    title: 'North sector',
    region: {name: 'North', timeZone: 'UTC'},
    alerts: [{id: 'north-alert', start: '2024-09-02', end: '2024-09-12', level: 'high', title: 'North alert'}],
    incidents: [incident('north-1', '2024-09-03', 'North one'), incident('shared-id', '2024-09-08', 'North claims the shared id')],
  },
  south: {
    version: '1.0',
    title: 'South sector',
    region: {name: 'South', timeZone: 'UTC'},
    alerts: [{id: 'south-alert', start: '2024-09-15', end: '2024-09-25', level: 'elevated', title: 'South alert'}],
    incidents: [
      incident('south-1', '2024-09-16', 'South one'),
      incident('shared-id', '2024-09-20', 'South also uses the shared id'),
      incident('south-2', '2024-09-22', 'South two'),
    ],
  },
  east: {
    version: '1.0',
    title: 'East sector',
    incidents: [incident('east-1', '2024-09-26', 'East one', {status: 'rumoured'})],
  },
};

/** The live feed at a version: the seed, retitled, with one more incident per version. */
async function liveFeed(version) {
  const feed = await seed();
  feed.title = `Live feed, version ${version}`;
  for (let i = 2; i <= version; i++) {
    feed.incidents.push(incident(`live-${i}`, `2024-09-${String(10 + i).padStart(2, '0')}`, `Incident added in version ${i}`));
  }
  return feed;
}

/**
 * Expands `"@@fill:kind:n@@"` in a hostile case: `list-nest` n lists inside one another,
 * `object-nest` n objects, `zeros` a list of n zeros, `strings` a list of n "x", `x` a string of n "x".
 */
export function fill(text) {
  return text.replace(/"@@fill:([a-z-]+):(\d+)@@"/g, (_, kind, count) => {
    const n = Number(count);
    switch (kind) {
      case 'list-nest':
        return '['.repeat(n) + ']'.repeat(n);
      case 'object-nest':
        return '{"a":'.repeat(n) + '{}' + '}'.repeat(n);
      case 'zeros':
        return `[${new Array(n).fill('0').join(',')}]`;
      case 'strings':
        return `[${new Array(n).fill('"x"').join(',')}]`;
      case 'x':
        return `"${'x'.repeat(n)}"`;
      default:
        throw new Error(`unknown fill ${kind}`);
    }
  });
}

const sleep = (ms, res) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function json(ctx, value, status = 200) {
  ctx.status = status;
  ctx.set('content-type', 'application/json');
  ctx.body = typeof value === 'string' ? value : JSON.stringify(value);
}

/** A body that never ends by itself: `chunk()` gives each piece; it stops when the client goes. */
function endless(ctx, record, intervalMs, chunk) {
  let timer;
  const stream = new Readable({
    read() {
      timer = setTimeout(() => {
        const piece = chunk();
        record.bytesSent += piece.length;
        this.push(piece);
      }, intervalMs);
    },
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
  ctx.res.once('close', () => stream.destroy());
  return stream;
}

export function testServer() {
  return async function testServerMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/test-server/')) return next();
    const [, , route, name] = ctx.path.split('/');
    const key = ctx.query.key ?? (route === 'live' ? name : undefined);
    const record = {
      method: ctx.method,
      path: ctx.path,
      at: Date.now(),
      ifNoneMatch: ctx.get('if-none-match') || null,
      ifModifiedSince: ctx.get('if-modified-since') || null,
      origin: ctx.get('origin') || null,
      status: null,
      bytesSent: 0,
      aborted: false,
      done: false,
    };
    if (key && route !== 'log' && route !== 'control') {
      if (!logs.has(key)) logs.set(key, []);
      logs.get(key).push(record);
    }
    ctx.res.once('close', () => {
      record.done = true;
      record.aborted = !ctx.res.writableFinished;
      record.status = ctx.status;
    });
    ctx.set('cache-control', 'no-store');

    switch (route) {
      case 'log':
        return json(ctx, logs.get(name) ?? []);
      case 'seed': {
        const feed = await seed();
        if (ctx.query.title) feed.title = ctx.query.title;
        return json(ctx, feed);
      }
      case 'slow': {
        await sleep(Number(ctx.query.ms ?? 1000), ctx.res);
        const feed = await seed();
        if (ctx.query.title) feed.title = ctx.query.title;
        return json(ctx, feed);
      }
      case 'drip':
        ctx.set('content-type', 'application/json');
        ctx.body = endless(ctx, record, 100, () => ' ');
        return;
      case 'huge': {
        ctx.set('content-type', 'application/json');
        if (ctx.query.declared) ctx.set('content-length', String(50 * 1024 * 1024));
        let first = true;
        const piece = ' '.repeat(64 * 1024);
        ctx.body = endless(ctx, record, 5, () => {
          const chunk = first ? `{"version":"1.0","padding":"${piece}` : piece;
          first = false;
          return chunk;
        });
        return;
      }
      case 'large': {
        const feed = await seed();
        const summary = 'x'.repeat(Number(ctx.query.summary ?? 500));
        const start = Date.UTC(2024, 0, 1);
        feed.incidents = Array.from({length: Number(ctx.query.incidents ?? 1000)}, (_, i) =>
          incident(`large-${i}`, new Date(start + i * 3_600_000).toISOString(), `Incident ${i}`, {summary}),
        );
        return json(ctx, feed);
      }
      case 'status':
        ctx.status = Number(name);
        ctx.set('content-type', 'text/html');
        ctx.body = ctx.query.endless
          ? endless(ctx, record, 100, () => `<p>Error ${name}</p>\n`)
          : `<!doctype html><title>${name}</title><h1>Error ${name}</h1>`;
        return;
      case 'network-error':
        // No answer at all; the status is only for the dev server's own request log.
        ctx.status = 502;
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      case 'html':
        ctx.set('content-type', 'text/html; charset=utf-8');
        ctx.body = ctx.query.endless
          ? endless(ctx, record, 100, () => '<p>Log in to continue</p>\n')
          : '<!doctype html><html><head><title>Not a feed</title></head><body>Log in to continue</body></html>';
        return;
      case 'invalid-json':
        return json(ctx, '{\n  "version": "1.0",\n  "incidents": [\n    {"id": "a",, "title": "b"}\n  ]\n}\n');
      case 'schema': {
        const feed = await seed();
        if (ctx.query.version) feed.version = ctx.query.version;
        feed.incidents[1].status = 'rumoured';
        feed.incidents[2].when = '2024-02-30';
        return json(ctx, feed);
      }
      case 'feed':
        if (!Object.hasOwn(FEEDS, name)) return json(ctx, {error: 'no such feed'}, 404);
        return json(ctx, FEEDS[name]);
      case 'control': {
        const state = live.get(name) ?? {version: 1, mode: 'ok', etag: true, lastModified: true, allowConditional: true};
        if (ctx.method === 'POST') {
          const chunks = [];
          for await (const chunk of ctx.req) chunks.push(chunk);
          Object.assign(state, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
          live.set(name, state);
        }
        return json(ctx, {...state, requests: logs.get(name) ?? []});
      }
      case 'live': {
        const state = live.get(name) ?? {version: 1, mode: 'ok', etag: true, lastModified: true, allowConditional: true};
        live.set(name, state);
        // Served to other origins too, as a feed on another site would be.
        ctx.set('access-control-allow-origin', '*');
        ctx.set('access-control-expose-headers', 'ETag');
        if (ctx.method === 'OPTIONS') {
          if (state.allowConditional) {
            ctx.set('access-control-allow-headers', 'if-none-match, if-modified-since');
            ctx.set('access-control-allow-methods', 'GET');
          }
          ctx.status = 204;
          return;
        }
        if (state.mode === 'network') {
          ctx.status = 502;
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        }
        if (state.mode === 'error') {
          ctx.status = 500;
          ctx.set('content-type', 'text/plain');
          ctx.body = 'Internal Server Error';
          return;
        }
        const etag = `"v${state.version}"`;
        const modified = new Date(Date.UTC(2024, 8, 1) + state.version * 86_400_000).toUTCString();
        if (state.etag) ctx.set('etag', etag);
        if (state.lastModified) ctx.set('last-modified', modified);
        const inm = ctx.get('if-none-match');
        const ims = ctx.get('if-modified-since');
        const fresh = inm ? state.etag && inm === etag : ims ? state.lastModified && Date.parse(ims) >= Date.parse(modified) : false;
        if (fresh) {
          ctx.status = 304;
          return;
        }
        return json(ctx, state.document ?? (await liveFeed(state.version)));
      }
      case 'hostile': {
        if (!/^[a-z0-9-]+$/.test(name ?? '')) return json(ctx, {error: 'bad case name'}, 400);
        let text;
        for (const extension of ['json', 'txt']) {
          try {
            text = await readFile(path.join(HOSTILE, `${name}.${extension}`), 'utf8');
            break;
          } catch {
            // try the next extension
          }
        }
        if (text === undefined) return json(ctx, {error: `no hostile case ${name}`}, 404);
        return json(ctx, fill(text));
      }
      case 'csp': {
        if (!/^[a-z0-9-]+$/.test(name ?? '')) return json(ctx, {error: 'bad page name'}, 400);
        ctx.set('content-security-policy', name === 'cdn' ? STRICT_CSP_WITH_CDN : STRICT_CSP);
        ctx.set('content-type', 'text/html; charset=utf-8');
        ctx.body = await readFile(path.join(CSP_PAGES, `${name}.html`), 'utf8');
        return;
      }
      case 'cdn': {
        if (!/^security-timeline\.[\w.-]+\.js$/.test(name ?? '')) return json(ctx, {error: 'not a file of the bundle'}, 404);
        ctx.set('access-control-allow-origin', '*');
        ctx.set('content-type', 'text/javascript; charset=utf-8');
        ctx.set('cache-control', 'no-store');
        ctx.body = await readFile(path.join(DIST, name), 'utf8');
        return;
      }
      default:
        return json(ctx, {error: `no route ${route}`}, 404);
    }
  };
}
