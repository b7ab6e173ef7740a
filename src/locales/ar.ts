/**
 * Arabic (`ar`), Modern Standard Arabic for every Arabic-speaking region (`ar-EG`, `ar-SA`… read it too), laid out
 * right-to-left. Numbers and dates come from `Intl` for the page's exact tag: `ar` and `ar-MA` write 240, `ar-EG` and
 * `ar-SA` write ٢٤٠. No number is typed into a string: each comes through a placeholder (`{minutes}`, `{minYear}`).
 *
 * Written so that it never guesses the reader's gender: actions are verbal nouns (`نسخ`, `إضافة هدف`, `كتابة…`) rather
 * than imperatives; sentences to the candidate use the past tense and the `ـك` suffix, which are spelled the same for
 * a man and a woman without vowel marks; no second-person present verbs or gendered adjectives. The feedback note
 * speaks to the recipient with `ـك` (warm, brief) or the respectful plural `ـكم` (formal), and the candidate never
 * describes themselves with an adjective (`أقدّر`, not `ممتن/ممتنة`). Counts are written so that no noun has to agree
 * with a number ("عدد الكلمات: {count}", "من بين المتقدمين وعددهم {applicants}"). File names stay in English ASCII.
 *
 * The pattern every locale file follows is described at the top of `es.ts`.
 */
import type { Catalogue } from './en.js';
import common from './ar/common.js';
import stepCard from './ar/step-card.js';
import rejectionChecklist from './ar/rejection-checklist.js';
import feedbackRequest from './ar/feedback-request.js';
import interviewOdds from './ar/interview-odds.js';
import similarRoles from './ar/similar-roles.js';
import learningPlan from './ar/learning-plan.js';
import strengths from './ar/strengths.js';
import recoveryPath from './ar/recovery-path.js';

/**
 * All of Arabic, for a host that registers the whole language up front (`registerTranslation(ar)`). The
 * elements never import this module: each loads only its own part (`./ar/<element>.ts`) when it resolves to
 * this language.
 */
const ar: Catalogue = {
  ...common,
  ...stepCard,
  ...rejectionChecklist,
  ...feedbackRequest,
  ...interviewOdds,
  ...similarRoles,
  ...learningPlan,
  ...strengths,
  ...recoveryPath
};

export default ar;
