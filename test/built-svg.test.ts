import { expect } from '@open-wc/testing';
import { loadFrame, until } from './helpers/frames.js';
import { STEP_PRESETS } from '../src/components/step-card/step-card.types.js';
import '../src/define/step-card.js';
import '../src/define/rejection-checklist.js';
import '../src/define/recovery-path.js';

/**
 * The drawings (step icons, the done tick, the chevron, the completion card's tick) as the built bundle draws them. Their
 * `svg` templates hold bare shapes (`<circle … />`), which the HTML parser closes only by the slash: a minifier that
 * drops it nests each shape inside the one before, and the nested ones are never drawn. The sources under test cannot
 * show this; the built `dist/cdn/onward.js` can.
 */

const SHAPES = 'circle, path, rect, line, polyline, polygon, ellipse, g';
const PAGE = `<!doctype html><html lang="en"><body>
  ${STEP_PRESETS.map((preset) => `<onward-step-card preset="${preset}" step="1" checkable status="done"></onward-step-card>`).join('')}
  <onward-rejection-checklist persist="none" items='[{"id":"a","label":"One"}]'></onward-rejection-checklist>
  <onward-recovery-path persist="none" steps="believe"></onward-recovery-path>
  <script type="module" src="/dist/cdn/onward.js"></script>
</body></html>`;

/** Every `<svg>` in the shadow roots under `root`, with the element that drew it. */
function drawings(root: ParentNode, owner = 'page'): { owner: string; svg: SVGSVGElement }[] {
  const found: { owner: string; svg: SVGSVGElement }[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName === 'svg') found.push({ owner, svg: element as SVGSVGElement });
    if (element.shadowRoot) found.push(...drawings(element.shadowRoot, element.localName));
  }
  return found;
}

/** One line per drawing: its owner and its shapes, in order, with their nesting. */
function outline(root: ParentNode): string[] {
  const shapes = (parent: Element): string =>
    [...parent.children]
      .map((child) => `${child.localName}${child.children.length ? `(${shapes(child)})` : ''}`)
      .join(' ');
  return drawings(root).map(({ owner, svg }) => `${owner}: ${shapes(svg)}`);
}

describe('drawings in the built bundle', function () {
  this.timeout(60000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('draws every shape of every icon, tick and chevron, none nested in another, as the sources do', async () => {
    frame = await loadFrame(PAGE);
    const doc = frame.contentDocument!;
    await until(() => drawings(doc.body).length >= STEP_PRESETS.length + 2, 'the built elements to draw');
    // The checklist's completion card: its one item ticked.
    const checklist = doc.querySelector('onward-rejection-checklist')!;
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    const card = doc.querySelector('onward-recovery-path')!.shadowRoot!.querySelector('onward-step-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await until(() => outline(doc.body).some((line) => line.includes('circle path g')), 'the completion cards');

    const built = outline(doc.body);
    for (const { owner, svg } of drawings(doc.body)) {
      for (const shape of svg.querySelectorAll(SHAPES)) {
        if (shape.localName === 'g') continue;
        expect(shape.children.length, `${owner}: a <${shape.localName}> holds another shape`).to.equal(0);
      }
    }

    // The same page from the sources, for comparison.
    const here = document.createElement('div');
    here.innerHTML = PAGE.replace(/<script[^>]*><\/script>/, '').replace(/^.*<body>|<\/body>.*$/gs, '');
    document.body.append(here);
    try {
      await until(() => drawings(here).length >= STEP_PRESETS.length + 2, 'the source elements to draw');
      here
        .querySelector('onward-rejection-checklist')!
        .shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!
        .click();
      here
        .querySelector('onward-recovery-path')!
        .shadowRoot!.querySelector('onward-step-card')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!
        .click();
      await until(() => outline(here).length === built.length, 'the source completion cards');
      expect(built).to.deep.equal(outline(here));
    } finally {
      here.remove();
    }
  });
});
