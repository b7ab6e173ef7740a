// The API reference is generated from the manifest; it must never drift from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderApiDocs } from '../../docs/api.mjs';

test('docs/api.md matches the JSDoc (run `npm run docs` after changing an element)', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const committed = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  assert.equal(committed, renderApiDocs(manifest));
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
