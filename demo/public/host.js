// The careers site's own code. The kit sends nothing anywhere; the site decides what to do with its events (here it
// only logs them, where a real site might count completed steps in its own analytics).
import { forgetAll } from '/onward/onward-loader.js';

for (const type of [
  'onward-path-progress',
  'onward-step-change',
  'onward-odds-note-change',
  'onward-feedback-action',
  'onward-role-select',
  'onward-role-keep',
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

// The language switcher: the site sets `lang` (and `dir` for Arabic) on the section that holds the kit; every element
// inside follows, and the language's catalogue loads on demand. The choice is kept in the address (?lang=de).
const zone = document.getElementById('onward-zone');
const select = document.getElementById('language');
function applyLanguage(lang) {
  if (!zone || !select) return;
  select.value = lang;
  zone.lang = lang;
  zone.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
const requested = new URLSearchParams(location.search).get('lang');
if (requested && select && [...select.options].some((option) => option.value === requested)) applyLanguage(requested);
select?.addEventListener('change', () => {
  applyLanguage(select.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
