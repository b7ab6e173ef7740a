import { expect } from '@open-wc/testing';
import { defineElements, OnwardRecoveryPath, OnwardStepCard, version } from '../src/index.js';
import { itWhere } from './helpers/browser.js';

/**
 * Two different builds of the kit on one page, and hosts that keep the kit in a registry of their own. The second build
 * is `dist/cdn` served again under `/__other-build/cdn/` with another version (see test/server/other-build.mjs).
 */

/** True where the browser has scoped custom element registries (`new CustomElementRegistry()`). */
const scopedRegistries = (() => {
  try {
    new (window as unknown as { CustomElementRegistry: new () => CustomElementRegistry }).CustomElementRegistry();
    return true;
  } catch {
    return false;
  }
})();
const NO_SCOPED = 'no scoped custom element registries (new CustomElementRegistry() throws)';

interface Build {
  version: string;
  OnwardStepCard: CustomElementConstructor & { version: string };
  OnwardRecoveryPath: CustomElementConstructor & { version: string };
  defineElements: typeof defineElements;
}

type PageWindow = Window & { errors: string[]; warnings: string[]; events: string[]; older?: Build; newer?: Build };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/**
 * A careers page whose CMS block registered an older `<onward-step-card>` (the npm build's module) before the site's
 * own, newer CDN bundle, which then registers everything else, the recovery path included.
 */
async function twoBuildsPage(): Promise<{ win: PageWindow; doc: Document }> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 700px';
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script>
      window.errors = []; window.warnings = []; window.events = [];
      addEventListener('error', (e) => errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
      for (const type of ['onward-step-change', 'onward-path-progress']) document.addEventListener(type, (e) => events.push(e.type));
    </script>
    <script type="module">import * as older from '/dist/define/step-card.js'; window.older = older;</script>
    <script type="module">import * as newer from '/__other-build/cdn/onward.js'; window.newer = newer;</script>
    <onward-step-card id="own" preset="learn"></onward-step-card>
    <onward-recovery-path storage-key="two-builds"></onward-recovery-path>
  </body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as PageWindow;
  await until(() => !!win.newer || win.errors?.length > 0, 'both builds to load');
  expect(win.errors, 'errors while loading the two builds').to.deep.equal([]);
  const doc = frame.contentDocument!;
  const path = doc.querySelector('onward-recovery-path')!;
  await until(
    () => (path.shadowRoot?.querySelectorAll('onward-step-card').length ?? 0) > 0,
    'the path to render its cards'
  );
  await until(
    () =>
      [...path.shadowRoot!.querySelectorAll('onward-step-card')].every(
        (card) => !!card.shadowRoot?.querySelector('[part~="toggle"]')
      ),
    'the cards to render'
  );
  return { win, doc };
}

describe('two different builds on one page', () => {
  beforeEach(() => localStorage.removeItem('onward:v1:recovery-path:two-builds'));

  it('each build says its version; the first to register a tag keeps it, with one warning and nothing thrown', async function () {
    this.timeout(60_000);
    const { win, doc } = await twoBuildsPage();
    const { older, newer } = win;
    expect(older!.OnwardStepCard.version).to.equal(version);
    expect(newer!.version).to.equal(`${version}-other`);
    expect(newer!.OnwardRecoveryPath.version).to.equal(`${version}-other`);
    expect(win.customElements.get('onward-step-card')).to.equal(older!.OnwardStepCard);
    expect(win.customElements.get('onward-recovery-path')).to.equal(newer!.OnwardRecoveryPath);
    expect(doc.querySelector('#own')).to.be.instanceOf(older!.OnwardStepCard);
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings.filter((w) => w.includes('already defined'))).to.deep.equal([
      win.warnings.find((w) => w.includes('<onward-step-card> is already defined'))
    ]);
  });

  itWhere(
    scopedRegistries,
    NO_SCOPED,
    'the newer recovery path composes its own build’s step cards, and their events reach the page',
    async function (this: Mocha.Context) {
      this.timeout(60_000);
      const { win, doc } = await twoBuildsPage();
      const cards = [...doc.querySelector('onward-recovery-path')!.shadowRoot!.querySelectorAll('onward-step-card')];
      expect(cards.length).to.be.greaterThan(0);
      for (const card of cards) {
        expect(card).to.be.instanceOf(win.newer!.OnwardStepCard);
        expect((card.constructor as { version?: string }).version).to.equal(`${version}-other`);
      }
      cards[0].shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await until(() => win.events.includes('onward-path-progress'), 'the progress event');
      expect(win.events).to.include.members(['onward-step-change', 'onward-path-progress']);
      expect(win.errors).to.deep.equal([]);
    }
  );

  itWhere(
    !scopedRegistries,
    'scoped registries exist here',
    'without scoped registries, the path composes the globally registered step cards, as before',
    async function (this: Mocha.Context) {
      this.timeout(60_000);
      const { win, doc } = await twoBuildsPage();
      const cards = [...doc.querySelector('onward-recovery-path')!.shadowRoot!.querySelectorAll('onward-step-card')];
      for (const card of cards) expect(card).to.be.instanceOf(win.older!.OnwardStepCard);
      cards[0].shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await until(() => win.events.includes('onward-path-progress'), 'the progress event');
      expect(win.events).to.include.members(['onward-step-change', 'onward-path-progress']);
      expect(win.errors).to.deep.equal([]);
    }
  );
});

