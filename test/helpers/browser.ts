/**
 * Which browser a test runs in. `npm test` runs every file in Chromium, in Firefox ESR (driven over WebDriver BiDi) and
 * in WebKit (WebKitGTK's MiniBrowser, over WebDriver); a few commands exist only over Chrome's DevTools Protocol, so the
 * tests that need them are skipped in the other two, with the reason in the test's title, and still run in Chromium.
 */

import { sendKeys } from '@web/test-runner-commands';

/** True in Firefox (Gecko), the second browser of the suite. */
export const isFirefox = navigator.userAgent.includes('Firefox/');

/** True in WebKit (Safari's engine), the third browser of the suite. */
export const isWebKit = !isFirefox && navigator.userAgent.includes('AppleWebKit/') && !navigator.userAgent.includes('Chrome/');

/** The engine's name, for skip reasons. */
export const browserName = isFirefox ? 'Firefox' : isWebKit ? 'WebKit' : 'Chromium';

/** True where `@web/test-runner-commands` can use Chrome's DevTools Protocol (`emulateMedia`, `a11ySnapshot`). */
export const hasCdp = !isFirefox && !isWebKit;

/**
 * `it(title, fn)` where `supported`; otherwise `it.skip` with `(skipped in <browser>: <reason>)` added to the title, so
 * the run's summary says what was not checked there and why. Use it only where the browser lacks the capability the
 * test needs, never to hide a failing assertion.
 */
export function itWhere(supported: boolean, reason: string, title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  if (supported) return it(title, fn);
  return it.skip(`${title} (skipped in ${browserName}: ${reason})`, fn);
}

/** `it` for a test that needs a CDP-only command such as `emulateMedia` or `a11ySnapshot`: skipped in Firefox and WebKit. */
export function itWithCdp(command: string, title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  return itWhere(hasCdp, `${command} needs the DevTools Protocol`, title, fn);
}

/** False where the driver cannot hold a modifier key down (`sendKeys({ down: 'Shift' })`): WebKitWebDriver. */
export const canHoldKeys = !isWebKit;

/**
 * Types `text` into the focused element like `sendKeys({ type })`. WebKitWebDriver drops a key that repeats within one
 * `type` command (`Still` arrives as `Stil`, and every space after the first goes missing; a plain `<input>` shows it
 * too), so there each character is sent on its own.
 */
export async function typeText(text: string): Promise<void> {
  if (!isWebKit) return sendKeys({ type: text });
  for (const character of text) await sendKeys({ type: character });
}
