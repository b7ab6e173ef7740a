// The API reference is generated from the manifest; it must never drift from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderApiDocs } from '../../docs/api.mjs';
import { generatedDocs } from '../../docs/generate.mjs';

test('docs/api.md matches the JSDoc (run `npm run docs` after changing an element)', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const committed = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  assert.equal(committed, renderApiDocs(manifest));
  // A reader cannot use an internal constant's name as a default value.
  const constantDefaults = [...committed.matchAll(/^\| `[\w-]+` \| `\w+` \| .*? \| `([A-Z][A-Z0-9_]+)` \|/gm)].map(
    (match) => match[1]
  );
  assert.deepEqual(constantDefaults, [], 'defaults named by a constant');
});

test('size figures and the key list match bench/RESULTS.md and src/locales/en.ts (run `npm run docs`)', async () => {
  for (const [path, expected] of Object.entries(await generatedDocs())) {
    assert.equal(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), expected, `${path} is up to date`);
  }
});

test('no size figure outside the generated tables', () => {
  for (const path of [
    'README.md',
    'docs/languages.md',
    'docs/frameworks.md',
    'docs/ssr.md',
    'docs/theming.md',
    'docs/privacy.md'
  ]) {
    const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').replace(
      /<!-- generated:(\S+) -->[\s\S]*?<!-- \/generated:\1 -->/g,
      ''
    );
    // Heap and memory figures (per card, after GC) are the benchmark's too, but not sizes of what a page downloads.
    const sizes = text.split('\n').filter((line) => /\d kB\b/.test(line) && !/heap|GC/i.test(line));
    assert.deepEqual(sizes, [], `${path}: sizes written by hand`);
  }
});

test('editor data lists every element with its attributes and allowed values', () => {
  const vscode = JSON.parse(readFileSync(new URL('../../vscode.html-custom-data.json', import.meta.url), 'utf8'));
  const webTypes = JSON.parse(readFileSync(new URL('../../web-types.json', import.meta.url), 'utf8'));
  const card = vscode.tags.find((tag) => tag.name === 'onward-step-card');
  assert.ok(card, 'onward-step-card in VS Code data');
  assert.deepEqual(
    card.attributes.find((a) => a.name === 'variant').values.map((v) => v.name),
    ['default', 'compact', 'outlined']
  );
  const element = webTypes.contributions.html.elements.find((e) => e.name === 'onward-step-card');
  assert.ok(element.css.parts.some((p) => p.name === 'toggle'));
  assert.ok(element.events.some((e) => e.name === 'onward-step-change'));
});
