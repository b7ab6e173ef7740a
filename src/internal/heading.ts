import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Where a heading can be styled or pointed at; each attribute is left out when it is not given. */
export interface HeadingAttributes {
  part?: string;
  id?: string;
  class?: string;
}

/**
 * A heading of `level`, clamped to 2–6 (level 1 belongs to the host page), holding `content`. One plain template per
 * level: cheaper to render than a tag chosen through `lit/static-html.js`, which would also add its code to every page.
 */
export function heading(level: number, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const { part, id, class: name } = attributes;
  switch (Math.min(6, Math.max(2, Math.round(level) || 3))) {
    case 2:
      return html`<h2 part=${ifDefined(part)} id=${ifDefined(id)} class=${ifDefined(name)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${ifDefined(part)} id=${ifDefined(id)} class=${ifDefined(name)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${ifDefined(part)} id=${ifDefined(id)} class=${ifDefined(name)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${ifDefined(part)} id=${ifDefined(id)} class=${ifDefined(name)}>${content}</h5>`;
    default:
      return html`<h6 part=${ifDefined(part)} id=${ifDefined(id)} class=${ifDefined(name)}>${content}</h6>`;
  }
}
