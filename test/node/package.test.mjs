// The package as a customer installs it: `npm pack`, install the tarball into a fresh project, then use every entry
// point from there (Node for `core`, esbuild for the browser entries). Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { npm, REACT_COMPILER_OPTIONS, typeCheck as runTsc } from './customer-project.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const namesIn = (folder) =>
  readdirSync(join(repo, 'src', folder))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => basename(file, '.ts'));

let temp;
let app;
let installed;

before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first');
  temp = mkdtempSync(join(tmpdir(), 'onward-package-'));
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp], repo));
  app = join(temp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'careers-site', private: true, type: 'module' }));
  // The dependencies (lit, @shoelace-style/localize) come from the npm cache that `npm ci` filled.
  npm(
    [
      'install',
      join(temp, filename),
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-package-lock'
    ],
    app
  );
  installed = join(app, 'node_modules', 'onward-elements');
});

after(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Resolves specifiers the way Node does from inside the customer's project. */
function resolveFromApp(specifiers) {
  const script = `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
  return JSON.parse(out).map((url) => fileURLToPath(url));
}

test('onward-elements/core runs in Node from the installed package', () => {
  const script = `
    import { composeFeedbackRequest } from 'onward-elements/core';
    const message = composeFeedbackRequest({ candidateName: 'Sam', recipientName: 'Ana', company: 'Northwind' });
    console.log(JSON.stringify(message));`;
  const message = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' })
  );
  assert.equal(typeof message.subject, 'string');
  assert.match(message.body, /Ana/);
  assert.match(message.body, /Sam/);
});

test('every entry of the exports map resolves to a file in the package', () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const concrete = Object.keys(pkg.exports).filter((key) => !key.includes('*'));
  const elements = namesIn('define').map((name) => `./${name}.js`);
  const languages = namesIn('locales').filter((code) => code !== 'en');
  const parts = languages.flatMap((code) => namesIn(`locales/${code}`).map((part) => `${code}/${part}`));
  const locales = [...namesIn('locales'), ...parts].map((name) => `./locales/${name}.js`);
  const subpaths = [...concrete, ...elements, ...locales];
  for (const required of [
    '.',
    './core',
    './react',
    './react-jsx',
    './cdn/onward.js',
    './cdn/onward-loader.js',
    './custom-elements.json',
    './web-types.json',
    './vscode.html-custom-data.json'
  ]) {
    assert.ok(concrete.includes(required), `exports has ${required}`);
  }
  const files = resolveFromApp(subpaths.map((subpath) => `onward-elements${subpath.slice(1)}`));
  subpaths.forEach((subpath, i) => assert.ok(existsSync(files[i]), `${subpath} → ${files[i]} exists`));

  // The types condition of each entry, and the manifest fields editors read.
  for (const subpath of subpaths) {
    const key = pkg.exports[subpath] ? subpath : subpath.startsWith('./locales/') ? './locales/*.js' : './*.js';
    const types = pkg.exports[key].types;
    if (!types) continue;
    const name = key.includes('*')
      ? subpath.slice(key.indexOf('*'), subpath.length - (key.length - key.indexOf('*') - 1))
      : '';
    assert.ok(
      existsSync(join(installed, types.replace('*', name))),
      `types of ${subpath} (${types.replace('*', name)}) exist`
    );
  }
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
    assert.ok(existsSync(join(installed, pkg[field])), `package.json ${field} (${pkg[field]}) exists`);
  }
});

test('the React JSX types name every tag, event and property of the manifest', () => {
  const jsx = readFileSync(join(installed, 'dist/types/react/jsx.d.ts'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.ok(declarations.length >= 8);
  for (const element of declarations) {
    const names = [
      element.tagName,
      ...(element.events ?? []).map((event) => event.name),
      ...(element.attributes ?? []).map((attribute) => attribute.name).filter((name) => name.includes('-')),
      ...(element.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy && !m.inheritedFrom)
        .map((m) => m.name)
    ];
    for (const name of names)
      assert.ok(jsx.includes(`'${name}'`), `react-jsx types mention '${name}' (${element.tagName})`);
  }
});

test('a typed React project type-checks against the installed package (wrappers and react-jsx)', () => {
  // React's types and @lit/react are the customer's own installs; borrow the repo's copies.
  for (const name of ['@types/react', '@lit/react', 'csstype']) {
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
  runTsc(
    app,
    {
      'app.tsx': `import 'onward-elements';
import 'onward-elements/react-jsx';
import { RejectionChecklist, StepCard } from 'onward-elements/react';
import type { ChecklistItem, OnwardStepCard } from 'onward-elements';
const items: ChecklistItem[] = [{ id: 'walk', label: 'Take a long walk' }];
export const card: OnwardStepCard | null = document.querySelector('onward-step-card');
export const native = <onward-rejection-checklist items={items} storage-key="a" ononward-checklist-change={(e) => e.detail.completed} />;
export const wrapped = <><StepCard step={2} onStepChange={(e) => e.detail.status} /><RejectionChecklist items={items} /></>;
// @ts-expect-error status is todo or done
export const wrong = <onward-step-card status="finished" />;
// @ts-expect-error the wrapper's detail has no such field
export const wrongDetail = <StepCard onStepChange={(e) => e.detail.name} />;
// @ts-expect-error a misspelt event prop: nothing gives its handler an event type
export const misspelt = <onward-step-card ononward-step-chnage={(event) => event.detail.status} />;
// @ts-expect-error a misspelt wrapper event prop
export const misspeltWrapper = <StepCard onStepChnage={() => undefined} />;
`
    },
    REACT_COMPILER_OPTIONS,
    'in the React project'
  );
});

/** Runs the repository's tsc on `files` (name → text) in a folder of the customer's project; fails with its errors. */
function typeCheck(folder, files, extraOptions = {}) {
  // What a Vite + TypeScript template checks before every build.
  const compilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    isolatedModules: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    lib: ['es2022', 'dom', 'dom.iterable'],
    types: [],
    ...extraOptions
  };
  runTsc(join(app, folder), files, compilerOptions, `in ${folder}`);
}

test("the README's events snippet, copied into a TypeScript project, type-checks (document and window)", () => {
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  const snippet = [...readme.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.includes("document.addEventListener('onward-"));
  assert.ok(snippet, "the installed README has the document.addEventListener('onward-…') snippet");
  typeCheck(
    'events',
    {
      'main.ts': "import 'onward-elements';\nimport './events.ts';\nimport './typed.ts';\n",
      'events.ts': `${snippet}export {};\n`,
      'typed.ts': `import type { PathProgressDetail } from 'onward-elements';
document.addEventListener('onward-step-change', (event) => {
  const status: 'todo' | 'done' = event.detail.status;
  return status;
});
window.addEventListener('onward-path-progress', (event) => {
  const detail: PathProgressDetail = event.detail;
  return detail.done;
});
document.querySelector('onward-rejection-checklist')?.addEventListener('onward-checklist-change', (event) => event.detail.completed);
// @ts-expect-error the detail has no such field
document.addEventListener('onward-step-change', (event) => event.detail.name);
`
    },
    { allowImportingTsExtensions: true }
  );
});

test('a project registers a partial translation, typed as Translation', () => {
  typeCheck('partial-translation', {
    'main.ts': `import { registerTranslation, type Catalogue, type Translation } from 'onward-elements';

const brand: Translation = { $code: 'de', $name: 'Deutsch', $dir: 'ltr', 'stepCard.feedback.heading': 'Feedback einholen' };
const nl: Translation = { $code: 'nl', $name: 'Nederlands', $dir: 'ltr', 'common.copy': 'Kopiëren' };
registerTranslation(brand, nl);

// @ts-expect-error a key the catalogue does not have
const typo: Translation = { $code: 'nl', $name: 'Nederlands', $dir: 'ltr', 'common.cpy': 'Kopiëren' };
// @ts-expect-error $code, $name and $dir are required
const nameless: Translation = { 'common.copy': 'Kopiëren' };
// @ts-expect-error a whole catalogue has every key
const incomplete: Catalogue = nl;
export { typo, nameless, incomplete };
`
  });
});

test('every relative link in the shipped README and docs leads to a file in the package', () => {
  const pages = [
    'README.md',
    ...readdirSync(join(installed, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`)
  ];
  assert.ok(pages.includes('docs/ssr.md') && pages.includes('docs/api.md'), 'docs/*.md are in the package');
  // Pages package.json keeps out on purpose (`!docs/phone.md`: its screenshots would weigh down every install) may be
  // linked, as long as they exist in the repository.
  const repoOnly = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))
    .files.filter((entry) => entry.startsWith('!'))
    .map((entry) => entry.slice(1));
  const broken = [];
  for (const page of pages) {
    const text = readFileSync(join(installed, page), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
      const file = join(page, '..', target.split('#')[0]);
      if (repoOnly.includes(file) && existsSync(join(repo, file))) continue;
      if (!existsSync(join(installed, file))) broken.push(`${page} → ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the CDN bundle is self-contained and carries no React code', () => {
  const cdn = readFileSync(join(installed, 'dist', 'cdn', 'onward.js'), 'utf8');
  assert.doesNotMatch(cdn, /(?:from|import)\s*["'](?![./])/, 'no bare import left for the browser to resolve');
  assert.doesNotMatch(cdn, /forwardRef|useLayoutEffect/, 'no @lit/react or React code');
});

test('the loader and every element module beside it import nothing a browser cannot resolve', () => {
  const cdn = join(installed, 'dist', 'cdn');
  const files = ['onward-loader.js', ...readdirSync(join(cdn, 'elements')).map((file) => `elements/${file}`)];
  assert.ok(files.length > 8, 'the loader and one module per element');
  // onward.js and the loader fetch each part of a language by URL, from locales/<code>/<element>.js beside them.
  for (const code of namesIn('locales').filter((name) => name !== 'en')) {
    for (const part of namesIn(`locales/${code}`)) {
      assert.ok(existsSync(join(cdn, 'locales', code, `${part}.js`)), `dist/cdn/locales/${code}/${part}.js`);
      files.push(`locales/${code}/${part}.js`);
    }
  }
  for (const file of files) {
    const code = readFileSync(join(cdn, file), 'utf8');
    assert.doesNotMatch(code, /(?:from|import)\s*["'](?![./])/, `${file}: no bare import`);
    assert.doesNotMatch(code, /forwardRef|useLayoutEffect/, `${file}: no React code`);
  }
});

/** Bundles one import for the browser from inside the customer's project, as their bundler would. */
async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: app, loader: 'js' },
    absWorkingDir: app,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}

const TAGS = namesIn('define').map((name) => `onward-${name}`);

test("a browser bundle of import 'onward-elements' registers every element", async () => {
  const code = await bundle("import 'onward-elements';");
  for (const tag of TAGS) assert.ok(code.includes(`"${tag}"`), `bundle registers ${tag}`);
});

test("a browser bundle of import 'onward-elements/step-card.js' registers the step card only", async () => {
  const code = await bundle("import 'onward-elements/step-card.js';");
  assert.ok(code.includes('"onward-step-card"'), 'bundle registers onward-step-card');
  assert.ok(!code.includes('"onward-similar-roles"'), 'the step card entry leaves the other elements out');
});

test('a browser bundle keeps each language a host imports to preload it', async () => {
  // Language modules are plain data (so the CDN module stays one file); a host preloads one by registering it.
  const languages = namesIn('locales').filter((code) => code !== 'en');
  const code = await bundle(
    [
      "import { registerTranslation } from 'onward-elements';",
      ...languages.map((language, i) => `import l${i} from 'onward-elements/locales/${language}.js';`),
      `registerTranslation(${languages.map((_, i) => `l${i}`).join(', ')});`
    ].join('\n')
  );
  for (const language of languages)
    assert.match(code, new RegExp(`\\$code: "${language}"`), `bundle keeps ${language}`);
});
