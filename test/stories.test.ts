import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import '../src/index.js';
import { expectNoAxeViolations } from './helpers/axe.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
type StoryModule = Record<string, StoryLike> & { default: StoryLike & { title: string } };

const { storyModules } = (await import('/__stories__.js' as string)) as {
  storyModules: Record<string, () => Promise<StoryModule>>;
};

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const elements = [root, ...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('onward-'));
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Every story renders without an error and with zero WCAG 2.2 AA violations — what a Storybook visitor would see. */
describe('every story', () => {
  it('has story files', () => {
    expect(Object.keys(storyModules).length).to.be.greaterThan(0);
  });

  for (const [file, load] of Object.entries(storyModules)) {
    describe(file, () => {
      let module: StoryModule;
      before(async () => {
        module = await load();
      });

      // Every story of the file, each checked with axe: on a busy shared machine that takes longer than one test's default.
      it('renders every story with no WCAG 2.2 AA violations', async function () {
        this.timeout(60_000);
        const meta = module.default;
        const stories = Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder');
        expect(stories.length).to.be.greaterThan(0);
        for (const [name, story] of stories) {
          const args = { ...meta.args, ...story.args };
          const render = story.render ?? meta.render;
          expect(render, `${name} has a render function`).to.be.a('function');
          const wrapper = await fixture<HTMLElement>(html`<div>${render!(args, { args, name })}</div>`);
          await settle(wrapper);
          const rendered = [...wrapper.querySelectorAll('*')].filter((el) => el.localName.startsWith('onward-'));
          expect(rendered.length, `${name} renders an Onward element`).to.be.greaterThan(0);
          for (const el of rendered) expect(el.shadowRoot?.childElementCount, `${name}: <${el.localName}> rendered`).to.be.greaterThan(0);
          try {
            await expectNoAxeViolations(wrapper);
          } catch (error) {
            throw new Error(`${meta.title} › ${story.name ?? name}: ${(error as Error).message}`);
          }
        }
      });
    });
  }
});
