/**
 * Spanish (`es`): one catalogue for every Spanish-speaking region (`es-MX`, `es-AR`… read it too), in words that work on
 * both sides of the Atlantic (`puesto`, `candidatura`, `correo`; no `vosotros`, `ordenador`/`computadora`). The
 * candidate is addressed as `tú`; the feedback note says `tú` to the recipient in the warm and brief tones and `usted` in
 * the formal one. Self-descriptions avoid gendered adjectives (`me interesa`, not `estoy interesado/a`).
 *
 * How every locale file is written (the pattern for `fr`, `de`, `pt-BR`, `ar`):
 * - `src/locales/<code>.ts`, `$code` a BCP 47 tag with the region upper-case (`pt-BR`), `$name` in the language itself,
 *   `$dir` `ltr` or `rtl`. Add one line for it to `loaders` in `src/internal/localize.ts` in the same commit
 *   (`fr: () => import('../locales/fr.js').then((module) => module.default),`) and add it to `SHIPPED` in
 *   `src/locales/locales.test.ts`. Vite then makes it an npm entry (`onward-elements/locales/<code>.js`) and an
 *   on-demand CDN chunk.
 * - `const xx: Catalogue = { …every key of en.ts, same order, same section comments… }; export default xx;` and
 *   nothing else: plain data, no imports but the `Catalogue` type (never spread `en`), so the chunk holds just this
 *   language's strings and the CDN bundle stays one self-contained file (the loader registers the catalogue when it
 *   arrives). The type makes a missing key an error; `src/locales/locales.test.ts` fails on an extra
 *   key, an empty string, or a `{placeholder}` set that differs from English.
 * - Keep every `{placeholder}` of the English string (reorder freely). Counts: English never puts a noun after a count
 *   that could be 1 ("Similar roles found: {count}."), so no plural forms are needed; keep it that way with a label
 *   ("Palabras: {count}.") instead of "{count} palabras".
 * - `feedbackRequest.msg.*` are fragments that `composeFeedbackRequest` (src/core/feedback.ts) joins: read its JSDoc and
 *   keep the pieces grammatical in every combination (`meeting.*` share one gender here, so "la {meeting}" works);
 *   `src/core/feedback-locales.test.ts` checks every tone × channel stays under 150 words (e-mail) and 300 characters
 *   (LinkedIn) with long names. `feedbackRequest.wording.phrases` are lower-case phrases in this language, `|`-separated,
 *   each matched from the start of a word (so a stem such as `injust` catches `injusto`, `injusticia`).
 * - File names (`*.reminderFile`, `*.fileName`) are translated into lower-case ASCII with hyphens where the language
 *   writes in Latin letters; otherwise they stay English.
 * - Tone as in English: short, plain, warm, never blaming, never saccharine.
 */
import type { Catalogue } from './en.js';
import common from './es/common.js';
import stepCard from './es/step-card.js';
import rejectionChecklist from './es/rejection-checklist.js';
import feedbackRequest from './es/feedback-request.js';
import interviewOdds from './es/interview-odds.js';
import similarRoles from './es/similar-roles.js';
import learningPlan from './es/learning-plan.js';
import strengths from './es/strengths.js';
import recoveryPath from './es/recovery-path.js';

/**
 * All of Spanish, for a host that registers the whole language up front (`registerTranslation(es)`). The
 * elements never import this module: each loads only its own part (`./es/<element>.ts`) when it resolves to
 * this language.
 */
const es: Catalogue = {
  ...common,
  ...stepCard,
  ...rejectionChecklist,
  ...feedbackRequest,
  ...interviewOdds,
  ...similarRoles,
  ...learningPlan,
  ...strengths,
  ...recoveryPath,
};

export default es;
