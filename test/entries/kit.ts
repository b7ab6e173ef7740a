/**
 * The elements under test. From the sources by default; in the "through onward.js" and "through the loader" groups
 * (web-test-runner.config.mjs), the page has already loaded that built entry before any test module, so the sources'
 * elements are never loaded beside it.
 */

/** The built entry the page loaded first (`/dist/cdn/onward.js` or the loader), or `undefined` for the sources. */
export const entryUnderTest = (window as { __onwardEntry?: string }).__onwardEntry;

if (!entryUnderTest) await import('../../src/index.js');
