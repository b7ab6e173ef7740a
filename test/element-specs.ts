import { html, type TemplateResult } from 'lit';
import '../src/index.js';

/** How the shared suites exercise one element. Every element in the manifest must have an entry. */
export interface ElementSpec {
  /** A fixture with realistic content, in which every documented part is rendered. */
  full: () => TemplateResult;
  /** For each documented event: what a user does to make the element fire it. */
  triggers: Record<string, (element: HTMLElement) => void | Promise<void>>;
}

export const elementSpecs: Record<string, ElementSpec> = {
  'onward-step-card': {
    full: () => html`<onward-step-card preset="feedback" step="2" checkable href="/feedback"></onward-step-card>`,
    triggers: {
      'onward-step-change': (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click()
    }
  },
  'onward-interview-odds': {
    full: () =>
      html`<onward-interview-odds applicants="240" interviewed="6" company="Northwind" job-title="Product designer"></onward-interview-odds>`,
    triggers: {}
  }
};
