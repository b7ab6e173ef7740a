import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never through a `style` attribute, so it
 * works on pages whose Content-Security-Policy forbids inline style attributes (Lit's `styleMap` writes the attribute
 * on first render). Use as an element directive: `<span ${cssProps({ 'inline-size': '40%' })}>`.
 */
class CssPropsDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element, not in an attribute value.');
  }

  render(_props: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
