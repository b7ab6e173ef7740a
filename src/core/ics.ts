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
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; control characters removed. */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
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
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function dateValue(isoDate: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[1]}${match[2]}${match[3]}` : undefined;
}

/** The day after an ISO date, for an all-day event's exclusive `DTEND`. */
function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateValue(localDatePlus(new Date(year, month - 1, day), 1))!;
}

/**
 * Writes an iCalendar file (RFC 5545) with one all-day event per entry: CRLF line ends, folded lines, escaped text, a
 * `UID` and `DTSTAMP` per event. Events with an invalid date are skipped.
 */
export function buildIcs(events: readonly CalendarEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Onward Elements//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    const start = dateValue(event.date);
    if (!start) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${wellFormed(event.uid).replace(/[^\w.-]/g, '-')}@onward-elements`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      `SUMMARY:${escapeText(event.summary)}`
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
