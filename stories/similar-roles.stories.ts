import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { onward, type StoryArgs } from './element.js';
import { brand, frame } from './helpers.js';

/** An ISO date `days` before today. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toISOString();
}

const sampleJobs = [
  {
    title: 'Senior product designer',
    url: '#job-101',
    company: 'Larkspur Health',
    location: 'Berlin',
    postedAt: daysAgo(0)
  },
  {
    title: 'UX designer, patient apps',
    url: '#job-102',
    company: 'Larkspur Health',
    location: 'Remote (EU)',
    postedAt: daysAgo(3)
  },
  {
    title: 'Interaction designer',
    url: '#job-103',
    company: 'Larkspur Health',
    location: 'Hamburg',
    postedAt: daysAgo(9)
  },
  { title: 'Design systems designer', url: '#job-104', location: 'Remote', postedAt: daysAgo(24) },
  { title: 'Content designer', url: '#job-105', company: 'Larkspur Health', location: 'Munich', postedAt: daysAgo(40) },
  { title: 'Service designer', url: '#job-106', company: 'Larkspur Health', location: 'Berlin' },
  { title: 'UX researcher', url: '#job-107', company: 'Larkspur Health', location: 'Vienna', postedAt: daysAgo(2) }
];

/** A request that never answers, until the element aborts it: the loading state stays on screen. */
const pending = (init?: RequestInit) =>
  new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
  });

/**
 * The story feeds, under `/story-feeds/` on the page's own origin: `roles` and `empty` answer at once, `loading` never
 * answers, anything else there is a 404. Other URLs are not theirs (`undefined`); the real `fetch` answers those, which
 * is how the Error story gets a real failure (a feed that does not exist).
 */
function storyFeed(url: URL, init?: RequestInit): Promise<Response> | undefined {
  if (url.origin !== window.location.origin || !url.pathname.startsWith('/story-feeds/')) return undefined;
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  switch (url.pathname.slice('/story-feeds/'.length)) {
    case 'roles':
      return Promise.resolve(json(sampleJobs));
    case 'empty':
      return Promise.resolve(json([]));
    case 'loading':
      return pending(init);
    default:
      return Promise.resolve(new Response('Not found', { status: 404 }));
  }
}

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

function storyBoard(url: URL, init: RequestInit | undefined, realFetch: typeof fetch): Promise<Response> | undefined {
  const fixture = BOARD_FIXTURES[url.hostname];
  if (!fixture && !/\.(recruitee\.com|jobs\.personio\.de)$/.test(url.hostname)) return undefined;
  const board = `${url.hostname} ${url.pathname}`;
  if (/\bmissing\b/.test(board)) return Promise.resolve(new Response('Not found', { status: 404 }));
  if (/\bbusy\b/.test(board))
    return Promise.resolve(new Response('Slow down', { status: 429, headers: { 'Retry-After': '30' } }));
  if (/\boffline\b/.test(board)) return Promise.reject(new TypeError('Failed to fetch'));
  if (/\bgarbled\b/.test(board)) return Promise.resolve(new Response('{"jobs": [', { status: 200 }));
  if (/\bslow\b/.test(board) || !fixture) return pending(init);
  return realFetch(fixtureUrl(fixture));
}

/** Stories never touch the network: `fetch` is wrapped once, and the story feeds and boards answer what is theirs. */
function installStoryFetch(): void {
  const page = window as Window & { onwardStoryFetch?: boolean };
  if (page.onwardStoryFetch) return;
  page.onwardStoryFetch = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, window.location.href);
    return storyFeed(url, init) ?? storyBoard(url, init, realFetch) ?? realFetch(input, init);
  };
}
installStoryFetch();

const TAG = 'onward-similar-roles';
const roles = (args: StoryArgs) => onward(TAG, args);

const guide = `
Step 3, "start searching again": roles like the one the candidate missed, from your own board, with a "See all" link
to your search.

**Use it** when you can give it the roles: as \`jobs\` (JSON, from the page you render), from your applicant tracking
system's public board (\`source="greenhouse:your-board"\`, and Lever, Ashby, SmartRecruiters, Recruitee, Workable,
Personio), or from a feed on your own origin (\`src\`, with \`format\` for a proxied board or schema.org JSON-LD). Set
\`job-title\`, \`department\` and \`location\` so the closest roles come first and "See all" opens the right search.

**Do not use it** to show roles from another company's board, or when you have no open roles to show (the empty state
is honest, but a page without it is better).

**Content.** Each role needs a \`title\` and a \`url\`; only \`http:\`, \`https:\` and relative links are kept.
\`max\` limits the list (5 by default). Nothing is fetched unless you set \`source\` or \`src\`. With \`persist\`, roles
not seen on an earlier visit say "New".

**Accessibility.** A plain list of links; loading, empty and error states are announced through a status region, and
the error state offers a retry button.
`;

