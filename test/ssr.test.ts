// Lit's hydration support must load before Lit and the elements: this import stays first.
import { cleanupFixtures, csrFixture, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, oneEvent } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { elementSpecs } from './element-specs.js';
import { testCatalogue } from './ssr/test-catalogue.js';
import { loadLocale } from '../src/internal/localize.js';
import { composedElements, settleAll } from './helpers/composed.js';
import { observe } from './helpers/console.js';

/**
 * Server rendering: every element renders to declarative shadow DOM with `@lit-labs/ssr` (in a Node worker that loads
 * `src/` through esbuild, see `test/ssr/ts-hooks.mjs`), then hydrates in the browser without errors and without a
 * visible change, stays interactive, and shows persisted state once hydrated.
 */

/** The server-side module that defines `tag` (paths are relative to this file). */
const defineModule = (tag: string) => `../src/define/${tag.slice('onward-'.length)}.ts`;

/** Waits until `root` and every element in its shadow trees has no update pending, then one frame. */
async function settle(root: Element): Promise<void> {
  await settleAll(root);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** What a visitor sees of an element: its text, through every shadow root, without styles, whitespace collapsed. */
function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (!(node instanceof Element || node instanceof ShadowRoot)) return;
    if (node instanceof Element && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const isControl = (node: Element): node is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
  node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement;

/** Each checkbox's and radio button's state, through every shadow root, as the page shows it. */
function controlStates(root: Element): string[] {
  return composedElements(root)
    .filter(
      (el): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
    )
    .map(
      (input) =>
        `${input.type}${input.name ? ` ${input.name}=${input.value}` : ''}: ${input.checked ? 'ticked' : 'not ticked'}`
    );
}

/** A few computed styles of the element's base part: enough to tell styled from unstyled. */
function baseStyle(element: Element): Record<string, string> {
  const style = getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!);
  const names = [
    'display',
    'box-sizing',
    'padding-block-start',
    'border-block-start-width',
    'border-start-start-radius',
    'font-size',
    'color',
    'background-color'
  ];
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
}

/** Fails with the first lines where two snapshots differ, rather than both trees whole. */
function expectSameTree(actual: string, expected: string, message: string): void {
  if (actual === expected) return;
  const a = actual.split('\n');
  const b = expected.split('\n');
  let line = 0;
  while (line < a.length && a[line] === b[line]) line += 1;
  const around = (lines: string[]) => lines.slice(Math.max(0, line - 4), line + 3).join('\n');
  expect.fail(`${message}: differs at line ${line + 1}\n--- got:\n${around(a)}\n--- expected:\n${around(b)}`);
}

/**
 * The rendered tree as a page would notice it: elements with their attributes, text, and the live state of form
 * controls (`value`, `checked`), through every shadow root. Styles, comments and hydration markers are left out.
 */
function snapshot(root: Element): string {
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    const indent = '  '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${indent}"${text}"`);
      return;
    }
    if (node instanceof ShadowRoot) {
      lines.push(`${indent}#shadow-root`);
      for (const child of node.childNodes) walk(child, depth + 1);
      return;
    }
    if (!(node instanceof Element) || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
    const attributes = [...node.attributes]
      // `checked`/`value` on a control are only its default (the server writes them, a client render sets the live
      // property): the live state below is what a visitor sees.
      .filter(
        (attribute) =>
          attribute.name !== 'defer-hydration' && !(isControl(node) && ['checked', 'value'].includes(attribute.name))
      )
      .map((attribute) => `${attribute.name}="${attribute.value}"`)
      .sort();
    if (isControl(node)) {
      attributes.push(`.value="${node.value}"`);
      if (node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio'))
        attributes.push(`.checked=${node.checked}`);
    }
    lines.push(`${indent}<${node.localName} ${attributes.join(' ')}>`);
    if (node.shadowRoot) walk(node.shadowRoot, depth + 1);
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n');
}

/** The same template rendered in the browser, for comparison, with the storage as it is now. */
async function clientRendered(template: TemplateResult, modules: string[]): Promise<Element> {
  const element = await csrFixture<HTMLElement>(template, { modules });
  await settle(element);
  return element;
}

/** A template with the element's `full()` content and nothing stored. */
function fullTemplate(tag: string): TemplateResult {
  const template = elementSpecs[tag].full();
  localStorage.clear();
  return template;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

for (const [tag, spec] of Object.entries(elementSpecs)) {
  const modules = [defineModule(tag)];

  describe(`<${tag}> rendered on the server`, function () {
    // Each case renders in the Node worker (which compiles src/ on first use) and in the browser, more than once: on
    // a loaded machine that takes longer than the default 10 s.
    this.timeout(30000);
    it('arrives as declarative shadow DOM with the text a client render shows', async () => {
      const template = fullTemplate(tag);
      // Never awaited for updates: it stays unhydrated (`defer-hydration`), so its update would never come.
      const element = await ssrNonHydratedFixture<HTMLElement>(template, { modules });
      expect(element.localName).to.equal(tag);
      expect(element.hasAttribute('defer-hydration'), 'not hydrated yet').to.be.true;
      expect(element.shadowRoot, 'a declarative shadow root').to.exist;
      expect(element.shadowRoot!.querySelector('[part~="base"]'), 'the base part').to.exist;
      const serverText = visibleText(element);
      expect(serverText).not.to.equal('');
      const client = await clientRendered(template, modules);
      expect(serverText).to.equal(visibleText(client));
      expect(controlStates(element), 'ticks and choices before any script runs').to.deep.equal(controlStates(client));
    });

    it('hydrates without errors or warnings, keeping the server DOM and changing nothing visible', async () => {
      const template = fullTemplate(tag);
      let element!: HTMLElement;
      const problems = await observe(async () => {
        element = await ssrHydratedFixture<HTMLElement>(template, { modules });
        await settle(element);
      });
      expect(problems).to.deep.equal({ warnings: [], errors: [] });
      expect(element.hasAttribute('defer-hydration')).to.be.false;
      expectSameTree(
        snapshot(element),
        snapshot(await clientRendered(template, modules)),
        'hydrated vs client-rendered'
      );
    });

    it('adopts the server’s nodes, and is styled even where a strict style-src blocks the server’s <style>', async () => {
      const template = fullTemplate(tag);
      const element = await ssrNonHydratedFixture<HTMLElement>(template, { modules });
      const base = element.shadowRoot!.querySelector('[part~="base"]');
      // The server's styles are a <style> in the declarative shadow root; `style-src 'self'` leaves it without effect.
      for (const style of element.shadowRoot!.querySelectorAll('style')) style.remove();
      // What `ssrHydratedFixture` does, with the server's node kept to compare.
      element.removeAttribute('defer-hydration');
      await settle(element);
      expect(element.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
      expect(element.shadowRoot!.querySelector('[part~="base"]'), 'the server’s node, not a second render').to.equal(
        base
      );
      expect(baseStyle(element)).to.deep.equal(baseStyle(await clientRendered(template, modules)));
    });

    for (const [event, trigger] of Object.entries(spec.triggers)) {
      it(`is interactive once hydrated: fires ${event}`, async () => {
        // With what `full()` stores, as some triggers need it (a stored goal to tick).
        const element = await ssrHydratedFixture<HTMLElement>(spec.full(), { modules });
        await settle(element);
        const fired = oneEvent(element, event);
        await trigger(element);
        expect((await fired).type).to.equal(event);
      });
    }

    // <onward-similar-roles> stores what it shows as it shows it, so a second render never sees the first one's
    // storage; its "New" labels after hydration are checked in its own tests.
    if ('persist' in document.createElement(tag) && tag !== 'onward-similar-roles') {
      it('shows the stored state once hydrated, as a client render does', async () => {
        const template = (spec.stored ?? spec.full)();
        let element!: HTMLElement;
        const problems = await observe(async () => {
          element = await ssrHydratedFixture<HTMLElement>(template, { modules });
          await settle(element);
        });
        expect(problems).to.deep.equal({ warnings: [], errors: [] });
        const hydrated = snapshot(element);
        expectSameTree(
          hydrated,
          snapshot(await clientRendered(template, modules)),
          'hydrated vs client-rendered, with stored state'
        );
        localStorage.clear();
        expect(hydrated, 'the stored state shows').not.to.equal(snapshot(await clientRendered(template, modules)));
      });
    }
  });
}

describe('language and direction of a server-rendered element', function () {
  // Up to three server renders per case (see the timeout above).
  this.timeout(30000);
  const stepCard = [defineModule('onward-step-card')];
  const withCatalogue = [...stepCard, './ssr/test-catalogue.ts'];
  const heading = (root: Element) => visibleText(root.querySelector('onward-step-card') ?? root);

  /** Hydrates a server render of `template`; no problem reported, and the same tree as a client render once settled. */
  async function hydrateAndCompare(
    template: TemplateResult,
    modules: string[],
    ready?: () => Promise<unknown>
  ): Promise<Element> {
    let element!: Element;
    const problems = await observe(async () => {
      element = await ssrHydratedFixture<HTMLElement>(template, { modules });
      await ready?.();
      await settle(element);
    });
    expect(problems).to.deep.equal({ warnings: [], errors: [] });
    // The first module defines the element; the others only set up the server.
    expectSameTree(
      snapshot(element),
      snapshot(await clientRendered(template, modules.slice(0, 1))),
      'hydrated vs client-rendered'
    );
    return element;
  }

  it('renders in the element’s own lang on the server when that catalogue is registered there, and keeps it', async () => {
    const template = html`<onward-step-card lang="eo" preset="feedback" step="2"></onward-step-card>`;
    const server = await ssrNonHydratedFixture<HTMLElement>(template, { modules: withCatalogue });
    expect(heading(server)).to.contain(testCatalogue['stepCard.feedback.heading']);
    cleanupFixtures();
    const element = await hydrateAndCompare(template, withCatalogue);
    expect(heading(element)).to.contain(testCatalogue['stepCard.feedback.heading']);
    expect(element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('eo');
  });

  it('renders English on the server when the catalogue is only in the browser, then switches once hydrated', async () => {
    const template = html`<onward-step-card lang="eo" preset="feedback" step="2"></onward-step-card>`;
    const server = await ssrNonHydratedFixture<HTMLElement>(template, { modules: stepCard });
    expect(heading(server)).to.contain('Ask for feedback');
    cleanupFixtures();
    expect(heading(await hydrateAndCompare(template, stepCard))).to.contain(testCatalogue['stepCard.feedback.heading']);
  });

  it('cannot see the page’s lang on the server (English there), and takes it once hydrated', async () => {
    const template = html`<div lang="eo"><onward-step-card preset="feedback" step="2"></onward-step-card></div>`;
    const server = await ssrNonHydratedFixture<HTMLElement>(template, { modules: withCatalogue });
    expect(heading(server)).to.contain('Ask for feedback');
    cleanupFixtures();
    const element = await hydrateAndCompare(template, withCatalogue);
    expect(heading(element)).to.contain(testCatalogue['stepCard.feedback.heading']);
    expect(
      element.querySelector('onward-step-card')!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')
    ).to.equal('eo');
  });

  it('renders a shipped language on the server after loadLocale() there, and keeps it once hydrated', async () => {
    const template = html`<onward-step-card lang="es" preset="feedback" step="2"></onward-step-card>`;
    const modules = [...stepCard, './ssr/preload-es.ts'];
    const server = await ssrNonHydratedFixture<HTMLElement>(template, { modules });
    expect(heading(server)).not.to.contain('Ask for feedback');
    cleanupFixtures();
    expect(heading(await hydrateAndCompare(template, modules, () => loadLocale('es')))).to.equal(heading(server));
  });

  it('renders the cards inside a recovery path in the path’s own lang on the server, and keeps them', async () => {
    const template = html`<onward-recovery-path lang="eo" steps="feedback"></onward-recovery-path>`;
    const modules = [defineModule('onward-recovery-path'), './ssr/test-catalogue.ts'];
    const server = await ssrNonHydratedFixture<HTMLElement>(template, { modules });
    expect(heading(server)).to.contain(testCatalogue['stepCard.feedback.heading']);
    cleanupFixtures();
    expect(heading(await hydrateAndCompare(template, modules))).to.contain(testCatalogue['stepCard.feedback.heading']);
  });

  it('takes the page’s right-to-left direction once hydrated', async () => {
    const template = html`<div dir="rtl"><onward-step-card preset="feedback" step="2"></onward-step-card></div>`;
    const element = await hydrateAndCompare(template, stepCard);
    expect(
      element.querySelector('onward-step-card')!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')
    ).to.equal('rtl');
  });
});

describe('what depends on the visitor’s clock', () => {
  it('shows how long ago a role was posted by the browser’s clock once hydrated, not the server’s', async () => {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const jobs = JSON.stringify([{ title: 'UX designer', url: '/jobs/1', postedAt: today }]);
    const template = html`<onward-similar-roles jobs=${jobs}></onward-similar-roles>`;
    const modules = [defineModule('onward-similar-roles')];
    const realNow = Date.now;
    // The page is read two days after the server rendered it (a cached page, or another time zone near midnight).
    Date.now = () => realNow() + 2 * 24 * 60 * 60 * 1000;
    try {
      const element = await ssrHydratedFixture<HTMLElement>(template, { modules });
      await settle(element);
      const meta = (root: Element) =>
        root.shadowRoot!.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(meta(element)).to.equal(meta(await clientRendered(template, modules)));
      expect(meta(element)).not.to.contain('today');
    } finally {
      Date.now = realNow;
    }
  });
});
