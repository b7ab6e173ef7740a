import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../define/similar-roles.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { observe } from '../../../test/helpers/console.js';
import type { OnwardSimilarRoles } from './similar-roles.js';
import { part, text } from '../../../test/helpers/fields.js';

const parts = (el: OnwardSimilarRoles, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)
];
const titles = (el: OnwardSimilarRoles) => parts(el, 'link').map(text);

/** An ISO date-time `days` before now. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toISOString();
}

const roles = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    title: `Role ${i + 1}`,
    url: `/jobs/${i + 1}`,
    company: 'Northwind',
    location: 'Berlin'
  }));

/** A feed URL on the test server (see test/server/test-feeds.mjs) with a unique id to ask its stats about. */
function feed(name: string, query = '') {
  const id = `${name}-${Math.random().toString(36).slice(2)}`;
  return { id, url: `/__test-feeds/${name}?id=${id}${query}` };
}

interface FeedStats {
  requests: number;
  completed: number;
  aborted: number;
}

const realFetch = window.fetch.bind(window);
async function statsOf(id: string): Promise<FeedStats> {
  return (await realFetch(`/__test-feeds/stats?id=${id}`)).json() as Promise<FeedStats>;
}
async function totalRequests(): Promise<number> {
  return ((await (await realFetch('/__test-feeds/stats')).json()) as { total: number }).total;
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < timeout) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const statusText = (el: OnwardSimilarRoles) => text(part(el, 'status'));
// The status is empty for the first frame (a live region must exist before it speaks), then "Loading…", then the outcome.
const settledFeed = (el: OnwardSimilarRoles) =>
  until(() => statusText(el) !== '' && !/Loading/.test(statusText(el)), 'the feed to settle');

