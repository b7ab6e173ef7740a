/**
 * Node module hooks for the SSR worker of `@lit-labs/testing`: load the TypeScript sources directly (esbuild strips the
 * types and lowers the legacy decorators), so the SSR test renders `src/` rather than a build that might be stale.
 */
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

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
  const source = await readFile(new URL(url), 'utf8');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcefile: url,
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } }
  });
  return { format: 'module', source: code, shortCircuit: true };
}
