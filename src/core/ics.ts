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

const encoder = new TextEncoder();

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
  return wellFormed(value)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters (C0, DEL, C1) is the point
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(date: Date): string {
  const valid = Number.isFinite(date.getTime()) ? date : new Date();
  return valid.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A calendar day as a UTC midnight (pure date arithmetic: no time zone or daylight saving involved). */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0–99 as written
  return date;
}

function basicDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** `YYYYMMDD` for a real `YYYY-MM-DD` calendar date (not 2025-02-30), else `undefined`. */
function dateValue(isoDate: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcDay(year, month, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? basicDate(date) : undefined;
}

/** The day after an ISO date, for an all-day event's exclusive `DTEND`. */
function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return basicDate(utcDay(year, month, day + 1));
}

/**
 * Writes an iCalendar file (RFC 5545) with one all-day event per entry: CRLF line ends, folded lines, escaped text, a
 * `UID` and `DTSTAMP` per event. Events with an invalid date are skipped.
 */
export function buildIcs(events: readonly CalendarEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Onward Elements//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    const start = typeof event.date === 'string' ? dateValue(event.date) : undefined;
    if (!start) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${wellFormed(String(event.uid ?? '')).replace(/[^\w.-]/g, '-') || 'reminder'}@onward-elements`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      `SUMMARY:${escapeText(String(event.summary ?? ''))}`
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(String(event.description))}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
