import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html, render } from 'lit';
import './entries/kit.js';
import { connectActions } from '../.storybook/connect-actions.js';
import { attributeDefaults, booleanAttributes, elements, eventNames } from '../.storybook/manifest.js';
import { KIT_SCRIPT, toSnippet, type SnippetContext } from '../.storybook/snippet.js';
import { ELEMENT_MODULES } from '../src/internal/element-modules.js';
import { expectNoAxeViolations } from './helpers/axe.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown> & SnippetContext['parameters'];
  component?: string;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
type StoryModule = Record<string, StoryLike> & { default: StoryLike & { title: string } };

const { storyModules } = (await import('/__stories__.js' as string)) as {
  storyModules: Record<string, () => Promise<StoryModule>>;
};

const isOnward = (element: Element) => element.localName.startsWith('onward-');

/** Every Onward element under `root`, including those inside other elements' shadow roots. */
function deepOnward(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (isOnward(element)) found.push(element);
    if (element.shadowRoot) found.push(...deepOnward(element.shadowRoot));
  }
  return found;
}

async function settle(root: ParentNode, view: Window = window): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    await Promise.all(
      deepOnward(root).map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
    );
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
  }
}

/** The text a visitor reads in each outer Onward element, shadow roots included, whitespace collapsed. */
function visibleText(root: ParentNode): string[] {
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    // Nodes of the pasted page belong to another window, so `instanceof Element` would say no.
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName)) return '';
    const children = element?.shadowRoot
      ? [...element.shadowRoot.childNodes, ...node.childNodes]
      : [...node.childNodes];
    return children.map(textOf).join(' ');
  };
  const outer = [...root.querySelectorAll('*')].filter(isOnward);
  return outer
    .filter((el) => !outer.some((other) => other !== el && other.contains(el)))
    .map((el) => textOf(el).replace(/\s+/g, ' ').trim());
}

/** The HTML Storybook's source panel starts from: the story rendered on its own, Lit's markers removed. */
function storySource(template: TemplateResult): string {
  const container = document.createElement('div');
  render(template, container);
  return container.innerHTML.replace(/<!--\?lit\$[0-9]+\$-->|<!--\??-->/g, '');
}

/**
 * Pastes a snippet into a blank page that loads the built kit through its loader (the snippet's own first line), and
 * returns that page once it has rendered.
 */
async function pasteIntoBlankPage(snippet: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const cdn = new URL('/dist/cdn/onward-loader.js', location.href).href;
  const page = snippet.replace(KIT_SCRIPT, `<script type="module" src="${cdn}"></script>`);
  const frame = document.createElement('iframe');
  // In view: WebKit pauses animation frames in a frame scrolled out of sight (below a tall story), and settling waits for one.
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; inline-size: 1200px; block-size: 800px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${page}</body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const view = frame.contentWindow!;
  const tags = [...new Set([...doc.querySelectorAll('*')].filter(isOnward).map((el) => el.localName))];
  await Promise.race([
    Promise.all(tags.map((tag) => view.customElements.whenDefined(tag))),
    new Promise((_, reject) => setTimeout(() => reject(new Error('the loader did not define the elements')), 15000))
  ]);
  await settle(doc, view);
  return { frame, doc };
}

// Loaded up front so each story gets its own test (and its own time budget).
const loaded: Record<string, StoryModule> = Object.fromEntries(
  await Promise.all(Object.entries(storyModules).map(async ([file, load]) => [file, await load()] as const))
);

function storiesOf(module: StoryModule): [string, StoryLike][] {
  return Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder');
}

function prepare(module: StoryModule, story: StoryLike) {
  const meta = module.default;
  const args = { ...meta.args, ...story.args };
  const render = story.render ?? meta.render;
  const parameters = {
    ...meta.parameters,
    ...story.parameters,
    snippet: { ...meta.parameters?.snippet, ...story.parameters?.snippet }
  };
  return { meta, args, render: render!, parameters };
}

