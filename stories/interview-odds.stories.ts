import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { onward, type StoryArgs } from './element.js';
import { brand, frame } from './helpers.js';

const TAG = 'onward-interview-odds';
const odds = (args: StoryArgs) => onward(TAG, args);

const guide = `
Step 1, "remember you got an interview": says plainly how far the candidate got, from your own numbers ("You were one of
6 people interviewed, out of 240 who applied"), with the share only as a quiet second line and never as a rank. Under
it, a short "One thing that went well" field, kept on the device (\`persist\`, \`storage-key\`); saving it fires
\`onward-odds-note-change\` with \`{ filled }\` only.

**Use it** when your applicant tracking system knows how many people applied and how many were interviewed for the role.

**Do not use it** with guessed or rounded-up numbers, or for a candidate turned down before any interview: there is
nothing to put in perspective, and the [recovery path](?path=/docs/elements-recovery-path--docs) leaves this step out
for \`stage="applied"\`.

**Content.** Pass whole numbers without separators (\`1240\`, not \`1,240\`). Missing or inconsistent numbers (more
interviewed than applied, negative, not a number) show a kind general message instead, with one console warning.

**Accessibility.** The figure and the sentence are plain text, read in order. The heading is an \`h3\` by default
(\`heading-level\`).
`;

const meta: Meta<StoryArgs> = {
  title: 'Elements/Interview odds <onward-interview-odds>',
  id: 'elements-interview-odds',
  component: TAG,
  render: (args) => frame(odds(args)),
  parameters: { docs: { description: { component: guide } } },
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
  args: {
    applicants: '240',
    interviewed: '6',
    company: 'Larkspur Health',
    'job-title': 'Product designer',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

export const Default: Story = { name: 'Numbers only', args: { company: undefined, 'job-title': undefined } };

export const UnderOnePercent: Story = {
  name: 'Under 1% (one decimal)',
  args: { applicants: '2000', interviewed: '7' }
};

export const MostWereInterviewed: Story = {
  name: 'Most were interviewed (plain count)',
  args: { applicants: '8', interviewed: '6' }
};

export const InvalidNumbers: Story = {
  name: 'Invalid numbers (general message, one console warning)',
  args: { applicants: '6', interviewed: '240' }
};

export const NotANumber: Story = {
  name: 'Not a number ("1,240")',
  args: { applicants: '1,240', interviewed: '12' }
};

export const NothingStored: Story = {
  name: 'Note kept for this visit only (persist="none")',
  args: { persist: 'none' }
};

export const NoNumbers: Story = {
  name: 'No numbers (general message, no warning)',
  args: { applicants: undefined, interviewed: undefined }
};

export const German: Story = {
  name: 'German number format',
  args: { applicants: '1240', interviewed: '12' },
  render: (args) => frame(odds(args), { lang: 'de' })
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: (args) => frame(odds(args), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
  render: (args) => frame(odds(args), { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  render: (args) => frame(odds(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: { '--onward-interview-odds-shadow': 'none', '--onward-interview-odds-figure-size': '3rem' },
  render: (args) => frame(brand(odds(args)))
};
