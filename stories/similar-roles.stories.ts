import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brand, choice, frame, hostileCss } from './helpers.js';

/** An ISO date `days` before today. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toISOString();
}

const sampleJobs = [
  { title: 'Senior product designer', url: '#job-101', company: 'Larkspur Health', location: 'Berlin', postedAt: daysAgo(0) },
  { title: 'UX designer, patient apps', url: '#job-102', company: 'Larkspur Health', location: 'Remote (EU)', postedAt: daysAgo(3) },
  { title: 'Interaction designer', url: '#job-103', company: 'Larkspur Health', location: 'Hamburg', postedAt: daysAgo(9) },
  { title: 'Design systems designer', url: '#job-104', location: 'Remote', postedAt: daysAgo(24) },
  { title: 'Content designer', url: '#job-105', company: 'Larkspur Health', location: 'Munich', postedAt: daysAgo(40) },
  { title: 'Service designer', url: '#job-106', company: 'Larkspur Health', location: 'Berlin' },
  { title: 'UX researcher', url: '#job-107', company: 'Larkspur Health', location: 'Vienna', postedAt: daysAgo(2) }
];

/**
 * Stories never touch the network: URLs under `/story-feeds/` are answered here. `roles` and `empty` answer at once;
 * `loading` never answers (until the element aborts it), so the loading state stays on screen. Every other URL goes to
 * the real `fetch`, which is how the Error story gets a real failure (a feed that does not exist).
 */
function installStoryFeeds(): void {
  const page = window as Window & { onwardStoryFeeds?: boolean };
  if (page.onwardStoryFeeds) return;
  page.onwardStoryFeeds = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || !url.pathname.startsWith('/story-feeds/')) return realFetch(input, init);
    const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    switch (url.pathname.slice('/story-feeds/'.length)) {
      case 'roles':
        return Promise.resolve(json(sampleJobs));
      case 'empty':
        return Promise.resolve(json([]));
      case 'loading':
        return new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
        });
      default:
        return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  };
}
installStoryFeeds();

/**
 * The job-board stories are fed from the test fixtures (written from each vendor's documented response shape). Their
 * public API hosts are answered here, so no story reaches a real board: the board name picks the answer, `larkspur`
 * (or `LarkspurHealth`) the fixture, and `missing`, `busy`, `offline`, `slow` and `garbled` each a failure.
 */
const fixtureUrl = (name: string) => new URL(`../test/fixtures/jobs/${name}`, import.meta.url).href;
const BOARD_FIXTURES: Record<string, string> = {
  'boards-api.greenhouse.io': 'greenhouse.json',
  'api.lever.co': 'lever.json',
  'api.eu.lever.co': 'lever.json',
  'api.ashbyhq.com': 'ashby.json',
  'api.smartrecruiters.com': 'smartrecruiters.json',
  'larkspur.recruitee.com': 'recruitee.json',
  'apply.workable.com': 'workable.json',
  'larkspur.jobs.personio.de': 'personio.xml'
};

function installStoryBoards(): void {
  const page = window as Window & { onwardStoryBoards?: boolean };
  if (page.onwardStoryBoards) return;
  page.onwardStoryBoards = true;
  const previous = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, window.location.href);
    const fixture = BOARD_FIXTURES[url.hostname];
    if (!fixture && !/\.(recruitee\.com|jobs\.personio\.de)$/.test(url.hostname)) return previous(input, init);
    const board = `${url.hostname} ${url.pathname}`;
    if (/\bmissing\b/.test(board)) return Promise.resolve(new Response('Not found', { status: 404 }));
    if (/\bbusy\b/.test(board)) return Promise.resolve(new Response('Slow down', { status: 429, headers: { 'Retry-After': '30' } }));
    if (/\boffline\b/.test(board)) return Promise.reject(new TypeError('Failed to fetch'));
    if (/\bgarbled\b/.test(board)) return Promise.resolve(new Response('{"jobs": [', { status: 200 }));
    if (/\bslow\b/.test(board) || !fixture) {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
      });
    }
    return previous(fixtureUrl(fixture));
  };
}
installStoryBoards();

interface Args {
  jobs?: string;
  src?: string;
  source?: string;
  format?: string;
  department?: string;
  'exclude-url'?: string;
  persist?: string;
  'storage-key'?: string;
  max: number;
  timeout: number;
  'job-title'?: string;
  location?: string;
  'search-url'?: string;
  heading?: string;
  'heading-level': number;
  theme: 'light' | 'dark' | 'auto';
}

const roles = (args: Args) => html`<onward-similar-roles
  jobs=${ifDefined(args.jobs || undefined)}
  src=${ifDefined(args.src || undefined)}
  source=${ifDefined(args.source || undefined)}
  format=${ifDefined(args.format || undefined)}
  department=${ifDefined(args.department || undefined)}
  exclude-url=${ifDefined(args['exclude-url'] || undefined)}
  persist=${ifDefined(args.persist || undefined)}
  storage-key=${ifDefined(args['storage-key'] || undefined)}
  max=${args.max}
  timeout=${args.timeout}
  job-title=${ifDefined(args['job-title'] || undefined)}
  location=${ifDefined(args.location || undefined)}
  search-url=${ifDefined(args['search-url'] || undefined)}
  heading=${ifDefined(args.heading || undefined)}
  heading-level=${args['heading-level']}
  theme=${args.theme}
></onward-similar-roles>`;

