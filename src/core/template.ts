/** Values that can fill a `{placeholder}` in a template. */
export type TemplateValues = Readonly<Record<string, string | number | undefined>>;

const PLACEHOLDER = /\{([A-Za-z][\w]*)\}/g;

/**
 * Fills `{name}` placeholders from `values`. A placeholder without a value stays visible as written, so a mistake in a
 * host template shows up instead of silently vanishing. Values are inserted as plain text, never re-scanned.
 */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** Lists the placeholder names used in a template, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/** Any absolute base works: it only lets relative templates and relative results be compared. */
const COMPARISON_BASE = 'https://page.onward.invalid/';

/** A value that would be a whole `.` or `..` path step (the URL parser reads `%2E` as a dot too, so encoding is no cure). */
const DOT_SEGMENT = /^\.{1,2}$/;

/**
 * Encodes one placeholder value for a URL template: percent-encoded (`/`, `?`, `#`, `&` and `%` cannot change the URL's
 * shape), and `.` or `..` on its own becomes empty, because the URL parser would take it as a path step even when
 * percent-encoded. Lone surrogates must already be gone (see `wellFormed`).
 */
export function encodeUrlValue(value: string): string {
  const encoded = encodeURIComponent(value);
  return DOT_SEGMENT.test(encoded) ? '' : encoded;
}

/**
 * Fills a URL template such as `/jobs?q={title}` with values encoded by {@link encodeUrlValue}, and keeps the result
 * only if it stays on the template's own origin: with `/{location}/{title}` and no location, a title could otherwise
 * turn the link into `//evil.example`, another site. Returns `undefined` for a link that would leave. Relative
 * templates stay relative. DOM-free.
 */
export function fillUrlTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>>
): string | undefined {
  const encoded: Record<string, string> = {};
  const probe: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    encoded[name] = encodeUrlValue(value ?? '');
    probe[name] = 'x';
  }
  const filled = fillTemplate(template, encoded);
  try {
    // The template's own origin, read with a harmless value in every placeholder.
    const own = new URL(fillTemplate(template, probe), COMPARISON_BASE);
    const result = new URL(filled, COMPARISON_BASE);
    return result.origin === own.origin ? filled : undefined;
  } catch {
    return undefined;
  }
}
