import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { expectNoAxeViolations } from './helpers/axe.js';
import { elementSpecs } from './element-specs.js';
import { entryUnderTest } from './entries/kit.js';
import { ELEMENT_MODULES } from '../src/internal/element-modules.js';
import { settle } from './helpers/fields.js';
import { elementDeclarations } from './helpers/manifest.js';

const declarations = elementDeclarations;

describe('every element in the manifest', () => {
  it('has at least one element and a spec for each', () => {
    expect(declarations.length).to.be.greaterThan(0);
    for (const declaration of declarations)
      expect(elementSpecs, declaration.tagName).to.have.property(declaration.tagName);
  });

  it('has a complete spec for each: every name in it is documented, stored state only for persisting elements', () => {
    for (const declaration of declarations) {
      const tag = declaration.tagName;
      const spec = elementSpecs[tag];
      if (!spec) continue;
      const attributes = (declaration.attributes ?? []).map((attribute) => attribute.name);
      const fields = (declaration.members ?? [])
        .filter((member) => member.kind === 'field')
        .map((member) => member.name);
      const { shown, shownJson, huge, objectProperties, echoedFields } = spec.hostile;
      for (const name of [...shown, ...shownJson, ...huge])
        expect(attributes, `<${tag}> hostile: "${name}" is a documented attribute`).to.include(name);
      for (const name of objectProperties)
        expect(fields, `<${tag}> hostile: "${name}" is a documented property`).to.include(name);
      for (const name of shownJson)
        expect(objectProperties, `<${tag}> hostile: "${name}" takes objects`).to.include(name);
      expect(
        echoedFields.every((selector) => selector.trim() !== ''),
        `<${tag}> hostile: field selectors`
      ).to.be.true;
      for (const event of declaration.events ?? [])
        expect(spec.triggers, `<${tag}>: a trigger for ${event.name}`).to.have.property(event.name);
      if (spec.stored) expect(attributes, `<${tag}>: stored state, but no persist attribute`).to.include('persist');
    }
  });

  it('comes from the entry under test: the sources, or the built file the group names', () => {
    const fetched = performance.getEntriesByType('resource').map((resource) => new URL(resource.name).pathname);
    const sourceElements = fetched.filter(
      (path) => path.startsWith('/src/components/') || path.startsWith('/src/define/')
    );
    if (!entryUnderTest) {
      expect(sourceElements, 'the elements come from src/').to.not.be.empty;
      return;
    }
    expect(fetched, `the page loads ${entryUnderTest}`).to.include(entryUnderTest);
    expect(sourceElements, 'no element comes from src/').to.deep.equal([]);
    if (entryUnderTest.includes('loader')) {
      const chunks = fetched.filter((path) => path.startsWith('/dist/cdn/elements/'));
      expect(chunks.length, "the loader's element modules").to.equal(Object.keys(ELEMENT_MODULES).length);
    }
  });

  it('is known to the loader, which finds its module in dist/cdn/elements/', async () => {
    const tags = declarations.map((declaration) => declaration.tagName).sort();
    expect(Object.keys(ELEMENT_MODULES).sort(), 'src/internal/element-modules.ts lists every tag').to.deep.equal(tags);
    for (const [tag, name] of Object.entries(ELEMENT_MODULES)) {
      const response = await fetch(`/dist/cdn/elements/${name}.js`, { method: 'HEAD' });
      expect(response.ok, `dist/cdn/elements/${name}.js for <${tag}>`).to.equal(true);
    }
  });

  for (const declaration of declarations) {
    const tag = declaration.tagName;
    const spec = elementSpecs[tag];
    if (!spec) continue;

    describe(`<${tag}>`, () => {
      it('is documented with a summary', () => {
        expect(declaration.summary, 'the @summary JSDoc tag').to.be.a('string').and.not.empty;
      });

      for (const [theme, dir] of [
        ['light', 'ltr'],
        ['dark', 'ltr'],
        ['light', 'rtl'],
        ['dark', 'rtl']
      ] as const) {
        it(`has no WCAG 2.2 AA violations (${theme}, ${dir})`, async () => {
          const wrapper = await fixture<HTMLElement>(
            html`<div dir=${dir} style="max-inline-size: 60rem">${spec.full()}</div>`
          );
          const element = wrapper.firstElementChild as HTMLElement;
          element.setAttribute('theme', theme);
          await settle(element);
          await expectNoAxeViolations(wrapper);
        });
      }

      it('has no WCAG 2.2 AA violations at 320 px', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px">${spec.full()}</div>`);
        await settle(wrapper.firstElementChild!);
        await expectNoAxeViolations(wrapper);
      });

      it('renders every documented part', async () => {
        const element = await fixture<HTMLElement>(spec.full());
        await settle(element);
        for (const part of declaration.cssParts ?? []) {
          const stateFixture = spec.partFixtures?.[part.name];
          if (stateFixture) continue;
          expect(element.shadowRoot!.querySelector(`[part~="${part.name}"]`), `part "${part.name}"`).to.exist;
        }
        for (const [part, stateFixture] of Object.entries(spec.partFixtures ?? {})) {
          expect(
            (declaration.cssParts ?? []).map((p) => p.name),
            `"${part}" is documented`
          ).to.include(part);
          const other = await fixture<HTMLElement>(stateFixture());
          let found: Element | null = null;
          for (let i = 0; i < 100 && !found; i += 1) {
            await settle(other);
            found = other.shadowRoot!.querySelector(`[part~="${part}"]`);
            if (!found) await new Promise((resolve) => setTimeout(resolve, 20));
          }
          expect(found, `part "${part}" in its own state`).to.exist;
        }
      });

      for (const event of declaration.events ?? []) {
        it(`fires ${event.name} as a composed, bubbling CustomEvent`, async () => {
          const trigger = spec.triggers[event.name];
          expect(trigger, `a trigger for ${event.name} in test/element-specs.ts`).to.be.a('function');
          const wrapper = await fixture<HTMLElement>(html`<div>${spec.full()}</div>`);
          const element = wrapper.firstElementChild as HTMLElement;
          await settle(element);
          setTimeout(() => void trigger(element));
          const fired = await oneEvent(wrapper, event.name);
          expect(event.name).to.match(/^onward-/);
          expect(fired).to.be.instanceOf(CustomEvent);
          expect(fired.bubbles).to.be.true;
          expect(fired.composed).to.be.true;
          expect(fired.detail).to.be.an('object');
        });
      }

      it('inherits the host page font', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="font-family: 'Courier New', monospace">${spec.full()}</div>`
        );
        const element = wrapper.firstElementChild as HTMLElement;
        await settle(element);
        const base = element.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).fontFamily).to.contain('Courier New');
      });
    });
  }
});
