// What the packed-package suites share: npm run in a customer's fresh project, and the repository's tsc run over it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

// npm run sets npm_config_* for its scripts; the nested npm must not pick up the repo's prefix.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !key.startsWith('npm_') || ['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig'].includes(key)
  )
);

/** Runs npm with `args` in `cwd`; returns what it printed. */
export const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A customer's typed React project: what both React suites type-check their `.tsx` against. */
export const REACT_COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  jsx: 'react-jsx',
  module: 'esnext',
  moduleResolution: 'bundler',
  target: 'es2022',
  lib: ['es2022', 'dom']
};

/**
 * Writes `files` (name → text) and a tsconfig.json with `compilerOptions` into `project`, then runs the repository's
 * tsc there; fails with its errors, saying `where`.
 */
export function typeCheck(project, files, compilerOptions, where = project) {
  mkdirSync(project, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(files) }));
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(project, 'tsconfig.json')], {
      cwd: project,
      encoding: 'utf8',
      stdio: 'pipe'
    });
  } catch (error) {
    assert.fail(`tsc found errors ${where}:\n${error.stdout}${error.stderr}`);
  }
}
