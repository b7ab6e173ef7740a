// Every job-board parser against fixtures written from each vendor's documented response shape, plus hostile
// variants. Runs on the built `dist/core` in plain Node, so the parsers are proven DOM-free.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as core from '../../dist/core/index.js';

const fixture = (name) => readFileSync(new URL(`../fixtures/jobs/${name}`, import.meta.url), 'utf8');
const json = (name) => JSON.parse(fixture(name));
const titles = (result) => result.jobs.map((job) => job.title);

test('core has no DOM to lean on', () => {
  assert.equal(typeof globalThis.DOMParser, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

test('greenhouse: titles decoded, links, departments, dates, workplace from the location line', () => {
  const result = core.parseFeed(json('greenhouse.json'), 'greenhouse');
  assert.equal(result.format, 'greenhouse');
  assert.deepEqual(titles(result), [
    'Senior Product Designer',
    'UX Designer, Patient Apps',
    'Frontend Engineer',
    'Research & Insights Lead',
    'Product Designer, Growth'
  ]);
  assert.deepEqual(result.jobs[0], {
    title: 'Senior Product Designer',
    url: 'https://job-boards.greenhouse.io/larkspur/jobs/4012001',
    id: '4012001',
    company: 'Larkspur Health',
    location: 'Berlin',
    department: 'Design',
    postedAt: '2026-11-28T09:00:00-05:00'
  });
  assert.equal(result.jobs[1].workplace, 'remote');
  assert.equal(result.invalid + result.unsafe + result.unlisted, 0);
});

test('lever: text, hostedUrl, categories, createdAt in ms, workplaceType', () => {
  const result = core.parseFeed(json('lever.json'), 'lever');
  assert.deepEqual(titles(result), [
    'Senior Product Designer',
    'User Researcher',
    'Backend Engineer',
    'Visual Designer'
  ]);
  const [first, second, third, fourth] = result.jobs;
  assert.equal(first.url, 'https://jobs.lever.co/larkspur/5ac21346-8e0c-4494-8e7a-3eb92ff77902');
  assert.equal(first.id, '5ac21346-8e0c-4494-8e7a-3eb92ff77902');
  assert.equal(first.department, 'Design');
  assert.equal(first.location, 'Lisbon');
  assert.equal(first.postedAt, new Date(1764576000000).toISOString());
  assert.deepEqual(
    [first.workplace, second.workplace, third.workplace, fourth.workplace],
    ['hybrid', 'remote', 'on-site', undefined]
  );
});

test('ashby: jobUrl, workplaceType, unlisted postings left out', () => {
  const result = core.parseFeed(json('ashby.json'), 'ashby');
  assert.deepEqual(titles(result), ['Product Designer', 'Staff Interaction Designer', 'Data Analyst']);
  assert.equal(result.unlisted, 1);
  assert.equal(result.jobs[0].url, 'https://jobs.ashbyhq.com/larkspur/7458d4e9-da2e-47bd-98cb-adfda43d42b2');
  assert.deepEqual(
    result.jobs.map((job) => job.workplace),
    ['hybrid', 'remote', 'on-site']
  );
  assert.equal(result.jobs[0].department, 'Design');
});

test('smartrecruiters: the public posting page, never the API ref; internal postings left out', () => {
  const result = core.parseFeed(json('smartrecruiters.json'), 'smartrecruiters', { board: 'LarkspurHealth' });
  assert.deepEqual(titles(result), ['Senior UX Designer', 'Service Designer', 'Nurse Coordinator']);
  assert.equal(result.unlisted, 1);
  assert.equal(result.jobs[0].url, 'https://jobs.smartrecruiters.com/LarkspurHealth/744000012345678');
  assert.ok(result.jobs.every((job) => !job.url.startsWith('https://api.')));
  assert.equal(result.jobs[0].location, 'Vienna, Austria');
  assert.equal(result.jobs[1].location, 'Graz, Styria, at');
  assert.deepEqual(
    result.jobs.map((job) => job.workplace),
    ['hybrid', 'remote', undefined]
  );
  assert.equal(result.jobs[0].department, 'Design');
  assert.equal(result.jobs[0].company, 'Larkspur Health');
});

test('recruitee: careers_url, "… UTC" dates, workplace flags, drafts left out', () => {
  const result = core.parseFeed(json('recruitee.json'), 'recruitee');
  assert.deepEqual(titles(result), ['Product Designer', 'UX Writer', 'Finance Manager']);
  assert.equal(result.unlisted, 1);
  assert.equal(result.jobs[0].postedAt, '2026-11-26T09:12:44.000Z');
  assert.equal(result.jobs[0].url, 'https://larkspur.recruitee.com/o/product-designer');
  assert.deepEqual(
    result.jobs.map((job) => job.workplace),
    ['hybrid', 'remote', 'on-site']
  );
});

test('workable: url, shortcode as id, telecommuting, the account name as company', () => {
  const result = core.parseFeed(json('workable.json'), 'workable');
  assert.deepEqual(titles(result), ['Product Designer', 'Content Designer', 'Customer Support Specialist']);
  assert.equal(result.jobs[0].id, '6B2C8A1F0D');
  assert.equal(result.jobs[0].company, 'Larkspur Health');
  assert.equal(result.jobs[0].location, 'Dublin, County Dublin, Ireland');
  assert.equal(result.jobs[1].workplace, 'remote');
  assert.equal(result.jobs[0].postedAt, '2026-11-28');
});

test('personio: XML read without a DOM, CDATA and entities, nested names ignored, links from the company', () => {
  const result = core.parseFeedText(fixture('personio.xml'), 'personio', { board: 'larkspur' });
  assert.deepEqual(titles(result), ['Senior Product Designer (m/w/d)', 'UX Researcher', 'Recruiter & People Partner']);
  assert.equal(result.jobs[0].url, 'https://larkspur.jobs.personio.de/job/1480001');
  assert.equal(result.jobs[0].location, 'Munich');
  assert.equal(result.jobs[2].department, 'People & Culture');
  assert.equal(result.jobs[1].workplace, 'remote');
  assert.equal(result.jobs[0].company, 'Larkspur Health GmbH');
  // Without a company name there is no link to build: the postings are counted, not invented.
  assert.equal(core.parseFeedText(fixture('personio.xml'), 'personio').invalid, 3);
});

test('jsonld: @graph, identifier objects, hiringOrganization as text, TELECOMMUTE', () => {
  const graph = json('jsonld.json');
  const result = core.parseFeed(graph, 'jsonld');
  assert.deepEqual(titles(result), ['Product Designer', 'Senior UX Designer', 'Pharmacist']);
  assert.equal(result.jobs[0].id, 'LH-201');
  assert.equal(result.jobs[0].location, 'Copenhagen, DK');
  assert.equal(result.jobs[1].workplace, 'remote');
  assert.equal(result.jobs[2].company, 'Larkspur Health');
  assert.equal(result.jobs[2].location, 'Aarhus, Denmark');
  const postings = graph['@graph'].filter((node) => node['@type'] === 'JobPosting');
  // One object, an array, and an ItemList of ListItems or bare postings read the same.
  assert.deepEqual(titles(core.parseFeed(postings[0], 'jsonld')), ['Product Designer']);
  assert.deepEqual(titles(core.parseFeed(postings, 'jsonld')), titles(result));
  const list = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: [{ '@type': 'ListItem', position: 1, item: postings[0] }, postings[1]]
  };
  assert.deepEqual(titles(core.parseFeed(list, 'jsonld')), ['Product Designer', 'Senior UX Designer']);
});

test('onward: the own shape keeps relative links and reads id, department and workplace', () => {
  const result = core.parseFeed(json('onward.json'), 'onward');
  assert.equal(result.jobs[0].id, 'r-301');
  assert.equal(result.jobs[0].department, 'Design');
  assert.equal(result.jobs[1].workplace, 'remote');
  assert.deepEqual(titles(core.parseFeed([{ title: 'A', url: '/jobs/a', workplace: 'moon' }], 'onward')), ['A']);
  assert.equal(
    core.parseFeed([{ title: 'A', url: '/jobs/a', workplace: 'moon' }], 'onward').jobs[0].workplace,
    undefined
  );
});

test('auto recognises every shape', () => {
  assert.equal(core.detectFormat(json('greenhouse.json')), 'greenhouse');
  assert.equal(core.detectFormat(json('lever.json')), 'lever');
  assert.equal(core.detectFormat(json('ashby.json')), 'ashby');
  assert.equal(core.detectFormat(json('smartrecruiters.json')), 'smartrecruiters');
  assert.equal(core.detectFormat(json('recruitee.json')), 'recruitee');
  assert.equal(core.detectFormat(json('workable.json')), 'workable');
  assert.equal(core.detectFormat(json('jsonld.json')), 'jsonld');
  assert.equal(core.detectFormat(json('onward.json')), 'onward');
  assert.equal(core.detectFormat({ jobs: [{ title: 'A', url: '/a' }] }), 'onward');
  assert.equal(core.parseFeedText(fixture('personio.xml'), 'auto', { board: 'larkspur' }).format, 'personio');
  for (const name of [
    'greenhouse.json',
    'lever.json',
    'ashby.json',
    'recruitee.json',
    'workable.json',
    'jsonld.json',
    'onward.json'
  ]) {
    assert.ok(core.parseFeedText(fixture(name)).jobs.length > 0, name);
  }
  assert.equal(core.detectFormat({ results: [] }), undefined);
  assert.equal(core.detectFormat(42), undefined);
});

test('malformed and wrong-shape bodies give a problem, never a throw', () => {
  assert.equal(core.parseFeedText('{"jobs": [', 'greenhouse').problem, 'malformed');
  assert.equal(core.parseFeedText('<html>nope</html>', 'auto').problem, 'wrong-shape');
  assert.equal(core.parseFeedText('{"jobs": [}', 'personio').problem, 'malformed');
  assert.equal(core.parseFeedText('', 'auto').problem, 'malformed');
  for (const format of core.FEED_FORMATS) {
    for (const body of [null, 42, 'x', { jobs: 'x' }, { offers: {} }, { content: 7 }, [[[]]], NaN, true]) {
      const result = core.parseFeed(body, format, { board: 'x' });
      assert.deepEqual(result.jobs, [], `${format} ${JSON.stringify(body)}`);
    }
  }
  assert.equal(core.parseFeed({ jobs: [] }, 'greenhouse').problem, undefined, 'an empty board is not a problem');
  assert.equal(core.parseFeed('<workzag-jobs></workzag-jobs>', 'personio').problem, undefined);
});

const hostileTitle =
  '<img src=x onerror=alert(1)><script>alert(2)</script>&lt;b&gt;Designer&lt;/b&gt; &#x27;quoted&#39; &amp;amp;';

test('hostile: markup in titles stays text, entities decode once', () => {
  const body = {
    jobs: [
      {
        id: 1,
        title: hostileTitle,
        absolute_url: 'https://job-boards.greenhouse.io/x/jobs/1',
        location: { name: '<b>Berlin</b>' }
      }
    ]
  };
  const [job] = core.parseFeed(body, 'greenhouse').jobs;
  assert.equal(job.title, "<img src=x onerror=alert(1)><script>alert(2)</script><b>Designer</b> 'quoted' &amp;");
  assert.equal(job.location, '<b>Berlin</b>');
  const xml = `<workzag-jobs><position><id>7</id><name><![CDATA[<svg onload=alert(1)>Designer]]> &amp;lt;x&amp;gt;</name></position></workzag-jobs>`;
  assert.equal(
    core.parseFeedText(xml, 'personio', { board: 'x' }).jobs[0].title,
    '<svg onload=alert(1)>Designer &lt;x&gt;'
  );
});

test('hostile: javascript:, data: and relative links are dropped from board feeds and counted', () => {
  const links = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \tjava\nscript:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
    '/relative',
    '//evil.example/x'
  ];
  const body = links.map((hostedUrl, index) => ({ id: String(index), text: 'Designer', hostedUrl }));
  const result = core.parseFeed(body, 'lever');
  assert.equal(result.jobs.length, 0);
  assert.equal(result.unsafe, links.length);
  assert.equal(result.firstUnsafeUrl, 'javascript:alert(1)');
  assert.equal(core.parseFeed([{ title: 'x', url: 'javascript:alert(1)' }], 'onward').unsafe, 1);
});

test('hostile: missing fields and wrong types', () => {
  const body = {
    jobs: [
      null,
      7,
      'x',
      [],
      { title: 'No link' },
      { absolute_url: 'https://job-boards.greenhouse.io/x/jobs/1' },
      { title: { text: 'object' }, absolute_url: 'https://a.example/1' },
      {
        title: 'Typed wrong',
        absolute_url: 'https://a.example/2',
        location: 'Berlin',
        departments: 'Design',
        updated_at: Infinity,
        id: NaN
      },
      {
        title: 12345,
        absolute_url: 'https://a.example/3',
        location: { name: ['x'] },
        departments: [null],
        first_published: 'soon'
      }
    ]
  };
  const result = core.parseFeed(body, 'greenhouse');
  assert.deepEqual(titles(result), ['Typed wrong', '12345']);
  assert.equal(result.invalid, 7);
  const [typed, numeric] = result.jobs;
  assert.equal(typed.location, undefined);
  assert.equal(typed.department, undefined);
  assert.equal(typed.postedAt, undefined);
  assert.equal(typed.id, 'https://a.example/2', 'falls back to the link');
  assert.equal(numeric.postedAt, undefined);
});

test('hostile: __proto__ and constructor keys change nothing', () => {
  const text =
    '{"jobs":[{"__proto__":{"title":"polluted","absolute_url":"https://evil.example"},"constructor":{"prototype":{"x":1}},"id":1,"title":"Real","absolute_url":"https://a.example/1"},{"__proto__":{"title":"only inherited"}}],"__proto__":{"jobs":[]}}';
  const result = core.parseFeedText(text, 'greenhouse');
  assert.deepEqual(titles(result), ['Real']);
  assert.equal(result.invalid, 1);
  assert.equal({}.title, undefined);
  assert.equal({}.x, undefined);
  const inherited = Object.create({ jobs: [{ title: 'A', absolute_url: 'https://a.example/' }] });
  assert.equal(core.parseFeed(inherited, 'greenhouse').problem, 'wrong-shape');
});

test('hostile: huge and deeply nested input stays bounded', () => {
  const long = 'Designer '.repeat(200_000);
  const [job] = core.parseFeed([{ id: 'a', text: long, hostedUrl: 'https://jobs.lever.co/x/a' }], 'lever').jobs;
  assert.ok(job.title.length <= 300);
  let deep = { '@type': 'JobPosting', title: 'Deep', url: 'https://a.example/' };
  for (let i = 0; i < 10_000; i++) deep = { '@graph': [deep] };
  assert.doesNotThrow(() => core.parseFeed(deep, 'jsonld'));
  assert.doesNotThrow(() => core.parseFeedText('<position>'.repeat(50_000), 'personio', { board: 'x' }));
});

test('10,000 postings parse and rank', () => {
  const board = {
    jobs: Array.from({ length: 10_000 }, (_, index) => ({
      id: index,
      title: `${['Senior', 'Junior', 'Staff', ''][index % 4]} ${['Product', 'UX', 'Data', 'Sales'][(index % 7) % 4]} Designer ${index}`,
      absolute_url: `https://job-boards.greenhouse.io/x/jobs/${index}`,
      location: { name: ['Berlin', 'Remote', 'Lisbon'][index % 3] },
      updated_at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString()
    }))
  };
  const result = core.parseFeed(board, 'auto');
  assert.equal(result.jobs.length, 10_000);
  const ranked = core.rankRoles(result.jobs, { title: 'Product designer', location: 'Berlin', max: 5 });
  assert.equal(ranked.length, 5);
  assert.ok(ranked.every((job) => /Product Designer/.test(job.title)));
});

test('source names: request URLs, hosted boards and connect-src per ATS', () => {
  const expected = {
    'greenhouse:larkspur': [
      'https://boards-api.greenhouse.io/v1/boards/larkspur/jobs',
      'https://job-boards.greenhouse.io/larkspur',
      'https://boards-api.greenhouse.io'
    ],
    'lever:larkspur': [
      'https://api.lever.co/v0/postings/larkspur?mode=json',
      'https://jobs.lever.co/larkspur',
      'https://api.lever.co'
    ],
    'lever-eu:larkspur': [
      'https://api.eu.lever.co/v0/postings/larkspur?mode=json',
      'https://jobs.eu.lever.co/larkspur',
      'https://api.eu.lever.co'
    ],
    'ashby:larkspur': [
      'https://api.ashbyhq.com/posting-api/job-board/larkspur',
      'https://jobs.ashbyhq.com/larkspur',
      'https://api.ashbyhq.com'
    ],
    'smartrecruiters:LarkspurHealth': [
      'https://api.smartrecruiters.com/v1/companies/LarkspurHealth/postings',
      'https://jobs.smartrecruiters.com/LarkspurHealth',
      'https://api.smartrecruiters.com'
    ],
    'recruitee:larkspur': [
      'https://larkspur.recruitee.com/api/offers',
      'https://larkspur.recruitee.com/',
      'https://larkspur.recruitee.com'
    ],
    'workable:larkspur': [
      'https://apply.workable.com/api/v1/widget/accounts/larkspur',
      'https://apply.workable.com/larkspur/',
      'https://apply.workable.com'
    ],
    'personio:larkspur': [
      'https://larkspur.jobs.personio.de/xml',
      'https://larkspur.jobs.personio.de/',
      'https://larkspur.jobs.personio.de'
    ]
  };
  for (const [value, [request, board, origin]] of Object.entries(expected)) {
    const source = core.parseSource(value);
    assert.equal(core.sourceRequestUrl(source), request, value);
    assert.equal(core.hostedBoardUrl(source), board, value);
    assert.equal(core.connectSrcOrigin(source), origin, value);
  }
  assert.equal(
    core.sourceRequestUrl(core.parseSource(' Greenhouse : larkspur '), { departments: true }),
    'https://boards-api.greenhouse.io/v1/boards/larkspur/jobs?content=true'
  );
});

test('source names that could change the host or path are refused', () => {
  for (const value of [
    'greenhouse:../x',
    'greenhouse:a/b',
    'greenhouse:a?b=1',
    'greenhouse:a#b',
    'greenhouse:%2e%2e',
    'greenhouse:a\\b',
    'greenhouse:user@evil.example',
    'greenhouse:',
    'greenhouse:.',
    'greenhouse:a..b',
    'lever:a b',
    'recruitee:evil.example',
    'recruitee:evil.example#',
    'personio:a.b',
    'personio:-x',
    'recruitee:a:80',
    'ashby:' + 'a'.repeat(200),
    'workable:\u0430pple'
  ]) {
    assert.deepEqual(core.parseSource(value), { problem: 'bad-board' }, value);
  }
  assert.deepEqual(core.parseSource('taleo:x'), { problem: 'unknown-ats' });
  assert.deepEqual(core.parseSource('javascript:alert(1)'), { problem: 'unknown-ats' });
  assert.deepEqual(core.parseSource('ashby:acme.inc'), { ats: 'ashby', board: 'acme.inc' });
});

test('the demo board is a Greenhouse board its page reads through src + format', () => {
  const html = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
  assert.match(html, /jobs-src="\/greenhouse-board\.json"\s+jobs-format="greenhouse"/);
  const board = readFileSync(new URL('../../demo/public/greenhouse-board.json', import.meta.url), 'utf8');
  const result = core.parseFeedText(board, 'greenhouse');
  assert.equal(result.problem, undefined);
  assert.equal(result.jobs.length, 6);
  const ranked = core.rankRoles(result.jobs, { title: 'Product Designer', location: 'Lisbon', max: 5 });
  assert.equal(ranked[0].title, 'Senior Product Designer, Patient App');
});
