/**
 * Calendar dates as the kit accepts them: a real `YYYY-MM-DD` day (not 2027-02-30) between the years 1900 and 2199.
 * Anything outside that range is almost surely a typo, and calendar apps misread four-digit-year overflows (9999-12-31
 * would end in the year 10000), so every place a date is entered, stored, read back or exported uses these checks.
 */

/** The earliest year the kit accepts in a date. */
export const MIN_CALENDAR_YEAR = 1900;
/** The latest year the kit accepts in a date. */
export const MAX_CALENDAR_YEAR = 2199;
/** `min` for an `<input type="date">`. */
export const MIN_CALENDAR_DATE = `${MIN_CALENDAR_YEAR}-01-01`;
/** `max` for an `<input type="date">`. */
export const MAX_CALENDAR_DATE = `${MAX_CALENDAR_YEAR}-12-31`;

/** A day of the calendar, month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The day an ISO `YYYY-MM-DD` string names, if it is a real date inside the supported years; otherwise `undefined`. */
export function parseCalendarDate(value: unknown): CalendarDay | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one (pure UTC arithmetic: no time zone involved).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : undefined;
}

/** True for a real `YYYY-MM-DD` date between 1900-01-01 and 2199-12-31. */
export function isSupportedCalendarDate(value: unknown): value is string {
  return parseCalendarDate(value) !== undefined;
}
