// Walks the demo careers page the way a screen-reader user does, in headless Chromium at 375 px, and prints what the
// screen reader gets at each step: the headings list, the focused control's name and description (from Chromium's
// accessibility tree, over CDP), and every change to every live region (MutationObservers, shadow roots included).
// docs/accessibility.md is written from its output. `npm run build` first; then `node docs/accessibility-walkthrough.mjs
// [screenshot-folder]`. It serves the demo from memory on a free local port and stops when done.
/* global customElements, MutationObserver, requestAnimationFrame -- the callbacks given to page.evaluate run in the page. */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDemo } from './demo-server.mjs';

const shots = process.argv[2];
const server = await serveDemo();
const origin = server.origin;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
try {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  await page.goto(origin);
  await page.waitForFunction(() => customElements.get('onward-recovery-path') !== undefined);
  await page.waitForTimeout(300);

  // The live-region log, in the page: rescan() picks up regions created since (a tool opened).
  await page.evaluate(() => {
    const LIVE = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';
    const seen = new Map();
    const log = [];
    const regions = (node) => {
      const found = [...node.querySelectorAll(LIVE)];
      for (const element of node.querySelectorAll('*'))
        if (element.shadowRoot) found.push(...regions(element.shadowRoot));
      return found;
    };
    const words = (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    window.__live = {
      log,
      rescan() {
        for (const region of regions(document)) {
          if (seen.has(region)) continue;
          seen.set(region, region.textContent);
          if (words(region)) log.push(`(created holding) ${words(region)}`);
          new MutationObserver(() => {
            if (region.textContent !== seen.get(region) && words(region)) log.push(words(region));
            seen.set(region, region.textContent);
          }).observe(region, { childList: true, characterData: true, subtree: true });
        }
      },
      take() {
        return log.splice(0);
      }
    };
    // Every frame, before the page's own frame callbacks: a region is seen in the frame it first appears in.
    const everyFrame = () => {
      window.__live.rescan();
      requestAnimationFrame(everyFrame);
    };
    everyFrame();
  });

  const tree = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((node) => !node.ignored);
  const property = (node, name) => node.properties?.find((item) => item.name === name)?.value?.value;
  async function focused() {
    // The page itself reports focus too: the deepest focused node is the control.
    const node = (await tree()).filter((item) => property(item, 'focused') && item.role.value !== 'RootWebArea').at(-1);
    if (!node) return '(nothing focused)';
    const states = ['invalid', 'required', 'expanded', 'pressed', 'checked']
      .map((name) => [name, property(node, name)])
      .filter(([, value]) => value !== undefined && value !== false && value !== 'false')
      .map(([name, value]) => (value === true || value === 'true' ? name : `${name}=${value}`));
    const description = node.description?.value ? ` — "${node.description.value}"` : '';
    return `${node.role.value} "${node.name?.value ?? ''}"${states.length ? ` [${states.join(', ')}]` : ''}${description}`;
  }
  async function step(title, act) {
    await act();
    // Rescanned often, so a region a tool creates is seen as it was created (empty or not), not as it is later.
    for (let tick = 0; tick < 25; tick += 1) {
      await page.evaluate(() => window.__live.rescan());
      await page.waitForTimeout(20);
    }
    const said = await page.evaluate(() => window.__live.take());
    console.log(
      `\n## ${title}\nfocus: ${await focused()}\nannounced: ${said.length ? said.map((text) => `"${text}"`).join(' / ') : '(nothing)'}`
    );
  }

  console.log('# Headings (level, name), in page order');
  for (const node of (await tree()).filter((item) => item.role.value === 'heading'))
    console.log(`h${property(node, 'level')} ${node.name.value}`);
  console.log('\n# Landmarks');
  for (const node of await tree()) {
    const role = node.role.value;
    if (
      ['banner', 'main', 'contentinfo', 'navigation', 'complementary', 'search'].includes(role) ||
      (['region', 'form'].includes(role) && node.name?.value)
    ) {
      console.log(`${role} "${node.name?.value ?? ''}"`);
    }
  }
  await step('Load (nothing pressed)', async () => {});

  const path = page.locator('onward-recovery-path');
  for (const [id, label] of [
    ['interview', 'See how far you got'],
    ['feedback', 'Write your note'],
    ['search', 'See open roles'],
    ['learn', 'Plan what to learn'],
    ['believe', 'Write your strengths']
  ]) {
    await step(`Open step "${label}" (Enter on its button)`, async () => {
      await path.locator(`#toggle-${id}`).focus();
      await page.keyboard.press('Enter');
    });
  }
  console.log('\n# Headings with every tool open');
  for (const node of (await tree()).filter((item) => item.role.value === 'heading'))
    console.log(`h${property(node, 'level')} ${node.name.value}`);
  await step('Mark step 1 as done (Space)', async () => {
    await path.locator('onward-step-card').first().locator('[part~="toggle"]').focus();
    await page.keyboard.press('Space');
  });

  const request = page.locator('onward-feedback-request');
  await step('Feedback: open "Edit details" (Enter on its summary)', async () => {
    await request.locator('summary').focus();
    await page.keyboard.press('Enter');
  });
  await step('Feedback: type a topic', async () => {
    await request.locator('#field-topic').focus();
    await page.keyboard.type('your plans for the patient app');
  });
  await step('Feedback: Tab to Copy the note, press Enter', async () => {
    await request.locator('button[aria-label="Copy the note"]').focus();
    await page.keyboard.press('Enter');
  });
  await step('Feedback: choose LinkedIn (Space on the radio)', async () => {
    await request.locator('input[name="channel"][value="linkedin"]').focus();
    await page.keyboard.press('Space');
  });
  await step('Feedback: make the job title long, key by key, past 300 characters', async () => {
    await request.locator('#field-jobTitle').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(
      ' Lead, Patient Experience, Clinical Workflows, Research Operations and Design Systems across Europe, Africa, Asia and the Americas'
    );
  });
  await step('Feedback: back to e-mail; type an address that is not one, then Tab away', async () => {
    await request.locator('input[name="channel"][value="email"]').focus();
    await page.keyboard.press('Space');
    await request.locator('#field-recipientEmail').fill('');
    await request.locator('#field-recipientEmail').focus();
    await page.keyboard.type('maya.chen@');
    await page.keyboard.press('Tab');
  });

  const plan = page.locator('onward-learning-plan');
  await step('Learning plan: type a skill, then 02/30/2027 in the date, press Add goal', async () => {
    await plan.locator('#skill').focus();
    await page.keyboard.type('Figma prototyping');
    await plan.locator('#date').focus();
    await page.keyboard.type('02302027');
    await plan.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
  });
  if (shots) {
    await plan.scrollIntoViewIfNeeded();
    await plan.locator('[part~="form"]').screenshot({ path: join(shots, 'learning-plan-date-error-375.png') });
  }
  await step('Learning plan: fix the date to 02/28/2027, press Add goal', async () => {
    await plan.locator('#date').focus();
    await page.keyboard.type('02282027');
    await plan.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
  });
  if (shots) {
    await request.locator('#field-interviewDate').fill('');
    await request.locator('#field-interviewDate').focus();
    await page.keyboard.type('0231');
    await request.locator('#field-stage').focus();
    await page.waitForTimeout(200);
    await request
      .locator('[part~="form"] fieldset')
      .first()
      .screenshot({ path: join(shots, 'feedback-date-error-375.png') });
    await request.locator('[part~="preview"]').screenshot({ path: join(shots, 'feedback-preview-375.png') });
  }
} finally {
  await browser.close();
  server.close();
}
