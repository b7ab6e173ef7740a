// Import @lit-labs/ssr before any element: it provides the DOM shim the elements are defined against.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { page } from './page.mjs';

const assets = new URL('./dist/assets/', import.meta.url);

/**
 * `'sha256-…'` sources for every `<style>` block in server-rendered HTML, so a strict `style-src` allows them.
 * @param {string} html
 */
function styleHashes(html) {
  const blocks = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]));
  return [...blocks].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}

/** @param {import('node:http').ServerResponse} response */
async function sendPage(response) {
  const body = await collectResult(render(page({ company: 'Northwind', jobTitle: 'Product designer' })));
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'self'; style-src 'self' ${styleHashes(body).join(' ')}; img-src 'self' data:`
  });
  response.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Your next step</title>
    <script type="module" src="/assets/client.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>`);
}

/**
 * Files from `vite build` (the entry and its chunks), by name only: nothing outside `dist/assets/` is served.
 * @param {import('node:http').ServerResponse} response
 * @param {string} name
 */
async function sendAsset(response, name) {
  /** @type {Record<string, string>} */
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
  const type = types[name.slice(name.lastIndexOf('.'))];
  if (!/^[\w.-]+$/.test(name) || !type) return sendNotFound(response);
  try {
    const file = await readFile(new URL(name, assets));
    response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` });
    response.end(file);
  } catch {
    sendNotFound(response);
  }
}

/** @param {import('node:http').ServerResponse} response */
function sendNotFound(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') return void sendPage(response);
  if (pathname.startsWith('/assets/')) return void sendAsset(response, pathname.slice('/assets/'.length));
  sendNotFound(response);
});

server.listen(Number(process.env.PORT ?? 3000), () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Listening on http://localhost:${address.port}/`);
});
