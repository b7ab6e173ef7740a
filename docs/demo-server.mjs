// The demo careers page as Vite would serve it (demo/index.html, demo/public, and the CDN build under /onward/), from
// disk on a free local port, for the scripts in docs/ that walk it in a real browser. `npm run build` first.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain'
};

/** Starts the server; resolves to its origin and a `close()`. */
export async function serveDemo() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file =
      path === '/'
        ? join(root, 'demo/index.html')
        : path.startsWith('/onward/')
          ? join(root, 'dist/cdn', path.slice(8))
          : join(root, 'demo/public', path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
