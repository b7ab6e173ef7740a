// A shared Storybook link must open the same state: every kind of control round-trips through `&args=`, both in a link
// written by hand and in the one the manager writes itself after a reload. Runs against the static build that CI
// publishes (`storybook-static/`), rebuilt here when it is missing or older than the sources.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'storybook-static');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const sources = ['.storybook', 'stories', 'src'].map((dir) => newest(join(root, dir)));
if (!existsSync(join(out, 'index.json')) || statSync(join(out, 'index.json')).mtimeMs < Math.max(...sources)) {
  execFileSync('npm', ['run', 'build-storybook'], { cwd: root, stdio: 'ignore' });
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml'
};
let server;
let browser;
let base;

before(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(out) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage']
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** What the story's element shows: its attributes, the custom properties on it, and named JS properties. */
async function readElement(frame, tag, properties = []) {
  const element = frame.locator(tag).first();
  await element.waitFor({ state: 'attached', timeout: 45000 });
  return element.evaluate(
    (el, names) => ({
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      properties: Object.fromEntries(names.map((name) => [name, JSON.parse(JSON.stringify(el[name] ?? null))]))
    }),
    properties
  );
}

/** Each case: a story, the `args` of a shared link, and what the element must show. */
const cases = [
  {
    story: 'elements-step-card--playground',
    tag: 'onward-step-card',
    // enum, enum, number, string, boolean (off), CSS custom property
    args: 'preset:search;variant:outlined;theme:dark;step:4;heading:Talk it through;checkable:!false;--onward-step-card-padding:2rem',
    expect: ({ attributes }) => {
      assert.equal(attributes.preset, 'search');
      assert.equal(attributes.variant, 'outlined');
      assert.equal(attributes.theme, 'dark');
      assert.equal(attributes.step, '4');
      assert.equal(attributes.heading, 'Talk it through');
      assert.equal(attributes.checkable, undefined);
      assert.match(attributes.style ?? '', /--onward-step-card-padding: 2rem/);
    }
  },
  {
    story: 'elements-recovery-path--playground',
    tag: 'onward-recovery-path',
    args: 'company:Acme;stage:applied;applicants:12',
    expect: ({ attributes }) => {
      assert.equal(attributes.company, 'Acme');
      assert.equal(attributes.stage, 'applied');
      assert.equal(attributes.applicants, '12');
    }
  },
  {
    story: 'elements-feedback-request--playground',
    tag: 'onward-feedback-request',
    properties: ['templates'],
    // two enums and an object (a JS-only property)
    args: 'tone:brief;channel:linkedin;templates.brief.linkedin.body:Hello from Sam',
    expect: ({ attributes, properties }) => {
      assert.equal(attributes.tone, 'brief');
      assert.equal(attributes.channel, 'linkedin');
      assert.equal(properties.templates?.brief?.linkedin?.body, 'Hello from Sam');
    }
  }
];

for (const { story, tag, args, expect, properties } of cases) {
  test(`a link to ${story} with &args=${args} opens that state`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/iframe.html?id=${story}&viewMode=story&args=${encodeURIComponent(args)}`);
      expect(await readElement(page, tag, properties));
    } finally {
      await page.close();
    }
  });
}

// The manager is slow to load on a shared machine, so the full round trip runs once, with the case that covers the
// most control types.
test('a link the manager wrote itself opens the same state after a reload', async () => {
  const { story, tag, args, expect } = cases[0];
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/?path=/story/${story}&args=${encodeURIComponent(args)}`);
    expect(await readElement(page.frameLocator('#storybook-preview-iframe'), tag));
    await page.waitForURL((url) => url.searchParams.has('args'), { timeout: 45000 });
    const written = page.url();
    await page.goto('about:blank');
    await page.goto(written);
    expect(await readElement(page.frameLocator('#storybook-preview-iframe'), tag));
  } finally {
    await page.close();
  }
});
