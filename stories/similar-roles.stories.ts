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

const TAG = 'onward-similar-roles';
const roles = (args: StoryArgs) => onward(TAG, args);

const guide = `
Step 3, "start searching again": roles like the one the candidate missed, from your own board, with a "See all" link
to your search.

**Use it** when you can give it the roles: as \`jobs\` (JSON, from the page you render) or from a feed on your own
origin (\`src\`). Set \`job-title\` and \`location\` so "See all" opens the right search.

**Do not use it** to show roles from another company's board, or when you have no open roles to show (the empty state
is honest, but a page without it is better).

**Content.** Each role needs a \`title\` and a \`url\`; only \`http:\`, \`https:\` and relative links are kept.
\`max\` limits the list (5 by default). Nothing is fetched unless you set \`src\`.

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
