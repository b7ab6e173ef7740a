import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { onward, type StoryArgs } from './element.js';
import { frame, hostileCss } from './helpers.js';

/**
 * Fixtures for the kit's own tests and for reviewers: a host page whose global CSS tries to break every element, and a
 * browser that refuses the clipboard. They are not usage examples, so they stay out of the elements' docs pages.
 */
const meta: Meta<StoryArgs> = {
  title: 'Testing/Fixtures',
  id: 'testing-fixtures',
  tags: ['!autodocs'],
  parameters: { snippet: { testOnly: true } }
};
export default meta;

type Story = StoryObj<StoryArgs>;

const hostile = (content: TemplateResult, width?: string) =>
  frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${content}<p>Page text.</p></div>`, { width });

export const HostileStepCard: Story = {
  name: 'Hostile host page: step card',
  render: () => hostile(onward('onward-step-card', { preset: 'feedback', step: 2, href: '#feedback', checkable: true }))
};

export const HostileInterviewOdds: Story = {
  name: 'Hostile host page: interview odds',
  render: () =>
    hostile(onward('onward-interview-odds', { applicants: 240, interviewed: 6, company: 'Larkspur Health' }))
};

export const HostileFeedbackRequest: Story = {
  name: 'Hostile host page: feedback request',
  render: () =>
    hostile(
      onward('onward-feedback-request', {
        'candidate-name': '<img src=x onerror=alert(1)>',
        'recipient-name': 'Priya\r\nBcc: eve@example.com',
        'recipient-email': 'priya.raman@example.com',
        company: 'Northwind&bcc=eve@example.com#x',
        stage: 'final'
      }),
      '64rem'
    )
};

export const HostileSimilarRoles: Story = {
  name: 'Hostile host page: similar roles',
  render: () =>
    hostile(
      onward('onward-similar-roles', {
        jobs: JSON.stringify([
          { title: 'Senior product designer', url: '#job-101', company: 'Larkspur Health', location: 'Berlin' },
          { title: 'UX designer, patient apps', url: '#job-102', location: 'Remote (EU)' }
        ]),
        'job-title': 'Product designer',
        'search-url': '#search?q={title}'
      })
    )
};

export const HostileLearningPlan: Story = {
  name: 'Hostile host page: learning plan',
  render: () => hostile(onward('onward-learning-plan', { persist: 'none' }))
};

export const HostileStrengths: Story = {
  name: 'Hostile host page: strengths',
  render: () => hostile(onward('onward-strengths', { persist: 'none' }))
};

export const HostileChecklist: Story = {
  name: 'Hostile host page: rejection checklist',
  render: () => hostile(onward('onward-rejection-checklist', { persist: 'none' }))
};

export const HostileRecoveryPath: Story = {
  name: 'Hostile host page: recovery path',
  render: () =>
    hostile(
      onward('onward-recovery-path', { persist: 'none', company: 'Larkspur Health', applicants: 240, interviewed: 6 }),
      '60rem'
    )
};

export const ClipboardRefused: Story = {
  name: 'Clipboard refused: feedback request',
  render: () =>
    frame(
      onward('onward-feedback-request', { 'recipient-name': 'Priya Raman', company: 'Northwind', stage: 'final' }),
      { width: '64rem' }
    ),
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
