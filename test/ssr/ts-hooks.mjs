/**
 * Node module hooks for the SSR worker of `@lit-labs/testing`: load the TypeScript sources directly (esbuild strips the
 * types and lowers the legacy decorators), so the SSR test renders `src/` as it is, not a build that might be stale.
 *
 * The first `.ts` file a render needs compiles every source file of its folder (`src/`, `test/`) in one esbuild run,
 * file by file (no bundle: modules stay the same single instances as in the browser). One run per render keeps it
 * fast, and it is a process Node waits for: esbuild's long-lived service would outlive this thread (which ends with the
 * render) and linger as a zombie of the test runner.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.ESBUILD_WORKER_THREADS = '0';
const { buildSync } = await import('esbuild');

/** Compiled code by the `.ts` file's path. */
const compiled = new Map();

function compileFolder(folder) {
  const entryPoints = readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(folder, file));
  const { outputFiles } = buildSync({
    entryPoints,
    outdir: folder,
    outbase: folder,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } }
  });
  for (const output of outputFiles) compiled.set(output.path.replace(/\.js$/, '.ts'), output.text);
}

/** `./x.js` written in a `.ts` file means `./x.ts`, as TypeScript's bundler resolution has it. */
export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js')) {
    try {
      return await nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    } catch {
      // A real `.js` file next to the sources: resolve it as written.
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  if (!compiled.has(path)) compileFolder(join(process.cwd(), relative(process.cwd(), path).split(sep)[0]));
  const source = compiled.get(path);
  if (source === undefined) return nextLoad(url, context);
  return { format: 'module', source, shortCircuit: true };
}
