import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { LearningGoal, LearningSuggestion } from '../src/components/learning-plan/learning-plan.types.js';
import { onward, type StoryArgs } from './element.js';
import { brand, frame, refuseStorageForStory } from './helpers.js';

const TAG = 'onward-learning-plan';
const plan = (args: StoryArgs) => onward(TAG, args);

const guide = `
Step 4, "keep learning": the candidate turns feedback into two or three things to learn, with a link and a target
date each, and can download reminders (\`.ics\`).

**Use it** after the feedback step, or on its own where candidates come back to your site. Offer your own courses or
articles through \`suggestions\`: they appear as the candidate types a matching skill.

**Do not use it** as a course catalogue or to collect data: the plan stays on the candidate's device
(\`persist\`), and events carry counts only.

**Content.** Suggestions are \`{ skill, title, url }\` (JSON). Use a distinct \`storage-key\` if a page has
two plans.

**Accessibility.** Native fields with visible labels and inline errors; adding, completing and removing a goal is
announced through a status region, and focus moves to where the candidate can continue.
`;

const fullPlan: LearningGoal[] = [
  {
    id: 'sql',
    skill: 'Writing SQL joins',
    resource: 'https://www.example.com/learn/sql-joins',
    targetDate: '2031-03-14',
    done: false
  },
  { id: 'story', skill: 'Telling a story about a past project', done: true },
  {
    id: 'design',
    skill: 'System design basics',
    resource: '/learn/system-design',
    targetDate: '2031-04-01',
    done: false
  }
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

/** A story that starts from a saved plan under its own storage key. */
const withPlan =
  (goals: LearningGoal[], options: Parameters<typeof frame>[1] = {}) =>
  (args: StoryArgs) => {
    seed(String(args['storage-key']), goals);
    return frame(plan(args), options);
  };

const meta: Meta<StoryArgs> = {
  title: 'Elements/Learning plan <onward-learning-plan>',
  id: 'elements-learning-plan',
  component: TAG,
  render: (args) => frame(plan(args)),
  // Each story keeps its own saved plan in Storybook; a careers page uses the default key.
  parameters: { docs: { description: { component: guide } }, snippet: { storyOnly: ['storage-key'] } },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    suggestions: { description: 'JSON: `{ skill, title, url }[]`' }
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

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

export const Empty: Story = {
  name: 'Empty',
  args: { persist: 'none', suggestions: undefined }
};

export const FullPlan: Story = {
  name: 'Full plan',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-full-plan' },
  render: withPlan(fullPlan)
};

export const WithSuggestions: Story = {
  name: 'With suggestions (type "SQL" or "system design")',
  args: { persist: 'none', suggestions: JSON.stringify(suggestions) }
};

export const StorageUnavailable: Story = {
  name: 'Storage unavailable',
  // The refusal is staged inside Storybook for this story's key only.
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-storage-unavailable' },
  render: (args) => {
    refuseStorageForStory();
    return frame(plan(args));
  }
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-rtl' },
  render: withPlan(fullPlan.slice(0, 2), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  name: 'Dark',
  parameters: { snippet: { storyOnlyData: true } },
  args: { theme: 'dark', 'storage-key': 'story-dark' },
  render: withPlan(fullPlan, { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-narrow' },
  render: withPlan(fullPlan, { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-theming', '--onward-learning-plan-shadow': 'none' },
  render: (args) => {
    seed(String(args['storage-key']), fullPlan);
    return frame(brand(plan(args), '--onward-focus-ring: 3px dashed #6b2fb3'));
  }
};
