/**
 * Which browser a test runs in. `npm test` runs every file in Chromium, in Firefox ESR (driven over WebDriver BiDi) and
 * in WebKit (WebKitGTK's MiniBrowser, over WebDriver); a few commands exist only over Chrome's DevTools Protocol, so the
 * tests that need them are skipped in the other two, with the reason in the test's title, and still run in Chromium.
 */

import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from './fields.js';

/** True in Firefox (Gecko), the second browser of the suite. */
export const isFirefox = navigator.userAgent.includes('Firefox/');

/** True in WebKit (Safari's engine), the third browser of the suite. */
export const isWebKit =
  !isFirefox && navigator.userAgent.includes('AppleWebKit/') && !navigator.userAgent.includes('Chrome/');

/** The engine's name, for skip reasons. */
export const browserName = isFirefox ? 'Firefox' : isWebKit ? 'WebKit' : 'Chromium';

/** True where `@web/test-runner-commands` can use Chrome's DevTools Protocol (`emulateMedia`, `a11ySnapshot`). */
export const hasCdp = !isFirefox && !isWebKit;

/**
 * `it(title, fn)` where `supported`; otherwise `it.skip` with `(skipped in <browser>: <reason>)` added to the title, so
 * the run's summary says what was not checked there and why. Use it only where the browser lacks the capability the
 * test needs, never to hide a failing assertion.
 */
export function itWhere(
  supported: boolean,
  reason: string,
  title: string,
  fn: Mocha.Func | Mocha.AsyncFunc
): Mocha.Test {
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
 * Focuses a date field and types a date written `MM/DD/YYYY` (the test browsers' en-US order), as a person would in
 * that engine: Chromium and Firefox move to the next part by themselves after two digits (a slash there would skip
 * a part), WebKit's field waits for the slash.
 */
export async function typeDate(field: HTMLInputElement, date: string): Promise<void> {
  field.focus();
  await sendKeys({ type: isWebKit ? date : date.replace(/\//g, '') });
}

/** Presses Tab until focus leaves the field: Tab steps through a date's parts first in some engines. */
export async function tabOutOf(field: HTMLElement): Promise<void> {
  for (let presses = 0; presses < 4 && deepActiveElement() === field; presses += 1) await sendKeys({ press: 'Tab' });
}

/** Empties a date field as a person does, part by part with Backspace from its first part, then leaves it. */
export async function clearDate(field: HTMLInputElement): Promise<void> {
  // Focused afresh, every engine starts at the first part (a field already focused stays on the part last typed in).
  field.blur();
  field.focus();
  for (let part = 0; part < 3; part += 1) {
    await sendKeys({ press: 'Backspace' });
    if (part < 2) await sendKeys({ press: 'ArrowRight' });
  }
  await tabOutOf(field);
}
