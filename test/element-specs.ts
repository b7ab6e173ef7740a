import { html, type TemplateResult } from 'lit';
import '../src/index.js';

/** How the shared suites exercise one element. Every element in the manifest must have an entry. */
export interface ElementSpec {
  /** A fixture with realistic content, in which every documented part is rendered. */
  full: () => TemplateResult;
  /** For each documented event: what a user does to make the element fire it. */
  triggers: Record<string, (element: HTMLElement) => void | Promise<void>>;
}

/** An ISO date `days` before today, for `postedAt`. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toISOString();
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
  },
  'onward-similar-roles': {
    // `retry` is documented but appears only after a feed fails; src/components/similar-roles/similar-roles.test.ts covers it.
    full: () => html`<onward-similar-roles
      job-title="Product designer"
      location="Berlin"
      search-url=${'/jobs?q={title}&where={location}'}
      jobs=${JSON.stringify([
        { title: 'Senior product designer', url: '/jobs/101', company: 'Northwind', location: 'Berlin', postedAt: daysAgo(3) },
        { title: 'UX designer', url: '/jobs/102', company: 'Northwind', location: 'Remote', postedAt: daysAgo(0) },
        { title: 'Interaction designer', url: 'https://careers.example.com/jobs/103', location: 'Hamburg' }
      ])}
    ></onward-similar-roles>`,
    triggers: {
      'onward-role-select': (el) => {
        // Keep the test page where it is: the host page cancels the navigation, the element still reports the choice.
        el.addEventListener('click', (event) => event.preventDefault(), { once: true });
        el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!.click();
      }
    }
  }
};
