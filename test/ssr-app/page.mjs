import { html } from 'lit';
// Defines every element on the server. Import only the ones you render: `onward-elements/step-card.js`, …
import 'onward-elements';

/**
 * The page after a rejection, as a Lit template. Bindings (`company=${…}`) are escaped by `@lit-labs/ssr`.
 * @param {{ company: string, jobTitle: string }} job
 */
export function page({ company, jobTitle }) {
  return html`
    <main>
      <h1>Your next step</h1>
      <onward-recovery-path company=${company} job-title=${jobTitle} applicants="240" interviewed="6"></onward-recovery-path>
      <onward-step-card preset="feedback" step="2" checkable></onward-step-card>
      <onward-rejection-checklist></onward-rejection-checklist>
      <onward-interview-odds applicants="240" interviewed="6" company=${company} job-title=${jobTitle}></onward-interview-odds>
      <onward-similar-roles
        job-title=${jobTitle}
        jobs=${JSON.stringify([{ title: 'Senior product designer', url: '/jobs/101', company, location: 'Berlin' }])}
      ></onward-similar-roles>
      <onward-learning-plan></onward-learning-plan>
      <onward-feedback-request company=${company} job-title=${jobTitle} recipient-name="Priya Raman"></onward-feedback-request>
      <onward-strengths></onward-strengths>
    </main>
  `;
}
