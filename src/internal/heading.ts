import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`
};

/** The static tag for a heading level, clamped to 2–6 (level 1 belongs to the host page). Use with `lit/static-html.js`. */
export function headingTag(level: number): StaticValue {
  return TAGS[Math.min(6, Math.max(2, Math.round(level) || 3))];
}
