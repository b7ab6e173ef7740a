import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brand, choice, frame, hostileCss } from './helpers.js';

interface Args {
  applicants?: string;
  interviewed?: string;
  company?: string;
  'job-title'?: string;
  heading?: string;
  'heading-level': number;
  theme: 'light' | 'dark' | 'auto';
}

const odds = (args: Args) => html`<onward-interview-odds
  applicants=${ifDefined(args.applicants)}
  interviewed=${ifDefined(args.interviewed)}
  company=${ifDefined(args.company || undefined)}
  job-title=${ifDefined(args['job-title'] || undefined)}
  heading=${ifDefined(args.heading || undefined)}
  heading-level=${args['heading-level']}
  theme=${args.theme}
></onward-interview-odds>`;

const meta: Meta<Args> = {
  title: 'Elements/Interview odds',
  component: 'onward-interview-odds',
  render: (args) => frame(odds(args)),
  argTypes: {
    // Text controls, so a reviewer can type the bad values a host might send ("1,240", "-3", "2.5").
    applicants: { control: 'text' },
    interviewed: { control: 'text' },
    theme: choice(['light', 'dark', 'auto']),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } }
  },
  args: {
    applicants: '240',
    interviewed: '6',
    company: 'Larkspur Health',
    'job-title': 'Product designer',
    'heading-level': 3,
    theme: 'light'
  }
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Default: Story = { args: { company: undefined, 'job-title': undefined } };

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

export const NoNumbers: Story = {
  name: 'No numbers (general message, no warning)',
  args: { applicants: undefined, interviewed: undefined }
};

export const German: Story = {
  name: 'German number format',
  render: (args) => frame(odds({ ...args, applicants: '1240', interviewed: '12' }), { lang: 'de' })
};

export const RightToLeft: Story = {
  render: (args) => frame(odds(args), { dir: 'rtl', lang: 'ar' })
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => frame(odds(args), { dark: true })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  render: (args) => frame(odds(args), { width: '320px' })
};

export const Theming: Story = {
  name: 'Theming (tokens overridden)',
  render: (args) =>
    frame(
      brand(odds(args), '--onward-interview-odds-shadow: none; --onward-interview-odds-figure-size: 3rem')
    )
};

export const HostileHostPage: Story = {
  name: 'Hostile host page',
  render: (args) => frame(html`${hostileCss}<div class="hostile-page"><h3>Page heading</h3>${odds(args)}<p>Page text.</p></div>`)
};
