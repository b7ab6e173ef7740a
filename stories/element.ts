import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { attributeDefaults, booleanAttributes, propertyOnlyFields, publicAttributes } from '../.storybook/manifest.js';

export type StoryArgs = Record<string, unknown>;

/**
 * Writes a story's args onto an element the way a careers page would: attributes from the manifest (left out when
 * empty or at their default, booleans bare), JS-only properties as properties, and `--onward-*` args as custom
 * properties on the element. Controls then change exactly what a host page can change, and the rendered HTML is the
 * snippet.
 */
class ApplyArgs extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgs() goes inside an element tag');
  }

  render(_tag: string, _args: StoryArgs) {
    return nothing;
  }

  override update(part: ElementPart, [tag, args]: [string, StoryArgs]) {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const defaults = attributeDefaults(tag);
    const booleans = booleanAttributes(tag);
    const seen = new Set<string>();
    for (const { name } of publicAttributes(tag)) {
      const value = args[name];
      const omit = value === undefined || value === null || value === '' || value === false || value === defaults[name];
      if (omit) {
        if (this.applied.has(name)) element.removeAttribute(name);
        continue;
      }
      element.setAttribute(name, booleans.has(name) ? '' : String(value));
      seen.add(name);
    }
    for (const { name } of propertyOnlyFields(tag)) {
      if (args[name] !== undefined) element[name] = args[name];
    }
    for (const [name, value] of Object.entries(args)) {
      if (!name.startsWith('--')) continue;
      if (typeof value === 'string' && value.trim()) {
        element.style.setProperty(name, value);
        seen.add(name);
      } else if (this.applied.has(name)) {
        element.style.removeProperty(name);
      }
    }
    if (element.getAttribute('style') === '') element.removeAttribute('style');
    this.applied = seen;
    return nothing;
  }
}

const applyArgs = directive(ApplyArgs);

/** `<tag …args>content</tag>`: one Onward element with its story args applied. */
export function onward(
  tag: string,
  args: StoryArgs,
  content: TemplateResult | typeof nothing = nothing
): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} ${applyArgs(tag, args)}>${content}</${name}>`;
}
