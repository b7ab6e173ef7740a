// Deliberately without Lit's hydration support (`@lit-labs/testing/fixtures.js` would load it first): a page that
// server-renders the elements but loads, say, the CDN bundle, whose Lit knows nothing of hydration.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { elementSpecs } from './element-specs.js';

type LitHost = HTMLElement & { updateComplete: Promise<boolean> };

/** Server-renders `template` (the command `litSsrPlugin` serves) and puts the HTML in the page. */
async function serverRendered(template: TemplateResult, modules: string[]): Promise<LitHost> {
  const rendered = await executeServerCommand<string, { template: TemplateResult; modules: string[] }>(
    'lit-ssr-render',
    {
      template,
      modules
    }
  );
  const container = document.createElement('div');
  document.body.append(container);
  container.setHTMLUnsafe(rendered!);
  return container.firstElementChild as LitHost;
}

/** Every element below `root`, in its shadow tree (and the shadow trees in that) and in its light DOM. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
  for (const child of root.children) {
    yield child;
    yield* deepElements(child);
  }
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('server-rendered elements on a page without hydration support', () => {
  for (const [tag, spec] of Object.entries(elementSpecs)) {
    it(`<${tag}> renders once, in place of the server's DOM, not beside it`, async () => {
      // Defined already, so it renders as soon as it is in the page: `defer-hydration` means nothing without the support.
      const element = await serverRendered(spec.full(), [`/src/define/${tag.slice('onward-'.length)}.ts`]);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
      for (const inner of deepElements(element)) {
        if (inner.localName.startsWith('onward-'))
          expect(inner.shadowRoot!.querySelectorAll('[part~="base"]'), inner.localName).to.have.length(1);
      }
    });
  }
});
