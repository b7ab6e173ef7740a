import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine, localDatePlus, type CalendarEvent } from './ics.js';

const NOW = new Date(Date.UTC(2025, 2, 14, 9, 30, 5));
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Parses with ical.js (throws on anything it cannot read) and returns the VEVENTs. */
function parseEvents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

const value = (event: ICAL.Component, name: string) => event.getFirstPropertyValue(name);
const dateOf = (event: ICAL.Component, name: string) => value(event, name) as ICAL.Time;

/** Splits the file into physical lines at the byte level, as a calendar app reading the downloaded file would. */
function byteLines(text: string): Uint8Array[] {
  const bytes = encoder.encode(text);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i += 1) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.slice(start, i));
      start = i + 2;
      i += 1;
    }
  }
  expect(start, 'the file ends with CRLF').to.equal(bytes.length);
  return lines;
}

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'follow-up',
  date: '2025-03-21',
  summary: 'Follow up once',
  ...overrides
});

describe('core/ics', () => {
  describe('a file a real parser reads', () => {
    it('loads ical.js as an ES module in the browser', () => {
      expect(ICAL.parse).to.be.a('function');
      expect(ICAL.Component).to.be.a('function');
    });

    it('parses with ical.js and carries one event per entry, in order', () => {
      const text = buildIcs(
        [
          event(),
          event({
            uid: 'thank',
            date: '2025-03-15',
            summary: 'Send a thank-you note',
            description: 'Two lines are plenty.'
          })
        ],
        { now: NOW }
      );
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.name).to.equal('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string').and.not.empty;
      const events = calendar.getAllSubcomponents('vevent');
      expect(events.map((e) => value(e, 'summary'))).to.deep.equal(['Follow up once', 'Send a thank-you note']);
      expect(value(events[0], 'description')).to.be.null;
      expect(value(events[1], 'description')).to.equal('Two lines are plenty.');
    });

    it('gives every event a UID and a DTSTAMP in UTC', () => {
      const events = parseEvents(
        buildIcs([event(), event({ uid: 'thank' }), event({ uid: 'save-roles' })], { now: NOW })
      );
      const uids = events.map((e) => value(e, 'uid') as string);
      expect(uids).to.deep.equal(['follow-up@onward-elements', 'thank@onward-elements', 'save-roles@onward-elements']);
      expect(new Set(uids).size).to.equal(3);
      for (const e of events) {
        const stamp = dateOf(e, 'dtstamp');
        expect(stamp.isDate).to.be.false;
        expect(stamp.zone?.tzid).to.equal('UTC');
        expect(stamp.toJSDate().getTime()).to.equal(NOW.getTime());
      }
    });

    it('keeps UIDs to safe characters', () => {
      const [parsed] = parseEvents(buildIcs([event({ uid: 'a b;c\r\nX-EVIL:1' })], { now: NOW }));
      expect(value(parsed, 'uid')).to.equal('a-b-c--X-EVIL-1@onward-elements');
      expect(parsed.getFirstPropertyValue('x-evil')).to.be.null;
    });

    it('stamps the time of writing when no valid `now` is given', () => {
      const before = Date.now();
      const [fromDefault] = parseEvents(buildIcs([event()]));
      const [fromInvalid] = parseEvents(buildIcs([event()], { now: new Date(Number.NaN) }));
      for (const parsed of [fromDefault, fromInvalid]) {
        const stamp = dateOf(parsed, 'dtstamp').toJSDate().getTime();
        expect(stamp).to.be.within(Math.floor(before / 1000) * 1000, Date.now());
      }
    });
  });

  describe('line ends and folding', () => {
    it('ends every line with CRLF and has no bare CR or LF', () => {
      const text = buildIcs([event({ summary: 'one\ntwo\rthree\r\nfour', description: 'x\n' })], { now: NOW });
      expect(text.endsWith('\r\n')).to.be.true;
      const withoutCrlf = text.replace(/\r\n/g, '');
      expect(withoutCrlf).to.not.match(/[\r\n]/);
    });

    it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
      const summary = `Écrire à l’équipe 👩🏽‍💻 — 面接のお礼を送る 🎉 ${'ü'.repeat(60)} ${'𝄞'.repeat(40)} done`;
      const text = buildIcs([event({ summary, description: summary.repeat(3) })], { now: NOW });
      const lines = byteLines(text);
      expect(
        lines.some((line) => line.length > 70),
        'some lines were long enough to fold'
      ).to.be.true;
      for (const line of lines) {
        expect(line.length, strictDecoder.decode(line)).to.be.at.most(75);
        // A split multi-byte character would not decode strictly.
        expect(() => strictDecoder.decode(line)).to.not.throw();
      }
      const [parsed] = parseEvents(text);
      expect(value(parsed, 'summary')).to.equal(summary);
      expect(value(parsed, 'description')).to.equal(summary.repeat(3));
    });

    it('foldLine: continuation lines start with one space and unfold to the original', () => {
      const line = `SUMMARY:${'a'.repeat(200)}`;
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      expect(parts[0]).to.have.length(75);
      for (const part of parts.slice(1)) {
        expect(part.startsWith(' ')).to.be.true;
        expect(encoder.encode(part).length).to.be.at.most(75);
      }
      expect(folded.replace(/\r\n /g, '')).to.equal(line);
    });

    it('foldLine: a 4-octet character right at the limit moves to the next line whole', () => {
      const line = `${'a'.repeat(73)}😀b`;
      const parts = foldLine(line).split('\r\n');
      expect(parts[0]).to.equal('a'.repeat(73));
      expect(parts[1]).to.equal(' 😀b');
    });

    it('foldLine: leaves a short line alone', () => {
      expect(foldLine('SUMMARY:Hi')).to.equal('SUMMARY:Hi');
      expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    });
  });

  describe('text escaping and hostile text', () => {
    it('escapes backslash, semicolon, comma and newlines, and ical.js reads them back', () => {
      const summary = 'Plan; then act, slowly\\carefully\nnext line';
      expect(escapeText(summary)).to.equal('Plan\\; then act\\, slowly\\\\carefully\\nnext line');
      const [parsed] = parseEvents(buildIcs([event({ summary })], { now: NOW }));
      expect(value(parsed, 'summary')).to.equal(summary);
    });

    it('turns every kind of line break into an escaped newline', () => {
      expect(escapeText('a\r\nb\rc\nd\u2028e\u2029f')).to.equal('a\\nb\\nc\\nd\\ne\\nf');
    });

    it('removes control characters and turns a tab into a space', () => {
      const summary = 'a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\th';
      expect(escapeText(summary)).to.equal('abcdefg h');
      const text = buildIcs([event({ summary })], { now: NOW });
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(text.replace(/\r\n/g, '')).to.not.match(/[\u0000-\u001f\u007f-\u009f]/);
      const [parsed] = parseEvents(text);
      expect(value(parsed, 'summary')).to.equal('abcdefg h');
    });

    it('keeps "\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT" inside one SUMMARY', () => {
      const summary = 'Follow up\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nDTSTART:19700101';
      const text = buildIcs([event({ summary, description: '\nEND:VCALENDAR\n' })], { now: NOW });
      expect(text.match(/^BEGIN:VEVENT$/gm)).to.have.length(1);
      expect(text.match(/^END:VCALENDAR/gm)).to.have.length(1);
      const events = parseEvents(text);
      expect(events).to.have.length(1);
      expect(value(events[0], 'summary')).to.equal(
        'Follow up\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected\nDTSTART:19700101'
      );
      expect(value(events[0], 'description')).to.equal('\nEND:VCALENDAR\n');
      expect(dateOf(events[0], 'dtstart').toString()).to.equal('2025-03-21');
    });

    it('replaces a lone surrogate so the file still encodes', () => {
      const [parsed] = parseEvents(buildIcs([event({ summary: 'bad \uD800 half' })], { now: NOW }));
      expect(value(parsed, 'summary')).to.equal('bad \uFFFD half');
    });

    it('shows markup as literal text', () => {
      const summary = '<img src=x onerror=alert(1)> {name} ${x}';
      const [parsed] = parseEvents(buildIcs([event({ summary })], { now: NOW }));
      expect(value(parsed, 'summary')).to.equal(summary);
    });
  });

  describe('all-day dates', () => {
    it('writes DTSTART and DTEND as dates, ending the next day', () => {
      const [parsed] = parseEvents(buildIcs([event({ date: '2024-12-31' })], { now: NOW }));
      const start = dateOf(parsed, 'dtstart');
      const end = dateOf(parsed, 'dtend');
      expect(start.isDate).to.be.true;
      expect(start.toString()).to.equal('2024-12-31');
      expect(end.isDate).to.be.true;
      expect(end.toString()).to.equal('2025-01-01');
    });

    it('handles leap days and month ends', () => {
      const events = parseEvents(
        buildIcs(
          [
            event({ date: '2024-02-28' }),
            event({ uid: 'b', date: '2024-02-29' }),
            event({ uid: 'c', date: '2025-04-30' })
          ],
          {
            now: NOW
          }
        )
      );
      expect(events.map((e) => dateOf(e, 'dtend').toString())).to.deep.equal([
        '2024-02-29',
        '2024-03-01',
        '2025-05-01'
      ]);
    });

    it('skips entries whose date is not a real calendar day', () => {
      const text = buildIcs(
        [
          event({ date: '2025-02-30' }),
          event({ date: '2025-13-01' }),
          event({ date: 'next week' }),
          event({ date: '' }),
          event({ date: '2025-3-5' }),
          event({ uid: 'ok', date: '2025-03-05' })
        ],
        { now: NOW }
      );
      expect(parseEvents(text).map((e) => value(e, 'uid'))).to.deep.equal(['ok@onward-elements']);
    });

    it('writes a readable, empty calendar when there are no events', () => {
      const calendar = new ICAL.Component(ICAL.parse(buildIcs([], { now: NOW })));
      expect(calendar.getAllSubcomponents('vevent')).to.have.length(0);
    });

    it('localDatePlus counts local calendar days, even late at night and across months, years and leap days', () => {
      expect(localDatePlus(new Date(2024, 11, 31, 23, 59), 0)).to.equal('2024-12-31');
      expect(localDatePlus(new Date(2024, 11, 31, 23, 59), 1)).to.equal('2025-01-01');
      expect(localDatePlus(new Date(2025, 0, 1, 0, 1), -1)).to.equal('2024-12-31');
      expect(localDatePlus(new Date(2024, 1, 28, 12), 1)).to.equal('2024-02-29');
      expect(localDatePlus(new Date(2025, 1, 28, 12), 1)).to.equal('2025-03-01');
      expect(localDatePlus(new Date(2025, 2, 14, 8), 7)).to.equal('2025-03-21');
      expect(localDatePlus(new Date(2025, 2, 14, 8), 30)).to.equal('2025-04-13');
    });

    it('localDatePlus stays on the right day across a daylight-saving change', () => {
      // Around the EU and US spring and autumn changes; in any time zone the calendar day must simply advance.
      expect(localDatePlus(new Date(2025, 2, 29, 0, 30), 1)).to.equal('2025-03-30');
      expect(localDatePlus(new Date(2025, 2, 30, 0, 30), 1)).to.equal('2025-03-31');
      expect(localDatePlus(new Date(2025, 9, 26, 23, 30), 1)).to.equal('2025-10-27');
      expect(localDatePlus(new Date(2025, 2, 8, 23, 30), 7)).to.equal('2025-03-15');
    });

    it('an event dated with localDatePlus lands on that local day in a calendar', () => {
      const today = new Date(2025, 5, 30, 23, 45);
      const [parsed] = parseEvents(buildIcs([event({ date: localDatePlus(today, 7) })], { now: today }));
      const start = dateOf(parsed, 'dtstart');
      expect([start.year, start.month, start.day]).to.deep.equal([2025, 7, 7]);
    });
  });
});
