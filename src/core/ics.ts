import { parseCalendarDate } from './dates.js';
import { wellFormed } from './text.js';

/** One all-day reminder. */
export interface CalendarEvent {
  /** Stable, unique id; made globally unique with the `@onward-elements` suffix. */
  uid: string;
  /** The day, as a local `YYYY-MM-DD` date. */
  date: string;
  /** Title of the reminder. */
  summary: string;
  /** Optional longer text. */
  description?: string;
}

export interface IcsOptions {
  /** The time the file is made (`DTSTAMP`); defaults to now. */
  now?: Date;
}

/**
 * Longest `SUMMARY`, in characters: calendar apps show a line or two of a title, and a reminder made from a megabyte
 * of pasted text should still be a small file.
 */
export const ICS_SUMMARY_MAX = 250;
/** Longest `DESCRIPTION`, in characters. */
export const ICS_DESCRIPTION_MAX = 4000;

/** `YYYY-MM-DD` for the local calendar day `days` after `from`, so a reminder lands on the day the user expects. */
export function localDatePlus(from: Date, days: number): string {
  // Noon, so a daylight-saving jump can never push the day over midnight; setFullYear keeps years 0–99 as written.
  const day = new Date(2000, 0, 1, 12);
  day.setFullYear(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks (every kind becomes `\n`); a tab
 * becomes a space and other control characters are removed.
 */
export function escapeText(value: string): string {
  // One pass over the text (a reminder may be made from a megabyte of it), after lone surrogates are mended.
  // eslint-disable-next-line no-control-regex -- control characters (C0, DEL, C1) are what this removes
  return wellFormed(value).replace(/\r\n|[\r\n\u2028\u2029\t\\;,\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, escapeOne);
}

function escapeOne(match: string): string {
  switch (match) {
    case '\r\n':
    case '\r':
    case '\n':
    case '\u2028':
    case '\u2029':
      return '\\n';
    case '\t':
      return ' ';
    case '\\':
      return '\\\\';
    case ';':
      return '\\;';
    case ',':
      return '\\,';
    default:
      return '';
  }
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. Octets are counted from the
 * UTF-16 code units (a lone surrogate counts as the 3 octets of U+FFFD it is written as), so a megabyte of text folds
 * in one pass.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let index = 0;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    const pair =
      code >= 0xd800 && code <= 0xdbff && index + 1 < line.length && (line.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(line.slice(start, index));
      start = index;
      octets = 0;
    }
    octets += size;
    index += pair ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** Cuts text to `max` characters (never inside a surrogate pair), with an ellipsis when anything was cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function utcStamp(date: Date): string {
  const valid = Number.isFinite(date.getTime()) ? date : new Date();
  return valid
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A calendar day as a UTC midnight (pure date arithmetic: no time zone or daylight saving involved). */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function basicDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/**
 * Writes an iCalendar file (RFC 5545) with one all-day event per entry: CRLF line ends, folded lines, escaped text, a
 * `UID` and `DTSTAMP` per event. Events whose date is not a real day between 1900-01-01 and 2199-12-31 are skipped
 * (a calendar app would misread a five-digit year). `SUMMARY` is cut to {@link ICS_SUMMARY_MAX} characters and
 * `DESCRIPTION` to {@link ICS_DESCRIPTION_MAX}, each ending in "…" when cut.
 */
export function buildIcs(events: readonly CalendarEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Onward Elements//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH'
  ];
  for (const event of events) {
    const day = parseCalendarDate(event.date);
    if (!day) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${wellFormed(String(event.uid ?? '')).replace(/[^\w.-]/g, '-') || 'reminder'}@onward-elements`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(utcDay(day.year, day.month, day.day))}`,
      `DTEND;VALUE=DATE:${basicDate(utcDay(day.year, day.month, day.day + 1))}`,
      `SUMMARY:${escapeText(cut(String(event.summary ?? ''), ICS_SUMMARY_MAX))}`
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(cut(String(event.description), ICS_DESCRIPTION_MAX))}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
