#!/usr/bin/env node
/**
 * `npm run bench`: size, render, memory and Lighthouse figures for Onward Elements next to a vanilla floor and the
 * general libraries, printed and written to bench/RESULTS.md. A report, not a test: it never exits non-zero because a
 * figure is over budget or a section could not run.
 *
 *   node bench/run.mjs [--quick] [--only size|render|memory|lighthouse|core] [--dist DIR] [--build-demo]
 *
 * It measures the `dist/` that is there (run `npx vite build --mode cdn` for `dist/cdn/onward.js` alone), or the build
 * in DIR (e.g. `npx vite build --outDir /tmp/onward-dist && npx vite build --mode cdn --outDir /tmp/onward-dist/cdn`,
 * which leaves the shared `dist/` alone). With
 * `--build-demo` (as `npm run bench` passes) it first builds the demo for Lighthouse when `demo/vite.config.ts` exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumVersion, ensureBenchDependencies } from './lib/deps.mjs';
import { machineLine } from './lib/machine.mjs';
import { writeSection } from './lib/results.mjs';

const SECTIONS = ['size', 'render', 'memory', 'lighthouse', 'core'];
/** Sections that compare with the general libraries, installed in bench/node_modules on first use. */
const NEEDS_PEERS = ['size', 'render', 'memory', 'lighthouse'];
const benchDir = import.meta.dirname;
const root = join(benchDir, '..');
const resultsFile = join(benchDir, 'RESULTS.md');

const USAGE = 'node bench/run.mjs [--quick] [--only size|render|memory|lighthouse|core] [--dist DIR] [--build-demo]';
const OPTIONS = {
  quick: { type: 'boolean' },
  'build-demo': { type: 'boolean' },
  dist: { type: 'string' },
  only: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
};

/** The options; not strict, so an unknown argument is reported and ignored rather than ending the run. */
function readOptions(argv) {
  const { values, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  for (const token of tokens) {
    if (token.kind === 'positional') console.log(`Unknown argument "${token.value}" ignored.`);
    else if (token.kind === 'option' && !Object.hasOwn(OPTIONS, token.name))
      console.log(`Unknown argument "${token.rawName}" ignored.`);
  }
  let only = SECTIONS;
  if (values.only !== undefined) {
    const value = typeof values.only === 'string' ? values.only : '';
    const chosen = value.split(',').filter(Boolean);
    if (chosen.length === 0 || chosen.some((name) => !SECTIONS.includes(name))) {
      console.log(`--only takes ${SECTIONS.join('|')} (got "${value}").`);
      process.exit(0);
    }
    only = chosen;
  }
  return {
    quick: values.quick === true,
    buildDemo: values['build-demo'] === true,
    only,
    // A directory is read from where the command runs; `--dist` alone means ./dist.
    dist:
      values.dist === undefined ? join(root, 'dist') : resolve(typeof values.dist === 'string' ? values.dist : 'dist')
  };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  // `--only core` needs no peer library: nothing is installed for it.
  const peersAvailable = options.only.some((section) => NEEDS_PEERS.includes(section))
    ? ensureBenchDependencies(benchDir)
    : false;
  const machine = machineLine(chromiumVersion(chromePath));
  const context = { root, dist: options.dist, benchDir, chromePath, peersAvailable, quick: options.quick };
  console.log(`Onward Elements benchmarks — ${machine}${options.quick ? ' (quick)' : ''}\n`);

  if (options.buildDemo && options.only.includes('lighthouse') && existsSync(join(root, 'demo', 'vite.config.ts'))) {
    console.log('Building the demo for Lighthouse (vite build --config demo/vite.config.ts)…');
    const vite = join(root, 'node_modules', '.bin', 'vite');
    const built = spawnSync(vite, ['build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit'
    });
    if (built.status !== 0)
      console.log('The demo build failed: Lighthouse measures whatever demo/dist/ holds, if anything.');
  }

  const runners = {
    size: async () => (await import('./lib/size.mjs')).runSize(context),
    render: async () => (await import('./lib/render.mjs')).runRender(context),
    memory: async () => (await import('./lib/memory.mjs')).runMemory(context),
    lighthouse: async () => (await import('./lib/lighthouse.mjs')).runLighthouse(context),
    core: async () => (await import('./lib/core.mjs')).runCore(context)
  };
  for (const section of options.only) {
    const started = Date.now();
    console.log(`## ${section}\n`);
    try {
      const result = await runners[section]();
      console.log(result.markdown);
      if (result.skipped)
        console.log(`(${section}: nothing measured, RESULTS.md keeps its previous ${section} section)`);
      else writeSection(resultsFile, section, machine, result.markdown, options.quick);
    } catch (error) {
      console.log(`The ${section} section could not run: ${error?.stack ?? error}`);
    }
    console.log(`(${section} took ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  console.log(`Written to ${resultsFile}`);
}

main()
  .catch((error) => {
    console.log(`bench: ${error?.stack ?? error}`);
  })
  .finally(() => {
    process.exitCode = 0;
  });
