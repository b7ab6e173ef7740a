import { readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** `OnwardElement.version` and the `version` export: this build's package.json version (see src/internal/registry.ts). */
const define = { __ONWARD_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version) };

/** One entry per registering module and per locale, found on disk so a new element needs no config change. */
function entriesIn(folder: string, prefix: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(resolve(root, 'src', folder))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => [`${prefix}${basename(file, '.ts')}`, resolve(root, 'src', folder, file)])
  );
}

/**
 * `vite build` writes the npm build (Lit kept external, one module per entry); `vite build --mode cdn` writes
 * `dist/cdn/onward.js`, one self-contained module with Lit inside.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      define,
      build: {
        outDir: 'dist/cdn',
        // Only dist/cdn is emptied (old hashed language chunks must not pile up); the npm build lives beside it.
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        lib: { entry: resolve(root, 'src/index.ts'), formats: ['es'], fileName: () => 'onward.js' },
        rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } }
      }
    };
  }
  return {
    define,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2021',
      minify: false,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          'core/index': resolve(root, 'src/core/index.ts'),
          ...entriesIn('define', 'define/'),
          ...entriesIn('locales', 'locales/'),
          // React wrappers (`onward-elements/react`) and the JSX types module: npm only, never in the CDN bundle.
          'react/index': resolve(root, 'src/react/index.ts'),
          'react/jsx': resolve(root, 'src/react/jsx.ts')
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@shoelace-style\/localize/, /^react($|\/)/, /^react-dom($|\/)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' }
      }
    }
  };
});
