// Ranking, exclusion and de-duplication of roles, on the built `dist/core` in plain Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankRoles, titleWords } from '../../dist/core/index.js';

const role = (title, extra = {}) => ({
  title,
  url: `https://jobs.example/${encodeURIComponent(title)}/${extra.location ?? ''}`,
  ...extra
});
const titles = (roles) => roles.map((r) => r.title);

test('title words ignore case, accents, seniority and joining words', () => {
  assert.deepEqual([...titleWords('Senior Product Designer (m/w/d)')], ['product', 'designer']);
  assert.deepEqual([...titleWords('Diseñadora de Producto Sr.')], ['disenadora', 'producto']);
  assert.deepEqual([...titleWords('Head of Design, Lead II')], ['design']);
});

test('closer titles first; seniority words do not count', () => {
  const roles = [role('Sales manager'), role('UX designer'), role('Junior Product Designer'), role('Product owner')];
  assert.deepEqual(titles(rankRoles(roles, { title: 'Senior product designer' })), [
    'Junior Product Designer',
    'UX designer',
    'Product owner',
    'Sales manager'
  ]);
});

test('ties: same department, then location or remote, then newest, then feed order', () => {
  const roles = [
    role('Designer A', { department: 'Marketing', location: 'Berlin', postedAt: '2026-11-01' }),
    role('Designer B', { department: 'Design', location: 'Lisbon', postedAt: '2026-11-01' }),
    role('Designer C', { department: 'Design', location: 'Berlin', postedAt: '2026-10-01' }),
    role('Designer D', { department: 'Design', location: 'Lisbon', workplace: 'remote', postedAt: '2026-09-01' }),
    role('Designer E', { department: 'design ', location: 'Lisbon', postedAt: '2026-11-20' }),
    role('Designer F', { department: 'Design', location: 'Lisbon', postedAt: 'not a date' }),
    role('Designer G', { department: 'Design', location: 'Lisbon' })
  ];
  assert.deepEqual(titles(rankRoles(roles, { title: 'Designer', department: 'Design', location: 'Berlin' })), [
    'Designer C',
    'Designer D',
    'Designer E',
    'Designer B',
    'Designer F',
    'Designer G',
    'Designer A'
  ]);
});

test('deterministic: the same input gives the same order, whatever the run', () => {
  const roles = Array.from({ length: 200 }, (_, i) =>
    role(`Designer ${i % 7}`, {
      location: ['Berlin', 'Remote', 'Lisbon'][i % 3],
      postedAt: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`
    })
  );
  const first = rankRoles(roles, { title: 'designer 3', location: 'Berlin' });
  for (let i = 0; i < 5; i++) assert.deepEqual(rankRoles(roles, { title: 'designer 3', location: 'Berlin' }), first);
});

test('without a title the feed order is kept', () => {
  const roles = [role('B'), role('A'), role('C')];
  assert.deepEqual(titles(rankRoles(roles, {})), ['B', 'A', 'C']);
});

test('exclude-url leaves out the posting they were turned down for, ignoring #fragment and a trailing slash', () => {
  const roles = [
    { title: 'Designer', url: 'https://jobs.example/jobs/1' },
    { title: 'Designer', url: 'https://jobs.example/jobs/2', location: 'Remote' }
  ];
  assert.deepEqual(
    rankRoles(roles, { excludeUrl: 'https://JOBS.example/jobs/1/#apply' }).map((r) => r.url),
    ['https://jobs.example/jobs/2']
  );
  assert.equal(
    rankRoles(roles, { excludeUrl: 'https://jobs.example/jobs/1?x=1' }).length,
    2,
    'a different query is a different page'
  );
});

test('duplicates (same title and location, folded) show once; max caps the list', () => {
  const roles = [
    { title: 'Product Designer', url: 'https://a.example/1', location: 'Berlin' },
    { title: 'product  designer', url: 'https://a.example/2', location: 'berlin' },
    { title: 'Product Designer', url: 'https://a.example/3', location: 'München' },
    { title: 'Product Designer', url: 'https://a.example/4', location: 'Munchen' },
    { title: 'Senior Product Designer', url: 'https://a.example/5', location: 'Berlin' }
  ];
  assert.deepEqual(
    rankRoles(roles).map((r) => r.url),
    ['https://a.example/1', 'https://a.example/3', 'https://a.example/5']
  );
  assert.equal(rankRoles(roles, { max: 2 }).length, 2);
  assert.equal(rankRoles(roles, { max: NaN }).length, 3);
});
