/**
 * Turns the HTML a story rendered into the snippet a careers site would paste: the script that loads the kit first,
 * no story framing, no attribute left at its default, booleans bare, no storage settings that only keep Storybook's
 * stories apart, and JS-only properties set in a short script.
 */
import { attributeDefaults, booleanAttributes, elements, propertyOnlyFields } from './manifest.js';

/** The line that loads the kit, exactly as the README's embed snippet gives it. */
export const KIT_SCRIPT = '<script type="module" src="/assets/onward-elements/onward-loader.js"></script>';

export interface SnippetContext {
  args?: Record<string, unknown>;
  initialArgs?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  component?: unknown;
  parameters?: {
    snippet?: {
      /** Attributes that only keep Storybook's stories apart: left out while they hold the story's own value. */
      storyOnly?: string[];
      /** The story shows data only Storybook provides (a saved state, a staged feed): a pasted snippet starts empty. */
      storyOnlyData?: boolean;
      /** A test fixture rather than a usage example. */
      testOnly?: boolean;
    };
  };
}

const isOnward = (node: Node): node is HTMLElement => node instanceof Element && node.localName.startsWith('onward-');

function unwrap(wrapper: Element): void {
  wrapper.replaceWith(...wrapper.childNodes);
}

/** Onward elements not inside another one: the ones a page writes itself. */
function outerElements(root: ParentNode): HTMLElement[] {
  const hasOnwardAncestor = (element: Element) => {
    for (let parent: Element | null = element.parentElement; parent; parent = parent.parentElement) {
      if (parent.localName.startsWith('onward-')) return true;
    }
    return false;
  };
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => isOnward(element) && !hasOnwardAncestor(element)
  );
}

function inherit(root: ParentNode, name: 'lang' | 'dir', value: unknown): void {
  if (typeof value !== 'string' || !value) return;
  for (const element of outerElements(root)) if (!element.hasAttribute(name)) element.setAttribute(name, value);
}

function cleanAttributes(element: HTMLElement, context: SnippetContext): void {
  const defaults = attributeDefaults(element.localName);
  const storyOnly = new Set(context.parameters?.snippet?.storyOnly ?? []);
  for (const { name, value } of [...element.attributes]) {
    const known = elements.get(element.localName)?.attributes?.some((attribute) => attribute.name === name);
    const atDefault = name in defaults && String(defaults[name]) === value;
    const empty = known && value === '' && !booleanAttributes(element.localName).has(name);
    const onlyForStorybook = storyOnly.has(name) && String(context.initialArgs?.[name]) === value;
    if (atDefault || empty || onlyForStorybook) element.removeAttribute(name);
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function attributeText(element: Element, name: string, value: string): string {
  const bare = isOnward(element) ? booleanAttributes(element.localName).has(name) : value === '';
  return bare ? name : `${name}="${escapeAttribute(value)}"`;
}

function serialize(node: Node, indent: string): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? `${indent}${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}` : '';
  }
  if (!(node instanceof Element)) return '';
  const tag = node.localName;
  const attributes = [...node.attributes].map((attribute) => attributeText(node, attribute.name, attribute.value));
  const open =
    attributes.length > 2
      ? `${indent}<${tag}\n${attributes.map((text) => `${indent}  ${text}`).join('\n')}\n${indent}>`
      : `${indent}<${[tag, ...attributes].join(' ')}>`;
  if (tag === 'style' || tag === 'script') return `${open}${node.textContent ?? ''}</${tag}>`;
  const children = [...node.childNodes].map((child) => serialize(child, `${indent}  `)).filter(Boolean);
  if (children.length === 0) return `${open}</${tag}>`;
  if (children.length === 1 && !children[0].includes('\n') && children[0].trim().length < 60 && !open.includes('\n')) {
    return `${open}${children[0].trim()}</${tag}>`;
  }
  return `${open}\n${children.join('\n')}\n${indent}</${tag}>`;
}

/** Tokens set on the story's brand wrapper, as the `:root` rule a site would write. */
function brandRule(wrapper: Element): string {
  const declarations = (wrapper.getAttribute('style') ?? '')
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean);
  return `<style>\n  :root {\n${declarations.map((declaration) => `    ${declaration};`).join('\n')}\n  }\n</style>`;
}

/** JS-only properties the story set on its element (e.g. `templates`), as a short script. */
function propertyScript(context: SnippetContext): string {
  const tag = typeof context.component === 'string' ? context.component : undefined;
  if (!tag || !context.args) return '';
  const lines = propertyOnlyFields(tag)
    .filter((field) => !field.readonly && context.args![field.name] !== undefined)
    .map((field) => {
      const json = JSON.stringify(context.args![field.name], null, 2).replace(/\n/g, '\n  ');
      return `  document.querySelector('${tag}').${field.name} = ${json};`;
    });
  return lines.length ? `<script type="module">\n${lines.join('\n')}\n</script>` : '';
}

/** The snippet for a story, from the HTML Storybook rendered for it. */
export function toSnippet(source: string, context: SnippetContext = {}): string {
  const template = document.createElement('template');
  template.innerHTML = source;
  const root = template.content;
  const head: string[] = [KIT_SCRIPT];
  // Innermost first, so a story's own language wins over the toolbar's, as it does on the page.
  for (const frame of [...root.querySelectorAll('[data-story-frame]')].reverse()) {
    for (const name of ['lang', 'dir'] as const) inherit(frame, name, frame.getAttribute(name));
    unwrap(frame);
  }
  for (const wrapper of root.querySelectorAll('[data-story-brand]')) {
    head.push(brandRule(wrapper));
    unwrap(wrapper);
  }
  inherit(root, 'lang', context.globals?.locale);
  inherit(root, 'dir', context.globals?.dir);
  for (const element of root.querySelectorAll<HTMLElement>('*'))
    if (isOnward(element)) cleanAttributes(element, context);
  const body = [...root.childNodes].map((node) => serialize(node, '')).filter(Boolean);
  return [...head, '', ...body, propertyScript(context)]
    .filter((part, index) => part || index === head.length)
    .join('\n')
    .trim();
}
