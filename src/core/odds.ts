/**
 * Interview odds: turns a careers site's own numbers (applicants, people interviewed) into a share the candidate can
 * read as perspective ("top 3%"). DOM-free; runs in Node.
 */

/** Why a pair of numbers cannot be shown. */
export type OddsProblem =
  /** Both numbers are absent: nothing to show, and nothing to warn about. */
  | 'absent'
  /** Only one of the two numbers was given. */
  | 'missing'
  /** A value is not a number at all (`"abc"`, `"1,240"`, `NaN`). */
  | 'not-a-number'
  /** A value is infinite or too large to count exactly (`1e309`, above `Number.MAX_SAFE_INTEGER`). */
  | 'too-large'
  /** A value is below zero. */
  | 'negative'
  /** A value has a fractional part (`2.5`). */
  | 'not-integer'
  /** Nobody was interviewed, which cannot be true for a candidate who was. */
  | 'no-interviews'
  /** More people interviewed than applied. */
  | 'more-interviewed-than-applicants';

/** The share of applicants who were interviewed, ready to show. */
export interface InterviewOdds {
  valid: true;
  applicants: number;
  interviewed: number;
  /** `interviewed / applicants`, from 0 (exclusive) to 1. */
  share: number;
  /**
   * The share as a "top N%" figure, as a fraction for `Intl.NumberFormat`'s `percent` style (0.03 means 3%). Rounded
   * UP, so it never claims more than the numbers do: a whole percent from 1% on (2.5% → 3%), one decimal below 1%
   * (0.42% → 0.5%), never less than 0.1%. Never "top 0%".
   */
  top: number;
  /** Fraction digits to format `top` with: 0 from 1% on, 1 below. */
  fractionDigits: 0 | 1;
  /**
   * Whether "top N%" is worth saying: true when at most half of the applicants were interviewed. Above that, show the
   * plain count ("6 of 8") instead, because "top 75%" is not encouraging.
   */
  standsOut: boolean;
}

/** Numbers that cannot be shown, and why. */
export interface InvalidOdds {
  valid: false;
  problem: OddsProblem;
  /** Which input the problem is about, when it is about one of them. */
  field?: 'applicants' | 'interviewed';
}

export type OddsResult = InterviewOdds | InvalidOdds;

type Parsed = { ok: true; value: number } | { ok: false; problem: OddsProblem };

/** Parses one count: a number or a numeric string. `undefined`, `null` and blank strings are absent. */
function parseCount(input: unknown): Parsed | undefined {
  if (input === undefined || input === null) return undefined;
  let value: number;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string') {
    const trimmed = input.trim();
    if (trimmed === '') return undefined;
    value = Number(trimmed);
  } else if (typeof input === 'bigint') value = Number(input);
  else return { ok: false, problem: 'not-a-number' };
  if (Number.isNaN(value)) return { ok: false, problem: 'not-a-number' };
  if (value < 0) return { ok: false, problem: 'negative' };
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return { ok: false, problem: 'too-large' };
  if (!Number.isInteger(value)) return { ok: false, problem: 'not-integer' };
  return { ok: true, value };
}

/** Rounds a percentage (0–100) up to the shown precision and returns it as a fraction with its digits. */
function roundTop(percent: number): { top: number; fractionDigits: 0 | 1 } {
  // The tolerance keeps float noise (e.g. 100 * 7 / 700 = 1.0000000000000002) from bumping an exact value up a step.
  const EPSILON = 1e-9;
  if (percent >= 1 - EPSILON) return { top: Math.ceil(percent - EPSILON) / 100, fractionDigits: 0 };
  const tenths = Math.max(1, Math.ceil(percent * 10 - EPSILON));
  // 0.95% rounds up to 1.0%: show it as a whole "1%".
  return tenths >= 10 ? { top: 0.01, fractionDigits: 0 } : { top: tenths / 1000, fractionDigits: 1 };
}

/**
 * Works out how far the candidate got from the host's numbers. Accepts numbers or numeric strings (attribute values).
 * Never throws: anything that cannot be shown comes back as `{ valid: false, problem }`.
 *
 * ```ts
 * interviewOdds(240, 6); // { valid: true, share: 0.025, top: 0.03, fractionDigits: 0, standsOut: true, … }
 * interviewOdds('240', '300'); // { valid: false, problem: 'more-interviewed-than-applicants' }
 * ```
 */
export function interviewOdds(applicants: unknown, interviewed: unknown): OddsResult {
  const a = parseCount(applicants);
  const i = parseCount(interviewed);
  if (a === undefined && i === undefined) return { valid: false, problem: 'absent' };
  if (a === undefined) return { valid: false, problem: 'missing', field: 'applicants' };
  if (i === undefined) return { valid: false, problem: 'missing', field: 'interviewed' };
  if (!a.ok) return { valid: false, problem: a.problem, field: 'applicants' };
  if (!i.ok) return { valid: false, problem: i.problem, field: 'interviewed' };
  if (i.value === 0) return { valid: false, problem: 'no-interviews', field: 'interviewed' };
  if (i.value > a.value) return { valid: false, problem: 'more-interviewed-than-applicants' };
  const share = i.value / a.value;
  return {
    valid: true,
    applicants: a.value,
    interviewed: i.value,
    share,
    ...roundTop((100 * i.value) / a.value),
    standsOut: share <= 0.5
  };
}
