// Takes the screenshots of docs/phone.md: the demo careers page on a 375 × 812 phone in headless Chromium, each step of
// the recovery path opened in turn, the finish, and the feedback step again at 200% text size and in dark colours.
// `npm run build` first; then `node docs/phone-tour.mjs`. It writes docs/screenshots/*.png.
/* global customElements -- the callbacks given to page.evaluate run in the page. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDemo } from './demo-server.mjs';

const out = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });
const STEPS = ['interview', 'feedback', 'search', 'learn', 'believe'];
const server = await serveDemo();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});

/** A fresh phone-sized page on the demo (fresh storage), with the recovery path defined and settled. */
async function phone({ textSize = '100%', theme } = {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  await page.goto(server.origin);
  if (textSize !== '100%') await page.addStyleTag({ content: `html { font-size: ${textSize} !important; }` });
  await page.waitForFunction(() => customElements.get('onward-recovery-path') !== undefined);
  if (theme) {
    // The demo's brand tokens are light colours; a dark page would bring its own, so here the kit's dark ones apply.
    await page.addStyleTag({
      content:
        ':root { --onward-color-accent: initial; --onward-color-on-accent: initial; --onward-color-text: initial; --onward-color-muted: initial; --onward-color-border: initial; --onward-color-success: initial; }'
    });
    await page
      .locator('onward-recovery-path')
      .evaluate((element, value) => element.setAttribute('theme', value), theme);
  }
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  return { context, page, path: page.locator('onward-recovery-path') };
}

/** Opens a step's tool and waits until the tool has rendered. */
async function open(path, step) {
  await path.locator(`#toggle-${step}`).click();
  await path.locator(`#panel-${step} > :first-child`).waitFor();
  await path.page().waitForTimeout(400);
}

try {
  const { context, page, path } = await phone();
  await path.locator('[part~="header"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}path-375.png` });
  for (const [index, step] of STEPS.entries()) {
    await open(path, step);
    await path
      .locator('[part~="step"]')
      .nth(index)
      .screenshot({ path: `${out}step-${index + 1}-${step}-375.png` });
    await path.locator(`#toggle-${step}`).click();
  }
  // The finish: every step marked done by its own toggle, the last one by keyboard, then what the candidate sees.
  for (const [index] of STEPS.entries()) {
    const toggle = path.locator('onward-step-card').nth(index).locator('[part~="toggle"]');
    if (index < STEPS.length - 1) await toggle.click();
    else {
      await toggle.focus();
      await page.keyboard.press('Enter');
    }
  }
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}finish-375.png` });
  await context.close();

  // The feedback step again at 200% text size, and in dark colours.
  for (const [name, options] of [
    ['feedback-200-percent-text-375.png', { textSize: '200%' }],
    ['feedback-dark-375.png', { theme: 'dark' }]
  ]) {
    const again = await phone(options);
    await open(again.path, 'feedback');
    await again.path
      .locator('[part~="step"]')
      .nth(1)
      .screenshot({ path: `${out}${name}` });
    await again.context.close();
  }
} finally {
  await browser.close();
  server.close();
}
