import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A page-like frame for a story: a background, a width and, when a story needs one, a language and a direction. It is
 * marked `data-story-frame` so the code panel leaves it out of the snippet (its `lang`/`dir` move onto the elements).
 * The colours follow the toolbar's theme through `--story-page` and `--story-ink`.
 */
export function frame(
  content: TemplateResult,
  {
    dark = false,
    dir,
    width = '40rem',
    lang
  }: { dark?: boolean; dir?: 'ltr' | 'rtl'; width?: string; lang?: string } = {}
): TemplateResult {
  return html`<div
    data-story-frame
    dir=${ifDefined(dir)}
    lang=${ifDefined(lang ?? (dir === 'rtl' ? 'ar' : undefined))}
    style="max-inline-size: ${width}; padding: 1.5rem; border-radius: 16px; background: ${dark ? '#111417' : 'var(--story-page, #f4f6f8)'}; color: ${dark ? '#eef1f4' : 'var(--story-ink, #1f2933)'}"
  >
    ${content}
  </div>`;
}

/** Options for an enumerated control, taken from the element's own const array (so stories never drift). */
export function choice(options: readonly string[]) {
  return { control: 'select' as const, options };
}

/**
 * The hostile host page: global CSS a careless theme might ship. It is scoped under `.hostile-page` so the Storybook docs
 * page stays usable, but it targets every light-DOM element and the host itself, as a global stylesheet would.
 */
export const hostileCss = html`<style>
  .hostile-page * { color: #ff00aa !important; background: repeating-linear-gradient(45deg, #ff0, #ff0 4px, #0ff 4px, #0ff 8px) !important; }
  .hostile-page onward-step-card, .hostile-page [class*='onward'] {
    letter-spacing: 0.4em; text-transform: uppercase; line-height: 3; text-align: right; word-spacing: 2em;
    font-style: italic; font-weight: 900; white-space: pre; text-indent: 5em;
  }
  .hostile-page h1, .hostile-page h2, .hostile-page h3, .hostile-page p, .hostile-page button, .hostile-page a, .hostile-page div {
    display: inline !important; font-size: 40px !important; border: 5px dashed red !important; padding: 3em !important;
  }
  .hostile-page svg { display: none !important; }
  .hostile-page *:focus { outline: none !important; }
</style>`;

/** The example brand of the theming stories: the shared tokens overridden, plus an element's own knobs. */
export function brand(content: TemplateResult, knobs = ''): TemplateResult {
  const tokens =
    '--onward-color-accent: #6b2fb3; --onward-color-surface: #fbf8ff; --onward-color-text: #23133a; ' +
    '--onward-color-muted: #5d4a75; --onward-radius: 4px; --onward-font-family: Georgia, serif';
  return html`<div data-story-brand style=${knobs ? `${tokens}; ${knobs}` : tokens}>${content}</div>`;
}

/**
 * Makes storage refuse keys ending in `:story-storage-unavailable` (reading throws SecurityError, writing throws
 * QuotaExceededError), as in a sandboxed frame or on a full device. Installed once per page, so Storybook and the
 * other stories keep their storage.
 */
export function refuseStorageForStory(): void {
  const marker = '__onwardStoryStorageRefused';
  const proto = Storage.prototype as Storage & Record<string, unknown>;
  if (proto[marker]) return;
  proto[marker] = true;
  const { getItem, setItem } = Storage.prototype;
  const refused = (key: string) => String(key).endsWith(':story-storage-unavailable');
  Storage.prototype.getItem = function (this: Storage, key: string) {
    if (refused(key)) throw new DOMException('Storage is blocked in this frame.', 'SecurityError');
    return getItem.call(this, key);
  };
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (refused(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  };
}
