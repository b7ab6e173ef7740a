// React 18 as a customer on React 18 has it: the packed package installed into a fresh project with react@18,
// react-dom@18 and @types/react@18 (npm aliases, so the repo's own React 19 stays untouched), then the
// `onward-elements/react` wrappers type-checked against React 18's types and rendered by React 18's server renderer.
// Needs `npm run build` first (npm test does it), and the npm registry or a cache holding React 18.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { npm, REACT_COMPILER_OPTIONS, typeCheck } from './customer-project.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** React 18 under its usual names, through npm aliases: `import 'react'` in the project is React 18. */
const REACT_18 = {
  react: 'npm:react@^18.3.1',
  'react-dom': 'npm:react-dom@^18.3.1',
  '@types/react': 'npm:@types/react@^18.3.0',
  '@types/react-dom': 'npm:@types/react-dom@^18.3.0'
};

let temp;
let app;

before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first');
  temp = mkdtempSync(join(tmpdir(), 'onward-react18-'));
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp], repo));
  app = join(temp, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'careers-site-react18', private: true, type: 'module', devDependencies: REACT_18 })
  );
  npm(
    [
      'install',
      join(temp, filename),
      '@lit/react@^1.0.8',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-package-lock'
    ],
    app
  );
});

after(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

test('the project really runs React 18', () => {
  const script =
    "import React from 'react'; import { version } from 'react-dom/server'; console.log(React.version, version);";
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: app,
    encoding: 'utf8'
  }).trim();
  assert.match(out, /^18\.\d+\.\d+ 18\.\d+\.\d+$/);
});

test('the wrappers and the JSX types type-check against React 18', () => {
  typeCheck(
    app,
    {
      'app.tsx': `import 'onward-elements';
import 'onward-elements/react-jsx';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RecoveryPath, RejectionChecklist, StepCard } from 'onward-elements/react';
import type { ChecklistItem, OnwardRejectionChecklist } from 'onward-elements';
const items: ChecklistItem[] = [{ id: 'walk', label: 'Take a long walk' }];
export function App() {
  const [done, setDone] = useState<string[]>([]);
  const ref = useRef<OnwardRejectionChecklist>(null);
  return (
    <>
      <StepCard step={2} checkable onStepChange={(e) => setDone([e.detail.status])} />
      <RejectionChecklist ref={ref} items={items} onChecklistChange={(e) => setDone([String(e.detail.completed)])} />
      <RecoveryPath stage="final" />
      <onward-rejection-checklist items={items} storage-key="a" ononward-checklist-change={(e) => e.detail.completed} />
      <p>{done.join(', ')}</p>
    </>
  );
}
export const mount = (element: HTMLElement) => createRoot(element).render(<App />);
// @ts-expect-error status is todo or done
export const wrong = <onward-step-card status="finished" />;
// @ts-expect-error the wrapper's detail has no such field
export const wrongDetail = <StepCard onStepChange={(e) => e.detail.name} />;
`
    },
    REACT_COMPILER_OPTIONS,
    "under React 18's types"
  );
});

test('React 18 renders the wrappers: each tag, with the attributes that are not element properties', async () => {
  // Server rendering needs no DOM: React 18 renders each wrapper's tag, and the wrappers import without a browser.
  // Element properties (`step`, `preset`) are set by @lit/react in the browser, in a layout effect, so they are not in
  // the server's HTML; a kebab-case attribute is.
  writeFileSync(
    join(app, 'server.jsx'),
    `import { renderToString } from 'react-dom/server';
import { RejectionChecklist, StepCard } from 'onward-elements/react';
export const html = renderToString(<><StepCard step={2} preset="learn" /><RejectionChecklist storage-key="mine" /></>);
`
  );
  const result = await build({
    entryPoints: [join(app, 'server.jsx')],
    absWorkingDir: app,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    // The project's own React 18 and the installed package, loaded by Node as the customer's server would.
    packages: 'external',
    logLevel: 'silent'
  });
  const file = join(app, 'server.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `import('./server.mjs').then((m) => console.log(m.html))`],
    {
      cwd: app,
      encoding: 'utf8'
    }
  );
  assert.match(out, /<onward-step-card\b[^>]*>/);
  assert.doesNotMatch(out, /\[object Object\]/);
  assert.match(out, /<onward-rejection-checklist[^>]*\bstorage-key="mine"/);
});

test('in Chromium, React 18 sets the wrappers’ properties and hears their events', async () => {
  // The app above, bundled for the browser from the project's own React 18 and the installed package, mounted in a page.
  writeFileSync(
    join(app, 'browser.jsx'),
    `import { mount } from './app.tsx';\nmount(document.querySelector('#root'));\n`
  );
  const result = await build({
    entryPoints: [join(app, 'browser.jsx')],
    absWorkingDir: app,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: result.outputFiles[0].text });
    const card = page.locator('onward-step-card').first();
    await card.locator('[part~="toggle"]').waitFor();
    // Properties: the step number and the checklist's own items, set by @lit/react on the elements.
    assert.equal(await card.evaluate((element) => element.step), 2);
    assert.match(await card.locator('[part~="badge"]').textContent(), /2/);
    const checklist = page.locator('onward-rejection-checklist').first();
    assert.match(await checklist.evaluate((element) => element.shadowRoot.textContent), /Take a long walk/);
    // Events: each reaches the React handler, which renders what it got.
    await card.locator('[part~="toggle"]').click();
    const said = (text) =>
      page.waitForFunction((wanted) => document.querySelector('#root > p')?.textContent === wanted, text);
    await said('done');
    await checklist.locator('input[type="checkbox"]').first().click();
    await said('1');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
