import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OnwardFeedbackRequest } from '../src/components/feedback-request/feedback-request.js';
import { FEEDBACK_CHANNELS, FEEDBACK_STAGES, FEEDBACK_TONES } from '../src/components/feedback-request/feedback-request.types.js';
import { brand, choice, frame, hostileCss } from './helpers.js';

interface Args {
  'candidate-name'?: string;
  'recipient-name'?: string;
  'recipient-email'?: string;
  company?: string;
  'job-title'?: string;
  'interview-date'?: string;
  stage: (typeof FEEDBACK_STAGES)[number];
  tone: (typeof FEEDBACK_TONES)[number];
  channel: (typeof FEEDBACK_CHANNELS)[number];
  theme: 'light' | 'dark' | 'auto';
}

const request = (args: Args) => html`<onward-feedback-request
  candidate-name=${ifDefined(args['candidate-name'] || undefined)}
  recipient-name=${ifDefined(args['recipient-name'] || undefined)}
  recipient-email=${ifDefined(args['recipient-email'] || undefined)}
  company=${ifDefined(args.company || undefined)}
  job-title=${ifDefined(args['job-title'] || undefined)}
  interview-date=${ifDefined(args['interview-date'] || undefined)}
  stage=${args.stage}
  tone=${args.tone}
  channel=${args.channel}
  theme=${args.theme}
></onward-feedback-request>`;

/** What a careers site knows about the candidate and the interview, passed in as attributes. */
const fromHost: Partial<Args> = {
  'candidate-name': 'Sam Lee',
  'recipient-name': 'Priya Raman',
  'recipient-email': 'priya.raman@example.com',
  company: 'Northwind',
  'job-title': 'Product designer',
  'interview-date': '2025-03-04',
  stage: 'final'
};

const empty: Partial<Args> = {
  'candidate-name': undefined,
  'recipient-name': undefined,
  'recipient-email': undefined,
  company: undefined,
  'job-title': undefined,
  'interview-date': undefined,
  stage: 'interview'
};

/** Types into the "Something you talked about" field the way a candidate would. */
async function typeTopic(canvasElement: HTMLElement, topic: string): Promise<OnwardFeedbackRequest> {
  const element = canvasElement.querySelector('onward-feedback-request')!;
  await element.updateComplete;
  const field = element.shadowRoot!.querySelector<HTMLInputElement>('#field-topic')!;
  field.value = topic;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  return element;
}

const meta: Meta<Args> = {
  title: 'Elements/Feedback request',
  component: 'onward-feedback-request',
  render: (args) => frame(request(args), { width: '64rem' }),
  argTypes: {
    stage: choice(FEEDBACK_STAGES),
    tone: choice(FEEDBACK_TONES),
    channel: choice(FEEDBACK_CHANNELS),
    theme: choice(['light', 'dark', 'auto']),
    'interview-date': { control: 'text', description: 'ISO date, `YYYY-MM-DD`' }
  },
  args: { ...fromHost, tone: 'warm', channel: 'email', theme: 'light' } as Args
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const PrefilledFromHost: Story = {
  name: 'Prefilled from the host',
  render: (args) =>
    frame(
      html`<section aria-labelledby="story-feedback-heading">
        <h2 id="story-feedback-heading" style="margin-block: 0 0.5rem">Ask Northwind for feedback</h2>
        <p style="margin-block: 0 1rem">We filled in what we know from your application. Change anything you like.</p>
        ${request(args)}
      </section>`,
      { width: '64rem' }
    )
};

export const Empty: Story = { args: empty };

export const Warm: Story = { args: { tone: 'warm' } };
export const Formal: Story = { args: { tone: 'formal' } };
export const Brief: Story = { args: { tone: 'brief' } };

export const LinkedIn: Story = { name: 'LinkedIn message', args: { channel: 'linkedin' } };

export const LinkedInOverTheLimit: Story = {
  name: 'LinkedIn over the limit',
  args: {
    channel: 'linkedin',
    'candidate-name': 'Maximilian Featherstone-Okonkwo',
    'recipient-name': 'Dr. Alexandra Whitfield-Castellanos',
    'job-title': 'Senior Principal Product Designer for Patient Experience, Clinical Workflows and Accessibility across Europe'
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
  play: async ({ canvasElement }) => {
    await typeTopic(canvasElement, 'how the team learned from the first pilot with nurses and patients '.repeat(25));
  }
};

export const ClipboardRefused: Story = {
  name: 'Clipboard refused',
  beforeEach: () => {
    const had = Object.prototype.hasOwnProperty.call(navigator, 'clipboard');
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }
    });
    return () => {
      if (had && own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    };
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('onward-feedback-request')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  }
};

export const RightToLeft: Story = {
  render: (args) => frame(request(args), { dir: 'rtl', lang: 'ar', width: '64rem' })
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => frame(request(args), { dark: true, width: '64rem' })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  render: (args) => frame(request(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  render: (args) =>
    frame(
      brand(request(args), '--onward-feedback-request-preview-background: #f1e9fb; --onward-focus-ring: 3px dashed #6b2fb3'),
      { width: '64rem' }
    )
};

export const HostTemplates: Story = {
  name: 'Host templates',
  render: (args) => {
    const templates = {
      warm: {
        email: {
          subject: 'Thank you from {candidateName}',
          body: '{greeting}\n\nThank you for the {meeting} for {role} at {company}. {topicSentence}\n\nI respect your decision. Could you tell me {questions}?\n\n{futureSentence}\n\nAll the best,\n{candidateName}'
        }
      }
    };
    return frame(html`<onward-feedback-request
      .templates=${templates}
      candidate-name=${ifDefined(args['candidate-name'])}
      recipient-name=${ifDefined(args['recipient-name'])}
      recipient-email=${ifDefined(args['recipient-email'])}
      company=${ifDefined(args.company)}
      job-title=${ifDefined(args['job-title'])}
      stage=${args.stage}
      theme=${args.theme}
    ></onward-feedback-request>`, { width: '64rem' });
  }
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  args: {
    'candidate-name': '<img src=x onerror=alert(1)>',
    'recipient-name': 'Priya\r\nBcc: eve@example.com',
    company: 'Northwind&bcc=eve@example.com#x'
  },
  render: (args) => frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${request(args)}<p>Page text.</p></div>`, { width: '64rem' })
};
