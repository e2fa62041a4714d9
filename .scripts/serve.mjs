// The one static file server of the repository's tests, benchmarks and smoke tests (Node
// built-ins only): serves a folder on a free port of 127.0.0.1, never a file outside it.
import {createReadStream, readFileSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, resolve, sep} from 'node:path';
import {brotliCompressSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Starts the server. `headers` go on every answer (so a Content-Security-Policy arrives as a
 * real HTTP header); `index` serves a folder's index.html for its path; `pages` are in-memory
 * bodies by path; `alias` maps a path prefix to another (the same file under a second URL);
 * `brotli` sends what it finds compressed, as a CDN does (each body compressed once).
 *
 * @param {{root: string, headers?: Record<string, string>, index?: boolean,
 *   pages?: Record<string, string | Buffer>, alias?: Record<string, string>,
 *   brotli?: boolean}} options
 */
export async function serve({
  root,
  headers = {},
  index = false,
  pages = {},
  alias = {},
  brotli = false,
}) {
  const base = resolve(root);
  const requests = [];
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const send = (status, type, body) => {
      response.writeHead(status, {'content-type': type, 'cache-control': 'no-store', ...headers});
      response.end(body);
    };
    /** With `brotli`: the body `read` gives, compressed the first time `key` is asked for. */
    const sendCompressed = (key, type, read) => {
      if (!compressed.has(key)) compressed.set(key, brotliCompressSync(read()));
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'br',
        'cache-control': 'no-store',
        ...headers,
      });
      response.end(compressed.get(key));
    };
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    } catch {
      return send(400, 'text/plain', 'bad request');
    }
    requests.push(path);
    for (const [from, to] of Object.entries(alias)) {
      if (path.startsWith(from)) path = to + path.slice(from.length);
    }
    if (pages[path] !== undefined) {
      const type = TYPES[extname(path)] ?? TYPES['.html'];
      return brotli ? sendCompressed(path, type, () => pages[path]) : send(200, type, pages[path]);
    }
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'text/plain', 'forbidden');
    try {
      let info = await stat(file);
      if (info.isDirectory() && index) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) throw new Error('not a file');
    } catch {
      return send(404, 'text/plain', 'not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (brotli) return sendCompressed(file, type, () => readFileSync(file));
    response.writeHead(200, {'content-type': type, 'cache-control': 'no-store', ...headers});
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
