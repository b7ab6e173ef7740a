import { expect } from '@open-wc/testing';
// Vue's ES module build for browsers (runtime + template compiler), the same API a Vite + Vue project uses.
import { createApp, nextTick, ref } from 'vue/dist/vue.esm-browser.prod.js';
import '../src/define/rejection-checklist.js';
import '../src/define/similar-roles.js';
import '../src/define/step-card.js';
import type { OnwardRejectionChecklist } from '../src/components/rejection-checklist/rejection-checklist.js';
import type {
  ChecklistChangeDetail,
  ChecklistItem
} from '../src/components/rejection-checklist/rejection-checklist.types.js';
import type { OnwardSimilarRoles } from '../src/components/similar-roles/similar-roles.js';
import type { SimilarRole } from '../src/core/jobs.js';
import type { OnwardStepCard } from '../src/components/step-card/step-card.js';
import type { StepChangeDetail } from '../src/components/step-card/step-card.types.js';
import { observe } from './helpers/console.js';
import { text } from './helpers/fields.js';

const parts = (element: Element, name: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)
];

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The template from docs/frameworks.md: `.prop` for arrays, `@onward-…` for events. */
const template = `
  <onward-rejection-checklist :items.prop="items" persist="none" heading-level="3"
    @onward-checklist-change="onChecklistChange"></onward-rejection-checklist>
  <onward-similar-roles :jobs.prop="jobs" job-title="UX designer"></onward-similar-roles>
  <onward-step-card preset="feedback" step="2" checkable @onward-step-change="onStepChange"></onward-step-card>
  <button type="button" @click="addJob">More roles</button>
  <output id="progress">{{ progress }}</output>
  <output id="step">{{ step }}</output>
`;

describe('Vue 3 with isCustomElement, .prop bindings and @onward-* listeners', () => {
  let container: HTMLElement;
  let unmount: () => void;
  const warnings: string[] = [];
  let elementWarnings: string[] = [];

  beforeEach(async () => {
    container = document.createElement('div');
    document.body.append(container);
    const app = createApp({
      template,
      setup() {
        const items = ref<ChecklistItem[]>([
          { id: 'call-mentor', label: 'Call your mentor', group: 'feedback' },
          { id: 'walk', label: 'Take a long walk' }
        ]);
        const jobs = ref<SimilarRole[]>([
          { title: 'Product designer', url: '/jobs/101', company: 'Northwind', location: 'Berlin' }
        ]);
        const progress = ref('nothing yet');
        const step = ref('todo');
        return {
          items,
          jobs,
          progress,
          step,
          addJob: () =>
            (jobs.value = [...jobs.value, { title: 'UX researcher', url: '/jobs/102', location: 'Remote' }]),
          onChecklistChange: (event: CustomEvent<ChecklistChangeDetail>) =>
            (progress.value = `${event.detail.completed} of ${event.detail.total}`),
          onStepChange: (event: CustomEvent<StepChangeDetail>) => (step.value = event.detail.status)
        };
      }
    });
    // Without this, Vue tries to resolve <onward-…> as Vue components and warns.
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('onward-');
    app.config.warnHandler = (message: string) => warnings.push(message);
    const observed = await observe(async () => {
      app.mount(container);
      await nextTick();
      const tags = ['onward-rejection-checklist', 'onward-similar-roles', 'onward-step-card'] as const;
      await Promise.all(tags.map((tag) => container.querySelector(tag)!.updateComplete));
    });
    expect(observed.errors).to.deep.equal([]);
    elementWarnings = observed.warnings;
    unmount = () => app.unmount();
  });

  afterEach(() => {
    unmount();
    container.remove();
  });

  const checklist = () => container.querySelector<OnwardRejectionChecklist>('onward-rejection-checklist')!;
  const roles = () => container.querySelector<OnwardSimilarRoles>('onward-similar-roles')!;
  const card = () => container.querySelector<OnwardStepCard>('onward-step-card')!;
  const output = (id: string) => text(container.querySelector(`#${id}`));

  it('renders the elements as custom elements, not as Vue components', () => {
    expect(card()).to.be.instanceOf(customElements.get('onward-step-card')!);
    expect(text(parts(card(), 'heading')[0])).to.contain('Ask for feedback');
    expect(parts(card(), 'toggle')).to.have.length(1);
    expect(warnings).to.deep.equal([]);
  });

  it('reads step="2", which Vue sets on the property as text, as step 2 (no warning)', () => {
    expect(card().step).to.equal(2);
    expect(text(parts(card(), 'badge')[0])).to.contain('2');
    expect(elementWarnings).to.deep.equal([]);
  });

  it('binds arrays as properties with .prop, and attributes as attributes', () => {
    expect(checklist().hasAttribute('items')).to.be.false;
    expect(parts(checklist(), 'item-label').map(text)).to.deep.equal(['Take a long walk', 'Call your mentor']);
    expect(parts(checklist(), 'heading')[0].localName).to.equal('h3');
    expect(roles().hasAttribute('jobs')).to.be.false;
    expect(parts(roles(), 'link').map(text)).to.deep.equal(['Product designer']);
    expect(roles().jobTitle).to.equal('UX designer');
  });

  it('hands a new array to the element when Vue state changes', async () => {
    container.querySelector('button')!.click();
    await until(() => parts(roles(), 'link').length === 2, 'the new roles to render');
    // Ranked against job-title "UX designer": each shares one word with it, and the remote role comes first.
    expect(parts(roles(), 'link').map(text)).to.deep.equal(['UX researcher', 'Product designer']);
  });

  it('calls @onward-* listeners with the event, and Vue re-renders from its detail', async () => {
    parts(checklist(), 'checkbox')[0].click();
    await until(() => output('progress') === '1 of 2', 'the checklist event to reach Vue');
    parts(card(), 'toggle')[0].click();
    await until(() => output('step') === 'done', 'the step card event to reach Vue');
  });
});