const meta: Meta<Args> = {
  title: 'Elements/Similar roles',
  component: 'onward-similar-roles',
  render: (args) => frame(roles(args)),
  argTypes: {
    jobs: { control: 'text' },
    src: { control: 'text' },
    source: { control: 'text' },
    format: choice(['auto', 'onward', 'greenhouse', 'lever', 'ashby', 'smartrecruiters', 'recruitee', 'workable', 'personio', 'jsonld']),
    persist: choice(['local', 'session', 'none']),
    max: { control: { type: 'number', min: 1, max: 100 } },
    timeout: { control: { type: 'number', min: 1, max: 600000 } },
    theme: choice(['light', 'dark', 'auto']),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } }
  },
  args: {
    jobs: JSON.stringify(sampleJobs),
    max: 5,
    timeout: 10000,
    'job-title': 'Product designer',
    location: 'Berlin',
    'search-url': '#search?q={title}&where={location}',
    'heading-level': 3,
    persist: 'none',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const WithJobs: Story = { name: 'With jobs' };

export const FromFeed: Story = {
  name: 'From a feed (src)',
  args: { jobs: undefined, src: '/story-feeds/roles' }
};

export const Max: Story = { name: 'Max (2)', args: { max: 2 } };

export const Loading: Story = {
  args: { jobs: undefined, src: '/story-feeds/loading', timeout: 600000 }
};

export const Empty: Story = {
  args: { jobs: undefined, src: '/story-feeds/empty' }
};

export const ErrorState: Story = {
  name: 'Error (a src that fails, with retry)',
  args: { jobs: undefined, src: '/onward-story-feed-that-does-not-exist.json' }
};

export const UnsafeLinksDropped: Story = {
  name: 'Unsafe links dropped (console warning)',
  args: {
    jobs: JSON.stringify([
      { title: 'This role’s link was javascript: and is left out', url: 'javascript:alert(1)' },
      ...sampleJobs.slice(0, 2)
    ])
  }
};

export const German: Story = {
  name: 'German dates',
  render: (args) => frame(roles(args), { lang: 'de' })
};

export const RightToLeft: Story = {
  render: (args) => frame(roles(args), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => frame(roles(args), { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  render: (args) => frame(roles(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  render: (args) =>
    frame(
      brand(roles(args), '--onward-color-border: #8d7aa8; --onward-similar-roles-shadow: none; --onward-focus-ring: 3px dashed #6b2fb3')
    )
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  render: (args) => frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${roles(args)}<p>Page text.</p></div>`)
};

/** A job board named by `source`, fed from its fixture: the title, department and place rank the roles. */
const board = (source: string, extra: Partial<Args> = {}): Story => ({
  args: { jobs: undefined, source, 'search-url': undefined, department: 'Design', ...extra }
});

export const SourceGreenhouse: Story = { name: 'Source: Greenhouse', ...board('greenhouse:larkspur') };
export const SourceLever: Story = { name: 'Source: Lever', ...board('lever:larkspur', { location: 'Lisbon' }) };
export const SourceLeverEu: Story = { name: 'Source: Lever (EU)', ...board('lever-eu:larkspur', { location: 'Lisbon' }) };
export const SourceAshby: Story = { name: 'Source: Ashby', ...board('ashby:larkspur', { location: 'Toronto' }) };
export const SourceSmartRecruiters: Story = {
  name: 'Source: SmartRecruiters',
  ...board('smartrecruiters:LarkspurHealth', { location: 'Vienna' })
};
export const SourceRecruitee: Story = { name: 'Source: Recruitee', ...board('recruitee:larkspur', { location: 'Amsterdam' }) };
export const SourceWorkable: Story = { name: 'Source: Workable', ...board('workable:larkspur', { location: 'Dublin' }) };
export const SourcePersonio: Story = { name: 'Source: Personio (XML)', ...board('personio:larkspur', { location: 'Munich' }) };

export const SourceJsonLd: Story = {
  name: 'src + format: schema.org JobPosting (JSON-LD)',
  args: { jobs: undefined, src: fixtureUrl('jsonld.json'), format: 'jsonld', 'search-url': undefined, location: 'Copenhagen' }
};

export const SourceProxy: Story = {
  name: 'src + format: a Greenhouse board through the site\u2019s own origin',
  args: { jobs: undefined, src: fixtureUrl('greenhouse.json'), format: 'greenhouse', source: 'greenhouse:larkspur', 'search-url': undefined }
};

export const NewSinceLastVisit: Story = {
  name: 'New since the last visit',
  ...board('greenhouse:larkspur', { persist: 'local', 'storage-key': 'story-new-since-last-visit' }),
  render: (args) => {
    // The last visit saw all but two of the roles: those two carry the "New" label.
    try {
      localStorage.setItem(
        'onward:v1:similar-roles:story-new-since-last-visit',
        JSON.stringify({ version: 1, data: { seen: ['4012001', '4012003', '4012004'] } })
      );
    } catch {
      // Storage blocked in this browser: the story shows no labels, as the element would.
    }
    return frame(roles(args));
  }
};

export const BoardNotFound: Story = { name: 'Failure: board not found (404)', ...board('greenhouse:missing') };
export const BoardBusy: Story = { name: 'Failure: too many requests (429, Retry-After)', ...board('greenhouse:busy') };
export const BoardUnreachable: Story = { name: 'Failure: offline or blocked (CORS)', ...board('greenhouse:offline') };
export const BoardTimeout: Story = { name: 'Failure: timeout', ...board('greenhouse:slow', { timeout: 1500 }) };
export const BoardMalformed: Story = { name: 'Failure: a body it cannot read', ...board('greenhouse:garbled') };
