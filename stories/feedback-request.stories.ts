import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { OnwardFeedbackRequest } from '../src/components/feedback-request/feedback-request.js';
import { onward, type StoryArgs } from './element.js';
import { brand, frame } from './helpers.js';

const TAG = 'onward-feedback-request';
const request = (args: StoryArgs) => onward(TAG, args);
const wide = { width: '64rem' };

const guide = `
Step 2, "ask for feedback": a short, polite feedback request in three tones, for e-mail or LinkedIn. It opens on the
note itself, in a text area the candidate can edit, with "Open in e-mail app" (or Copy for LinkedIn) right under it,
then Copy, a \`.txt\` download and a follow-up reminder (\`.ics\`). The details it is written from are folded into
"Edit details".

**Use it** when the candidate met someone they can write to: prefill the names, company, role and interview date
you already know. With \`candidate-name\`, \`company\` and \`job-title\` the note comes first and the details stay
folded; while one is missing, "Edit details" is open and comes first.

**Do not use it** for candidates turned down by an automated screen (nobody to ask), or to send the note yourself:
the element never sends anything; the candidate copies it or opens it in their own e-mail app.

**Content.** \`recipient-email\` must be a valid address for the mail link to appear. Your own wording per tone and
channel goes in the \`templates\` property (JavaScript only). What will be sent, hand edits included, is on the
\`message\` property, never in an event. Hand edits are kept on the device (\`persist\`, \`storage-key\`); a later change
to the details never overwrites them, and "Rebuild from the details" writes the note afresh.

**Accessibility.** A labelled text area and native fields; "Edit details" is a native disclosure (\`details\`/\`summary\`).
"Copied" and other results are announced through a status region that exists from the first render, while the Copy
button reads "Copied ✓" in place. The length guidance is text ("86 words, a good length."), not a bar.
`;

/** What a careers site knows about the candidate and the interview, passed in as attributes. */
const fromHost: StoryArgs = {
  'candidate-name': 'Sam Lee',
  'recipient-name': 'Priya Raman',
  'recipient-email': 'priya.raman@example.com',
  company: 'Northwind',
  'job-title': 'Product designer',
  'interview-date': '2025-03-04',
  stage: 'final'
};

/** Types into the "Something you talked about" field the way a candidate would, with "Edit details" open. */
async function typeTopic(canvasElement: HTMLElement, topic: string): Promise<OnwardFeedbackRequest> {
  const element = canvasElement.querySelector('onward-feedback-request')!;
  await element.updateComplete;
  element.shadowRoot!.querySelector('details')!.open = true;
  const field = element.shadowRoot!.querySelector<HTMLInputElement>('#field-topic')!;
  field.value = topic;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  return element;
}

const meta: Meta<StoryArgs> = {
  title: 'Elements/Feedback request <onward-feedback-request>',
  id: 'elements-feedback-request',
  component: TAG,
  render: (args) => frame(request(args), wide),
  parameters: {
    docs: { description: { component: guide } },
    // Storybook's stories keep no hand edits; a careers page should (the default), so the snippet leaves this out.
    snippet: { storyOnly: ['persist'] }
  },
  argTypes: { 'interview-date': { description: 'ISO date, `YYYY-MM-DD`' } },
  // Each story starts from the host's details: nothing typed in one story shows up in another.
  args: { ...fromHost, tone: 'warm', channel: 'email', theme: 'light', persist: 'none' }
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Playground: Story = { name: 'Playground' };

export const PrefilledFromHost: Story = {
  name: 'Prefilled from the host',
  render: (args) =>
    frame(
      html`<section aria-labelledby="story-feedback-heading">
        <h2 id="story-feedback-heading" style="margin-block: 0 0.5rem">Ask Northwind for feedback</h2>
        <p style="margin-block: 0 1rem">We filled in what we know from your application. Change anything you like.</p>
        ${request(args)}
      </section>`,
      wide
    )
};

export const Empty: Story = {
  name: 'Nothing prefilled',
  args: {
    'candidate-name': undefined,
    'recipient-name': undefined,
    'recipient-email': undefined,
    company: undefined,
    'job-title': undefined,
    'interview-date': undefined,
    stage: undefined
  }
};

export const DetailMissing: Story = {
  name: 'A detail missing (details open first)',
  args: { 'job-title': undefined }
};

export const EditedByHand: Story = {
  name: 'Edited by hand (Rebuild from the details)',
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('onward-feedback-request')!;
    await element.updateComplete;
    const note = element.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    note.value = note.value.replace('Warm wishes,', 'Thank you again for your time.\n\nWarm wishes,');
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
  }
};

export const NotReady: Story = {
  name: 'Not ready yet (no name to greet)',
  tags: ['!autodocs'],
  args: { 'recipient-name': undefined }
};

// Variants checked one at a time stay in the sidebar but off the docs page, which would otherwise be very long.
export const Warm: Story = { name: 'Warm tone', tags: ['!autodocs'], args: { tone: 'warm' } };
export const Formal: Story = { name: 'Formal tone', tags: ['!autodocs'], args: { tone: 'formal' } };
export const Brief: Story = { name: 'Brief tone', tags: ['!autodocs'], args: { tone: 'brief' } };

export const LinkedIn: Story = { name: 'LinkedIn message', args: { channel: 'linkedin' } };

export const LinkedInOverTheLimit: Story = {
  name: 'LinkedIn over the limit',
  tags: ['!autodocs'],
  args: {
    channel: 'linkedin',
    'candidate-name': 'Maximilian Featherstone-Okonkwo',
    'recipient-name': 'Dr. Alexandra Whitfield-Castellanos',
    'job-title':
      'Senior Principal Product Designer for Patient Experience, Clinical Workflows and Accessibility across Europe'
  }
};

export const WordingHint: Story = {
  name: 'Wording hint showing',
  play: async ({ canvasElement }) => {
    await typeTopic(canvasElement, 'why didn’t I get it, when the person you hired has less experience');
  }
};

export const InvalidAddress: Story = {
  name: 'Invalid e-mail address (no mail link)',
  args: { 'recipient-email': 'priya.raman@' }
};

export const TooLongForAMailLink: Story = {
  name: 'Too long for a mail link',
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await typeTopic(canvasElement, 'how the team learned from the first pilot with nurses and patients '.repeat(25));
  }
};

export const HostTemplates: Story = {
  name: 'Your own wording (templates property)',
  args: {
    templates: {
      warm: {
        email: {
          subject: 'Thank you from {candidateName}',
          body: '{greeting}\n\nThank you for the {meeting} for {role} at {company}. {topicSentence}\n\nI respect your decision. Could you tell me {questions}?\n\n{futureSentence}\n\nAll the best,\n{candidateName}'
        }
      }
    }
  }
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: (args) => frame(request(args), { dir: 'rtl', lang: 'ar', ...wide })
};

export const Dark: Story = {
  name: 'Dark',
  args: { theme: 'dark' },
  render: (args) => frame(request(args), { dark: true, ...wide })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  tags: ['!autodocs'],
  render: (args) => frame(request(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  args: { '--onward-feedback-request-preview-background': '#f1e9fb' },
  render: (args) => frame(brand(request(args), '--onward-focus-ring: 3px dashed #6b2fb3'), wide)
};
