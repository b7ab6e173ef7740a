import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { STEP_PRESETS } from '../src/components/step-card/step-card.types.js';
import { onward, type StoryArgs } from './element.js';
import { brand, frame } from './helpers.js';

const TAG = 'onward-step-card';
const card = (args: StoryArgs) => onward(TAG, args);

const guide = `
One step of the way back: a number badge, an icon, a heading, a short body, a call to action and an optional
"Mark as done" toggle (it reads "Done ✓" once done, and the card settles into a compact state). The five presets carry the kit's own wording in every shipped language.

**Use it** to link each step to a page of your own (\`href\`), or to lay out the steps in your own grid.

**Do not use it** for the whole journey when you have no layout of your own: the
[recovery path](?path=/docs/elements-recovery-path--docs) gives the five cards with their tools and remembered progress.
It is not a generic card for other content either.

**Content.** Keep your own heading short (one line on a phone) and the body to one or two sentences; slots replace
any part of a preset. \`action-label\` should say where the link goes ("Ask for feedback", not "Click here").

**Accessibility.** The heading is an \`h3\` by default; set \`heading-level\` to fit your page's outline. The toggle is
a button with \`aria-pressed\`, so screen readers hear whether the step is done.
`;

const meta: Meta<StoryArgs> = {
  title: 'Elements/Step card <onward-step-card>',
  id: 'elements-step-card',
  component: TAG,
  render: (args) => frame(card(args)),
  parameters: { docs: { description: { component: guide } } },
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
  args: {
    preset: 'feedback',
    step: 2,
    href: '#feedback',
    checkable: true,
    status: 'todo',
    variant: 'default',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

export const Interview: Story = { name: 'Interview', args: { preset: 'interview', step: 1, href: '#odds' } };
export const Feedback: Story = { name: 'Feedback', args: { preset: 'feedback', step: 2 } };
export const Search: Story = { name: 'Search', args: { preset: 'search', step: 3, href: '#roles' } };
export const Learn: Story = { name: 'Learn', args: { preset: 'learn', step: 4, href: '#plan' } };
export const Believe: Story = { name: 'Believe', args: { preset: 'believe', step: 5, href: '#strengths' } };

export const Done: Story = { name: 'Done', args: { preset: 'search', step: 3, status: 'done' } };
export const Compact: Story = { name: 'Compact', args: { variant: 'compact', href: undefined } };
export const Outlined: Story = { name: 'Outlined', args: { variant: 'outlined' } };
export const NoActions: Story = { name: 'No actions', args: { checkable: false, href: undefined, step: undefined } };

export const CustomContent: Story = {
  name: 'Custom content (slots)',
  args: { preset: undefined, step: 6, href: undefined },
  render: (args) =>
    frame(
      onward(
        TAG,
        args,
        html`<span slot="heading">Talk it through with someone you trust</span>
          <span slot="icon" style="font-size: 1.25rem">☕</span>
          <p style="margin: 0">A friend, a mentor or a past colleague. Ten minutes out loud can make the next step clearer.</p>
          <a slot="actions" href="#mentors">Find a mentor</a>`
      )
    )
};

export const AllSteps: Story = {
  name: 'All five steps',
  render: (args) =>
    frame(
      html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
        ${STEP_PRESETS.map((preset, index) => card({ ...args, preset, step: index + 1, status: 'todo', href: `#${preset}` }))}
      </div>`,
      { width: '72rem' }
    )
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: (args) => frame(card(args), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
  render: (args) => frame(card(args), { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  render: (args) => frame(card(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: { '--onward-step-card-shadow': 'none', '--onward-step-card-padding': '2rem' },
  render: (args) => frame(brand(card(args), '--onward-focus-ring: 3px dashed #6b2fb3'))
};
