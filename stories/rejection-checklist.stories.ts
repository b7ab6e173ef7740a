import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CHECKLIST_BUILT_IN_ITEMS } from '../src/components/rejection-checklist/rejection-checklist.data.js';
import type { ChecklistItem } from '../src/components/rejection-checklist/rejection-checklist.types.js';
import { onward, type StoryArgs } from './element.js';
import { brand, frame, refuseStorageForStory } from './helpers.js';

const TAG = 'onward-rejection-checklist';
const checklist = (args: StoryArgs) => onward(TAG, args);

const guide = `
What to do this week: about a dozen small actions grouped by the five steps, with progress, "Copy as text",
calendar reminders (\`.ics\`) and "Start over".

**Use it** when you want one compact list rather than the step-by-step tools, for example in a rejection e-mail's
landing page or next to your own content. Replace the items with your own (\`items\`) to add company-specific
actions such as joining your talent community.

**Do not use it** together with the [recovery path](?path=/docs/elements-recovery-path--docs) on one page: they cover
the same journey twice.

**Content.** Items are \`{ id, label, description?, group?, dueInDays? }\` (JSON); ids must be unique and stable,
because saved ticks are kept by id. Keep labels short and start them with a verb.

**Accessibility.** Native checkboxes with their labels and targets of at least 24 × 24 px; progress is announced
politely; "Start over" asks to confirm first.
`;

const ALL_IDS = CHECKLIST_BUILT_IN_ITEMS.map((item) => item.id);

/** Puts a saved state in place before the element reads it, as a visitor coming back would have. */
function seed(storageKey: string, checked: string[]): void {
  try {
    localStorage.setItem(
      `onward:v1:rejection-checklist:${storageKey}`,
      JSON.stringify({ version: 1, data: { checked } })
    );
  } catch {
    // Storybook in a locked-down browser: the story still renders, just without the saved ticks.
  }
}

const customItems: ChecklistItem[] = [
  {
    id: 'thank-panel',
    label: 'Thank the panel by e-mail',
    group: 'feedback',
    description: 'Name one thing you enjoyed talking about.',
    dueInDays: 1
  },
  { id: 'ask-recruiter', label: 'Ask your recruiter for one piece of feedback', group: 'feedback', dueInDays: 3 },
  {
    id: 'talent-pool',
    label: 'Join our talent community',
    group: 'search',
    description: 'We will write when a role like this one opens.'
  },
  { id: 'portfolio', label: 'Refresh one portfolio case study', group: 'Your portfolio', dueInDays: 14 },
  { id: 'rest', label: 'Take an evening off' }
];

const meta: Meta<StoryArgs> = {
  title: 'Elements/Rejection checklist <onward-rejection-checklist>',
  id: 'elements-rejection-checklist',
  component: TAG,
  render: (args) => frame(checklist(args)),
  // Each story keeps its own saved ticks in Storybook; a careers page uses the default key.
  parameters: { docs: { description: { component: guide } }, snippet: { storyOnly: ['storage-key'] } },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    items: { description: 'JSON: `{ id, label, description?, group?, dueInDays? }[]`' }
  },
  args: {
    'heading-level': 2,
    persist: 'local',
    'storage-key': 'story-playground',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

export const Default: Story = {
  name: 'Built-in items',
  args: { persist: 'none' }
};

export const HalfDone: Story = {
  name: 'Half done',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-half-done' },
  render: (args) => {
    seed(String(args['storage-key']), [
      'note-what-went-well',
      'tell-someone',
      'send-thanks',
      'ask-feedback',
      'save-two-roles',
      'three-strengths'
    ]);
    return frame(checklist(args));
  }
};

export const AllDone: Story = {
  name: 'All done',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-all-done' },
  render: (args) => {
    seed(String(args['storage-key']), ALL_IDS);
    return frame(checklist(args));
  }
};

export const CustomItems: Story = {
  name: 'Custom items',
  args: { persist: 'none', heading: 'Your next steps with Northwind', items: JSON.stringify(customItems) }
};

export const StorageUnavailable: Story = {
  name: 'Storage unavailable',
  // The refusal is staged inside Storybook for this story's key only.
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-storage-unavailable' },
  render: (args) => {
    refuseStorageForStory();
    return frame(checklist(args));
  }
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-rtl' },
  render: (args) => {
    seed(String(args['storage-key']), ['note-what-went-well', 'send-thanks']);
    return frame(checklist(args), { dir: 'rtl', lang: 'ar' });
  }
};

export const Dark: Story = {
  name: 'Dark',
  parameters: { snippet: { storyOnlyData: true } },
  args: { theme: 'dark', 'storage-key': 'story-dark' },
  render: (args) => {
    seed(String(args['storage-key']), ['note-what-went-well', 'send-thanks', 'save-two-roles']);
    return frame(checklist(args), { dark: true });
  }
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-narrow' },
  render: (args) => {
    seed(String(args['storage-key']), ['tell-someone']);
    return frame(checklist(args), { width: '320px' });
  }
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: {
    persist: 'none',
    '--onward-rejection-checklist-shadow': 'none',
    '--onward-rejection-checklist-progress-color': '#6b2fb3',
    '--onward-rejection-checklist-row-height': '3.25rem'
  },
  render: (args) => frame(brand(checklist(args)))
};