const meta: Meta<StoryArgs> = {
  title: 'Elements/Similar roles <onward-similar-roles>',
  id: 'elements-similar-roles',
  component: TAG,
  render: (args) => frame(roles(args)),
  parameters: { docs: { description: { component: guide } } },
  argTypes: {
    max: { control: { type: 'number', min: 1, max: 100 } },
    timeout: { control: { type: 'number', min: 1, max: 600000 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } }
  },
  args: {
    jobs: JSON.stringify(sampleJobs),
    'job-title': 'Product designer',
    location: 'Berlin',
    'search-url': '#search?q={title}&where={location}',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

export const FromFeed: Story = {
  name: 'From a feed (src)',
  // The feed is answered inside Storybook: a pasted snippet needs your own feed URL.
  parameters: { snippet: { storyOnlyData: true } },
  args: { jobs: undefined, src: '/story-feeds/roles' }
};

export const Max: Story = { name: 'Max (2)', args: { max: 2 } };

export const Loading: Story = {
  name: 'Loading',
  parameters: { snippet: { storyOnlyData: true } },
  args: { jobs: undefined, src: '/story-feeds/loading', timeout: 600000 }
};

export const Empty: Story = {
  name: 'Empty feed',
  parameters: { snippet: { storyOnlyData: true } },
  args: { jobs: undefined, src: '/story-feeds/empty' }
};

export const ErrorState: Story = {
  name: 'Error (a src that fails, with retry)',
  parameters: { snippet: { storyOnlyData: true } },
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
  name: 'Right to left (Arabic)',
  render: (args) => frame(roles(args), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
  render: (args) => frame(roles(args), { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  render: (args) => frame(roles(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: { '--onward-similar-roles-shadow': 'none' },
  render: (args) => frame(brand(roles(args), '--onward-color-border: #8d7aa8; --onward-focus-ring: 3px dashed #6b2fb3'))
};

/** A job board named by `source`, fed from its fixture: the title, department and place rank the roles. */
const board = (source: string, extra: Partial<StoryArgs> = {}): Story => ({
  // Answered inside Storybook from the fixtures: a pasted snippet reads your real board.
  parameters: { snippet: { storyOnlyData: true } },
  args: { jobs: undefined, source, 'search-url': undefined, department: 'Design', ...extra }
});

export const SourceGreenhouse: Story = { name: 'Source: Greenhouse', ...board('greenhouse:larkspur') };
export const SourceLever: Story = { name: 'Source: Lever', ...board('lever:larkspur', { location: 'Lisbon' }) };
export const SourceLeverEu: Story = {
  name: 'Source: Lever (EU)',
  ...board('lever-eu:larkspur', { location: 'Lisbon' })
};
export const SourceAshby: Story = { name: 'Source: Ashby', ...board('ashby:larkspur', { location: 'Toronto' }) };
export const SourceSmartRecruiters: Story = {
  name: 'Source: SmartRecruiters',
  ...board('smartrecruiters:LarkspurHealth', { location: 'Vienna' })
};
export const SourceRecruitee: Story = {
  name: 'Source: Recruitee',
  ...board('recruitee:larkspur', { location: 'Amsterdam' })
};
export const SourceWorkable: Story = {
  name: 'Source: Workable',
  ...board('workable:larkspur', { location: 'Dublin' })
};
export const SourcePersonio: Story = {
  name: 'Source: Personio (XML)',
  ...board('personio:larkspur', { location: 'Munich' })
};

export const SourceJsonLd: Story = {
  parameters: { snippet: { storyOnlyData: true } },
  name: 'src + format: schema.org JobPosting (JSON-LD)',
  args: {
    jobs: undefined,
    src: fixtureUrl('jsonld.json'),
    format: 'jsonld',
    'search-url': undefined,
    location: 'Copenhagen'
  }
};

export const SourceProxy: Story = {
  parameters: { snippet: { storyOnlyData: true } },
  name: 'src + format: a Greenhouse board through the site’s own origin',
  args: {
    jobs: undefined,
    src: fixtureUrl('greenhouse.json'),
    format: 'greenhouse',
    source: 'greenhouse:larkspur',
    'search-url': undefined
  }
};

export const NewSinceLastVisit: Story = {
  name: 'New since the last visit',
  ...board('greenhouse:larkspur', { persist: 'local', 'storage-key': 'story-new-since-last-visit' }),
  // The key only keeps this story's saved visit apart from the others: a pasted snippet leaves it out.
  parameters: { snippet: { storyOnlyData: true, storyOnly: ['persist', 'storage-key'] } },
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
