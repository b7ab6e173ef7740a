// Every ts/js/tsx code block in README.md, CONTRIBUTING.md and docs/*.md (and the TypeScript `<script>` of a Vue block), type-checked against the built package as a reader's project
// would check it (strict; `checkJs` for JavaScript), and the ones marked to run, run in Node. Needs `npm run build`
// first (npm test does it).
//
// A comment just above a block (blank lines between are fine) says more about it:
//   <!-- code: file test/ssr-app/server.mjs -->  the block is that file, verbatim (and checked in its folder)
//   <!-- code: declare const items: ChecklistItem[] -->  context the block assumes, given to the type check only
//   <!-- code: run -->  run the block in Node after the check (it must not need a browser)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, so `onward-elements` resolves to this package's own exports (its built `dist/`), and the
// other packages a snippet imports (lit, react, vite, @lit-labs/ssr) to the repository's node_modules.
const work = join(repo, 'test', 'node', '.code-blocks');

const sources = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`)
];
const LANGUAGES = { ts: '.ts', tsx: '.tsx', js: '.js', mjs: '.mjs', jsx: '.jsx' };

/** The code blocks of one Markdown file, with the `<!-- code: … -->` notes above each. */
function blocksOf(source) {
  const lines = readFileSync(join(repo, source), 'utf8').split('\n');
  const blocks = [];
  let notes = [];
  for (let index = 0; index < lines.length; index += 1) {
    const note = /^<!-- code: (.*) -->$/.exec(lines[index]);
    if (note) {
      notes.push(note[1].trim());
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(lines[index]);
    if (!fence) {
      if (lines[index].trim() !== '') notes = [];
      continue;
    }
    const start = index + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end += 1;
    blocks.push({ source, line: start + 1, language: fence[1], code: lines.slice(start, end).join('\n'), notes });
    notes = [];
    index = end;
  }
  return blocks;
}

/** A Vue single-file component's `<script setup lang="ts">`, as a TypeScript block of its own. */
function vueScript(block) {
  const script = /<script setup lang="ts">\n([\s\S]*?)<\/script>/.exec(block.code);
  return script && { ...block, line: block.line + 1, language: 'ts', code: script[1] };
}

const all = sources.flatMap(blocksOf);
const checked = [
  ...all.filter((block) => block.language in LANGUAGES),
  ...all
    .filter((block) => block.language === 'vue')
    .map(vueScript)
    .filter(Boolean)
];

before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'types', 'index.d.ts')), 'dist/types is missing: run `npm run build` first');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Where each checked block is written, and where its lines come from (for readable errors). */
function writeBlocks() {
  const origins = new Map();
  checked.forEach((block, index) => {
    const fileNote = block.notes.find((note) => note.startsWith('file '));
    const name = fileNote
      ? join(work, relative(join(repo, 'test'), join(repo, fileNote.slice('file '.length))))
      : join(work, `block-${index}${LANGUAGES[block.language]}`);
    const context = block.notes.filter((note) => note.startsWith('declare ')).join('\n');
    // Every block is a module of its own (top-level await, no clashing names), with its assumed context after it.
    const text = `${block.code}\n${context}\nexport {};\n`;
    mkdirSync(dirname(name), { recursive: true });
    writeFileSync(name, text);
    origins.set(name, block);
  });
  // A stand-in for the one plugin a snippet names that this repository does not install.
  writeFileSync(
    join(work, 'stand-ins.d.ts'),
    `declare module '@vitejs/plugin-vue' {
  const vue: (options?: { template?: { compilerOptions?: { isCustomElement?: (tag: string) => boolean } } }) => import('vite').Plugin;
  export default vue;
}\n`
  );
  return origins;
}

test('README.md and docs/*.md have ts, js and tsx blocks to check', () => {
  assert.ok(checked.length >= 10, `found ${checked.length}`);
  assert.ok(
    checked.some(
      (block) => block.source === 'README.md' && block.code.includes("document.addEventListener('onward-step-change'")
    )
  );
  assert.ok(
    checked.some((block) => block.code.includes("from 'vue'")),
    "the Vue block's script"
  );
});

test('every ts, js and tsx block type-checks against the built package (strict, checkJs)', () => {
  const origins = writeBlocks();
  const options = {
    strict: true,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    isolatedModules: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node']
  };
  const program = ts.createProgram([...origins.keys(), join(work, 'stand-ins.d.ts')], options);
  const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const block = diagnostic.file && origins.get(diagnostic.file.fileName);
    if (!block) return `${diagnostic.file?.fileName ?? ''}: ${message}`;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `${block.source}:${block.line + line}: ${message}`;
  });
  assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
});

test('blocks naming a file of the repository are that file, verbatim', () => {
  const files = checked.concat(all).filter((block) => block.notes.some((note) => note.startsWith('file ')));
  for (const block of new Set(files)) {
    const path = block.notes.find((note) => note.startsWith('file ')).slice('file '.length);
    assert.equal(`${block.code}\n`, readFileSync(join(repo, path), 'utf8'), `${block.source}:${block.line} is ${path}`);
  }
});

test('the blocks marked to run, run in Node', () => {
  const runnable = checked.filter((block) => block.notes.includes('run'));
  assert.ok(runnable.length > 0, 'at least one block is marked <!-- code: run -->');
  for (const block of runnable) {
    const file = join(work, `run-${block.line}${block.language === 'js' ? '.mjs' : LANGUAGES[block.language]}`);
    writeFileSync(file, block.code);
    try {
      execFileSync(process.execPath, [file], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`${block.source}:${block.line} failed to run:\n${error.stdout}${error.stderr}`);
    }
  }
});
