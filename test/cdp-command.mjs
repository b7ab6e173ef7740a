/**
 * A test-runner command answered over the Chrome DevTools Protocol: `executeServerCommand(name)` opens a CDP session on
 * the test's page, runs `run(client)` and answers what it returns. Browsers without CDP (Firefox over WebDriver BiDi)
 * get `unavailable`, never a bare `null`, which would read as "no plugin handles this command".
 */
export function cdpCommandPlugin(name, unavailable, run) {
  return {
    name,
    async executeCommand({ command, session }) {
      if (command !== name) return undefined;
      const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
      if (!page || typeof page.createCDPSession !== 'function') return unavailable;
      // Puppeteer over WebDriver BiDi has the method but refuses to open a session.
      const client = await page.createCDPSession().catch(() => undefined);
      if (!client) return unavailable;
      try {
        return await run(client);
      } finally {
        await client.detach().catch(() => {});
      }
    }
  };
}
