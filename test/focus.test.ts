import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { elementSpecs } from './element-specs.js';

// Keyboard focus is visible on every stop of every element, in each browser of the suite (Chromium and Firefox decide
// `:focus-visible` and draw native controls differently). Real Tab presses, from a button before the element to a button
// after it.

const MAX_STOPS = 120;

/** The focused element, through open shadow roots. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a sighted keyboard user sees of focus on `element`: an outline of at least 2 px, or a box shadow. */
function focusIndicator(element: Element): string | undefined {
  const style = getComputedStyle(element);
  const outline = parseFloat(style.outlineWidth);
  if (style.outlineStyle !== 'none' && outline >= 2) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
  if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  return undefined;
}

function describeStop(element: Element): string {
  const attributes = ['part', 'id', 'type']
    .filter((name) => element.hasAttribute(name))
    .map((name) => ` ${name}="${element.getAttribute(name)}"`);
  const label =
    element.getAttribute('aria-label') ?? (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}${attributes.join('')}> "${label}"`;
}

describe('keyboard focus is visible', () => {
  for (const [tag, spec] of Object.entries(elementSpecs)) {
    it(`on every Tab stop of <${tag}>`, async function () {
      this.timeout(30_000);
      const wrapper = await fixture<HTMLElement>(html`<div style="max-inline-size: 60rem">
        <button>before</button>
        ${spec.full()}
        <button>after</button>
      </div>`);
      const [before, element, after] = [...wrapper.children] as HTMLElement[];
      await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      before.focus();

      const problems: string[] = [];
      let stops = 0;
      for (; stops < MAX_STOPS; stops += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        if (!active || active === after || !element.contains(document.activeElement)) break;
        const indicator = focusIndicator(active);
        if (!indicator) problems.push(`${describeStop(active)}: no visible focus indicator`);
        const box = active.getBoundingClientRect();
        const { opacity, visibility } = getComputedStyle(active);
        if (box.width < 1 || box.height < 1 || opacity === '0' || visibility !== 'visible') {
          problems.push(
            `${describeStop(active)}: focused but not visible (${box.width}×${box.height}, opacity ${opacity}, ${visibility})`
          );
        }
      }
      expect(deepActiveElement(), 'Tab reached the button after the element').to.equal(after);
      expect(stops, 'the element has at least one Tab stop, or none').to.be.at.most(MAX_STOPS - 1);
      expect(problems).to.deep.equal([]);
    });
  }
});
