import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Generated bundles live under bench/node_modules/.cache: git-ignored, lint-ignored, gone with a fresh install. */
export const cacheDir = (benchDir) => join(benchDir, 'node_modules', '.cache', 'onward-bench');

export function measure(bytes) {
  const buffer = Buffer.from(bytes);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length }
    }).length
  };
}

/**
 * Bundles one module (file or source text) with esbuild the same way for everyone: ESM, minified, all static imports
 * inlined. Dynamic imports (the on-demand language catalogues) stay out: they load only when a page needs them, and
 * each is measured on its own.
 */
export async function bundle({ file, contents, resolveDir, loader = 'js', nodePaths = [] }) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    ...(file ? { entryPoints: [file] } : { stdin: { contents, resolveDir, loader, sourcefile: `entry.${loader}` } }),
    bundle: true,
    nodePaths,
    minify: true,
    format: loader === 'css' ? undefined : 'esm',
    target: loader === 'css' ? undefined : 'es2021',
    legalComments: 'none',
    // Non-ASCII text as UTF-8, as Vite writes the kit's own files and as browsers read every module script; esbuild's
    // default (\uXXXX escapes) doubled the size of the Arabic strings before compression.
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'lazy-imports-stay-lazy',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined
          );
        }
      }
    ]
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => [shortName(path), bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  return Object.assign(result.outputFiles[0].contents, { inputs });
}

/** 'node_modules/lit-html/lit-html.js' → 'lit-html/lit-html.js'; 'dist/chunks/step-card-x1y2z3w4.js' → 'step-card chunk'. */
function shortName(path) {
  const modules = path.lastIndexOf('node_modules/');
  if (modules !== -1) return path.slice(modules + 'node_modules/'.length);
  const chunk = /dist\/chunks\/(.+)-[\w-]{8}\.js$/.exec(path);
  return chunk ? `${chunk[1]} chunk` : path.replace(/^.*?dist\//, 'dist/');
}
