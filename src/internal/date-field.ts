import { isSupportedCalendarDate } from '../core/dates.js';

/**
 * True when an `<input type="date">` holds something that is not a date the kit accepts. A browser reports an
 * impossible or half-typed date (02/30/2027, or a missing year) as `validity.badInput` with an empty `value`, so
 * reading `value` alone would treat it as "no date" and drop what the candidate typed without a word.
 */
export function dateFieldProblem(input: HTMLInputElement | null | undefined): boolean {
  if (!input) return false;
  if (input.validity.badInput) return true;
  return input.value !== '' && !isSupportedCalendarDate(input.value);
}
