import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { elementSpecs } from './element-specs.js';
import { composedElements, settleAll } from './helpers/composed.js';

// Every element, with realistic content, fits a 320 px phone column in each browser of the suite, left to right and
// right to left: nothing sticks out sideways and nothing scrolls sideways. Chromium and Firefox size form controls
// (date fields, selects, textareas) and long words differently, so this runs in both.

const WIDTH = 320;

function overflowing(wrapper: HTMLElement): string[] {
  const bounds = wrapper.getBoundingClientRect();
  const problems: string[] = [];
  for (const node of composedElements(wrapper)) {
    if (node === wrapper || !(node instanceof HTMLElement || node instanceof SVGElement)) continue;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    // The 1 px visually-hidden live regions sit inside too; anything wider that leaves the column is a problem.
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
      const part = node.getAttribute('part');
      problems.push(
        `<${node.localName}${part ? ` part="${part}"` : ''}> spans ${Math.round(box.left - bounds.left)}…${Math.round(box.right - bounds.left)} px`
      );
    }
    if (node.scrollWidth > node.clientWidth + 1 && ['auto', 'scroll'].includes(style.overflowX)) {
      problems.push(`<${node.localName}> scrolls sideways (${node.scrollWidth} > ${node.clientWidth} px)`);
    }
  }
  return problems;
}

describe(`every element fits ${WIDTH} px`, () => {
  for (const [tag, spec] of Object.entries(elementSpecs)) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`<${tag}> (${dir})`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div dir=${dir} style="inline-size: ${WIDTH}px">${spec.full()}</div>`
        );
        await settleAll(wrapper.firstElementChild!);
        expect(overflowing(wrapper)).to.deep.equal([]);
        expect(wrapper.scrollWidth, 'the column does not scroll sideways').to.be.at.most(WIDTH);
      });
    }
  }
});
