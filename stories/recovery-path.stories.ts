import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { onward, type StoryArgs } from './element.js';
import { frame } from './helpers.js';

const TAG = 'onward-recovery-path';
const path = (args: StoryArgs) => frame(onward(TAG, args), { width: '60rem' });

const guide = `
The whole way back in one tag: five step cards in journey order, each opening its tool in place, with progress the
candidate's device remembers. Start here.

**Use it** on the page a candidate lands on after a "no" (the rejection e-mail's link, the application status page),
when you want one finished section and have little room to design one.

**Do not use it** when you only want one step (use that tool, or a [step card](?path=/docs/elements-step-card--docs)),
or when your page already walks the candidate through the steps in its own layout.

**Content.** Pass what you already know (names, company, role, interview date, the numbers for the odds) so the
candidate types less. \`stage="applied"\` (turned down before an interview) leaves out the interview and feedback steps.
\`steps\` picks and orders the steps.

**Accessibility.** Each step has a button (with \`aria-expanded\`) that opens its tool below the card; Escape inside
a tool closes it and returns focus to that button. Progress ("2 of 5 steps done") is announced politely. Put it under a page heading: its own heading is an \`h2\`
by default (\`heading-level\`).
`;

const meta: Meta<StoryArgs> = {
  title: 'Elements/Recovery path <onward-recovery-path>',
  id: 'elements-recovery-path',
  component: TAG,
  render: path,
  parameters: {
    docs: { description: { component: guide } },
    // Storybook's stories keep no progress; a careers page should (the default), so the snippet leaves these out.
    snippet: { storyOnly: ['persist', 'storage-key'] }
  },
  args: {
    stage: 'final',
    'candidate-name': 'Sam Rivera',
    'recipient-name': 'Maya Chen',
    'recipient-email': 'maya.chen@larkspur.example',
    company: 'Larkspur Health',
    'job-title': 'Product Designer',
    'interview-date': '2026-11-20',
    applicants: 240,
    interviewed: 6,
    'search-url': 'https://careers.larkspur.example/search?q={title}&where={location}',
    location: 'Lisbon',
    persist: 'none',
    'storage-key': 'storybook',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

/** Puts saved progress in place before the element reads it, as a candidate coming back would have. */
function seed(storageKey: string, done: string[]): void {
  try {
    localStorage.setItem(`onward:v1:recovery-path:${storageKey}`, JSON.stringify({ version: 1, data: { done } }));
  } catch {
    // Storybook in a locked-down browser: the story still renders, just without the saved progress.
  }
}

export const AllDone: Story = {
  name: 'All done (the completion card)',
  parameters: { snippet: { storyOnlyData: true } },
  args: { persist: 'local', 'storage-key': 'story-path-all-done' },
  render: (args) => {
    seed(String(args['storage-key']), ['interview', 'feedback', 'search', 'learn', 'believe']);
    return path(args);
  }
};

export const StageApplied: Story = {
  name: 'Turned down before an interview (stage="applied")',
  args: { stage: 'applied', applicants: undefined, interviewed: undefined }
};

export const ChosenSteps: Story = {
  name: 'Chosen steps (steps="believe,learn")',
  args: { steps: 'believe,learn' }
};

export const Minimal: Story = {
  name: 'Nothing passed through',
  args: {
    stage: undefined,
    'candidate-name': undefined,
    'recipient-name': undefined,
    'recipient-email': undefined,
    company: undefined,
    'job-title': undefined,
    'interview-date': undefined,
    applicants: undefined,
    interviewed: undefined,
    'search-url': undefined,
    location: undefined
  }
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: (args) => frame(onward(TAG, args), { dir: 'rtl', lang: 'ar', width: '60rem' })
};

export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
  render: (args) => frame(onward(TAG, args), { dark: true, width: '60rem' })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  render: (args) => frame(onward(TAG, args), { width: '320px' })
};

export const Branded: Story = {
  name: 'Branded (tokens on the page)',
  render: (args) =>
    frame(
      html`<div data-story-brand style="--onward-color-accent: #1f4e8c; --onward-radius: 4px">${onward(TAG, args)}</div>`,
      { width: '60rem' }
    )
};
