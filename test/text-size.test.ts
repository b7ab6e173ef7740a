import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { elementSpecs } from './element-specs.js';
import { composedElements, isTextField, painted, settleAll, walkComposed } from './helpers/composed.js';
import { isWebKit, itWhere } from './helpers/browser.js';

// WCAG 1.4.4 (Resize Text) and 1.4.10 (Reflow): with the page's text at 200% (`html { font-size: 200% }`, as a visitor's
// browser setting does), on a 320 px and a 375 px phone, every element (and the recovery path with each of its tools
// open) fits the screen: nothing scrolls sideways, and no word is split inside itself ("Writ / e your note").

/** Each width, and the fewest characters of text a field must show there: about 16 (14 on the narrowest phones). */
const WIDTHS: Array<[number, number]> = [
  [320, 14],
  [375, 16]
];

/** The font a careers page (and Storybook's preview) sets: the elements inherit it. */
const PAGE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** Addresses may break anywhere: they have no word boundaries to keep. */
const ADDRESS = /@|:\/\/|^www\.|\.(com|org|net|io|dev)\b|^\/\S/i;

/** The element that holds a node, crossing out of a shadow root to its host. */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** True when the text is hidden, or only there for screen readers (a 1 px clipped box). */
function unseen(element: Element | null): boolean {
  for (let el = element; el; el = parentOf(el)) {
    const style = getComputedStyle(el);
    if (
      style.display === 'none' ||
      style.visibility === 'hidden' ||
      (style.clipPath !== 'none' && style.clipPath !== '')
    )
      return true;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  }
  return false;
}

/** Where an element is, for a readable failure. */
function where(element: Element): string {
  const part = element.getAttribute('part');
  const cls = element.getAttribute('class');
  return `<${element.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

/** Elements wider than the screen, or sticking out of it, and by how many pixels. */
function overflowing(root: Element, width: number): string[] {
  const problems: string[] = [];
  for (const element of composedElements(root)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (unseen(element)) continue;
    const over = Math.max(box.right - width, -box.left);
    if (over > 1) problems.push(`${where(element)} sticks out by ${Math.round(over)} px`);
  }
  return problems;
}

/** Words of visible text laid out over more than one line ("Writ / e"), hyphenated parts counted as words. */
function splitWords(root: Element): string[] {
  const problems: string[] = [];
  walkComposed(root, (node) => {
    if (node.nodeType !== Node.TEXT_NODE) return;
    const text = (node as Text).data;
    if (!text.trim() || unseen(parentOf(node))) return;
    const range = document.createRange();
    for (const match of text.matchAll(/\S+/g)) {
      if (ADDRESS.test(match[0])) continue;
      // A line may end after a hyphen: that is not a word broken inside itself.
      let offset = match.index;
      for (const piece of match[0].split(/(?<=[-‐–—/])/)) {
        range.setStart(node, offset);
        range.setEnd(node, offset + piece.length);
        offset += piece.length;
        const lines = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))
        );
        if (lines.size > 1) problems.push(`"${piece}" in ${where(parentOf(node)!)} is split over ${lines.size} lines`);
      }
    }
  });
  return problems;
}

/** A realistic 16-character value ("about 16 characters" is the bar for a usable field). */
const SAMPLE = 'Product designer';

/** Text fields too narrow to show about 16 characters of their own font, with their width in characters. */
function narrowFields(root: Element, least: number): string[] {
  const context = document.createElement('canvas').getContext('2d')!;
  const problems: string[] = [];
  for (const element of composedElements(root)) {
    const typed =
      element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement || isTextField(element);
    if (!typed || unseen(parentOf(element))) continue;
    const style = getComputedStyle(element);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const perCharacter = context.measureText(SAMPLE).width / SAMPLE.length;
    const room = element.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const characters = room / perCharacter;
    if (characters < least) problems.push(`${where(element)} holds ${characters.toFixed(1)} characters`);
  }
  return problems;
}

/** Opens every tool of a recovery path. */
async function openTools(path: HTMLElement): Promise<void> {
  for (const toggle of path.shadowRoot!.querySelectorAll<HTMLButtonElement>('[aria-controls^="panel-"]'))
    toggle.click();
  await settleAll(path);
}

async function settleLayout(element: HTMLElement): Promise<void> {
  await settleAll(element);
  await document.fonts.ready;
  await painted();
}

/** Why WebKit skips: its test browser is a desktop window, and setViewport exists only over CDP and BiDi. */
const NO_PHONE_WIDTH = 'the WebKit test window is never narrower than 447 px (its toolbar)';

describe('text at 200% on a phone', () => {
  const root = document.documentElement;
  before(() => {
    root.style.fontSize = '200%';
    // A phone's scroll bar floats over the page; a desktop browser's takes 12 px of the 320 (Firefox here).
    root.style.scrollbarWidth = 'none';
    document.body.style.margin = '0';
    document.body.style.fontFamily = PAGE_FONT;
  });
  after(async () => {
    root.style.fontSize = '';
    root.style.scrollbarWidth = '';
    document.body.style.margin = '';
    document.body.style.fontFamily = '';
    if (!isWebKit) await setViewport({ width: 800, height: 600 });
  });

  const cases: Array<[string, () => TemplateResult, boolean]> = Object.entries(elementSpecs).map(([tag, spec]) => [
    `<${tag}>`,
    spec.full,
    false
  ]);
  cases.push(['<onward-recovery-path> with every tool open', elementSpecs['onward-recovery-path'].full, true]);

  for (const [width, characters] of WIDTHS) {
    describe(`${width} px wide`, () => {
      before(async () => {
        if (!isWebKit) await setViewport({ width, height: 800 });
      });

      for (const [name, template, open] of cases) {
        itWhere(!isWebKit, NO_PHONE_WIDTH, `${name}: no sideways scroll, no word split inside itself`, async () => {
          const element = await fixture<HTMLElement>(template());
          await settleLayout(element);
          if (open) {
            await openTools(element);
            await settleLayout(element);
          }
          const scroller = document.scrollingElement!;
          expect(window.innerWidth, 'the viewport was set').to.equal(width);
          // All three at once, so a failure shows everything that is wrong at this width.
          expect({
            'wider than the screen': overflowing(element, width),
            'sideways scroll (px)': scroller.scrollWidth - scroller.clientWidth,
            'words split over lines': splitWords(element),
            'fields narrower than about 16 characters': narrowFields(element, characters)
          }).to.deep.equal({
            'wider than the screen': [],
            'sideways scroll (px)': 0,
            'words split over lines': [],
            'fields narrower than about 16 characters': []
          });
        });
      }
    });
  }
});
