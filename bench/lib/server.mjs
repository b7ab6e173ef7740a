import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2'
};

/**
 * A static server on 127.0.0.1 and a free port. `mounts` maps URL prefixes ('/dist/') to folders; `pages` maps exact
 * paths to HTML strings. `isolate` adds COOP/COEP, so `performance.now()` gets its fine resolution. With `spa`, unknown
 * paths without an extension fall back to `/index.html` of the '/' mount.
 */
export async function startServer({ mounts = {}, pages = {}, isolate = false, spa = false }) {
  const server = createServer(async (request, response) => {
    const headers = isolate
      ? {
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
          'Cache-Control': 'no-store'
        }
      : {};
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (pages[path] !== undefined) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      response.end(pages[path]);
      return;
    }
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((candidate) => path.startsWith(candidate));
    if (prefix !== undefined) {
      const folder = mounts[prefix];
      let relative = path.slice(prefix.length);
      if (relative === '' || relative.endsWith('/')) relative += 'index.html';
      const file = normalize(join(folder, relative));
      if (file.startsWith(folder + sep) || file === folder) {
        for (const candidate of spa && !extname(file) ? [file, join(folder, 'index.html')] : [file]) {
          try {
            const body = await readFile(candidate);
            response.writeHead(200, {
              ...headers,
              'Content-Type': TYPES[extname(candidate)] ?? 'application/octet-stream'
            });
            response.end(body);
            return;
          } catch {
            // Try the next candidate, then answer 404.
          }
        }
      }
    }
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    response.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      })
  };
}
