import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { forgetAll } from '../src/internal/storage.js';
import { elementSpecs } from './element-specs.js';
import { composedElements, isTextField, painted, settleAll, until } from './helpers/composed.js';
import { manifestTags } from './helpers/manifest.js';

/**
 * The host page's side: two copies of the CDN bundle on one page; a page whose global CSS attacks everything it can
 * reach; a page with its own keyboard shortcuts on `document`. Every element in the manifest, each time.
 */

const tags = manifestTags;

const mounted: Element[] = [];

/** Renders an element's `full()` fixture straight into the body (not into a `div`: a hostile page may hide every div). */
async function mount(tag: string): Promise<HTMLElement> {
  const page = document.createElement('host-page-section');
  document.body.append(page);
  mounted.push(page);
  render(elementSpecs[tag].full(), page);
  const element = page.querySelector<HTMLElement>(tag)!;
  await settleAll(element);
  if (tag === 'onward-recovery-path') {
    // Every tool open, so what the path holds is checked too.
    for (const toggle of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tool-toggle')) toggle.click();
    await settleAll(element);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return element;
}

afterEach(() => {
  for (const page of mounted.splice(0)) page.remove();
  forgetAll();
});

describe('two copies of the CDN bundle on one page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('define every element once, render every element, throw nothing, and warn once per element', async function () {
    this.timeout(30_000);
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 900px; block-size: 700px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script>
        window.errors = []; window.warnings = [];
        addEventListener('error', (e) => errors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
        const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
      </script>
      <script type="module" src="/dist/cdn/onward.js"></script>
      <script type="module" src="/dist/cdn/onward.js?copy=2"></script>
      <script type="module">window.bothLoaded = true;</script>
      ${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}
    </body></html>`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { errors: string[]; warnings: string[]; bothLoaded?: boolean };
    await until(() => win.bothLoaded === true, 'both copies to load (build them with `npx vite build --mode cdn`)');
    for (const tag of tags) {
      const element = frame.contentDocument!.querySelector(tag)!;
      await until(() => !!element.shadowRoot?.querySelector('[part~="base"]'), `<${tag}> to render`);
      expect(
        win.warnings.filter((warning) => warning.includes(`<${tag}> is already defined`)),
        tag
      ).to.have.length(1);
    }
    expect(win.errors).to.deep.equal([]);
  });
});

/** A page that attacks everything global CSS can reach: unset everything, hide common tags, force colours and text styles. */
const HOSTILE_CSS = `
  html { background: #000 !important; }
  body *, body *::before, body *::after { all: unset; }
  body * {
    color: #fff !important;
    background-color: #fff !important;
    border-color: #fff !important;
    font-family: "Comic Sans MS", cursive !important;
    opacity: 1 !important;
  }
  div, p, span, section, article, header, footer, nav, main, aside, ul, ol, li, h1, h2, h3, h4, h5, h6, a, button,
  label, input, textarea, select, option, form, fieldset, legend, progress, svg, img, strong, em, small, output, slot {
    display: none !important;
  }
  [class], [id], [part], ${tags.join(', ')} {
    letter-spacing: 3em !important;
    word-spacing: 5em !important;
    line-height: 0 !important;
    font-size: 0 !important;
    text-transform: uppercase !important;
    text-indent: -9999px !important;
    white-space: pre !important;
    visibility: hidden !important;
    text-shadow: 0 0 4px #fff !important;
    font-variant: small-caps !important;
    word-break: break-all !important;
    -webkit-text-fill-color: transparent !important;
  }
`;

/** Parses the colours Chromium computes (`rgb()`, `rgba()`, `color(srgb …)`), as sRGB 0–1 and alpha; undefined otherwise. */
function parseColor(value: string): { rgb: [number, number, number]; alpha: number } | undefined {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb)
    return {
      rgb: [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255],
      alpha: rgb[4] === undefined ? 1 : Number(rgb[4])
    };
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb)
    return {
      rgb: [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])],
      alpha: srgb[4] === undefined ? 1 : Number(srgb[4])
    };
  return undefined;
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The nearest painted background behind an element, through shadow roots; undefined when a colour cannot be read. */
function backgroundBehind(element: Element): [number, number, number] | undefined {
  for (
    let node: Element | null = element;
    node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)
  ) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (!color) return undefined;
    if (color.alpha >= 0.5) return color.rgb;
  }
  return [1, 1, 1];
}

interface Reading {
  /** The text a user can see, in order. */
  texts: string[];
  problems: string[];
}

/** What a user can read of an element: visible text with enough contrast, and buttons big enough to press. */
function read(element: HTMLElement): Reading {
  const texts: string[] = [];
  const problems: string[] = [];
  // What a visitor sees is the element's root box: on a page that makes the host inline (`all: unset`), the host's own
  // inline box is only a line of the page's (zero) font size around it.
  const box = (element.shadowRoot!.querySelector('[part~="base"]') ?? element).getBoundingClientRect();
  if (box.width === 0 || box.height === 0) problems.push('the element has no size');
  for (const node of composedElements(element)) {
    if (!node.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || node.closest('.visually-hidden'))
      continue;
    const rect = node.getBoundingClientRect();
    const own = [...node.childNodes]
      .filter((child) => child.nodeType === Node.TEXT_NODE)
      .map((child) => child.textContent!.trim())
      .filter(Boolean)
      .join(' ');
    if (own) {
      texts.push(own);
      const style = getComputedStyle(node);
      if (rect.width === 0 || rect.height === 0) problems.push(`"${own.slice(0, 40)}" has no size`);
      if (parseFloat(style.fontSize) < 9) problems.push(`"${own.slice(0, 40)}" is ${style.fontSize}`);
      const fill = parseColor(style.getPropertyValue('-webkit-text-fill-color'));
      if (fill && fill.alpha < 0.5) problems.push(`"${own.slice(0, 40)}" is transparent`);
      const color = parseColor(style.color);
      const background = backgroundBehind(node);
      if (color && background) {
        const [light, dark] = [luminance(color.rgb), luminance(background)].sort((a, b) => b - a);
        const ratio = (light + 0.05) / (dark + 0.05);
        if (ratio < 3) problems.push(`"${own.slice(0, 40)}" has a contrast of ${ratio.toFixed(2)}`);
      }
    }
    if (node instanceof HTMLButtonElement && (rect.width < 24 || rect.height < 24)) {
      problems.push(
        `the button "${node.textContent!.trim().slice(0, 40)}" is ${Math.round(rect.width)}×${Math.round(rect.height)} px`
      );
    }
  }
  return { texts, problems };
}

describe('a host page with hostile global CSS', () => {
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => sheet?.remove());

  for (const tag of tags) {
    it(`leaves <${tag}> readable: the same text visible, with contrast, and buttons of 24 px or more`, async () => {
      const clean = read(await mount(tag));
      expect(clean.problems, 'on a plain page').to.deep.equal([]);
      for (const page of mounted.splice(0)) page.remove();

      sheet = document.createElement('style');
      sheet.textContent = HOSTILE_CSS;
      document.head.append(sheet);
      const hostile = read(await mount(tag));
      expect(hostile.problems, 'on the hostile page').to.deep.equal([]);
      expect(hostile.texts).to.deep.equal(clean.texts);
    });
  }
});

/**
 * Inherited properties a page sets on a wrapper that turned the elements' text into bullets, wrote it sideways, made it
 * unclickable or changed its shapes. Each is read back on every element inside, and must compute as on a plain page.
 */
const LEAKING: Record<string, string> = {
  '-webkit-text-security': 'disc',
  'text-emphasis': 'filled circle red',
  'writing-mode': 'vertical-rl',
  'pointer-events': 'none',
  'caret-color': 'transparent',
  cursor: 'wait',
  '-webkit-text-stroke': '2px red',
  'font-feature-settings': '"smcp" 1, "liga" 0',
  'font-variation-settings': '"wght" 900',
  'font-stretch': 'ultra-condensed',
  'list-style-type': 'upper-roman',
  'text-align-last': 'right',
  hyphens: 'all',
  'tab-size': '40',
  quotes: '"«" "»"',
  fill: 'red',
  stroke: 'red'
};

/** How each property reads back through `getComputedStyle` (longhands where the page set a shorthand). */
const READ_AS: Record<string, string[]> = {
  'text-emphasis': ['text-emphasis-style', 'text-emphasis-color'],
  '-webkit-text-stroke': ['-webkit-text-stroke-width', '-webkit-text-stroke-color']
};

/** Computed values of the leaking properties on every element inside, in document order. */
function inheritedStyles(element: HTMLElement): string[] {
  const names = Object.keys(LEAKING).flatMap((name) => READ_AS[name] ?? [name]);
  return composedElements(element)
    .filter((node) => node.getRootNode() !== document)
    .flatMap((node) => {
      const style = getComputedStyle(node);
      return names.map(
        (name) => `${node.localName}${node.id ? `#${node.id}` : ''} ${name}: ${style.getPropertyValue(name)}`
      );
    });
}

/** A PNG of the element as it is painted now, or undefined where the browser cannot capture it. */
async function pixels(element: HTMLElement): Promise<string | undefined> {
  element.scrollIntoView({ block: 'start' });
  await painted();
  const box = element.getBoundingClientRect();
  const height = Math.min(Math.ceil(box.height), window.innerHeight - Math.max(0, Math.floor(box.top)));
  const { png } = (await executeServerCommand('onward-screenshot', {
    x: Math.max(0, Math.floor(box.left)),
    y: Math.max(0, Math.floor(box.top)),
    width: Math.ceil(box.width),
    height
  })) as { png: string | null };
  return png ?? undefined;
}

describe('a host page whose wrapper sets inherited text and pointer styles', () => {
  for (const tag of tags) {
    it(`leaves <${tag}> as on a plain page: ${Object.keys(LEAKING).join(', ')}`, async () => {
      const clean = inheritedStyles(await mount(tag));
      for (const page of mounted.splice(0)) page.remove();
      const element = await mount(tag);
      const wrapper = element.parentElement!;
      wrapper.style.cssText = Object.entries(LEAKING)
        .map(([name, value]) => `${name}: ${value}`)
        .join('; ');
      await settleAll(element);
      const hostile = inheritedStyles(element);
      const changed = hostile.filter((line, index) => line !== clean[index]);
      expect(hostile.length, 'the same elements inside').to.equal(clean.length);
      expect(changed.slice(0, 10), `${changed.length} values changed`).to.deep.equal([]);
      // What a visitor does: a link or button inside still takes the click.
      const target = composedElements(element).find(
        (node): node is HTMLElement =>
          (node instanceof HTMLButtonElement || node instanceof HTMLAnchorElement) && node.checkVisibility()
      );
      if (target) {
        const box = target.getBoundingClientRect();
        target.scrollIntoView({ block: 'center' });
        const again = target.getBoundingClientRect();
        const hit = (element.shadowRoot!.elementFromPoint(again.left + again.width / 2, again.top + again.height / 2) ??
          undefined) as Element | undefined;
        expect(
          box.width > 0 && (hit === target || target.contains(hit ?? null) || hit?.shadowRoot !== undefined),
          'a control still takes the pointer'
        ).to.be.true;
      }
    });

    it(`leaves <${tag}> painted as on a plain page under a wrapper with text-decoration`, async function () {
      const element = await mount(tag);
      element.parentElement!.style.cssText = 'display: block; inline-size: 640px';
      await settleAll(element);
      const clean = await pixels(element);
      if (clean === undefined) this.skip();
      element.parentElement!.style.cssText =
        'display: block; inline-size: 640px; text-decoration: line-through underline overline red 3px';
      await settleAll(element);
      const decorated = await pixels(element);
      expect(decorated === clean, 'a strike-through or underline from the page is drawn through the text').to.be.true;
      // And in a flex or grid layout, as careers pages lay out sections.
      element.parentElement!.style.cssText =
        'display: flex; flex-direction: column; inline-size: 640px; text-decoration: line-through red 3px';
      await settleAll(element);
      expect((await pixels(element)) === clean, 'drawn through the text in a flex layout').to.be.true;
    });
  }
});

describe('a host page with html { font-size: 62.5% } (the "1rem = 10px" habit)', () => {
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => sheet?.remove());

  it('keeps every button of every element at 24 px or more', async () => {
    sheet = document.createElement('style');
    sheet.textContent = 'html { font-size: 62.5%; } body { font-size: 1.6rem; }';
    document.head.append(sheet);
    const problems: string[] = [];
    for (const tag of tags) {
      const element = await mount(tag);
      problems.push(
        ...read(element)
          .problems.filter((problem) => problem.startsWith('the button'))
          .map((problem) => `<${tag}> ${problem}`)
      );
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('a host page with its own keyboard shortcuts on document', () => {
  /** What a careers page typically does: "/" or "s" focuses its search box, unless the user is typing in a field. */
  function installShortcuts(): {
    fired: string[];
    reached: KeyboardEvent[];
    search: HTMLInputElement;
    remove: () => void;
  } {
    const search = document.createElement('input');
    search.setAttribute('aria-label', 'Search jobs');
    document.body.append(search);
    const fired: string[] = [];
    const reached: KeyboardEvent[] = [];
    const onKey = (event: KeyboardEvent) => {
      reached.push(event);
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/' || event.key === 's') {
        fired.push(`${event.type} ${event.key}`);
        if (event.type === 'keydown') {
          event.preventDefault();
          search.focus();
        }
      }
    };
    for (const type of ['keydown', 'keypress', 'keyup'] as const) document.addEventListener(type, onKey);
    return {
      fired,
      reached,
      search,
      remove: () => {
        for (const type of ['keydown', 'keypress', 'keyup'] as const) document.removeEventListener(type, onKey);
        search.remove();
      }
    };
  }

  it('keeps Escape in a field of a recovery-path tool for the field, and lets Escape after it (on a button) close the tool', async () => {
    const element = await mount('onward-recovery-path');
    const host = installShortcuts();
    try {
      const panel = element.shadowRoot!.querySelector('#panel-believe')!;
      const field = composedElements(panel).find(isTextField)!;
      field.focus();
      await sendKeys({ type: 'I stayed calm/' });
      await sendKeys({ press: 'Escape' });
      await settleAll(element);
      expect(panel.hasAttribute('hidden'), 'Escape in a field leaves the tool open').to.be.false;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Escape' });
      await settleAll(element);
      expect(panel.hasAttribute('hidden'), 'the tool closed').to.be.true;
      expect(host.fired).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  for (const tag of tags) {
    it(`does not fire while the user types in the fields of <${tag}>; other keys still reach the page`, async function () {
      this.timeout(30_000);
      const element = await mount(tag);
      const host = installShortcuts();
      try {
        // Folded sections ("Edit details") opened first, as the candidate would before typing there.
        for (const details of composedElements(element).filter(
          (node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement
        ))
          details.open = true;
        await settleAll(element);
        const fields = composedElements(element).filter(isTextField);
        for (const field of fields) {
          field.focus();
          field.select();
          await sendKeys({ type: 'Yes/ sS' });
          await settleAll(element);
          expect(host.fired, `shortcuts fired while typing in ${field.id || field.localName}`).to.deep.equal([]);
          expect(field.value, `${field.id || field.localName} got every key`).to.equal('Yes/ sS');
          expect(field.matches(':focus'), 'focus stays in the field').to.be.true;
          expect(
            host.reached.filter((event) => event.key.length === 1),
            'no character key reached the page'
          ).to.deep.equal([]);
          host.reached.length = 0;
          await sendKeys({ press: 'Backspace' });
          await sendKeys({ press: 'ArrowLeft' });
          expect(host.reached, 'editing keys stay in the field').to.deep.equal([]);

          // Keys that are not typing still reach the page, retargeted to the element as usual.
          // (The recovery path acts on Escape itself: it closes the open tool. test/isolation checks that separately.)
          const keys = [
            { key: 'Escape' },
            { key: 'Tab' },
            { key: 'Enter' },
            { key: 'F1' },
            { key: 's', ctrlKey: true },
            { key: 'k', metaKey: true }
          ];
          for (const init of keys.filter((key) => tag !== 'onward-recovery-path' || key.key !== 'Escape')) {
            host.reached.length = 0;
            field.dispatchEvent(
              new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true })
            );
            expect(
              host.reached.map((event) => event.key),
              `${JSON.stringify(init)} from ${field.id || field.localName}`
            ).to.deep.equal([init.key]);
            expect(host.reached[0].target).to.equal(element);
          }
          host.reached.length = 0;
        }
        // Key events that are not keyboard events (dispatched by script) pass through untouched, and throw nothing.
        if (fields[0]) {
          host.reached.length = 0;
          fields[0].dispatchEvent(new Event('keydown', { bubbles: true, composed: true }));
          expect(host.reached).to.have.length(1);
        }
        // Outside a field, the page's shortcuts work as before: "/" on one of the element's buttons focuses the search box.
        const button = composedElements(element).find(
          (node): node is HTMLButtonElement =>
            node instanceof HTMLButtonElement && !node.disabled && node.checkVisibility()
        );
        if (button) {
          button.focus();
          await sendKeys({ press: '/' });
          expect(host.fired).to.include('keydown /');
          expect(document.activeElement).to.equal(host.search);
        }
      } finally {
        host.remove();
      }
    });
  }
});
