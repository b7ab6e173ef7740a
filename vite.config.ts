import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { transformSync, type TransformOptions } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** `OnwardElement.version` and the `version` export: this build's package.json version (see src/internal/registry.ts). */
const define = {
  __ONWARD_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version)
};

/** One entry per registering module and per locale, found on disk so a new element needs no config change. */
function entriesIn(folder: string, prefix: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(resolve(root, 'src', folder))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => [`${prefix}${basename(file, '.ts')}`, resolve(root, 'src', folder, file)])
  );
}

/** Each shipped language's parts (`src/locales/<code>/<part>.ts`, not English), as npm entries `locales/<code>/<part>`. */
function languageParts(): Record<string, string> {
  const folders = readdirSync(resolve(root, 'src/locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en')
    .map((entry) => entry.name);
  return Object.assign({}, ...folders.map((code) => entriesIn(`locales/${code}`, `locales/${code}/`)));
}

/**
 * The CDN files load each part of a language by URL, from `dist/cdn/locales/<code>/<part>.js` (written by the loader
 * build), rather than through a table of hashed chunks: each `src/internal/languages/<part>.ts` becomes a call of
 * `byUrl`, and `rootFromChunk` is the way back to `dist/cdn` from the module that holds it (`onward.js` itself, or a
 * chunk in `loader/`).
 */
function partsByUrl(rootFromChunk: string): { define: Record<string, string>; plugins: Plugin[] } {
  const byUrl = resolve(root, 'src/internal/language-parts-by-url.ts');
  return {
    define: { ...define, __ONWARD_CDN_ROOT__: JSON.stringify(rootFromChunk) },
    plugins: [
      minifyTemplates(),
      minifyForBrowsers(),
      {
        name: 'onward:language-parts-by-url',
        load(id) {
          const part = /[\\/]src[\\/]internal[\\/]languages[\\/]([\w-]+)\.ts$/.exec(id)?.[1];
          if (!part) return null;
          return `import { byUrl } from ${JSON.stringify(byUrl)};\nexport default byUrl(${JSON.stringify(part)});`;
        }
      }
    ]
  };
}

/**
 * Minifies the HTML and CSS inside Lit's `html`, `svg` and `css` templates of the kit's own sources. The templates are
 * most of the kit's bytes, and every whitespace text node they leave costs each instance a DOM node to clone.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'onward:minify-templates',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      // `keepClosingSlash`: an `svg` template holds bare shapes (`<circle />`) that the HTML parser only closes by the slash;
      // without it each shape would swallow the next one.
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { keepClosingSlash: true } });
      return result ? { code: result.code, map: result.map } : null;
    }
  };
}

/** Every `.ts` file under `folder`, tests and declarations left out. */
function sourcesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(folder, file));
}

/** Adds every word in the files under `folder` whose names end in `ending` to `words`. */
function wordsOf(folder: string, ending: string, words: Set<string>): void {
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith(ending))
      for (const word of readFileSync(join(folder, file), 'utf8').match(/[\w$]+/g) ?? []) words.add(word);
  }
}

/**
 * The names of the kit's `private` and `protected` class members that nothing outside the kit can reach: not declared
 * public anywhere in `src`, not reactive (a decorator registers those by name), not a name the platform, TypeScript's
 * libraries, Lit or localize know, and never written in a string. Renaming these throughout a bundle changes nothing a
 * page or a stored record can see.
 */