/** Renders the element and waits until its feed has loaded or failed, collecting warnings along the way. */
async function withFeed(url: string, attributes: Record<string, string> = {}) {
  let el!: OnwardSimilarRoles;
  const { warnings, errors } = await observe(async () => {
    el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles src=${url}></onward-similar-roles>`);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    await settledFeed(el);
    await el.updateComplete;
  });
  expect(errors).to.deep.equal([]);
  return { el, warnings };
}

/** Stops link clicks from navigating the test page away; the host page can do this, the element never does. */
function holdNavigation(target: EventTarget): () => void {
  const hold = (event: Event) => event.preventDefault();
  target.addEventListener('click', hold);
  return () => target.removeEventListener('click', hold);
}

describe('<onward-similar-roles>', () => {
  // Every visit here is a first visit: roles seen in an earlier test must not come back labelled "New".
  beforeEach(() => {
    for (const key of Object.keys(localStorage))
      if (/^onward:v1:similar-roles(-kept)?:/.test(key)) localStorage.removeItem(key);
  });

  describe('accessibility', () => {
    it('is a list of links named by the heading, each described by its company, place and date', async () => {
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
        job-title="Product designer"
        .jobs=${[{ title: 'UX designer', url: '/jobs/1', company: 'Northwind', location: 'Berlin', postedAt: daysAgo(3) }]}
      ></onward-similar-roles>`);
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ul');
      const labelledBy = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!;
      expect(labelledBy).to.equal(part(el, 'heading'));
      expect(text(labelledBy)).to.equal('Roles like Product designer');
      const link = part(el, 'link')!;
      expect(link.localName).to.equal('a');
      expect(text(link)).to.equal('UX designer');
      expect(text(el.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!))).to.equal(
        'Northwind · Berlin Posted 3 days ago'
      );
    });

    it('has a polite status region from the first render', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(2)}></onward-similar-roles>`
      );
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    });

    it('has no WCAG 2.2 AA violations while loading, empty, and after an error (light and dark)', async () => {
      for (const theme of ['light', 'dark']) {
        const slow = feed('slow', '&delay=400');
        const loading = await fixture<HTMLElement>(
          html`<div><onward-similar-roles theme=${theme} src=${slow.url}></onward-similar-roles></div>`
        );
        await expectNoAxeViolations(loading);
        const empty = await fixture<HTMLElement>(
          html`<div><onward-similar-roles theme=${theme} jobs="[]" search-url="/jobs"></onward-similar-roles></div>`
        );
        await expectNoAxeViolations(empty);
        const { el } = await withFeed(feed('500').url, { theme, 'search-url': '/jobs' });
        expect(part(el, 'retry')).to.exist;
        await expectNoAxeViolations(el);
      }
    });

    it('gives the retry button and the see-all link 44 px tall targets, and the role links at least 24 px', async () => {
      const { el } = await withFeed(feed('500').url, { 'search-url': '/jobs' });
      expect(part(el, 'retry')!.getBoundingClientRect().height).to.be.at.least(44);
      expect(part(el, 'see-all')!.getBoundingClientRect().height).to.be.at.least(44);
      const list = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(1)}></onward-similar-roles>`
      );
      expect(part(list, 'link')!.getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('defaults and attributes', () => {
    it('shows at most 5 roles by default, and max roles when set', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles jobs=${JSON.stringify(roles(7))}></onward-similar-roles>`
      );
      expect(titles(el)).to.deep.equal(['Role 1', 'Role 2', 'Role 3', 'Role 4', 'Role 5']);
      el.max = 2;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Role 1', 'Role 2']);
    });

    it('warns once for a max that is not a whole number from 1 to 100, and shows 5', async () => {
      for (const max of ['0', 'lots', '2.5', '1e309']) {
        let el!: OnwardSimilarRoles;
        const { warnings, errors } = await observe(async () => {
          el = await fixture<OnwardSimilarRoles>(
            html`<onward-similar-roles max=${max} .jobs=${roles(7)}></onward-similar-roles>`
          );
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(warnings, max).to.have.length(1);
        expect(warnings[0]).to.contain('<onward-similar-roles>').and.contain('max');
        expect(titles(el)).to.have.length(5);
      }
    });

    it('names the heading after the role, or uses heading, and honours heading-level', async () => {
      const plain = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles></onward-similar-roles>`);
      expect(text(part(plain, 'heading'))).to.equal('Similar roles');
      expect(part(plain, 'heading')!.localName).to.equal('h3');
      const custom = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles job-title="Designer" heading="More roles at Northwind" heading-level="2"></onward-similar-roles>`
      );
      expect(text(part(custom, 'heading'))).to.equal('More roles at Northwind');
      expect(part(custom, 'heading')!.localName).to.equal('h2');
    });

    it('shows company · location and a relative posted date', async () => {
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
        .jobs=${[
          { title: 'A', url: '/a', company: 'Northwind', location: 'Berlin', postedAt: daysAgo(0) },
          { title: 'B', url: '/b', location: 'Remote', postedAt: daysAgo(1) },
          { title: 'C', url: '/c', company: 'Contoso', postedAt: daysAgo(14) },
          { title: 'D', url: '/d' }
        ]}
      ></onward-similar-roles>`);
      const metas = parts(el, 'item').map((item) => text(item.querySelector('[part~="meta"]')));
      expect(metas).to.deep.equal([
        'Northwind · Berlin Posted today',
        'Remote Posted yesterday',
        'Contoso Posted 2 weeks ago',
        ''
      ]);
      expect(parts(el, 'link')[3].hasAttribute('aria-describedby')).to.be.false;
    });

    it('shows the empty message, visibly, when there are no roles', async () => {
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles jobs="[]"></onward-similar-roles>`);
      expect(part(el, 'list')).to.be.null;
      expect(statusText(el)).to.equal('There are no similar roles to show right now. New roles come up all the time.');
      expect(part(el, 'status')!.getBoundingClientRect().height).to.be.greaterThan(1);
    });
  });

  describe('the "See all similar roles" link', () => {
    it('fills {title} and {location} URL-encoded: spaces, &, #, non-ASCII', async () => {
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
        job-title=${'R&D lead #2 (café)'}
        location="São Paulo / Remote"
        search-url=${'/jobs?q={title}&where={location}'}
      ></onward-similar-roles>`);
      const link = part(el, 'see-all') as HTMLAnchorElement;
      expect(text(link)).to.equal('See all similar roles');
      expect(link.getAttribute('href')).to.equal(
        '/jobs?q=R%26D%20lead%20%232%20(caf%C3%A9)&where=S%C3%A3o%20Paulo%20%2F%20Remote'
      );
      const url = new URL(link.href);
      expect(url.hash).to.equal('');
      expect(url.searchParams.get('q')).to.equal('R&D lead #2 (café)');
      expect(url.searchParams.get('where')).to.equal('São Paulo / Remote');
    });

    it('fills placeholders in the path too, and leaves them empty when the values are missing', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles job-title="UX writer" search-url="https://jobs.example.com/search/{title}?near={location}"></onward-similar-roles>`
      );
      expect(part(el, 'see-all')!.getAttribute('href')).to.equal('https://jobs.example.com/search/UX%20writer?near=');
    });

    it('cannot be turned into script by a job title, and survives a lone surrogate', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles job-title=${'javascript:alert(1)\uD800'} search-url="{title}"></onward-similar-roles>`
      );
      expect(part(el, 'see-all')!.getAttribute('href')).to.equal('javascript%3Aalert(1)%EF%BF%BD');
    });

    it('keeps the link, without a warning, for a job title of a megabyte (the search term is cut to 200 characters)', async () => {
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(
          html`<onward-similar-roles job-title=${'designer '.repeat(120_000)} search-url="/jobs?q={title}"></onward-similar-roles>`
        );
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      const href = part(el, 'see-all')!.getAttribute('href')!;
      expect(href).to.match(/^\/jobs\?q=designer%20designer%20/);
      expect(decodeURIComponent(href.slice('/jobs?q='.length))).to.have.length(200);
    });

    it('never leads to another site: a title cannot fill an empty path step into a host name (also through the recovery path)', async () => {
      for (const tag of ['onward-similar-roles', 'onward-recovery-path'] as const) {
        await import(
          tag === 'onward-recovery-path' ? '../../define/recovery-path.js' : '../../define/similar-roles.js'
        );
        const host = document.createElement(tag);
        host.setAttribute('search-url', '/{location}/{title}');
        host.setAttribute('job-title', 'evil.example');
        if (tag === 'onward-recovery-path') host.setAttribute('persist', 'none');
        const { warnings, errors } = await observe(async () => {
          document.body.append(host);
          await (host as OnwardSimilarRoles).updateComplete;
          if (tag === 'onward-recovery-path') {
            // Open the search tool, which gets search-url, job-title and location from the path.
            host.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="panel-search"]')!.click();
            await (host as OnwardSimilarRoles).updateComplete;
          }
          const roles =
            tag === 'onward-recovery-path'
              ? host.shadowRoot!.querySelector<OnwardSimilarRoles>('onward-similar-roles')!
              : (host as OnwardSimilarRoles);
          await roles.updateComplete;
          const links = [...roles.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
          expect(
            links.filter((link) => new URL(link.href).origin !== location.origin),
            tag
          ).to.deep.equal([]);
          expect(part(roles, 'see-all'), tag).to.be.null;
        });
        expect(errors).to.deep.equal([]);
        expect(
          warnings.filter((warning) => warning.includes('another site')),
          tag
        ).to.have.length(1);
        host.remove();
      }
    });

    it('keeps a title of "." or ".." from climbing the path of the search page', async () => {
      for (const title of ['.', '..', ' .. ']) {
        const el = await fixture<OnwardSimilarRoles>(
          html`<onward-similar-roles job-title=${title} search-url="/jobs/{title}/apply"></onward-similar-roles>`
        );
        const link = part(el, 'see-all') as HTMLAnchorElement;
        expect(new URL(link.href).pathname, title).to.match(/^\/jobs\/\/?apply$/);
      }
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles job-title="Node.js developer" search-url="/jobs/{title}"></onward-similar-roles>`
      );
      expect(part(el, 'see-all')!.getAttribute('href')).to.equal('/jobs/Node.js%20developer');
    });

    it('is dropped with a warning when the search URL itself is unsafe', async () => {
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(
          html`<onward-similar-roles search-url=" JaVaScRiPt:alert('{title}')"></onward-similar-roles>`
        );
      });
      expect(errors).to.deep.equal([]);
      expect(part(el, 'see-all')).to.be.null;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('search-url');
    });
  });

  describe('time zones', () => {
    it('runs in the time zone this run asked for', () => {
      const asked = (window as unknown as { __onwardTimeZone?: string }).__onwardTimeZone;
      if (!asked) return;
      // By offset in winter and summer: a browser may name a zone by an alias (Asia/Calcutta for Asia/Kolkata).
      const offsets = (timeZone?: string) =>
        [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)].map((time) =>
          new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format(time)
        );
      expect(offsets(), `launched in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`).to.deep.equal(
        offsets(asked)
      );
    });

    it('shows "today" for a role posted today, as a local date or as a date-time from a moment ago', async () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      const localToday = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
        .jobs=${[
          { title: 'Local date', url: '/jobs/1', postedAt: localToday },
          { title: 'A moment ago', url: '/jobs/2', postedAt: new Date(Date.now() - 1000).toISOString() }
        ]}
      ></onward-similar-roles>`);
      expect(parts(el, 'meta').map(text)).to.deep.equal(['Posted today', 'Posted today']);
    });

    it('keeps every other role when one was posted -271821-04-20 (jobs)', async () => {
      const jobs = [
        { title: 'Far past', url: '/jobs/far', postedAt: '-271821-04-20' },
        { title: 'Far future', url: '/jobs/future', postedAt: '+275760-09-13' },
        { title: 'Yesterday', url: '/jobs/1', company: 'Northwind', postedAt: daysAgo(1) },
        { title: 'Undated', url: '/jobs/2', company: 'Northwind' }
      ];
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(
          html`<onward-similar-roles jobs=${JSON.stringify(jobs)}></onward-similar-roles>`
        );
      });
      expect(errors).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Far past', 'Far future', 'Yesterday', 'Undated']);
      expect(text(parts(el, 'meta').find((meta) => meta.textContent!.includes('yesterday')) ?? null)).to.contain(
        'Posted yesterday'
      );
      expect(warnings).to.deep.equal([]);
    });

    it('keeps every other role when one was posted -271821-04-20 (a feed), and does not stay on "Loading…"', async () => {
      const { url } = feed('far-past');
      const { el, warnings } = await withFeed(url);
      expect(statusText(el)).to.not.match(/Loading/);
      expect(titles(el)).to.have.length(5);
      expect(parts(el, 'meta').map(text)[0]).to.contain('Posted today');
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('jobs from the attribute or the property', () => {
    it('takes an array through the property', async () => {
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles></onward-similar-roles>`);
      el.jobs = roles(3);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Role 1', 'Role 2', 'Role 3']);
    });

    it('warns once for bad JSON and shows the empty state', async () => {
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles jobs="[{title: 'x'"></onward-similar-roles>`);
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<onward-similar-roles> jobs is not valid JSON');
      expect(part(el, 'list')).to.be.null;
      expect(statusText(el)).to.match(/no similar roles/);
    });

    it('warns once for the wrong shape', async () => {
      for (const jobs of ['{"title": "Designer", "url": "/x"}', '"Designer"', '42', 'null']) {
        let el!: OnwardSimilarRoles;
        const { warnings, errors } = await observe(async () => {
          el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles jobs=${jobs}></onward-similar-roles>`);
        });
        expect(errors).to.deep.equal([]);
        expect(warnings, jobs).to.have.length(1);
        expect(warnings[0]).to.contain('must be a list');
        expect(part(el, 'list')).to.be.null;
      }
    });

    it('skips invalid entries with one warning and keeps the rest', async () => {
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
          .jobs=${[null, { title: 'No link' }, { url: '/no-title' }, 'text', { title: 'Kept', url: '/kept' }] as never}
        ></onward-similar-roles>`);
      });
      expect(errors).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Kept']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('skipped 4 entries');
    });

    it('drops roles whose link is not http:, https:, mailto: or relative, with a warning', async () => {
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
          .jobs=${[
            { title: 'Script', url: 'javascript:alert(1)' },
            { title: 'Mixed case', url: ' JaVaScRiPt:alert(1)' },
            { title: 'Tab inside', url: 'java\tscript:alert(1)' },
            { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
            { title: 'VBScript', url: 'vbscript:msgbox(1)' },
            { title: 'Safe', url: 'https://careers.example.com/jobs/1' },
            { title: 'Relative', url: '/jobs/2' }
          ]}
        ></onward-similar-roles>`);
      });
      expect(errors).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Safe', 'Relative']);
      for (const link of parts(el, 'link')) expect(link.getAttribute('href')).to.match(/^(https:|\/)/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('scheme').and.contain('5 roles left out');
    });
  });

  describe('events', () => {
    it('fires onward-role-select with the job URL and index when a role link is followed', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(3)}></onward-similar-roles>`
      );
      const release = holdNavigation(document);
      try {
        setTimeout(() => parts(el, 'link')[1].click());
        const event = await oneEvent(el, 'onward-role-select');
        expect(event.detail).to.deep.equal({ url: '/jobs/2', index: 1 });
        expect(event.bubbles).to.be.true;
        expect(event.composed).to.be.true;
        expect(event.cancelable).to.be.false;
      } finally {
        release();
      }
    });

    it('does not cancel the navigation itself', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(1)}></onward-similar-roles>`
      );
      let prevented: boolean | undefined;
      const check = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('click', check);
      try {
        part(el, 'link')!.click();
      } finally {
        document.removeEventListener('click', check);
      }
      expect(prevented).to.be.false;
    });

    it('fires on a middle click (opening the role in a new tab), not on a right click', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(1)}></onward-similar-roles>`
      );
      const seen: number[] = [];
      el.addEventListener('onward-role-select', (event) => seen.push(event.detail.index));
      const link = part(el, 'link')!;
      const hold = (event: Event) => event.preventDefault();
      link.addEventListener('auxclick', hold);
      link.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
      link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
      expect(seen).to.deep.equal([0]);
    });
  });

  describe('keeping roles', () => {
    it('keeps a role with a pressed toggle, lists it as kept, and fires onward-role-keep', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(3)}></onward-similar-roles>`
      );
      const details: unknown[] = [];
      el.addEventListener('onward-role-keep', (event) => {
        expect(event.bubbles && event.composed).to.be.true;
        details.push(event.detail);
      });
      const keep = parts(el, 'keep')[1];
      expect(keep.getAttribute('aria-pressed')).to.equal('false');
      expect(text(keep)).to.equal('Keep');
      expect(keep.getAttribute('aria-label')).to.equal('Keep: Role 2');
      expect(part(el, 'kept')).to.be.null;
      keep.click();
      await el.updateComplete;
      expect(keep.getAttribute('aria-pressed')).to.equal('true');
      expect(text(keep)).to.equal('Kept ✓');
      expect(details).to.deep.equal([{ url: '/jobs/2', index: 1, kept: true }]);
      expect(text(part(el, 'kept')!.querySelector('.kept-heading'))).to.equal('Roles you kept');
      expect([...part(el, 'kept-list')!.querySelectorAll('a')].map(text)).to.deep.equal(['Role 2']);
      expect(el.kept.map((role) => role.url)).to.deep.equal(['/jobs/2']);
      keep.click();
      await el.updateComplete;
      expect(keep.getAttribute('aria-pressed')).to.equal('false');
      expect(details[1]).to.deep.equal({ url: '/jobs/2', index: 1, kept: false });
      expect(part(el, 'kept')).to.be.null;
    });

    it('remembers kept roles on the device, even when they leave the list', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles storage-key="keep-test" .jobs=${roles(2)}></onward-similar-roles>`
      );
      parts(el, 'keep')[0].click();
      await el.updateComplete;
      el.remove();
      const again = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles storage-key="keep-test" .jobs=${[{ title: 'Other', url: '/jobs/9' }]}></onward-similar-roles>`
      );
      await again.updateComplete;
      expect([...part(again, 'kept-list')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '/jobs/1'
      ]);
      // "Remove" in the kept list lets it go.
      part(again, 'kept-list')!.querySelector('button')!.click();
      await again.updateComplete;
      expect(part(again, 'kept')).to.be.null;
      expect(JSON.parse(localStorage.getItem('onward:v1:similar-roles-kept:keep-test')!).data.kept).to.deep.equal([]);
    });

    it('keeps nothing stored with persist="none", and keeps working when storage fails', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles persist="none" .jobs=${roles(1)}></onward-similar-roles>`
      );
      parts(el, 'keep')[0].click();
      await el.updateComplete;
      expect(part(el, 'kept')).to.not.be.null;
      expect(Object.keys(localStorage).some((key) => key.startsWith('onward:v1:similar-roles-kept:'))).to.be.false;
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const failing = await fixture<OnwardSimilarRoles>(
          html`<onward-similar-roles storage-key="keep-fault" .jobs=${roles(1)}></onward-similar-roles>`
        );
        parts(failing, 'keep')[0].click();
        await failing.updateComplete;
        expect(parts(failing, 'keep')[0].getAttribute('aria-pressed')).to.equal('true');
        expect(text(part(failing, 'kept-note'))).to.not.equal('');
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('drops unsafe or broken kept roles read from storage', async () => {
      localStorage.setItem(
        'onward:v1:similar-roles-kept:keep-hostile',
        JSON.stringify({
          version: 1,
          data: {
            kept: [
              { title: 'Bad', url: 'javascript:alert(1)' },
              { title: '', url: '/x' },
              'nope',
              { title: 'Good', url: '/jobs/5' }
            ]
          }
        })
      );
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles storage-key="keep-hostile" .jobs=${roles(1)}></onward-similar-roles>`
      );
      await el.updateComplete;
      expect([...part(el, 'kept-list')!.querySelectorAll('a')].map(text)).to.deep.equal(['Good']);
    });
  });

  describe('keyboard', () => {
    it('reaches each role link with Tab and follows it with Enter', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(2)} search-url="/jobs"></onward-similar-roles>`
      );
      const release = holdNavigation(document);
      const seen: number[] = [];
      el.addEventListener('onward-role-select', (event) => seen.push(event.detail.index));
      try {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'link')[0]);
        // Each role's "Keep" toggle follows its link.
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'keep')[0]);
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'link')[1]);
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'keep')[1]);
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'see-all'));
      } finally {
        release();
      }
      expect(seen).to.deep.equal([1]);
    });
  });

  describe('the feed (a real HTTP server)', () => {
    it('makes no request at all without src', async () => {
      const before = await totalRequests();
      const calls: unknown[] = [];
      const original = window.fetch;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls.push(args[0]);
        return original(...args);
      };
      try {
        const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
          jobs=${JSON.stringify(roles(3))}
          search-url="/jobs?q={title}"
          job-title="Designer"
        ></onward-similar-roles>`);
        el.max = 2;
        el.jobs = roles(4);
        await el.updateComplete;
        el.remove();
        document.body.append(el);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        el.remove();
      } finally {
        window.fetch = original;
      }
      expect(calls).to.deep.equal([]);
      expect(await totalRequests()).to.equal(before);
    });

    it('says it is loading, then shows the roles and announces how many', async () => {
      const slow = feed('slow', '&delay=300');
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles src=${slow.url}></onward-similar-roles>`);
      expect(statusText(el), 'the status region is created empty').to.equal('');
      await until(() => statusText(el) === 'Loading similar roles…', '"Loading…"');
      expect(part(el, 'status')!.getBoundingClientRect().height).to.be.greaterThan(1);
      await settledFeed(el);
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
      expect(titles(el)[0]).to.equal('Product designer 1');
      expect(statusText(el)).to.equal('Similar roles found: 5.');
      expect(await statsOf(slow.id)).to.deep.equal({ requests: 1, completed: 1, aborted: 0 });
    });

    it('ok: shows max roles with their meta, and wins over jobs', async () => {
      const ok = feed('ok');
      const { el, warnings } = await withFeed(ok.url, { max: '7', jobs: JSON.stringify(roles(2)) });
      expect(warnings).to.deep.equal([]);
      expect(titles(el)).to.have.length(7);
      expect(text(parts(el, 'meta')[0])).to.equal('Northwind · Berlin Posted today');
      expect(text(parts(el, 'meta')[1])).to.equal('Northwind · Remote Posted last week');
    });

    it('slow past the timeout: gives up, aborts the request, warns once and offers a retry', async () => {
      const slow = feed('slow', '&delay=3000');
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(
          html`<onward-similar-roles timeout="250" src=${slow.url}></onward-similar-roles>`
        );
        await settledFeed(el);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(statusText(el)).to.equal('The job board is taking too long to answer.');
      expect(text(part(el, 'retry'))).to.equal('Try again');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no answer within 250 ms');
      await until(async () => (await statsOf(slow.id)).aborted === 1, 'the server to see the abort');
    });

    it('defaults the timeout to 10 seconds and warns for a bad one', async () => {
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles></onward-similar-roles>`);
      expect(el.timeout).to.equal(10_000);
      const { warnings, errors } = await observe(async () => {
        el.timeout = -5;
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(el.timeout).to.equal(10_000);
      expect(warnings).to.have.length(1);
    });

    it('500: shows the error state with a retry, and warns once', async () => {
      const { el, warnings } = await withFeed(feed('500').url);
      expect(part(el, 'list')).to.be.null;
      expect(statusText(el)).to.equal('Similar roles could not be loaded just now.');
      expect(part(el, 'retry')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('the server answered 500');
    });

    it('invalid JSON: error state, one warning', async () => {
      const { el, warnings } = await withFeed(feed('invalid-json').url);
      expect(part(el, 'retry')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('not valid JSON');
    });

    it('wrong shape: error state, one warning', async () => {
      const { el, warnings } = await withFeed(feed('wrong-shape').url);
      expect(part(el, 'retry')).to.exist;
      expect(part(el, 'list')).to.be.null;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('must be a list');
    });

    it('huge (5,000 roles): renders only max of them, quickly', async () => {
      const started = performance.now();
      const { el, warnings } = await withFeed(feed('huge').url);
      expect(warnings).to.deep.equal([]);
      expect(parts(el, 'item')).to.have.length(5);
      expect(statusText(el)).to.equal('Similar roles found: 5.');
      el.max = 100;
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(100);
      expect(performance.now() - started).to.be.below(3000);
    });

    it('empty: says there are none, visibly and politely', async () => {
      const { el, warnings } = await withFeed(feed('empty').url, { 'search-url': '/jobs' });
      expect(warnings).to.deep.equal([]);
      expect(part(el, 'list')).to.be.null;
      expect(part(el, 'retry')).to.be.null;
      expect(statusText(el)).to.equal('There are no similar roles to show right now. New roles come up all the time.');
      expect(part(el, 'see-all')).to.exist;
    });

    it('a src that does not exist (404) is an error, not an exception', async () => {
      const { el, warnings } = await withFeed('/__test-feeds/no-such-feed');
      expect(part(el, 'retry')).to.exist;
      expect(warnings[0]).to.contain('404');
    });

    it('an unsafe src is never requested', async () => {
      const calls: unknown[] = [];
      const original = window.fetch;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls.push(args[0]);
        return original(...args);
      };
      try {
        const { el, warnings } = await withFeed('javascript:alert(1)');
        expect(part(el, 'retry')).to.exist;
        expect(warnings, warnings.join('\n')).to.have.length(1);
      } finally {
        window.fetch = original;
      }
      expect(calls).to.deep.equal([]);
    });

    it('aborts the request when the element is removed, quietly, and loads again when it comes back', async () => {
      const slow = feed('slow', '&delay=1500');
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles src=${slow.url}></onward-similar-roles>`);
      await until(async () => (await statsOf(slow.id)).requests === 1, 'the request to reach the server');
      const parent = el.parentElement!;
      const { warnings, errors } = await observe(async () => {
        el.remove();
        await until(async () => (await statsOf(slow.id)).aborted === 1, 'the server to see the abort');
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      parent.append(el);
      await until(async () => (await statsOf(slow.id)).requests === 2, 'a new request after reconnecting');
      await settledFeed(el);
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
    });

    it('aborts the old request when src changes, and shows only the new feed', async () => {
      const slow = feed('slow', '&delay=1500');
      const ok = feed('ok');
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles max="1" src=${slow.url}></onward-similar-roles>`
      );
      await until(async () => (await statsOf(slow.id)).requests === 1, 'the first request to reach the server');
      el.src = ok.url;
      await until(async () => (await statsOf(slow.id)).aborted === 1, 'the first request to be aborted');
      await settledFeed(el);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Product designer 1']);
      expect(await statsOf(ok.id)).to.include({ requests: 1 });
      await new Promise((resolve) => setTimeout(resolve, 1700));
      expect(titles(el)).to.deep.equal(['Product designer 1']);
    });

    it('goes back to jobs when src is removed', async () => {
      const slow = feed('slow', '&delay=1500');
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles .jobs=${roles(2)} src=${slow.url}></onward-similar-roles>`
      );
      await until(async () => (await statsOf(slow.id)).requests === 1, 'the request');
      el.removeAttribute('src');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Role 1', 'Role 2']);
      await until(async () => (await statsOf(slow.id)).aborted === 1, 'the abort');
    });

    it('retry after an error loads the feed, keeping keyboard focus in the element', async () => {
      const flaky = feed('fail-once');
      let el!: OnwardSimilarRoles;
      const { errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles src=${flaky.url}></onward-similar-roles>`);
        await settledFeed(el);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      const retry = part(el, 'retry')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'heading'));
      await settledFeed(el);
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
      expect(part(el, 'retry')).to.be.null;
      expect(await statsOf(flaky.id)).to.include({ requests: 2 });
    });

    it('reload() fetches again', async () => {
      const ok = feed('ok');
      const { el } = await withFeed(ok.url);
      await el.reload();
      expect(await statsOf(ok.id)).to.include({ requests: 2 });
      expect(titles(el)).to.have.length(5);
    });
  });

  describe('hostile input', () => {
    it('renders markup in every field as text', async () => {
      const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>';
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
        job-title=${hostile}
        .jobs=${[{ title: hostile, url: '/x', company: '<svg onload=alert(1)>', location: '"><b>bold</b>' }]}
      ></onward-similar-roles>`);
      expect(el.shadowRoot!.querySelector('img, script, svg, b')).to.be.null;
      expect(text(part(el, 'link'))).to.equal(hostile);
      expect(text(part(el, 'meta'))).to.equal('<svg onload=alert(1)> · "><b>bold</b>');
      expect(text(part(el, 'heading'))).to.equal(`Roles like ${hostile}`);
    });

    it('keeps a 100,000-character title inside the element', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px">
        <onward-similar-roles .jobs=${[{ title: 'x'.repeat(100_000), url: '/x' }]}></onward-similar-roles>
      </div>`);
      const el = wrapper.querySelector('onward-similar-roles')!;
      expect(part(el, 'base')!.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('survives deeply nested and __proto__ JSON', async () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      let el!: OnwardSimilarRoles;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles jobs=${deep}></onward-similar-roles>`);
        el.setAttribute(
          'jobs',
          '[{"__proto__": {"title": "x", "url": "/x"}}, {"title": "Kept", "url": "/kept", "constructor": 1}]'
        );
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Kept']);
      expect(warnings.length).to.be.at.least(1);
    });
  });

  describe('localization and right-to-left', () => {
    it('formats the posted date for the language', async () => {
      const el = await fixture<OnwardSimilarRoles>(html`<onward-similar-roles
        lang="de"
        .jobs=${[{ title: 'A', url: '/a', postedAt: daysAgo(3) }]}
      ></onward-similar-roles>`);
      const when = new Intl.RelativeTimeFormat('de', { numeric: 'auto' }).format(-3, 'day');
      expect(text(part(el, 'meta'))).to.contain(when);
    });

    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><onward-similar-roles .jobs=${roles(1)}></onward-similar-roles></div>`
      );
      const el = wrapper.firstElementChild as OnwardSimilarRoles;
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('styling contract', () => {
    it('colours the role links with --onward-color-accent', async () => {
      const el = await fixture<OnwardSimilarRoles>(
        html`<onward-similar-roles style="--onward-color-accent: rgb(200, 0, 100)" .jobs=${roles(1)}></onward-similar-roles>`
      );
      expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(200, 0, 100)');
    });

    it('is styleable through ::part, including the retry button', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .branded::part(item) { background-color: rgb(1, 2, 3); }
          .branded::part(retry) { color: rgb(4, 5, 6); }
        </style>
        <onward-similar-roles class="branded" .jobs=${roles(1)}></onward-similar-roles>
      </div>`);
      const el = wrapper.querySelector('onward-similar-roles')!;
      expect(getComputedStyle(part(el, 'item')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      const { errors } = await observe(async () => {
        el.src = feed('500').url;
        await el.updateComplete;
        await settledFeed(el);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(getComputedStyle(part(el, 'retry')!).color).to.equal('rgb(4, 5, 6)');
    });
  });
});
