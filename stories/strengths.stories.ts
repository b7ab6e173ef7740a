import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PERSIST_MODES, type PersistMode } from '../src/internal/storage.js';
import { brand, choice, frame, hostileCss } from './helpers.js';

interface Args {
  heading?: string;
  'heading-level': number;
  persist: PersistMode;
  'storage-key': string;
  theme: 'light' | 'dark' | 'auto';
}

const filled = [
  'I explained my thesis project clearly, and they asked good follow-up questions.',
  'I stayed calm when the live coding task went wrong, and talked through my thinking.',
  'I already use two of the tools in the job post every day.'
];

/** Puts saved strengths in place before the element reads them, as a visitor coming back would have. */
function seed(storageKey: string, texts: string[], prompts = [0, 1, 2]): void {
  try {
    localStorage.setItem(`onward:v1:strengths:${storageKey}`, JSON.stringify({ version: 1, data: { texts, prompts } }));
  } catch {
    // Storybook in a locked-down browser: the story still renders, just without the saved text.
  }
}

const strengths = (args: Args) => html`<onward-strengths
  heading=${ifDefined(args.heading || undefined)}
  heading-level=${args['heading-level']}
  persist=${args.persist}
  storage-key=${args['storage-key']}
  theme=${args.theme}
></onward-strengths>`;

const withText = (texts: string[], options: Parameters<typeof frame>[1] = {}) => (args: Args) => {
  seed(args['storage-key'], texts);
  return frame(strengths(args), options);
};

const meta: Meta<Args> = {
  title: 'Elements/Strengths',
  component: 'onward-strengths',
  render: (args) => frame(strengths(args)),
  argTypes: {
    persist: choice(PERSIST_MODES),
    theme: choice(['light', 'dark', 'auto']),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } }
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

export const Empty: Story = {
  args: { persist: 'none' }
};

export const Filled: Story = {
  args: { 'storage-key': 'story-filled' },
  render: withText(filled)
};

export const OneWritten: Story = {
  name: 'One written',
  args: { 'storage-key': 'story-one' },
  render: withText([filled[0], '', ''])
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { 'storage-key': 'story-rtl' },
  render: withText(filled.slice(0, 2).concat(''), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  args: { theme: 'dark', 'storage-key': 'story-dark' },
  render: withText(filled, { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  args: { 'storage-key': 'story-narrow' },
  render: withText(filled, { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: { 'storage-key': 'story-theming' },
  render: (args) => {
    seed(args['storage-key'], filled);
    return frame(
      brand(strengths(args), '--onward-strengths-card-background: #f1e8ff; --onward-focus-ring: 3px dashed #6b2fb3')
    );
  }
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  args: { 'storage-key': 'story-hostile' },
  render: (args) => {
    seed(args['storage-key'], filled);
    return frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${strengths(args)}<p>Page text.</p></div>`);
  }
};
