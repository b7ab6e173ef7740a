// The lists kept by hand that no type check reaches: each must name every element and every shipped language, so that
// adding one and forgetting a list fails here (see CONTRIBUTING.md).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
/** The shipped catalogues besides English, by file name: `src/locales/<code>.ts`. */
const languages = readdirSync(new URL('../../src/locales/', import.meta.url))
  .filter((file) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(file) && file !== 'en.ts')
  .map((file) => file.slice(0, -'.ts'.length));

test('the React wrappers (src/react/index.ts) wrap every element, with each of its events', () => {
  const wrappers = read('src/react/index.ts');
  assert.ok(elements.length > 0);
  for (const element of elements) {
    assert.ok(wrappers.includes(`tagName: '${element.tagName}'`), `a wrapper for <${element.tagName}>`);
    for (const event of element.events ?? [])
      assert.ok(wrappers.includes(`event('${event.name}')`), `${element.tagName}: ${event.name}`);
  }
});

test('every language file is loaded on demand, checked for completeness and wording, and offered in Storybook', () => {
  const english = readdirSync(new URL('../../src/locales/en/', import.meta.url)).sort();
  const partsByUrl = read('src/internal/language-parts-by-url.ts');
  const completeness = read('src/locales/locales.test.ts');
  const toolbar = read('.storybook/languages.ts');
  const wording = read('test/wording.test.ts');
  assert.ok(languages.length > 0);
  for (const code of languages) {
    const files = readdirSync(new URL(`../../src/locales/${code}/`, import.meta.url)).sort();
    assert.deepEqual(files, english, `src/locales/${code}/ has a file for each part of the English`);
    for (const file of english) {
      const where = read(`src/internal/languages/${file}`);
      const part = `${code}/${file.replace(/\.ts$/, '.js')}`;
      assert.ok(where.includes(`import('../../locales/${part}')`), `src/internal/languages/${file} loads ${part}`);
    }
    assert.ok(partsByUrl.includes(`'${code}'`), `src/internal/language-parts-by-url.ts (the CDN files) loads ${code}`);
    assert.ok(completeness.includes(`from './${code}.js'`), `src/locales/locales.test.ts checks ${code}`);
    assert.ok(toolbar.includes(`value: '${code}'`), `.storybook/languages.ts offers ${code}`);
    assert.ok(wording.includes(`/locales/${code}.js'`), `test/wording.test.ts checks the wording of ${code}`);
  }
});

test('every element file holds the element, under 400 lines (its pieces live beside it, its logic in src/core/)', () => {
  const files = manifest.modules.filter((module) => module.declarations?.some((declaration) => declaration.tagName));
  assert.equal(files.length, elements.length);
  for (const { path } of files) {
    const lines = read(path).split('\n').length;
    assert.ok(lines < 400, `${path} has ${lines} lines: move a piece out (see CONTRIBUTING.md)`);
  }
});
