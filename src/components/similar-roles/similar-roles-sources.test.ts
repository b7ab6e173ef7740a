import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../define/similar-roles.js';
import '../../define/recovery-path.js';
import { observe } from '../../../test/helpers/console.js';
import en from '../../locales/en.js';
import type { OnwardSimilarRoles } from './similar-roles.js';
import { part, text } from '../../../test/helpers/fields.js';

// Job boards with `fetch` stubbed: nothing here reaches the network. Each stub answers with a fixture written from the
// vendor's documented response shape (test/fixtures/jobs/), and records exactly what the element asked for.

const realFetch = window.fetch.bind(window);
const fixtures = new Map<string, string>();
async function load(name: string): Promise<string> {
  if (!fixtures.has(name)) fixtures.set(name, await (await realFetch(`/test/fixtures/jobs/${name}`)).text());
  return fixtures.get(name)!;
}

interface Call {
  url: string;
  init?: RequestInit;
}
let calls: Call[] = [];
type Answer = (call: Call) => Response | Promise<Response>;
function stub(answer: Answer): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init };
    calls.push(call);
    try {
      return Promise.resolve(answer(call));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
const body = (text: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers });

const parts = (el: OnwardSimilarRoles, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)
];
const titles = (el: OnwardSimilarRoles) => parts(el, 'link').map(text);
const statusText = (el: OnwardSimilarRoles) => text(part(el, 'status'));

async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < timeout) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
// Answered: roles listed, or a message other than "Loading…" (the status starts empty and says "Loading…" a frame later).
const settled = (el: OnwardSimilarRoles) =>
  until(
    () =>
      calls.length > 0 && (parts(el, 'item').length > 0 || (statusText(el) !== '' && !/Loading/.test(statusText(el)))),
    'the board to answer'
  );

let keyCounter = 0;
const freshKey = () => `sources-${Date.now().toString(36)}-${(keyCounter += 1)}`;

/** Renders with the given attributes, waits for the board, and collects warnings. */
async function board(attributes: Record<string, string>) {
  let el!: OnwardSimilarRoles;
  const { warnings, errors } = await observe(async () => {
    el = await fixture<OnwardSimilarRoles>(
      html`<onward-similar-roles storage-key=${freshKey()}></onward-similar-roles>`
    );
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    await el.updateComplete;
    await settled(el);
    await el.updateComplete;
  });
  expect(errors).to.deep.equal([]);
  return { el, warnings };
}

afterEach(() => {
  window.fetch = realFetch;
  calls = [];
  for (const key of Object.keys(localStorage)) if (key.includes(':sources-')) localStorage.removeItem(key);
});

