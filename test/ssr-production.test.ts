import { expect } from '@open-wc/testing';
import { elementSpecs } from './element-specs.js';
import { until } from './helpers/frames.js';

/**
 * Server rendering as a production app ships it: docs/ssr.md's recipe (`test/ssr-app/`: a plain Node server rendering
 * with `@lit-labs/ssr`, and a client bundled by `vite build` from the built package, minified, with Lit's production
 * build and no `development` condition), served by `test/ssr-app-plugin.mjs`. The page loads in a frame without its
 * script, so the server's DOM can be looked at first; then the script is added as the page would have run it.
 */

const TAGS = [
  'onward-recovery-path',
  'onward-step-card',
  'onward-rejection-checklist',
  'onward-interview-odds',
  'onward-similar-roles',
  'onward-learning-plan',
  'onward-feedback-request',
  'onward-strengths'
];

type LitHost = HTMLElement & { updateComplete?: Promise<boolean> };

interface ServerPage {
  frame: HTMLIFrameElement;
  doc: Document;
  /** Everything the page logged or threw, and every policy violation, from the moment the script was added. */
  logged: string[];
  violations: string[];
}

/** Every node below `root`, through every shadow root. */
function* deepNodes(root: Node): Generator<Node> {
  for (const child of (root as Element).shadowRoot
    ? [(root as Element).shadowRoot!, ...root.childNodes]
    : root.childNodes) {
    yield child;
    yield* deepNodes(child);
  }
}

/** What a visitor reads of an element: its text through every shadow root, whitespace collapsed. */
function visibleText(root: Node): string {
  return [...deepNodes(root)]
    .filter(
      (node) =>
        node.nodeType === Node.TEXT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.parentNode?.nodeName ?? '')
    )
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A few computed styles of the element's base part (its host if it has none): enough to tell styled from unstyled. */
function style(element: Element): string {
  const target = element.shadowRoot!.querySelector('[part~="base"]') ?? element;
  const computed = getComputedStyle(target);
  const names = [
    'display',
    'box-sizing',
    'padding-block-start',
    'border-block-start-width',
    'font-size',
    'color',
    'background-color'
  ];
  return names.map((name) => `${name}: ${computed.getPropertyValue(name)}`).join('; ');
}

const frames: HTMLIFrameElement[] = [];

/** The server's page in a frame, without its script yet. */
async function serverPage(query = ''): Promise<ServerPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = `/ssr-app/?script=later${query}`;
  document.body.append(frame);
  frames.push(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const logged: string[] = [];
  const violations: string[] = [];
  const win = frame.contentWindow! as Window & typeof globalThis;
  for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    win.console[level] = (...args: unknown[]) => logged.push(`console.${level}: ${args.map(String).join(' ')}`);
  }
  win.addEventListener('error', (event) => logged.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => logged.push(`unhandled rejection: ${String(event.reason)}`));
  doc.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim())
  );
  return { frame, doc, logged, violations };
}

