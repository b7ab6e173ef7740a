import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
const cdn = resolve(here, '../dist/cdn');

// The careers page loads the kit exactly as a customer would: one `<script type="module">` pointing at the CDN bundle.
// The bundle is copied into the public folder, which Vite serves and ships untouched.
if (!existsSync(resolve(cdn, 'onward-loader.js'))) {
  throw new Error('dist/cdn/onward-loader.js is missing: run `npm run build` first (`npm run demo` does).');
}
// Emptied first, so files of an earlier build (hashed chunk names) do not pile up in the shipped folder.
rmSync(resolve(here, 'public/onward'), { recursive: true, force: true });
mkdirSync(resolve(here, 'public/onward'), { recursive: true });
cpSync(cdn, resolve(here, 'public/onward'), { recursive: true });

export default defineConfig({
  root: here,
  build: { outDir: resolve(here, 'dist'), emptyOutDir: true, modulePreload: { polyfill: false } },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' }
});
