// The core functions are DOM-free: they must run in plain Node from the built package.
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
