// The core functions are DOM-free: they must run in plain Node from the built package.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { test } from 'node:test';
import { performance } from 'node:perf_hooks';
import * as core from '../../dist/core/index.js';

test('core loads in Node without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.ok(Object.keys(core).length > 0);
});

test('fillTemplate fills known placeholders and keeps unknown ones visible', () => {
  assert.equal(core.fillTemplate('Hi {name}, {unknown}', { name: 'Sam' }), 'Hi Sam, {unknown}');
});

test('buildIcs writes a CRLF calendar in Node', () => {
  const ics = core.buildIcs([{ uid: 'x', date: '2026-12-02', summary: 'Follow up' }], { now: new Date(0) });
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20261202\r\n/);
});

/**
 * Not a budget (bench/run.mjs --only core reports those): a ceiling that linear work meets even on a machine busy with
 * other jobs, and that the quadratic versions, which took seconds to minutes on these inputs, never did.
 */
const LINEAR_CEILING_MS = 5000;

// Calendar dates: the one check every date field, stored record and reminder goes through.
test('parseCalendarDate accepts real days from 1900 to 2199 only', () => {
  assert.deepEqual(core.parseCalendarDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(core.parseCalendarDate(core.MIN_CALENDAR_DATE), { year: 1900, month: 1, day: 1 });
  assert.deepEqual(core.parseCalendarDate(core.MAX_CALENDAR_DATE), { year: 2199, month: 12, day: 31 });
  for (const refused of [
    '1899-12-31',
    '2200-01-01',
    '9999-12-31',
    '0000-01-01',
    '2023-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    ' 2025-01-01',
    '2025-1-1',
    '+002025-01-01',
    '-271821-04-20',
    '',
    null,
    undefined,
    20250101,
    {}
  ]) {
    assert.equal(core.parseCalendarDate(refused), undefined, JSON.stringify(refused));
    assert.equal(core.isSupportedCalendarDate(refused), false, JSON.stringify(refused));
  }
  assert.equal(core.isSupportedCalendarDate('1900-02-28'), true);
  assert.equal(core.isSupportedCalendarDate('1900-02-29'), false, '1900 is not a leap year');
  assert.equal(core.isSupportedCalendarDate('2000-02-29'), true, '2000 is');
});

test('buildIcs refuses dates outside 1900–2199, so no five-digit year ever reaches a calendar', () => {
  const ics = core.buildIcs(
    [
      { uid: 'far', date: '9999-12-31', summary: 'Far' },
      { uid: 'zero', date: '0000-01-01', summary: 'Zero' },
      { uid: 'last', date: '2199-12-31', summary: 'Last' }
    ],
    { now: new Date(0) }
  );
  assert.doesNotMatch(ics, /Far|Zero/);
  assert.match(ics, /DTSTART;VALUE=DATE:21991231\r\nDTEND;VALUE=DATE:22000101\r\n/);
  for (const [, value] of ics.matchAll(/DT(?:START|END);VALUE=DATE:(\d+)/g)) assert.equal(value.length, 8);
});

test('buildIcs caps SUMMARY and DESCRIPTION, and a megabyte of text folds quickly', () => {
  const megabyte = 'Acmé Corp 👩🏽‍💻 '.repeat(70_000);
  const started = performance.now();
  const ics = core.buildIcs([{ uid: 'big', date: '2026-12-02', summary: megabyte, description: megabyte }], {
    now: new Date(0)
  });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < LINEAR_CEILING_MS, `took ${elapsed.toFixed(0)} ms`);
  const unfolded = ics.replace(/\r\n /g, '');
  const summary = /^SUMMARY:(.*)$/m.exec(unfolded)[1].replace(/\r$/, '');
  const description = /^DESCRIPTION:(.*)$/m.exec(unfolded)[1].replace(/\r$/, '');
  assert.ok([...summary.replace(/\\(.)/g, '$1')].length <= core.ICS_SUMMARY_MAX, 'summary capped');
  assert.ok(summary.endsWith('…'));
  assert.ok(description.replace(/\\(.)/g, '$1').length <= core.ICS_DESCRIPTION_MAX, 'description capped');
  for (const line of ics.split('\r\n'))
    assert.ok(Buffer.byteLength(line) <= 75, `a ${Buffer.byteLength(line)}-octet line`);
  assert.doesNotMatch(ics, /\uFFFD/, 'no character split');
});

