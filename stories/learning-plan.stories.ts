import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LearningGoal, LearningSuggestion } from '../src/components/learning-plan/learning-plan.types.js';
import { PERSIST_MODES, type PersistMode } from '../src/internal/storage.js';
import { brand, choice, frame, hostileCss, refuseStorageForStory } from './helpers.js';

interface Args {
  heading?: string;
  'heading-level': number;
  persist: PersistMode;
  'storage-key': string;
  suggestions?: string;
  theme: 'light' | 'dark' | 'auto';
}

const fullPlan: LearningGoal[] = [
  { id: 'sql', skill: 'Writing SQL joins', resource: 'https://www.example.com/learn/sql-joins', targetDate: '2031-03-14', done: false },
  { id: 'story', skill: 'Telling a story about a past project', done: true },
  { id: 'design', skill: 'System design basics', resource: '/learn/system-design', targetDate: '2031-04-01', done: false }
];

const suggestions: LearningSuggestion[] = [
  { skill: 'SQL', title: 'SQL for beginners (free course)', url: 'https://www.example.com/learn/sql' },
  { skill: 'System design', title: 'Design a URL shortener', url: '/learn/system-design' },
  { skill: 'Public speaking', title: 'Speak with calm in interviews', url: 'https://www.example.com/learn/speaking' }
];

/** Puts a saved plan in place before the element reads it, as a visitor coming back would have. */
function seed(storageKey: string, goals: LearningGoal[]): void {
  try {
    localStorage.setItem(`onward:v1:learning-plan:${storageKey}`, JSON.stringify({ version: 1, data: { goals } }));
  } catch {
    // Storybook in a locked-down browser: the story still renders, just without the saved goals.
  }
}


const plan = (args: Args) => html`<onward-learning-plan
  heading=${ifDefined(args.heading || undefined)}
  heading-level=${args['heading-level']}
  persist=${args.persist}
  storage-key=${args['storage-key']}
  suggestions=${ifDefined(args.suggestions || undefined)}
  theme=${args.theme}
></onward-learning-plan>`;

/** A story that starts from a saved plan under its own storage key. */
const withPlan = (goals: LearningGoal[], options: Parameters<typeof frame>[1] = {}) => (args: Args) => {
  seed(args['storage-key'], goals);
  return frame(plan(args), options);
};

const meta: Meta<Args> = {
  title: 'Elements/Learning plan',
  component: 'onward-learning-plan',
  render: (args) => frame(plan(args)),
  argTypes: {
    persist: choice(PERSIST_MODES),
    theme: choice(['light', 'dark', 'auto']),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    suggestions: { control: 'text', description: 'JSON: `{ skill, title, url }[]`' }
  },
  args: {
    'heading-level': 2,
    persist: 'local',
    'storage-key': 'story-playground',
    suggestions: JSON.stringify(suggestions),
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Empty: Story = {
  args: { persist: 'none', suggestions: undefined }
};

export const FullPlan: Story = {
  name: 'Full plan',
  args: { 'storage-key': 'story-full-plan' },
  render: withPlan(fullPlan)
};

export const WithSuggestions: Story = {
  name: 'With suggestions (type "SQL" or "system design")',
  args: { persist: 'none', suggestions: JSON.stringify(suggestions) }
};

export const StorageUnavailable: Story = {
  name: 'Storage unavailable',
  args: { 'storage-key': 'story-storage-unavailable' },
  render: (args) => {
    refuseStorageForStory();
    return frame(plan(args));
  }
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { 'storage-key': 'story-rtl' },
  render: withPlan(fullPlan.slice(0, 2), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  args: { theme: 'dark', 'storage-key': 'story-dark' },
  render: withPlan(fullPlan, { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  args: { 'storage-key': 'story-narrow' },
  render: withPlan(fullPlan, { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: { 'storage-key': 'story-theming' },
  render: (args) => {
    seed(args['storage-key'], fullPlan);
    return frame(
      brand(plan(args), '--onward-learning-plan-shadow: none; --onward-focus-ring: 3px dashed #6b2fb3')
    );
  }
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  args: { 'storage-key': 'story-hostile' },
  render: (args) => {
    seed(args['storage-key'], fullPlan);
    return frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${plan(args)}<p>Page text.</p></div>`);
  }
};
