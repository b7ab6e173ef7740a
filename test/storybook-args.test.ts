import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { argTypesFor, elements, EVENT_PREFIX, PART_PREFIX, SLOT_PREFIX } from '../.storybook/manifest.js';
import { onward } from '../stories/element.js';

interface Row {
  name?: string;
  control?: false | { type?: string };
  options?: readonly unknown[];
  type?: { name: string };
  table?: { category?: string; type?: { summary?: string } };
}

const rowsOf = (tag: string) => Object.entries(argTypesFor(tag)) as [string, Row][];
const inCategory = (tag: string, category: string) => rowsOf(tag).filter(([, row]) => row.table?.category === category);

/** Storybook's args table is the manifest, post-processed: nothing shadowed, nothing internal, types it can use. */
describe('the Storybook args table', () => {
  for (const [tag, element] of elements) {
    describe(`<${tag}>`, () => {
      it('keeps every attribute, slot, part and event in its own row, none shadowed by another', () => {
        const names = (category: string) => inCategory(tag, category).map(([, row]) => row.name);
        expect(names('attributes')).to.deep.equal((element.attributes ?? []).map((a) => a.name));
        expect(names('slots')).to.deep.equal((element.slots ?? []).map((s) => s.name || '(default)'));
        expect(names('css shadow parts')).to.deep.equal((element.cssParts ?? []).map((p) => p.name));
        expect(names('events')).to.deep.equal((element.events ?? []).map((e) => e.name));
        expect(names('css custom properties')).to.deep.equal((element.cssProperties ?? []).map((p) => p.name));
        for (const part of element.cssParts ?? [])
          expect(argTypesFor(tag)).to.have.property(`${PART_PREFIX}${part.name}`);
      });

      it('lists no private or internal member, and each property once', () => {
        const privateNames = (element.members ?? []).filter((m) => m.privacy || m.static).map((m) => m.name);
        // Members can only surface as attributes, properties or methods (a part may share a private field's name).
        const shown = ['attributes', 'properties', 'methods'].flatMap((category) =>
          inCategory(tag, category).map(([, row]) => (row.name ?? '').replace(/\(\)$/, ''))
        );
        for (const name of [...privateNames, 'shadowRootOptions'])
          expect(shown, `${name} is internal`).not.to.include(name);
        const propertyRows = inCategory(tag, 'properties').map(([, row]) => row.name);
        const attributeFields = (element.attributes ?? []).map((a) => a.fieldName);
        for (const name of propertyRows)
          expect(attributeFields, `${name} is listed once, with its attribute`).not.to.include(name);
      });

      it('gives every attribute a control and a type Storybook accepts from a URL', () => {
        for (const [key, row] of inCategory(tag, 'attributes')) {
          const control = row.control as { type?: string };
          expect(['enum', 'string', 'number', 'boolean'], `${key}: type`).to.include(row.type?.name);
          if (row.type?.name === 'enum') {
            expect(control.type, `${key}: an enum is a select`).to.equal('select');
            expect(row.options, `${key}: options`).to.be.an('array').that.is.not.empty;
          }
          if (row.type?.name === 'string') expect(control.type, `${key}: a string is a text field`).to.equal('text');
          if (row.type?.name === 'number')
            expect(control.type, `${key}: a number is a number field`).to.equal('number');
          if (row.type?.name === 'boolean') expect(control.type, `${key}: a boolean is a switch`).to.equal('boolean');
        }
      });

      it("shows the fields of each event's detail", () => {
        for (const event of element.events ?? []) {
          const row = argTypesFor(tag)[`${EVENT_PREFIX}${event.name}`] as Row;
          const summary = row.table?.type?.summary ?? '';
          expect(summary, event.name).to.match(/^detail: \{ /);
          for (const field of event.detailFields ?? [])
            expect(summary, `${event.name}.${field.name}`).to.include(`${field.name}:`);
        }
      });

      it('applies a CSS custom property row to the element itself', async () => {
        const [property] = element.cssProperties ?? [];
        if (!property) return;
        const host = await fixture<HTMLElement>(
          html`<div>${onward(tag, { [property.name]: '7px', persist: 'none' })}</div>`
        );
        const el = host.firstElementChild as HTMLElement;
        expect(getComputedStyle(el).getPropertyValue(property.name).trim()).to.equal('7px');
      });
    });
  }

  it('lists the step card’s default slot and its named slots', () => {
    const rows = argTypesFor('onward-step-card');
    for (const slot of ['default', 'heading', 'icon', 'actions'])
      expect(rows, slot).to.have.property(`${SLOT_PREFIX}${slot}`);
    // `heading` is an attribute, a slot and a part at once: three rows, none hiding another.
    expect((rows.heading as Row).table?.category).to.equal('attributes');
    expect((rows[`${SLOT_PREFIX}heading`] as Row).table?.category).to.equal('slots');
    expect((rows[`${PART_PREFIX}heading`] as Row).table?.category).to.equal('css shadow parts');
  });
});
