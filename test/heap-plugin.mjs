import { cdpCommandPlugin } from './cdp-command.mjs';

/**
 * A test-runner command for test/leaks.test.ts: `executeServerCommand('onward-heap-usage')` runs a full garbage
 * collection in the test page and returns the bytes its JS heap uses, exactly, over the Chrome DevTools Protocol.
 * (`performance.memory` cannot do this: Chromium rounds it and refreshes it only every twenty minutes or so, even with
 * `--enable-precise-memory-info`.) Answers `{ bytes }`, with `bytes: null` in browsers without CDP (Firefox over WebDriver
 * BiDi); a bare `null` would read as "no plugin handles this command".
 */
export function heapUsagePlugin() {
  return cdpCommandPlugin('onward-heap-usage', { bytes: null }, async (client) => {
    try {
      await client.send('HeapProfiler.collectGarbage');
      const { usedSize } = await client.send('Runtime.getHeapUsage');
      return { bytes: usedSize };
    } catch {
      return { bytes: null };
    }
  });
}
