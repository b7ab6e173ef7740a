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

interface Args {
  jobs?: string;
  src?: string;
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
