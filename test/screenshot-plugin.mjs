/**
 * A test-runner command for test/isolation.test.ts: `executeServerCommand('onward-screenshot', { x, y, width, height })`
 * takes a PNG of that rectangle of the test page (CSS pixels, from the top left of the viewport) and answers
 * `{ png }` as base64, so a test can tell whether two renderings are identical to the pixel. Works in Chromium (CDP)
 * and Firefox (WebDriver BiDi) through Puppeteer; answers `{ png: null }` where the page cannot be captured.
 */
export function screenshotPlugin() {
  return {
    name: 'onward-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'onward-screenshot') return undefined;
      const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
      if (!page || typeof page.screenshot !== 'function') return { png: null };
      try {
        const { x, y, width, height } = payload;
        const png = await page.screenshot({
          encoding: 'base64',
          clip: { x, y, width, height },
          captureBeyondViewport: false
        });
        return { png };
      } catch (error) {
        return { png: null, error: String(error) };
      }
    }
  };
}
