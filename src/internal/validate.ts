const warned = new WeakMap<object, Set<string>>();

/** Logs a warning once per element, attribute and value, so a bad value does not flood the console on every render. */
export function warnOnce(element: object, key: string, message: string): void {
  let seen = warned.get(element);
  if (!seen) {
    seen = new Set();
    warned.set(element, seen);
  }
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[onward-elements] ${message}`);
}

/**
 * A value as a warning shows it: in quotes, cut to `max` characters, so a megabyte of text in an attribute does not
 * become a megabyte of console output.
 */
export function quoted(value: unknown, max = 80): string {
  const text = String(value);
  return `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}

/**
 * Checks an enumerated attribute. Returns the value when it is allowed; otherwise warns once (naming the element, the
 * attribute and the allowed values) and returns the fallback.
 */
export function checkEnum<T extends string>(
  element: HTMLElement,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value !== undefined && value !== null && value !== '') {
    warnOnce(
      element,
      `${attribute}=${String(value)}`,
      `<${element.localName}> ${attribute}=${quoted(value)} is not one of ${allowed.join(', ')}; using "${fallback}".`
    );
  }
  return fallback;
}

/**
 * Checks an integer attribute within a range; warns once and returns the fallback when it is outside. A whole number
 * written as text counts: Vue and React 19 set `step="2"` on the property, as the string "2".
 */
export function checkInteger(
  element: HTMLElement,
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number
): number {
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value))
    return checkInteger(element, attribute, Number(value), min, max, fallback);
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  if (value !== undefined && value !== null) {
    warnOnce(
      element,
      `${attribute}=${String(value)}`,
      `<${element.localName}> ${attribute}=${quoted(value)} must be a whole number from ${min} to ${max}; using ${fallback}.`
    );
  }
  return fallback;
}

/**
 * The converter of a JSON-valued attribute: keeps the text, which the element reads with {@link parseJsonAttribute} in
 * `willUpdate`, so bad JSON warns once, naming the element, instead of throwing (as Lit's Object converter does).
 */
export const jsonAttribute = { fromAttribute: (value: string | null): unknown => value };

/**
 * Reads a JSON-valued property: text (from the attribute, or set as a string) is parsed, anything else is the value
 * itself. Returns `undefined` for blank text, and for malformed JSON after one warning that says what the element uses
 * instead (`fallback`). Never throws.
 */
export function parseJsonAttribute(
  element: HTMLElement,
  attribute: string,
  value: unknown,
  fallback = 'the default'
): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    warnOnce(element, `${attribute}:json`, `<${element.localName}> ${attribute} is not valid JSON; using ${fallback}.`);
    return undefined;
  }
}

/**
 * A text property's value as the element reads it. Frameworks send what the page's code holds, not always a string:
 * React's `heading={show && 'Next steps'}` sends `false`, a number field sends `2024`. Numbers (finite) and bigints become
 * text; `false`, `null` and `undefined` mean "not set"; anything else (an object, `true`, `NaN`, a symbol, a function)
 * is not set either, with one warning naming the element and the attribute.
 */
export function textValue(element: HTMLElement, attribute: string, value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null || value === false) return undefined;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return String(value);
  const shown = Array.isArray(value)
    ? 'an array'
    : typeof value === 'object'
      ? 'an object'
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : `a ${typeof value}`;
  warnOnce(
    element,
    `${attribute}:not-text:${shown}`,
    `<${element.localName}> ${attribute} must be text or a number, not ${shown}; it is left unset.`
  );
  return undefined;
}
