import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CHECKLIST_BUILT_IN_ITEMS, type ChecklistItem } from '../src/components/rejection-checklist/rejection-checklist.types.js';
import { PERSIST_MODES, type PersistMode } from '../src/internal/storage.js';
import { brand, choice, frame, hostileCss, refuseStorageForStory } from './helpers.js';

interface Args {
  heading?: string;
  'heading-level': number;
  persist: PersistMode;
  'storage-key': string;
  items?: string;
  theme: 'light' | 'dark' | 'auto';
}

const ALL_IDS = CHECKLIST_BUILT_IN_ITEMS.map((item) => item.id);

/** Puts a saved state in place before the element reads it, as a visitor coming back would have. */
function seed(storageKey: string, checked: string[]): void {
  try {
    localStorage.setItem(`onward:v1:rejection-checklist:${storageKey}`, JSON.stringify({ version: 1, data: { checked } }));
  } catch {
    // Storybook in a locked-down browser: the story still renders, just without the saved ticks.
  }
}


const checklist = (args: Args) => html`<onward-rejection-checklist
  heading=${ifDefined(args.heading || undefined)}
  heading-level=${args['heading-level']}
  persist=${args.persist}
  storage-key=${args['storage-key']}
  items=${ifDefined(args.items || undefined)}
  theme=${args.theme}
></onward-rejection-checklist>`;

const customItems: ChecklistItem[] = [
  { id: 'thank-panel', label: 'Thank the panel by e-mail', group: 'feedback', description: 'Name one thing you enjoyed talking about.', dueInDays: 1 },
  { id: 'ask-recruiter', label: 'Ask your recruiter for one piece of feedback', group: 'feedback', dueInDays: 3 },
  { id: 'talent-pool', label: 'Join our talent community', group: 'search', description: 'We will write when a role like this one opens.' },
  { id: 'portfolio', label: 'Refresh one portfolio case study', group: 'Your portfolio', dueInDays: 14 },
  { id: 'rest', label: 'Take an evening off' }
];

const meta: Meta<Args> = {
  title: 'Elements/Rejection checklist',
  component: 'onward-rejection-checklist',
  render: (args) => frame(checklist(args)),
  argTypes: {
    persist: choice(PERSIST_MODES),
    theme: choice(['light', 'dark', 'auto']),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    items: { control: 'text', description: 'JSON: `{ id, label, description?, group?, dueInDays? }[]`' }
  },
  args: {
    'heading-level': 2,
    persist: 'local',
    'storage-key': 'story-playground',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Default: Story = {
  args: { persist: 'none' }
};

export const HalfDone: Story = {
  name: 'Half done',
  args: { 'storage-key': 'story-half-done' },
  render: (args) => {
    seed(args['storage-key'], ['note-what-went-well', 'tell-someone', 'send-thanks', 'ask-feedback', 'save-two-roles', 'three-strengths']);
    return frame(checklist(args));
  }
};

export const AllDone: Story = {
  name: 'All done',
  args: { 'storage-key': 'story-all-done' },
  render: (args) => {
    seed(args['storage-key'], ALL_IDS);
    return frame(checklist(args));
  }
};

export const CustomItems: Story = {
  name: 'Custom items',
  args: { persist: 'none', heading: 'Your next steps with Northwind', items: JSON.stringify(customItems) }
};

export const StorageUnavailable: Story = {
  name: 'Storage unavailable',
  args: { 'storage-key': 'story-storage-unavailable' },
  render: (args) => {
    refuseStorageForStory();
    return frame(checklist(args));
  }
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { 'storage-key': 'story-rtl' },
  render: (args) => {
    seed(args['storage-key'], ['note-what-went-well', 'send-thanks']);
    return frame(checklist(args), { dir: 'rtl', lang: 'ar' });
  }
};

export const Dark: Story = {
  args: { theme: 'dark', 'storage-key': 'story-dark' },
  render: (args) => {
    seed(args['storage-key'], ['note-what-went-well', 'send-thanks', 'save-two-roles']);
    return frame(checklist(args), { dark: true });
  }
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  args: { 'storage-key': 'story-narrow' },
  render: (args) => {
    seed(args['storage-key'], ['tell-someone']);
    return frame(checklist(args), { width: '320px' });
  }
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: { persist: 'none' },
  render: (args) =>
    frame(
      brand(checklist(args), '--onward-rejection-checklist-shadow: none; --onward-rejection-checklist-progress-color: #6b2fb3; --onward-rejection-checklist-row-height: 3.25rem')
    )
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  args: { persist: 'none' },
  render: (args) => frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${checklist(args)}<p>Page text.</p></div>`)
};
