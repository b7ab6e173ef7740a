// The careers site's own code. The kit sends nothing anywhere; the site decides what to do with its events (here it
// only logs them, where a real site might count completed steps in its own analytics).
import { forgetAll } from '/onward/onward.js';

for (const type of [
  'onward-path-progress',
  'onward-step-change',
  'onward-checklist-change',
  'onward-feedback-action',
  'onward-role-select',
  'onward-plan-change',
  'onward-strengths-change'
]) {
  document.addEventListener(type, (event) => console.info(`[careers site] ${type}`, event.detail));
}

document.getElementById('forget')?.addEventListener('click', () => {
  forgetAll();
  const status = document.getElementById('forget-status');
  if (status) status.textContent = 'Done. Your progress is cleared; reload the page to start fresh.';
});
