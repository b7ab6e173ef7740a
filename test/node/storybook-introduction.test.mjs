// The Storybook Introduction is where a careers-site developer starts: its embed snippet must be the README's, and the
// README sections the guide pages are built from must still exist.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const firstHtmlBlock = (text) => /```html\n([\s\S]*?)```/.exec(text)?.[1];

test("the Introduction's embed snippet is the README's", () => {
  const readme = firstHtmlBlock(read('README.md'));
  assert.ok(readme, 'README.md has an html code block');
  assert.equal(firstHtmlBlock(read('stories/docs/introduction.mdx')), readme);
});

test('every README section a Storybook page is built from exists', () => {
  const headings = new Set(
    read('README.md')
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3).trim())
  );
  for (const file of readdirSync(new URL('../../stories/docs/', import.meta.url)).filter((name) =>
    name.endsWith('.mdx')
  )) {
    for (const [, heading] of read(`stories/docs/${file}`).matchAll(/section\(readme, '([^']+)'\)/g)) {
      assert.ok(headings.has(heading), `${file} uses README section "${heading}"`);
    }
  }
});
