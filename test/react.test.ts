import { expect } from '@open-wc/testing';
import type { OnwardRejectionChecklist } from '../src/components/rejection-checklist/rejection-checklist.js';
import type { OnwardSimilarRoles } from '../src/components/similar-roles/similar-roles.js';
import type { OnwardStepCard } from '../src/components/step-card/step-card.js';
// Served by test/react-plugin.mjs: test/react/app.tsx bundled with React by esbuild.
import { checklistRef, EXTRA_ITEM, FIRST_ITEMS, JOBS, mount, NativeApp, WrapperApp } from './react/app.js';
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

const apps = [
  { name: 'React 19 with the plain tags', App: NativeApp },
  { name: 'React with the onward-elements/react wrappers (the React 18 way)', App: WrapperApp }
];

for (const { name, App } of apps) {
  describe(name, () => {
    let app: ReturnType<typeof mount>;
    let reactErrors: string[];
    const originalError = console.error;

    beforeEach(async () => {
      reactErrors = [];
      // React reports its warnings (unknown props, bad hooks, key mistakes) through console.error.
      console.error = (...args: unknown[]) => reactErrors.push(args.map(String).join(' '));
      app = mount(App);
      await Promise.all(['checklist', 'roles', 'card'].map((key) => elements()[key as 'card'].updateComplete));
    });

    afterEach(() => {
      app.unmount();
      console.error = originalError;
    });

    const elements = () => ({
      checklist: app.container.querySelector<OnwardRejectionChecklist>('onward-rejection-checklist')!,
      roles: app.container.querySelector<OnwardSimilarRoles>('onward-similar-roles')!,
      card: app.container.querySelector<OnwardStepCard>('onward-step-card')!
    });
    const output = (id: string) => text(app.container.querySelector(`#${id}`));

    it('renders upgraded elements with their shadow content', () => {
      const { checklist, roles, card } = elements();
      expect(checklist).to.be.instanceOf(customElements.get('onward-rejection-checklist')!);
      expect(roles).to.be.instanceOf(customElements.get('onward-similar-roles')!);
      expect(text(parts(card, 'heading')[0])).to.contain('Ask for feedback');
      expect(parts(card, 'toggle')).to.have.length(1);
      expect(reactErrors).to.deep.equal([]);
    });

    it('sets arrays as properties, never as "[object Object]" attributes', () => {
      const { checklist, roles } = elements();
      expect(checklist.items).to.equal(FIRST_ITEMS);
      expect(checklist.hasAttribute('items')).to.be.false;
      expect(parts(checklist, 'item-label').map(text)).to.deep.equal(['Take a long walk', 'Call your mentor']);
      expect(roles.jobs).to.equal(JOBS);
      expect(roles.hasAttribute('jobs')).to.be.false;
      // Ranked against job-title "UX designer": each shares one word with it, and the remote role comes first.
      expect(parts(roles, 'link').map(text)).to.deep.equal(['UX researcher', 'Product designer']);
    });

    it('passes attributes and numbers through (heading level, job title)', () => {
      const { checklist, roles } = elements();
      expect(checklist.headingLevel).to.equal(3);
      expect(parts(checklist, 'heading')[0].localName).to.equal('h3');
      expect(roles.jobTitle).to.equal('UX designer');
    });

    it('gives the element itself to a ref, with its methods', () => {
      expect(checklistRef.current).to.equal(elements().checklist);
      expect(checklistRef.current!.toText()).to.contain('Call your mentor');
    });

    it('hands a new array to the element when React state changes', async () => {
      const { checklist } = elements();
      app.container.querySelector('button')!.click();
      await until(() => checklist.items?.length === 3, 'React to pass the new items');
      await checklist.updateComplete;
      expect(checklist.items![2]).to.equal(EXTRA_ITEM);
      expect(parts(checklist, 'item-label').map(text)).to.include('Tidy one portfolio piece');
    });

    it('calls the React handler with each onward-* event, and React re-renders from its detail', async () => {
      const { checklist, card } = elements();
      expect(output('progress')).to.equal('nothing yet');
      parts(checklist, 'checkbox')[0].click();
      await until(() => output('progress') === '1 of 2', 'the checklist event to reach React');
      parts(card, 'toggle')[0].click();
      await until(() => output('step') === 'done', 'the step card event to reach React');
      expect(reactErrors).to.deep.equal([]);
    });
  });
}
