import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  STEP_PRESETS,
  STEP_STATUSES,
  STEP_VARIANTS,
  type StepPreset,
  type StepStatus,
  type StepVariant
} from '../src/components/step-card/step-card.types.js';
import { brand, choice, frame, hostileCss } from './helpers.js';

interface Args {
  preset?: StepPreset;
  step?: number;
  heading?: string;
  'heading-level': number;
  href?: string;
  'action-label'?: string;
  checkable: boolean;
  status: StepStatus;
  variant: StepVariant;
  theme: 'light' | 'dark' | 'auto';
}

const card = (args: Args) => html`<onward-step-card
  preset=${ifDefined(args.preset)}
  step=${ifDefined(args.step)}
  heading=${ifDefined(args.heading || undefined)}
  heading-level=${args['heading-level']}
  href=${ifDefined(args.href || undefined)}
  action-label=${ifDefined(args['action-label'] || undefined)}
  ?checkable=${args.checkable}
  status=${args.status}
  variant=${args.variant}
  theme=${args.theme}
></onward-step-card>`;

const meta: Meta<Args> = {
  title: 'Elements/Step card',
  component: 'onward-step-card',
  render: (args) => frame(card(args)),
  argTypes: {
    preset: choice(STEP_PRESETS),
    status: choice(STEP_STATUSES),
    variant: choice(STEP_VARIANTS),
    theme: choice(['light', 'dark', 'auto']),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } }
  },
  args: {
    preset: 'feedback',
    step: 2,
    'heading-level': 3,
    href: '#feedback',
    checkable: true,
    status: 'todo',
    variant: 'default',
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Interview: Story = { args: { preset: 'interview', step: 1, href: '#odds' } };
export const Feedback: Story = { args: { preset: 'feedback', step: 2 } };
export const Search: Story = { args: { preset: 'search', step: 3, href: '#roles' } };
export const Learn: Story = { args: { preset: 'learn', step: 4, href: '#plan' } };
export const Believe: Story = { args: { preset: 'believe', step: 5, href: '#strengths' } };

export const Done: Story = { args: { preset: 'search', step: 3, status: 'done' } };
export const Compact: Story = { args: { variant: 'compact', href: undefined } };
export const Outlined: Story = { args: { variant: 'outlined' } };
export const NoActions: Story = { args: { checkable: false, href: undefined, step: undefined } };

export const CustomContent: Story = {
  render: (args) =>
    frame(html`<onward-step-card step="6" ?checkable=${args.checkable} theme=${args.theme}>
      <span slot="heading">Talk it through with someone you trust</span>
      <span slot="icon" style="font-size: 1.25rem">☕</span>
      <p style="margin: 0">A friend, a mentor or a past colleague. Ten minutes out loud can make the next step clearer.</p>
      <a slot="actions" href="#mentors">Find a mentor</a>
    </onward-step-card>`)
};

export const AllSteps: Story = {
  render: (args) =>
    frame(
      html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
        ${STEP_PRESETS.map(
          (preset, index) =>
            html`<onward-step-card preset=${preset} step=${index + 1} checkable theme=${args.theme} href="#${preset}"></onward-step-card>`
        )}
      </div>`,
      { width: '72rem' }
    )
};

export const RightToLeft: Story = {
  render: (args) => frame(card(args), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => frame(card(args), { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  render: (args) => frame(card(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  render: (args) =>
    frame(
      brand(card(args), '--onward-step-card-shadow: none; --onward-step-card-padding: 2rem; --onward-focus-ring: 3px dashed #6b2fb3')
    )
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  render: (args) => frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${card(args)}<p>Page text.</p></div>`)
};