function internalMemberNames(): string[] {
  const internal = new Set<string>();
  const kept = new Set<string>();
  for (const file of sourcesIn(resolve(root, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isClassElement(node) && node.name && ts.isIdentifier(node.name)) {
        const hidden = ts
          .getModifiers(node as ts.HasModifiers)
          ?.some(({ kind }) => kind === ts.SyntaxKind.PrivateKeyword || kind === ts.SyntaxKind.ProtectedKeyword);
        const decorated = ts.canHaveDecorators(node) && (ts.getDecorators(node)?.length ?? 0) > 0;
        (hidden && !decorated ? internal : kept).add(node.name.text);
      } else if (ts.isTypeElement(node) && node.name && ts.isIdentifier(node.name)) {
        kept.add(node.name.text);
      } else if (ts.isStringLiteralLike(node)) {
        for (const word of node.text.match(/[\w$]+/g) ?? []) kept.add(word);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  for (const folder of [
    'typescript/lib',
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    '@shoelace-style/localize'
  ]) {
    // A name a library or the platform may read or write.
    wordsOf(resolve(root, 'node_modules', folder), '.d.ts', kept);
  }
  return [...internal].filter((name) => !kept.has(name)).sort();
}

/**
 * Minifies the CDN files further, as they go to browsers as they are. Before the bundler minifies a chunk, it shortens
 * the kit's internal member names (see `internalMemberNames`): one cache serves every chunk of a build, so a member
 * keeps one short name across the loader's files, and every other word of the sources and of Lit is reserved in it, so
 * no short name meets a property a chunk already has (the cache is read and written with no pause between, so chunks
 * never race for it). After the bundler's minifier, Terser makes three more passes, which leave every file smaller than
 * either minifier alone (figures in bench/RESULTS.md, "Where the budgets stand").
 */
function minifyForBrowsers(): Plugin {
  let options: TransformOptions;
  return {
    name: 'onward:minify-for-browsers',
    buildStart() {
      const names = internalMemberNames();
      const reserved = new Set<string>();
      wordsOf(resolve(root, 'src'), '.ts', reserved);
      for (const folder of ['lit-html', 'lit-element', '@lit/reactive-element', '@shoelace-style/localize']) {
        wordsOf(resolve(root, 'node_modules', folder), '.js', reserved);
      }
      const mangleCache: Record<string, string | false> = {};
      for (const word of reserved) if (!names.includes(word)) mangleCache[word] = false;
      options = {
        format: 'esm',
        target: 'es2021',
        charset: 'utf8',
        mangleProps: new RegExp(`^(${names.join('|')})$`),
        mangleCache
      };
    },
    renderChunk(code) {
      const result = transformSync(code, options);
      Object.assign(options.mangleCache!, result.mangleCache);
      return { code: result.code, map: result.map || null };
    },
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const minified = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 3 },
          format: { comments: false }
        });
        if (minified.code) chunk.code = minified.code;
      }
    }
  };
}

/**
 * `vite build` writes the npm build (Lit kept external, one module per entry); `vite build --mode cdn` writes
 * `dist/cdn/onward.js`, one self-contained module with Lit inside; `vite build --mode loader` (after `cdn`, which empties
 * the folder) writes `dist/cdn/onward-loader.js` beside it, with one module per element in `elements/` and the code
 * they share (Lit, the internals) in one chunk, so a page fetches only what its elements need.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'loader') {
    return {
      ...partsByUrl('../'),
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2021',
        minify: true,
        // Library mode: no HTML page, so Vite adds no preload helper to the dynamic imports.
        lib: {
          entry: {
            'onward-loader': resolve(root, 'src/loader.ts'),
            ...entriesIn('define', 'elements/'),
            // The path whose tools download when their step is first opened.
            'elements/recovery-path': resolve(root, 'src/loader/recovery-path.ts'),
            // Each part of each language (`locales/de/step-card.js`), for this loader and for `onward.js`.
            ...languageParts()
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`
        },
        rolldownOptions: {
          output: {
            // Library mode keeps white space and annotations in ES output for bundlers; these files go to browsers.
            minify: true,
            comments: false,
            chunkFileNames: 'loader/[name]-[hash].js',
            // One shared chunk (Lit, the internals, the English every element needs) instead of many small ones: fewer
            // requests, and each element module then holds only that element.
            codeSplitting: {
              groups: [
                {
                  name: 'shared',
                  test: /node_modules[\\/](lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag)|@shoelace-style)|src[\\/](internal[\\/](define|registry|localize|language-parts-by-url|languages[\\/]common|links|heading|onward-element|ssr|validate|css-props)|styles|core[\\/](text|template)|locales[\\/]en[\\/]common)/
                }
              ]
            }
          }
        }
      }
    };
  }
  if (mode === 'cdn') {
    return {
      ...partsByUrl('./'),
      build: {
        outDir: 'dist/cdn',
        // Only dist/cdn is emptied (old hashed language chunks must not pile up); the npm build lives beside it.
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        lib: { entry: resolve(root, 'src/index.ts'), formats: ['es'], fileName: () => 'onward.js' },
        // Library mode keeps white space and annotations in ES output for bundlers; this file goes to browsers.
        rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: 'chunks/[name]-[hash].js' } }
      }
    };
  }
  return {
    plugins: [minifyTemplates()],
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
          ...languageParts(),
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
