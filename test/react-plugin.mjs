import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const library = resolve(root, 'src');
const wrappers = resolve(root, 'src', 'react');

/**
 * Keeps the library's own modules out of the bundle: they load from `/src/….ts` like in every other test (one copy of
 * Lit and of each element on the page). Only React, react-dom, `@lit/react`, the wrappers and the app are bundled.
 */
const libraryFromTestServer = {
  name: 'onward-library-from-test-server',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = resolve(args.resolveDir, args.path);
      if (!file.startsWith(library + sep) || file.startsWith(wrappers + sep)) return undefined;
      const url = `/${relative(root, file).split(sep).join('/')}`.replace(/\.js$/, '.ts');
      return { path: url, external: true };
    });
  }
};

/**
 * Serves `test/react/<name>.tsx` (imported as `./react/<name>.js`, which the runner's node-resolve turns into `.tsx`) as
 * an ES module bundled on the fly. React ships as CommonJS, which node-resolve serves as is; esbuild converts it and
 * compiles the JSX.
 */
export function reactAppPlugin() {
  return {
    name: 'onward-react-app',
    async serve(context) {
      const match = /^\/test\/react\/([\w-]+)\.(?:js|tsx)$/.exec(context.path);
      if (!match) return undefined;
      const entry = resolve(root, 'test', 'react', `${match[1]}.tsx`);
      if (!existsSync(entry)) return undefined;
      const result = await build({
        entryPoints: [entry],
        absWorkingDir: root,
        bundle: true,
        write: false,
        format: 'esm',
        jsx: 'automatic',
        target: 'es2022',
        define: { 'process.env.NODE_ENV': '"development"' },
        plugins: [libraryFromTestServer],
        logLevel: 'silent'
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    }
  };
}
