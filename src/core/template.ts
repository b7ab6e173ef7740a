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
