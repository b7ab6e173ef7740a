import { wellFormed } from '../core/text.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const RELATIVE_BASE = 'https://relative.onward.invalid/';

/**
 * Returns the URL when it is safe to render as a link (`http:`, `https:`, `mailto:` or relative), else `undefined`.
 *
 * The URL is parsed the way the browser will parse it when the link is followed, so tricks such as mixed case,
 * leading spaces, tabs or control characters inside `javascript:` are caught.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // A lone surrogate makes the link unparseable where it is rendered (the URL parser here would quietly mend it).
  const trimmed = wellFormed(value).trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, RELATIVE_BASE);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? trimmed : undefined;
}

/** Like {@link safeUrl}, but logs one warning naming the element and attribute when a non-empty URL is dropped. */
export function safeUrlOrWarn(value: unknown, where: string): string | undefined {
  const url = safeUrl(value);
  if (url === undefined && typeof value === 'string' && value.trim() !== '') {
    console.warn(
      `[onward-elements] ${where}: dropped a link whose scheme is not http:, https: or mailto: (${JSON.stringify(value.slice(0, 80))}).`
    );
  }
  return url;
}
