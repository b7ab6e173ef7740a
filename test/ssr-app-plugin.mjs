/**
 * The server-rendering recipe of docs/ssr.md, run end to end for test/ssr-production.test.ts: `vite build` of
 * `test/ssr-app/` (a production build: minified, no `development` condition, from the built package), then its plain
 * Node server (`server.mjs`) on a free port, reached through the test runner's own origin:
 *
 * - `/ssr-app/` is the server's page; `?script=later` leaves out its `<script>`, so a test can look at the server's
 *   DOM before the client adds it; `?csp=self` drops the style hashes from the policy (a bare `style-src 'self'`);
 * - `/assets/…` are the client build's files, as the server serves them;
 * - `/ssr-app-no-hydration.js` is the same client without Lit's hydration support (esbuild, minified), for a page
 *   that forgot it;
 * - `?tt=1` adds Trusted Types to the page's policy (`require-trusted-types-for 'script'; trusted-types lit-html`, plus `onward-test`, the test's
 *   own policy for adding the page's script late).
 *
 * The server starts on the first request and stops with the test runner.
 */

import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT_TAG = '<script type="module" src="/assets/client.js"></script>';

export function ssrAppServer() {
  let child;
  let started;

  let withoutHydration;

  async function start() {
    await promisify(execFile)(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'test/ssr-app/vite.config.js', '--logLevel', 'warn'],
      { cwd: root }
    );
    const bundle = await build({
      stdin: { contents: "import 'onward-elements';", resolveDir: join(root, 'test', 'ssr-app'), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent'
    });
    withoutHydration = bundle.outputFiles[0].text;
    child = spawn(process.execPath, ['test/ssr-app/server.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit']
    });
    let output = '';
    for await (const chunk of child.stdout) {
      output += chunk;
      const origin = /http:\/\/localhost:\d+/.exec(output)?.[0];
      if (origin) return origin;
    }
    throw new Error(`test/ssr-app/server.mjs stopped before listening: ${output}`);
  }

  async function middleware(context, next) {
    const { path, query } = context;
    if (!(path === '/ssr-app/' || path.startsWith('/assets/') || path === '/ssr-app-no-hydration.js')) return next();
    started ??= start();
    const origin = await started;
    if (path === '/ssr-app-no-hydration.js') {
      context.set('Content-Type', 'text/javascript; charset=utf-8');
      context.body = withoutHydration;
      return;
    }
    const response = await fetch(`${origin}${path === '/ssr-app/' ? '/' : path}`);
    context.status = response.status;
    context.set('Content-Type', response.headers.get('content-type') ?? 'application/octet-stream');
    context.set('Cache-Control', 'no-store');
    let policy = response.headers.get('content-security-policy');
    let body = await response.text();
    if (path === '/ssr-app/') {
      if (query.script === 'later') {
        if (!body.includes(SCRIPT_TAG)) throw new Error(`test/ssr-app/server.mjs: no ${SCRIPT_TAG} in the page`);
        body = body.replace(SCRIPT_TAG, '');
      }
      if (query.csp === 'self') policy = policy.replace(/ 'sha256-[^']+'/g, '');
      // Trusted Types as quality.md asks of a strict page: only Lit's own policy may turn strings into markup.
      if (query.tt === '1') policy += "; require-trusted-types-for 'script'; trusted-types lit-html onward-test";
    }
    if (policy) context.set('Content-Security-Policy', policy);
    context.body = body;
  }

  const plugin = {
    name: 'ssr-app',
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      child.kill();
      await once(child, 'exit');
    }
  };

  return { middleware, plugin };
}