test('foldLine counts UTF-8 octets exactly, never splits a character, and treats a lone surrogate as U+FFFD', () => {
  const samples = [
    'a'.repeat(200),
    'é'.repeat(100),
    '€'.repeat(100),
    '😀'.repeat(60),
    `x${'😀'.repeat(40)}`,
    `ab${'\uD800'.repeat(30)}é`
  ];
  for (const line of samples) {
    const parts = core.foldLine(line).split('\r\n');
    assert.equal(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join(''), line);
    parts.forEach((part, index) => {
      const octets = Buffer.byteLength(part);
      assert.ok(octets <= 75, `${octets} octets`);
      // Full lines: the next character would not have fitted.
      if (index < parts.length - 1) assert.ok(octets > 75 - 4, `line ${index} folded early at ${octets}`);
    });
  }
});

test('composeFeedbackRequest: a host template with long runs of spaces composes in linear time', () => {
  const template = `{greeting}\n\n${'word '.repeat(2_000)}${' '.repeat(200_000)}end   \n\n\n\n${' \t'.repeat(50_000)}x\n{futureSentence}   \n{candidateName}`;
  const started = performance.now();
  const message = core.composeFeedbackRequest(
    { recipientName: 'Sam' },
    { templates: { warm: { email: { subject: `Hi${' '.repeat(200_000)}x`, body: template } } } }
  );
  const elapsed = performance.now() - started;
  assert.ok(elapsed < LINEAR_CEILING_MS, `took ${elapsed.toFixed(0)} ms`);
  assert.match(message.body, /^Hi Sam,\n\n/);
  assert.match(message.body, /end\n\n/, 'trailing spaces go, blank lines merge');
  assert.match(message.body, / \tx$/, 'spaces inside a line stay');
  assert.equal(message.subject, `Hi${' '.repeat(200_000)}x`);
});

test('findArguingPhrases: a host list of 10,000 phrases is de-duplicated in one pass, first occurrence kept', () => {
  const phrases = [
    ...Array.from({ length: 10_000 }, (_, index) => `phrase number ${index % 5_000}`),
    'Reconsider',
    'reconsider'
  ].join('|');
  const started = performance.now();
  const found = core.findArguingPhrases('Could you reconsider? See phrase number 42.', phrases);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < LINEAR_CEILING_MS, `took ${elapsed.toFixed(0)} ms`);
  assert.deepEqual(found, ['phrase number 4', 'phrase number 42', 'reconsider']);
});

test('formatInterviewDate leaves out a date outside 1900–2199', () => {
  assert.equal(core.formatInterviewDate('9999-12-31'), '');
  assert.equal(core.formatInterviewDate('0000-01-01'), '');
  assert.equal(core.formatInterviewDate('2025-03-03'), 'March 3, 2025');
});

test('postedAgo: a date at the edge of what Date holds is no date, in any time zone, and parseJobs drops only that date', () => {
  for (const far of ['-271821-04-20', '-271821-04-20T00:00:00Z', '+275760-09-13', '275760-09-13T00:00:00.000Z']) {
    const age = core.postedAgo(far, Date.UTC(2026, 0, 15));
    assert.ok(age === undefined || Number.isFinite(age.value), `${far}: ${JSON.stringify(age)}`);
  }
  const parsed = core.parseJobs([
    { title: 'Far', url: '/far', postedAt: '-271821-04-20' },
    { title: 'Near', url: '/near', postedAt: '2026-01-10' }
  ]);
  assert.equal(parsed.jobs.length, 2);
  assert.equal(parsed.jobs[1].postedAt, '2026-01-10');
});

test("fillUrlTemplate keeps the link on the template's origin and never lets a value climb the path", () => {
  const fill = (template, values) => core.fillUrlTemplate(template, values);
  // Protocol-relative: another site. Dropped.
  assert.equal(fill('/{location}/{title}', { title: 'evil.example', location: '' }), undefined);
  assert.equal(fill('/{location}/{title}', { title: 'evil.example/x', location: undefined }), undefined);
  // A normal search stays.
  assert.equal(fill('/{location}/{title}', { title: 'Designer', location: 'Berlin' }), '/Berlin/Designer');
  assert.equal(
    fill('/jobs?q={title}&where={location}', { title: 'a&b=c#d /e', location: 'São Paulo' }),
    '/jobs?q=a%26b%3Dc%23d%20%2Fe&where=S%C3%A3o%20Paulo'
  );
  assert.equal(
    fill('https://jobs.example.com/search?q={title}', { title: '//evil.example' }),
    'https://jobs.example.com/search?q=%2F%2Fevil.example'
  );
  // `.` and `..` are not path steps.
  for (const dots of ['.', '..']) {
    const url = fill('/jobs/{title}/apply', { title: dots });
    assert.equal(new URL(url, 'https://board.example/').pathname.startsWith('/jobs/'), true, `${dots}: ${url}`);
  }
  assert.equal(fill('/jobs/{title}', { title: 'Node.js' }), '/jobs/Node.js');
  assert.equal(fill('/jobs/{title}', { title: '...' }), '/jobs/...');
});
