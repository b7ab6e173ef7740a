import { html, nothing, type TemplateResult } from 'lit';

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
  const part = attributes.part ?? nothing;
  const id = attributes.id ?? nothing;
  const name = attributes.class ?? nothing;
  switch (Math.min(6, Math.max(2, Math.round(level) || 3))) {
    case 2:
      return html`<h2 part=${part} id=${id} class=${name}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} class=${name}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} class=${name}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} class=${name}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} class=${name}>${content}</h6>`;
  }
}
