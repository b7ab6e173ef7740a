import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PATH_STAGES, type PathStage } from '../src/components/recovery-path/recovery-path.types.js';
import { choice, frame } from './helpers.js';

interface Args {
  steps: string;
  stage: PathStage;
  'candidate-name'?: string;
  'recipient-name'?: string;
  'recipient-email'?: string;
  company?: string;
  'job-title'?: string;
  'interview-date'?: string;
  applicants?: number;
  interviewed?: number;
  'jobs-src'?: string;
  'search-url'?: string;
  location?: string;
  persist: 'local' | 'session' | 'none';
  'storage-key': string;
  theme: 'light' | 'dark' | 'auto';
}

const path = (args: Args) => html`<onward-recovery-path
  steps=${args.steps}
  stage=${args.stage}
  candidate-name=${ifDefined(args['candidate-name'])}
  recipient-name=${ifDefined(args['recipient-name'])}
  recipient-email=${ifDefined(args['recipient-email'])}
  company=${ifDefined(args.company)}
  job-title=${ifDefined(args['job-title'])}
  interview-date=${ifDefined(args['interview-date'])}
  applicants=${ifDefined(args.applicants)}
  interviewed=${ifDefined(args.interviewed)}
  jobs-src=${ifDefined(args['jobs-src'])}
  search-url=${ifDefined(args['search-url'])}
  location=${ifDefined(args.location)}
  persist=${args.persist}
  storage-key=${args['storage-key']}
  theme=${args.theme}
></onward-recovery-path>`;

const meta: Meta<Args> = {
  title: 'Elements/Recovery path',
  component: 'onward-recovery-path',
  render: (args) => frame(path(args), { width: '60rem' }),
  argTypes: {
    stage: choice(PATH_STAGES),
    persist: choice(['local', 'session', 'none']),
    theme: choice(['light', 'dark', 'auto'])
  },
  args: {
    steps: 'interview,feedback,search,learn,believe',
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

type Story = StoryObj<Args>;

export const Playground: Story = {};

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
  render: () => frame(html`<onward-recovery-path persist="none"></onward-recovery-path>`, { width: '60rem' })
};

export const RightToLeft: Story = {
  render: (args) => frame(path(args), { dir: 'rtl', lang: 'ar', width: '60rem' })
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => frame(path(args), { dark: true, width: '60rem' })
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  render: (args) => frame(path(args), { width: '320px' })
};