/** Adds the page's script, as the server's `<script>` would have, and waits until every element has hydrated. */
async function hydrate(
  { doc }: ServerPage,
  src = '/assets/client.js',
  scriptUrl: (url: string) => string = (url) => url
): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = scriptUrl(src);
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  doc.head.append(script);
  await loaded;
  // Updates after hydration (stored progress, the page's language) come in later microtasks and frames.
  for (let round = 0; round < 5; round += 1) {
    const hosts = [...deepNodes(doc.body)].filter(
      (node): node is LitHost =>
        node instanceof (doc.defaultView as typeof window).HTMLElement && 'updateComplete' in node
    );
    await Promise.all(hosts.map((host) => host.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Waits for `name` on the frame's document: a bubbling, composed event, as a host page listening there receives it. */
function pageEvent(doc: Document, name: string): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not reach the page`)), 3000);
    doc.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent);
      },
      { once: true }
    );
  });
}

const shadow = (element: Element) => element.shadowRoot!;

/**
 * For each element on the page: what a user does to make it fire one of its events, and that event's name, from its
 * spec (`ssrTrigger`, which every spec must state). Elements whose spec says `null` fire none here.
 */
const triggers: Record<string, [string, (element: Element) => void]> = Object.fromEntries(
  TAGS.flatMap((tag) => {
    const spec = elementSpecs[tag];
    if (!spec) throw new Error(`${tag} is on the server page but has no spec in test/element-specs.ts`);
    return spec.ssrTrigger ? [[tag, [spec.ssrTrigger.event, spec.ssrTrigger.act]]] : [];
  })
);

describe('server rendering in a production build (docs/ssr.md recipe)', function () {
  this.timeout(60000);

  before(() => localStorage.clear());
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  it('renders every element on the server, styled by its hashed <style> blocks before any script', async () => {
    const { doc, violations } = await serverPage();
    for (const tag of TAGS) {
      const element = doc.querySelector(tag)!;
      expect(element, tag).to.exist;
      expect(element.shadowRoot, `${tag}: declarative shadow root`).to.exist;
      expect(visibleText(element), tag).not.to.equal('');
      expect(getComputedStyle(element).display, `${tag}: styled by the server's <style>`).to.equal('block');
    }
    expect(violations).to.deep.equal([]);
  });

  for (const csp of ['hashes', 'self'] as const) {
    describe(csp === 'hashes' ? "with the recipe's policy (style hashes)" : "under a bare style-src 'self'", () => {
      it('adopts the server nodes of every element, keeps its text and styles, and logs nothing', async () => {
        const page = await serverPage(csp === 'self' ? '&csp=self' : '');
        const before = new Map(
          TAGS.map((tag) => {
            const element = page.doc.querySelector(tag)!;
            return [tag, { nodes: [...deepNodes(shadow(element))], text: visibleText(element), style: style(element) }];
          })
        );
        await hydrate(page);
        // Lit's production build, as an app ships it (its development build announces itself with this line).
        const bundle = await (await fetch('/assets/client.js')).text();
        expect(bundle.includes('Lit is in dev mode'), 'the client bundle holds Lit’s development build').to.be.false;
        for (const tag of TAGS) {
          const element = page.doc.querySelector(tag)!;
          const server = before.get(tag)!;
          const kept = server.nodes.filter((node) => node.isConnected).length;
          expect(kept, `${tag}: server nodes still in the page`).to.equal(server.nodes.length);
          expect([...deepNodes(shadow(element))].length, `${tag}: no node rendered beside the server's`).to.equal(
            server.nodes.length
          );
          expect(visibleText(element), `${tag}: text`).to.equal(server.text);
          expect(getComputedStyle(element).display, `${tag}: host styled`).to.equal('block');
          if (csp === 'hashes') expect(style(element), `${tag}: same styles as the server HTML`).to.equal(server.style);
        }
        if (csp === 'self') {
          // The policy did block the server's <style> blocks (or the check above proves nothing), and hydration
          // brought the styles the hashed page shows.
          const hashed = await serverPage();
          for (const tag of TAGS) {
            const styled = style(hashed.doc.querySelector(tag)!);
            expect(before.get(tag)!.style, `${tag}: unstyled before hydration`).not.to.equal(styled);
            expect(style(page.doc.querySelector(tag)!), `${tag}: styled once hydrated`).to.equal(styled);
          }
        } else {
          expect(page.violations).to.deep.equal([]);
        }
        expect(page.logged).to.deep.equal([]);
      });
    });
  }

  it('hydrates and runs every element’s events under Trusted Types with no violation', async () => {
    const page = await serverPage('&tt=1');
    const win = page.frame.contentWindow as Window & typeof globalThis;
    // The harness's own policy, only to add the page's script late (the server page names it in its HTML).
    let scriptUrl = (url: string) => url;
    if ('trustedTypes' in win) {
      const harness = (
        win as unknown as {
          trustedTypes: { createPolicy(name: string, rules: object): { createScriptURL(url: string): string } };
        }
      ).trustedTypes.createPolicy('onward-test', { createScriptURL: (url: string) => url });
      scriptUrl = (url) => harness.createScriptURL(url);
      // The policy is enforced (or the check below proves nothing): a plain string is refused as markup.
      expect(() => {
        page.doc.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw();
      // Its violation report arrives in a later task.
      await new Promise((resolve) => setTimeout(resolve, 100));
      page.violations.length = 0;
    }
    await hydrate(page, undefined, scriptUrl);
    for (const [tag, [name, act]] of Object.entries(triggers)) {
      const event = pageEvent(page.doc, name);
      act(page.doc.querySelector(tag)!);
      expect((await event).type, tag).to.equal(name);
    }
    expect(page.violations).to.deep.equal([]);
    expect(page.logged).to.deep.equal([]);
  });

  it('keeps what the candidate typed and ticked before the script ran, and saves it as if typed after', async () => {
    const page = await serverPage();
    // Typed into the server's HTML while the module is held back: each field of each element that has one.
    const typed: [tag: string, selector: string, text: string][] = [
      ['onward-strengths', '#strength-0', 'I stayed calm when the demo broke.'],
      ['onward-interview-odds', '#note', 'I explained my design choices clearly.'],
      ['onward-learning-plan', '#skill', 'Writing SQL joins'],
      ['onward-feedback-request', '#field-candidateName', 'Sam Rivera']
    ];
    const field = (tag: string, selector: string) =>
      shadow(page.doc.querySelector(tag)!).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    for (const [tag, selector, text] of typed) {
      expect(field(tag, selector), `${tag} ${selector} in the server HTML`).to.exist;
      field(tag, selector).value = text;
    }
    const box = () =>
      shadow(page.doc.querySelector('onward-rejection-checklist')!).querySelector<HTMLInputElement>(
        'input[type="checkbox"]'
      )!;
    box().checked = true;

    await hydrate(page);
    await until(
      () => typed.every(([tag, selector, text]) => field(tag, selector).value === text) && box().checked,
      'the early input to be back'
    );
    for (const [tag, selector, text] of typed) expect(field(tag, selector).value, `${tag} ${selector}`).to.equal(text);
    expect(box().checked, 'the ticked box').to.be.true;
    // Saved as if typed after: the persisting elements wrote it down.
    const stored = Object.keys(localStorage).map((key) => `${key} ${localStorage.getItem(key)}`);
    for (const [tag, text] of [
      ['strengths', 'I stayed calm'],
      ['interview-odds', 'design choices'],
      ['feedback-request', 'Sam Rivera']
    ]) {
      expect(
        stored.some((entry) => entry.startsWith(`onward:v1:${tag}:`) && entry.includes(text)),
        `${tag} saved`
      ).to.be.true;
    }
    expect(
      stored.some((entry) => entry.startsWith('onward:v1:rejection-checklist:') && /"checked":\["/.test(entry)),
      'the tick saved'
    ).to.be.true;
    expect(page.logged).to.deep.equal([]);
  });

  it('without the hydration support, renders each element once in place of the server DOM, styled, logging nothing', async () => {
    const page = await serverPage();
    const before = new Map(
      TAGS.map((tag) => [
        tag,
        { text: visibleText(page.doc.querySelector(tag)!), style: style(page.doc.querySelector(tag)!) }
      ])
    );
    await hydrate(page, '/ssr-app-no-hydration.js');
    for (const tag of TAGS) {
      const element = page.doc.querySelector(tag)!;
      const rendered = [...shadow(element).children].filter((child) => child.matches('[part~="base"]'));
      expect(rendered.length, `${tag}: one render`).to.equal(1);
      expect(visibleText(element), `${tag}: text`).to.equal(before.get(tag)!.text);
      expect(style(element), `${tag}: styles`).to.equal(before.get(tag)!.style);
    }
    expect(page.logged).to.deep.equal([]);
  });

  it('fires every element’s events to the page once hydrated, and logs nothing', async () => {
    const page = await serverPage();
    await hydrate(page);
    for (const [tag, [name, act]] of Object.entries(triggers)) {
      const element = page.doc.querySelector(tag)!;
      const event = pageEvent(page.doc, name);
      act(element);
      const fired = await event;
      expect(fired.type, tag).to.equal(name);
      expect(fired.bubbles && fired.composed, `${tag}: ${name} bubbles out of the shadow root`).to.be.true;
      expect(fired.detail, `${tag}: ${name} detail`).to.exist;
    }
    expect(page.logged).to.deep.equal([]);
  });
});
