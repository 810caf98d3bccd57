// Serves a folder as a production host does: gzip, long caching for hashed assets, and the headers
// a build asks for. A site lives under its base: every address outside it gets 404, as on a host
// where the site is one folder of many, so a link that escapes to the root fails.
// `node scripts/serve.mjs <build folder> <port>` serves a build at the base it was made for.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readHostRules } from './headers.mjs';

/** The Content-Type sent for each file extension. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Where the request for `url` (e.g. `/tm/en/?from=qr`) falls in a site served at `base` (which ends
 * in `/`): its path in the site, from `/` (e.g. `/en/`); null if it is outside the base, or no
 * path at all (a malformed escape).
 */
export function sitePath(url, base) {
  let path;
  try {
    path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
  } catch {
    return null;
  }
  return path.startsWith(base) ? path.slice(base.length - 1) : null;
}

/** The file of `directory` that serves the site path `path`: a folder's index.html. */
export const fileAt = (directory, path) => join(directory, path.endsWith('/') ? `${path}index.html` : path);

/** Serves `directory` at `base` on 127.0.0.1:`port` (0 for any free port), with `headers`. */
export function serveStatic(directory, port, { base = '/', headers = {} } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`a base starts and ends with /, not ${base}`);
  const dir = resolve(directory);
  const server = createServer(async (request, response) => {
    const path = sitePath(request.url, base);
    const notFound = () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    if (path === null) return void notFound();
    const file = fileAt(dir, path);
    try {
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
      response.writeHead(200, {
        ...headers,
        'Content-Type': type,
        'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      response.end(gzip ? gzipSync(body) : body);
    } catch {
      notFound();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Serves the build in `directory` at the base it was made for, with the headers it asks for. */
export const serveBuild = (directory, port) => serveStatic(directory, port, readHostRules(directory));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [directory = 'dist', port = '4173'] = process.argv.slice(2);
  const { base } = readHostRules(directory);
  await serveBuild(directory, Number(port));
  console.log(`${directory} is served at http://127.0.0.1:${port}${base}`);
}
