import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { elementSpecs } from './element-specs.js';
import { composedElements, settleAll } from './helpers/composed.js';
import { manifestTags } from './helpers/manifest.js';

// One design system: every button in every element, and every link drawn as a button, looks like one of the three
// button styles (primary: filled accent; secondary: outlined; quiet: a link), whatever state the element is in. Each is
// compared by computed style with a reference button of each style drawn in the same shadow root, in light and dark.

const tags = manifestTags;

const STYLES = ['primary', 'secondary', 'quiet'] as const;

/** What makes a button look like itself. */
const PROPERTIES = [
  'background-color',
  'border-top-color',
  'border-top-style',
  'border-top-width',
  'border-inline-start-color',
  'border-inline-start-width',
  'color',
  'border-start-start-radius',
  'border-end-end-radius',
  'padding-block-start',
  'padding-inline-start',
  'padding-inline-end',
  'font-weight',
  'text-decoration-line'
];

function look(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  return Object.fromEntries(PROPERTIES.map((name) => [name, style.getPropertyValue(name)]));
}

function transparent(color: string): boolean {
  return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
}

/** A link drawn as a button: it has a background or a border of its own. */
function buttonLike(link: HTMLAnchorElement): boolean {
  const style = getComputedStyle(link);
  const border =
    style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && !transparent(style.borderTopColor);
  return border || !transparent(style.backgroundColor) || link.matches('.primary, .secondary, .quiet');
}

function visible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** The reference look of each style, drawn in `root` (so it has the same tokens, theme and sheets). */
function references(root: ShadowRoot): Record<(typeof STYLES)[number], Record<string, string>> {
  const holder = root.querySelector('[part~="base"]') ?? root.firstElementChild!;
  const made = STYLES.map((name) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = name;
    button.textContent = 'Reference';
    holder.append(button);
    return button;
  });
  const result = Object.fromEntries(STYLES.map((name, index) => [name, look(made[index])])) as ReturnType<
    typeof references
  >;
  for (const button of made) button.remove();
  return result;
}

function describeButton(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const part = element.getAttribute('part');
  const label = (element.getAttribute('aria-label') ?? element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40);
  return `<${element.localName}${part ? ` part="${part}"` : ''}> "${label}" in <${host.localName}>`;
}

/** Every visible button and button-like link below `root`, and the style each one matches (or what it does not). */
function mismatches(root: Element): { checked: number; problems: string[] } {
  const problems: string[] = [];
  const cache = new Map<ShadowRoot, ReturnType<typeof references>>();
  let checked = 0;
  for (const element of composedElements(root)) {
    const isButton =
      element instanceof HTMLButtonElement || (element instanceof HTMLAnchorElement && buttonLike(element));
    if (!isButton || !visible(element)) continue;
    const shadow = element.getRootNode();
    if (!(shadow instanceof ShadowRoot)) continue;
    if (!cache.has(shadow)) cache.set(shadow, references(shadow));
    const refs = cache.get(shadow)!;
    const actual = look(element);
    checked += 1;
    // A button that names its style (the design system's class) must look like that one; any other, like one of the three.
    const named = STYLES.filter((name) => element.classList.contains(name));
    const candidates = named.length > 0 ? named : STYLES;
    if (candidates.some((name) => PROPERTIES.every((property) => refs[name][property] === actual[property]))) continue;
    // The nearest style, and how this button differs from it.
    const [nearest, differences] = candidates
      .map((name) => [name, PROPERTIES.filter((property) => refs[name][property] !== actual[property])] as const)
      .sort((a, b) => a[1].length - b[1].length)[0];
    problems.push(
      `${describeButton(element)} is ${named.length > 0 ? `not ${nearest}` : `none of the three; nearest ${nearest}`}, but ${differences
        .map((property) => `${property} ${actual[property]} (not ${refs[nearest][property]})`)
        .join(', ')}`
    );
  }
  return { checked, problems };
}

/** What a candidate can open or show in an element beyond its first view, so those buttons are checked too. */
async function showStates(tag: string, element: HTMLElement): Promise<void> {
  const shadow = element.shadowRoot!;
  if (tag === 'onward-recovery-path') {
    for (const toggle of shadow.querySelectorAll<HTMLButtonElement>('[aria-controls^="panel-"]')) toggle.click();
  }
  if (tag === 'onward-rejection-checklist') shadow.querySelector<HTMLButtonElement>('[part~="reset"]')?.click();
  if (tag === 'onward-learning-plan') shadow.querySelector<HTMLButtonElement>('[data-action="edit"]')?.click();
  await settleAll(element);
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const section of mounted.splice(0)) section.remove();
});

async function mount(template: ReturnType<(typeof elementSpecs)[string]['full']>, theme: string): Promise<HTMLElement> {
  const section = document.createElement('section');
  section.style.maxInlineSize = '60rem';
  document.body.append(section);
  mounted.push(section);
  render(template, section);
  const element = section.firstElementChild as HTMLElement;
  element.setAttribute('theme', theme);
  await settleAll(element);
  return element;
}

describe('every button is one of the three button styles', () => {
  for (const tag of tags) {
    const spec = elementSpecs[tag];
    for (const theme of ['light', 'dark']) {
      it(`<${tag}> (${theme})`, async () => {
        const element = await mount(spec.full(), theme);
        await showStates(tag, element);
        const { checked, problems } = mismatches(element);
        expect(problems).to.deep.equal([]);
        // Interview odds has no button of its own; every other element does.
        if (tag !== 'onward-interview-odds') expect(checked, 'buttons checked').to.be.greaterThan(0);
      });
    }
    for (const [part, fixture] of Object.entries(spec.partFixtures ?? {})) {
      it(`<${tag}> showing its ${part} part`, async () => {
        const element = await mount(fixture(), 'light');
        // A feed that fails answers after a moment: wait for what it shows.
        for (let round = 0; round < 50 && !element.shadowRoot!.querySelector(`[part~="${part}"]`); round += 1) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          await settleAll(element);
        }
        expect(mismatches(element).problems).to.deep.equal([]);
      });
    }
  }

  it('the three styles differ from each other', async () => {
    const element = await mount(elementSpecs['onward-strengths'].full(), 'light');
    const refs = references(element.shadowRoot!);
    expect(refs.primary['background-color']).to.not.equal(refs.secondary['background-color']);
    expect(refs.secondary['border-top-color']).to.not.equal(refs.quiet['border-top-color']);
    expect(refs.quiet['text-decoration-line']).to.equal('underline');
  });
});
