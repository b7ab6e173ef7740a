import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { onward, type StoryArgs } from './element.js';
import { brand, frame } from './helpers.js';

const TAG = 'onward-strengths';
const strengths = (args: StoryArgs) => onward(TAG, args);

const guide = `
Step 5, "keep believing": the candidate writes down three strengths the interview showed, with gentle rotating
prompts, and sees them back as a calm card they can copy or print.

**Use it** at the end of the journey, or on its own where a candidate needs a confidence check before the next
application.

**Do not use it** to collect self-assessments for recruiters: what the candidate writes stays on their device and
never leaves it in an event (\`onward-strengths-change\` carries a count).

**Content.** The prompts come from the kit in every shipped language; change the heading with \`heading\`.

**Accessibility.** Three labelled text fields; what changed is announced through a status region that exists from
the first render.
`;

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

const withText =
  (texts: string[], options: Parameters<typeof frame>[1] = {}) =>
  (args: StoryArgs) => {
    seed(String(args['storage-key']), texts);
    return frame(strengths(args), options);
  };

const meta: Meta<StoryArgs> = {
  title: 'Elements/Strengths <onward-strengths>',
  id: 'elements-strengths',
  component: TAG,
  render: (args) => frame(strengths(args)),
  // Each story keeps its own saved text in Storybook; a careers page uses the default key.
  parameters: { docs: { description: { component: guide } }, snippet: { storyOnly: ['storage-key'] } },
  argTypes: {
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

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

export const Empty: Story = {
  name: 'Empty',
  args: { persist: 'none' }
};

export const Filled: Story = {
  name: 'Filled',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-filled' },
  render: withText(filled)
};

export const OneWritten: Story = {
  name: 'One written',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-one' },
  render: withText([filled[0], '', ''])
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-rtl' },
  render: withText(filled.slice(0, 2).concat(''), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  name: 'Dark',
  parameters: { snippet: { storyOnlyData: true } },
  args: { theme: 'dark', 'storage-key': 'story-dark' },
  render: withText(filled, { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-narrow' },
  render: withText(filled, { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  parameters: { snippet: { storyOnlyData: true } },
  args: { 'storage-key': 'story-theming', '--onward-strengths-card-background': '#f1e8ff' },
  render: (args) => {
    seed(String(args['storage-key']), filled);
    return frame(brand(strengths(args), '--onward-focus-ring: 3px dashed #6b2fb3'));
  }
};
