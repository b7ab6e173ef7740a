import { expect } from '@open-wc/testing';
import { parseJobs, postedAgo } from './jobs.js';

describe('parseJobs', () => {
  it('keeps valid roles with only the known fields, trimmed, in order', () => {
    const result = parseJobs([
      {
        title: ' Product designer ',
        url: '/jobs/1',
        company: 'Northwind',
        location: 'Berlin',
        postedAt: '2025-05-01',
        extra: 'x'
      },
      { title: 'UX researcher', url: 'https://example.com/jobs/2' }
    ]);
    expect(result).to.deep.equal({
      jobs: [
        { title: 'Product designer', url: '/jobs/1', company: 'Northwind', location: 'Berlin', postedAt: '2025-05-01' },
        { title: 'UX researcher', url: 'https://example.com/jobs/2' }
      ],
      invalid: 0,
      unsafe: 0
    });
  });

  it('accepts a feed envelope with the list under "jobs"', () => {
    expect(parseJobs({ jobs: [{ title: 'A', url: '/a' }] }).jobs).to.deep.equal([{ title: 'A', url: '/a' }]);
  });

  it('refuses anything that is not a list', () => {
    for (const input of [null, undefined, 'jobs', 42, {}, { results: [] }, { jobs: 'x' }]) {
      expect(parseJobs(input), JSON.stringify(input)).to.deep.equal({
        jobs: [],
        invalid: 0,
        unsafe: 0,
        problem: 'not-a-list'
      });
    }
  });

  it('skips entries that are not objects or lack a title or url string, and counts them', () => {
    const result = parseJobs([
      null,
      'Designer',
      [],
      { title: 'No url' },
      { url: '/no-title' },
      { title: '   ', url: '/blank' },
      { title: 42, url: '/number' },
      { title: 'Fine', url: '/fine' }
    ]);
    expect(result.jobs).to.deep.equal([{ title: 'Fine', url: '/fine' }]);
    expect(result.invalid).to.equal(7);
  });

  it('ignores optional fields of the wrong type and dates that are not dates', () => {
    const result = parseJobs([{ title: 'A', url: '/a', company: 7, location: ['x'], postedAt: 'last Tuesday' }]);
    expect(result.jobs).to.deep.equal([{ title: 'A', url: '/a' }]);
    expect(result.invalid).to.equal(0);
  });

  it('leaves out URLs that fail the safety check and names the first', () => {
    const result = parseJobs(
      [
        { title: 'A', url: 'javascript:alert(1)' },
        { title: 'B', url: '/b' },
        { title: 'C', url: 'data:text/html,x' }
      ],
      { isSafeUrl: (url) => !/^(javascript|data):/i.test(url) }
    );
    expect(result.jobs.map((job) => job.title)).to.deep.equal(['B']);
    expect(result).to.include({ unsafe: 2, firstUnsafeUrl: 'javascript:alert(1)' });
  });

  it('reads own properties only: __proto__ and inherited values do nothing', () => {
    const parsed = JSON.parse(
      '[{"__proto__": {"title": "Injected", "url": "/evil"}}, {"title": "A", "url": "/a", "__proto__": {"company": "Evil"}}]'
    );
    const inherited = Object.create({ title: 'Inherited', url: '/inherited' });
    const result = parseJobs([...parsed, inherited]);
    expect(result.jobs).to.deep.equal([{ title: 'A', url: '/a' }]);
    expect(result.invalid).to.equal(2);
    expect(({} as Record<string, unknown>).title).to.be.undefined;
  });

  it('handles 5,000 entries quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ title: `Role ${i}`, url: `/jobs/${i}` }));
    const started = performance.now();
    expect(parseJobs(many).jobs).to.have.length(5000);
    expect(performance.now() - started).to.be.below(500);
  });
});

describe('postedAgo', () => {
  const now = new Date(2025, 5, 15, 14, 30); // 15 June 2025, 14:30 local time

  it('counts local calendar days: today, yesterday, 3 days ago', () => {
    expect(postedAgo(new Date(2025, 5, 15, 0, 5), now)).to.deep.equal({ value: 0, unit: 'day' });
    expect(postedAgo(new Date(2025, 5, 14, 23, 59), now)).to.deep.equal({ value: -1, unit: 'day' });
    expect(postedAgo(new Date(2025, 5, 12, 9, 0).toISOString(), now)).to.deep.equal({ value: -3, unit: 'day' });
  });

  it('reads a bare ISO date as a local day, not UTC midnight', () => {
    expect(postedAgo('2025-06-15', now)).to.deep.equal({ value: 0, unit: 'day' });
    expect(postedAgo('2025-06-12', now)).to.deep.equal({ value: -3, unit: 'day' });
  });

  it('moves to weeks, months and years', () => {
    expect(postedAgo('2025-06-08', now)).to.deep.equal({ value: -1, unit: 'week' });
    expect(postedAgo('2025-05-20', now)).to.deep.equal({ value: -3, unit: 'week' });
    expect(postedAgo('2025-05-10', now)).to.deep.equal({ value: -1, unit: 'month' });
    expect(postedAgo('2025-01-15', now)).to.deep.equal({ value: -4, unit: 'month' });
    expect(postedAgo('2023-06-01', now)).to.deep.equal({ value: -2, unit: 'year' });
  });

  it('treats a date in the future as today', () => {
    expect(postedAgo('2025-06-20', now)).to.deep.equal({ value: 0, unit: 'day' });
  });

  it('gives undefined for what is not a date', () => {
    expect(postedAgo(undefined, now)).to.be.undefined;
    expect(postedAgo('soon', now)).to.be.undefined;
    expect(postedAgo('2025-06-12', Number.NaN)).to.be.undefined;
  });
});