/** Every story renders without an error and with zero WCAG 2.2 AA violations — what a Storybook visitor would see. */
describe('every story', () => {
  it('has story files', () => {
    expect(Object.keys(loaded).length).to.be.greaterThan(0);
  });

  it('has a story file for every element (stories/<name>.stories.ts)', () => {
    for (const name of Object.values(ELEMENT_MODULES))
      expect(Object.keys(loaded), `stories/${name}.stories.ts`).to.include(`${name}.stories.ts`);
  });

  for (const file of Object.keys(loaded)) {
    describe(file, () => {
      it('has stories', () => {
        expect(storiesOf(loaded[file]).length).to.be.greaterThan(0);
      });

      describe('renders every story with no WCAG 2.2 AA violations', () => {
        for (const [name, story] of storiesOf(loaded[file])) {
          it(story.name ?? name, async () => {
            const { meta, args, render } = prepare(loaded[file], story);
            expect(render, `${name} has a render function`).to.be.a('function');
            const wrapper = await fixture<HTMLElement>(html`<div>${render(args, { args, name })}</div>`);
            await settle(wrapper);
            const rendered = [...wrapper.querySelectorAll('*')].filter(isOnward);
            expect(rendered.length, `${name} renders an Onward element`).to.be.greaterThan(0);
            for (const el of rendered)
              expect(el.shadowRoot?.childElementCount, `${name}: <${el.localName}> rendered`).to.be.greaterThan(0);
            try {
              await expectNoAxeViolations(wrapper);
            } catch (error) {
              throw new Error(`${meta.title} › ${story.name ?? name}: ${(error as Error).message}`);
            }
          });
        }
      });

      describe("sends every event of the story's elements, with its detail, to the Actions panel's handler", () => {
        for (const [name, story] of storiesOf(loaded[file])) {
          it(story.name ?? name, async () => {
            const { args, render } = prepare(loaded[file], story);
            const wrapper = await fixture<HTMLElement>(html`<div>${render(args, { args, name })}</div>`);
            await settle(wrapper);
            const heard: [string, unknown][] = [];
            const disconnect = connectActions(wrapper, eventNames, (event, detail) => heard.push([event, detail]));
            try {
              for (const element of deepOnward(wrapper)) {
                for (const event of elements.get(element.localName)?.events ?? []) {
                  // Fired from inside the shadow root, where the elements fire their own events.
                  const origin = element.shadowRoot?.firstElementChild ?? element;
                  const detail = { probe: `${name}:${element.localName}:${event.name}` };
                  origin.dispatchEvent(new CustomEvent(event.name, { bubbles: true, composed: true, detail }));
                  expect(heard.at(-1), `${name}: ${event.name} from <${element.localName}>`).to.deep.equal([
                    event.name,
                    detail
                  ]);
                }
              }
              // And a real one: ticking a step card reaches the handler with the element's own detail.
              const card = wrapper.querySelector('onward-step-card');
              const toggle = card?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]');
              if (toggle) {
                heard.length = 0;
                toggle.click();
                expect(
                  heard.find(([event]) => event === 'onward-step-change')?.[1],
                  `${name}: a real step change`
                ).to.have.property('status');
              }
            } finally {
              disconnect();
            }
          });
        }
      });

      describe('gives each story a snippet that, pasted into a blank page with the CDN script, shows the same text', () => {
        for (const [name, story] of storiesOf(loaded[file])) {
          it(story.name ?? name, async () => {
            const { meta, args, render, parameters } = prepare(loaded[file], story);
            if (parameters.snippet?.testOnly) return;
            const source = storySource(render(args, { args, name }));
            const snippet = toSnippet(source, {
              args,
              initialArgs: args,
              parameters,
              component: meta.component,
              globals: {}
            });
            const label = `${meta.title} › ${story.name ?? name}`;
            expect(snippet.split('\n')[0], `${label}: first line`).to.equal(KIT_SCRIPT);
            expect(snippet, `${label}: no story framing`).not.to.match(/data-story-|onward-story-root/);
            const template = document.createElement('template');
            template.innerHTML = snippet;
            for (const element of [...template.content.querySelectorAll('*')].filter(isOnward)) {
              const defaults = attributeDefaults(element.localName);
              for (const { name: attribute, value } of element.attributes) {
                expect(
                  String(defaults[attribute]) === value,
                  `${label}: ${attribute}="${value}" is the default`
                ).to.equal(false);
                if (booleanAttributes(element.localName).has(attribute)) {
                  expect(snippet, `${label}: ${attribute} written bare`).not.to.include(`${attribute}=""`);
                }
              }
              expect(element.getAttribute('storage-key') ?? '', `${label}: no Storybook storage key`).not.to.match(
                /^story/
              );
            }
            if (parameters.snippet?.storyOnlyData) return;
            const wrapper = await fixture<HTMLElement>(html`<div>${render(args, { args, name })}</div>`);
            await settle(wrapper);
            const { frame, doc } = await pasteIntoBlankPage(snippet);
            try {
              // Other languages arrive as chunks beside the bundle: give them a moment before comparing.
              const expected = JSON.stringify(visibleText(wrapper));
              for (let waited = 0; waited < 3000 && JSON.stringify(visibleText(doc.body)) !== expected; waited += 50) {
                await new Promise((resolve) => setTimeout(resolve, 50));
              }
              expect(visibleText(doc.body), `${label}: the pasted snippet reads like the story`).to.deep.equal(
                visibleText(wrapper)
              );
            } finally {
              frame.remove();
            }
          });
        }
      });
    });
  }
});