describe('<onward-similar-roles> job boards', () => {
  const sources: Array<[string, string, string, string, string]> = [
    // source, exact request, fixture, first title, hosted board
    [
      'greenhouse:larkspur',
      'https://boards-api.greenhouse.io/v1/boards/larkspur/jobs',
      'greenhouse.json',
      'Senior Product Designer',
      'https://job-boards.greenhouse.io/larkspur'
    ],
    [
      'lever:larkspur',
      'https://api.lever.co/v0/postings/larkspur?mode=json',
      'lever.json',
      'Senior Product Designer',
      'https://jobs.lever.co/larkspur'
    ],
    [
      'lever-eu:larkspur',
      'https://api.eu.lever.co/v0/postings/larkspur?mode=json',
      'lever.json',
      'Senior Product Designer',
      'https://jobs.eu.lever.co/larkspur'
    ],
    [
      'ashby:larkspur',
      'https://api.ashbyhq.com/posting-api/job-board/larkspur',
      'ashby.json',
      'Product Designer',
      'https://jobs.ashbyhq.com/larkspur'
    ],
    [
      'smartrecruiters:LarkspurHealth',
      'https://api.smartrecruiters.com/v1/companies/LarkspurHealth/postings',
      'smartrecruiters.json',
      'Senior UX Designer',
      'https://jobs.smartrecruiters.com/LarkspurHealth'
    ],
    [
      'recruitee:larkspur',
      'https://larkspur.recruitee.com/api/offers',
      'recruitee.json',
      'Product Designer',
      'https://larkspur.recruitee.com/'
    ],
    [
      'workable:larkspur',
      'https://apply.workable.com/api/v1/widget/accounts/larkspur',
      'workable.json',
      'Product Designer',
      'https://apply.workable.com/larkspur/'
    ],
    [
      'personio:larkspur',
      'https://larkspur.jobs.personio.de/xml',
      'personio.xml',
      'Senior Product Designer (m/w/d)',
      'https://larkspur.jobs.personio.de/'
    ]
  ];
  for (const [source, request, file, first, hosted] of sources) {
    it(`${source}: requests ${request} once, without cookies, and shows its roles`, async () => {
      const fixtureText = await load(file);
      stub(() => body(fixtureText));
      const { el, warnings } = await board({ source });
      expect(calls.map((call) => call.url)).to.deep.equal([request]);
      expect(calls[0].init?.credentials).to.equal('omit');
      expect(warnings).to.deep.equal([]);
      expect(titles(el)[0]).to.equal(first);
      for (const link of parts(el, 'link')) expect(link.getAttribute('href')).to.match(/^https:\/\//);
      expect(part(el, 'see-all')!.getAttribute('href')).to.equal(hosted);
      expect(text(part(el, 'see-all'))).to.equal(en['similarRoles.seeBoard']);
    });
  }

  it('asks Greenhouse for departments only when department is set', async () => {
    const fixtureText = await load('greenhouse.json');
    stub(() => body(fixtureText));
    await board({ source: 'greenhouse:larkspur', department: 'Design' });
    expect(calls.map((call) => call.url)).to.deep.equal([
      'https://boards-api.greenhouse.io/v1/boards/larkspur/jobs?content=true'
    ]);
  });

  it('makes no request until source or src is set', async () => {
    const ashby = await load('ashby.json');
    stub(() => body(ashby));
    const el = await fixture<OnwardSimilarRoles>(
      html`<onward-similar-roles job-title="Designer"></onward-similar-roles>`
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.deep.equal([]);
    el.source = 'ashby:larkspur';
    await until(() => calls.length === 1, 'the request');
    expect(calls[0].url).to.equal('https://api.ashbyhq.com/posting-api/job-board/larkspur');
  });

  it('refuses a board name that could change the host or path: no request, one warning, a calm message', async () => {
    stub(() => body('[]'));
    for (const source of [
      'recruitee:evil.example#',
      'greenhouse:../../v1/x',
      'personio:a.b',
      'lever:a/b?c',
      'workable:user@evil.example'
    ]) {
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles source=${source}></onward-similar-roles>`);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(calls, source).to.deep.equal([]);
      expect(warnings, source).to.have.length(1);
      expect(warnings[0]).to.contain('refused');
      expect(statusText(el)).to.equal(en['similarRoles.error']);
    }
  });

  it('src + format reads a board the site proxies through its own origin', async () => {
    const greenhouse = await load('greenhouse.json');
    stub(() => body(greenhouse));
    const { el } = await board({ src: '/careers/board.json', format: 'greenhouse' });
    expect(calls.map((call) => call.url)).to.deep.equal(['/careers/board.json']);
    expect(titles(el)).to.include('Research & Insights Lead');
  });

  it('src + format="personio" + source builds links from the company name', async () => {
    const xml = await load('personio.xml');
    stub(() => body(xml, 200, { 'Content-Type': 'application/xml' }));
    const { el } = await board({ src: '/careers/personio.xml', format: 'personio', source: 'personio:larkspur' });
    expect(calls.map((call) => call.url)).to.deep.equal(['/careers/personio.xml']);
    expect(parts(el, 'link')[0].getAttribute('href')).to.equal('https://larkspur.jobs.personio.de/job/1480001');
  });

  it('format="auto" recognises JSON-LD from src', async () => {
    const jsonld = await load('jsonld.json');
    stub(() => body(jsonld));
    const { el } = await board({ src: '/careers/jobs.jsonld' });
    expect(titles(el)).to.deep.equal(['Product Designer', 'Senior UX Designer', 'Pharmacist']);
  });

  describe('ranking', () => {
    it('orders by title words, then department, then location or remote, then recency', async () => {
      const greenhouse = await load('greenhouse.json');
      stub(() => body(greenhouse));
      const { el } = await board({
        source: 'greenhouse:larkspur',
        'job-title': 'Product designer',
        department: 'Design',
        location: 'Berlin'
      });
      expect(titles(el)).to.deep.equal([
        'Senior Product Designer',
        'Product Designer, Growth',
        'UX Designer, Patient Apps',
        'Research & Insights Lead',
        'Frontend Engineer'
      ]);
    });

    it('exclude-url leaves out the posting they were turned down for', async () => {
      const greenhouse = await load('greenhouse.json');
      stub(() => body(greenhouse));
      const { el } = await board({
        source: 'greenhouse:larkspur',
        'job-title': 'Product designer',
        'exclude-url': 'https://job-boards.greenhouse.io/larkspur/jobs/4012001'
      });
      expect(titles(el)).to.not.include('Senior Product Designer');
      expect(titles(el)[0]).to.equal('Product Designer, Growth');
    });

    it('shows duplicates (same title and location) once, and caps the list at max', async () => {
      const roles = [
        { title: 'Designer', url: 'https://a.example/1', location: 'Berlin' },
        { title: 'designer', url: 'https://a.example/2', location: 'Berlin' },
        { title: 'Designer', url: 'https://a.example/3', location: 'Lisbon' },
        { title: 'Researcher', url: 'https://a.example/4' },
        { title: 'Writer', url: 'https://a.example/5' }
      ];
      stub(() => body(JSON.stringify(roles)));
      const { el } = await board({ src: '/feed.json', max: '3' });
      expect(parts(el, 'link').map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://a.example/1',
        'https://a.example/3',
        'https://a.example/4'
      ]);
    });
  });

  describe('new since the last visit', () => {
    async function visit(key: string, roles: unknown[], persist?: string) {
      stub(() => body(JSON.stringify(roles)));
      calls = [];
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles src="/feed.json" storage-key=${key} persist=${persist ?? 'local'} max="10"></onward-similar-roles>`
      );
      await settled(el);
      await el.updateComplete;
      return el;
    }
    const first = [
      { id: 'a', title: 'Product designer', url: 'https://a.example/a' },
      { id: 'b', title: 'UX writer', url: 'https://a.example/b' }
    ];
    const second = [{ id: 'c', title: 'Service designer', url: 'https://a.example/c' }, ...first];

    it('a first visit marks nothing; a later visit labels only the roles not seen before, as text that is announced', async () => {
      const key = freshKey();
      const one = await visit(key, first);
      expect(parts(one, 'new')).to.have.length(0);
      one.remove();
      // A reload: a new element reads what the last one stored.
      const two = await visit(key, second);
      const labels = parts(two, 'new');
      expect(labels.map(text)).to.deep.equal(['New']);
      const item = labels[0].closest('[part~="item"]')!;
      expect(text(item.querySelector('[part~="link"]'))).to.equal('Service designer');
      const link = item.querySelector('[part~="link"]')!;
      expect(link.getAttribute('aria-describedby')!.split(' ')).to.include(labels[0].id);
      two.remove();
      const three = await visit(key, second);
      expect(parts(three, 'new'), 'seen now').to.have.length(0);
    });

    it('persist="none" remembers nothing and marks nothing', async () => {
      const key = freshKey();
      await visit(key, first, 'none');
      expect(Object.keys(localStorage).filter((name) => name.endsWith(key))).to.deep.equal([]);
      const two = await visit(key, second, 'none');
      expect(parts(two, 'new')).to.have.length(0);
    });

    it('remembers at most 500 ids', async () => {
      const key = freshKey();
      const many = Array.from({ length: 100 }, (_, i) => ({
        id: `r${i}`,
        title: `Role ${i}`,
        url: `https://a.example/${i}`
      }));
      for (let round = 0; round < 7; round += 1) {
        const el = await visit(
          key,
          many.map((role) => ({ ...role, id: `${role.id}-${round}` }))
        );
        el.max = 100;
        await el.updateComplete;
        el.remove();
      }
      const stored = JSON.parse(localStorage.getItem(`onward:v1:similar-roles:${key}`)!) as {
        data: { seen: string[] };
      };
      expect(stored.data.seen).to.have.length(500);
    });

    it('storage that throws or holds junk: no labels, nothing thrown', async () => {
      const key = freshKey();
      localStorage.setItem(`onward:v1:similar-roles:${key}`, '{"version":1,"data":{"seen":{"__proto__":["a"]}}}');
      const junk = await visit(key, second);
      expect(parts(junk, 'new')).to.have.length(0);
      const original = Storage.prototype.getItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const blocked = await visit(freshKey(), second);
        expect(parts(blocked, 'new')).to.have.length(0);
        expect(titles(blocked)).to.have.length(3);
      } finally {
        Storage.prototype.getItem = original;
      }
    });
  });

  describe('failures: a calm message of their own, the hosted board, one warning naming the cause', () => {
    async function failing(answer: Answer, attributes: Record<string, string> = {}) {
      stub(answer);
      const result = await board({ source: 'greenhouse:larkspur', ...attributes });
      await until(() => statusText(result.el) !== '' && !/Loading/.test(statusText(result.el)), 'the failure');
      return result;
    }
    const boardLink = (el: OnwardSimilarRoles) => part(el, 'see-all')?.getAttribute('href');

    it('404: the board is switched off or the name is wrong', async () => {
      const { el, warnings } = await failing(() => body('Not found', 404));
      expect(statusText(el)).to.equal(en['similarRoles.errorNotFound']);
      expect(boardLink(el)).to.equal('https://job-boards.greenhouse.io/larkspur');
      expect(part(el, 'retry')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('404').and.contain('"larkspur"');
    });

    it('429: waits out Retry-After before offering "Try again"', async () => {
      const { el, warnings } = await failing(() => body('Slow down', 429, { 'Retry-After': '1' }));
      expect(statusText(el)).to.equal(en['similarRoles.errorBusy']);
      expect(boardLink(el)).to.equal('https://job-boards.greenhouse.io/larkspur');
      expect(part(el, 'retry'), 'not yet').to.be.null;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('429').and.contain('Retry-After');
      await until(() => part(el, 'retry') !== null, '"Try again" after the wait', 3000);
      const greenhouse = await load('greenhouse.json');
      stub(() => body(greenhouse));
      part(el, 'retry')!.click();
      await until(() => titles(el).length > 0, 'the roles after trying again');
    });

    it('the browser refuses the request (CORS) or is offline: names the connect-src host', async () => {
      const { el, warnings } = await failing(() => {
        throw new TypeError('Failed to fetch');
      });
      expect(statusText(el)).to.equal(en['similarRoles.errorNetwork']);
      expect(boardLink(el)).to.equal('https://job-boards.greenhouse.io/larkspur');
      expect(part(el, 'retry')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('connect-src').and.contain('https://boards-api.greenhouse.io');
    });

    it('timeout: gives up and aborts', async () => {
      let aborted = false;
      const { el, warnings } = await failing(
        (call) =>
          new Promise<Response>((_, reject) => {
            call.init?.signal?.addEventListener('abort', () => {
              aborted = true;
              reject(new DOMException('aborted', 'AbortError'));
            });
          }),
        { timeout: '100' }
      );
      expect(statusText(el)).to.equal(en['similarRoles.errorTimeout']);
      expect(boardLink(el)).to.equal('https://job-boards.greenhouse.io/larkspur');
      expect(aborted).to.be.true;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no answer within 100 ms');
    });

    it('a malformed body', async () => {
      const { el, warnings } = await failing(() => body('{"jobs": ['));
      expect(statusText(el)).to.equal(en['similarRoles.errorMalformed']);
      expect(boardLink(el)).to.equal('https://job-boards.greenhouse.io/larkspur');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('not valid JSON');
    });

    it('a body of the wrong shape', async () => {
      const { el, warnings } = await failing(() => body('{"postings": []}'));
      expect(statusText(el)).to.equal(en['similarRoles.errorMalformed']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('not in the greenhouse format');
    });
  });

  describe('hostile boards', () => {
    it('markup in titles shows as text, javascript: links are left out with one warning', async () => {
      const hostile = {
        jobs: [
          {
            id: 1,
            title: '<img src=x onerror="window.hacked=1">Designer &lt;b&gt;',
            absolute_url: 'https://job-boards.greenhouse.io/x/jobs/1'
          },
          { id: 2, title: 'Click me', absolute_url: 'javascript:window.hacked=2' },
          { id: 3, title: 'Writer', absolute_url: ' JAVA\tSCRIPT:window.hacked=3' }
        ]
      };
      stub(() => body(JSON.stringify(hostile)));
      const { el, warnings } = await board({ source: 'greenhouse:x' });
      expect(titles(el)).to.deep.equal(['<img src=x onerror="window.hacked=1">Designer <b>']);
      expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
      expect((window as unknown as { hacked?: number }).hacked).to.be.undefined;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('left out 2 whose link is not http(s)');
    });
  });

  it('the recovery path passes jobs-source and jobs-format through as source and format, and requests nothing until the step opens', async () => {
    const greenhouse = await load('greenhouse.json');
    stub(() => body(greenhouse));
    const path = await fixture(
      html`<onward-recovery-path jobs-source="greenhouse:larkspur" jobs-format="greenhouse" storage-key=${freshKey()}></onward-recovery-path>`
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.deep.equal([]);
    const toggle = path.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="panel-search"]')!;
    toggle.click();
    await until(() => calls.length === 1, 'the board request');
    expect(calls[0].url).to.equal('https://boards-api.greenhouse.io/v1/boards/larkspur/jobs');
    const roles = path.shadowRoot!.querySelector('onward-similar-roles')!;
    expect(roles.getAttribute('source')).to.equal('greenhouse:larkspur');
    expect(roles.getAttribute('format')).to.equal('greenhouse');
  });
});