describe('defineElements(registry, tags?)', () => {
  /** A registry that records what is defined in it, as a host's own registry would hold it. */
  function recordingRegistry(): CustomElementRegistry & { defined: Map<string, CustomElementConstructor> } {
    const defined = new Map<string, CustomElementConstructor>();
    return {
      defined,
      get: (tag: string) => defined.get(tag),
      define: (tag: string, cls: CustomElementConstructor) => void defined.set(tag, cls)
    } as never;
  }

  it('defines every element with this copy’s classes, or only the tags named', () => {
    const all = recordingRegistry();
    const tags = defineElements(all);
    expect(tags).to.include.members(['onward-step-card', 'onward-recovery-path', 'onward-strengths']);
    expect(tags).to.have.length(8);
    expect(all.defined.get('onward-step-card')).to.equal(OnwardStepCard);
    expect(all.defined.get('onward-recovery-path')).to.equal(OnwardRecoveryPath);
    const some = recordingRegistry();
    expect(defineElements(some, ['onward-step-card'])).to.deep.equal(['onward-step-card']);
    expect([...some.defined.keys()]).to.deep.equal(['onward-step-card']);
    expect(defineElements(some, ['onward-step-card']), 'a second call changes nothing').to.deep.equal([]);
  });

  it('never throws on hostile input: no registry, unknown tags, a registry that throws', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      expect(defineElements(null as never)).to.deep.equal([]);
      expect(defineElements({} as never)).to.deep.equal([]);
      expect(defineElements(recordingRegistry(), ['<img src=x onerror=alert(1)>', 'onward-nope'])).to.deep.equal([]);
      expect(defineElements(recordingRegistry(), 42 as never)).to.deep.equal([]);
      const throwing = {
        get: () => undefined,
        define: () => {
          throw new Error('refused');
        }
      };
      expect(defineElements(throwing as never, ['onward-step-card'])).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.be.greaterThan(0);
  });

  itWhere(
    scopedRegistries,
    NO_SCOPED,
    'into a fresh CustomElementRegistry: customElements untouched, and a path there composes this copy’s cards',
    async () => {
      const globalDefine = customElements.define;
      const globalCalls: string[] = [];
      customElements.define = (tag: string) => void globalCalls.push(tag);
      const registry = new (
        window as unknown as { CustomElementRegistry: new () => CustomElementRegistry }
      ).CustomElementRegistry();
      try {
        expect(defineElements(registry)).to.have.length(8);
      } finally {
        customElements.define = globalDefine;
      }
      expect(globalCalls).to.deep.equal([]);
      expect(registry.get('onward-recovery-path')).to.equal(OnwardRecoveryPath);
      expect(customElements.get('onward-recovery-path')).to.equal(OnwardRecoveryPath);

      // A micro-frontend keeping the kit in its own shadow root.
      const host = document.createElement('div');
      document.body.append(host);
      try {
        const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
        root.innerHTML = '<onward-recovery-path storage-key="own-registry"></onward-recovery-path>';
        const path = root.querySelector('onward-recovery-path')!;
        expect(path).to.be.instanceOf(OnwardRecoveryPath);
        await (path as OnwardRecoveryPath).updateComplete;
        const cards = [...path.shadowRoot!.querySelectorAll('onward-step-card')];
        expect(cards.length).to.be.greaterThan(0);
        for (const card of cards) expect(card).to.be.instanceOf(OnwardStepCard);
      } finally {
        host.remove();
        localStorage.removeItem('onward:v1:recovery-path:own-registry');
      }
    }
  );
});
