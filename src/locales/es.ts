/**
 * Spanish (`es`): one catalogue for every Spanish-speaking region (`es-MX`, `es-AR`… read it too), in words that work on
 * both sides of the Atlantic (`puesto`, `candidatura`, `correo`; no `vosotros`, `ordenador`/`computadora`). The
 * candidate is addressed as `tú`; the feedback note says `tú` to the recipient in the warm and brief tones and `usted` in
 * the formal one. Self-descriptions avoid gendered adjectives (`me interesa`, not `estoy interesado/a`).
 *
 * How every locale file is written (the pattern for `fr`, `de`, `pt-BR`, `ar`):
 * - `src/locales/<code>/<part>.ts`, one file per part of the English (`src/locales/en/`): `common.ts` holds the
 *   shared strings with `$code` (a BCP 47 tag with the region upper-case, `pt-BR`), `$name` (in the language itself)
 *   and `$dir` (`ltr` or `rtl`); each other file holds one element's strings, in the order of its English part, typed
 *   `Strings<typeof stepCardStrings>`. Plain data, no imports but types (never spread `en`), so an element's chunk
 *   holds just its strings in this language. A line in each `src/internal/languages/<part>.ts` says where the part is
 *   (`'pt-br': () => import('../../locales/pt-BR/step-card.js')`); an element loads only its own parts.
 * - `src/locales/<code>.ts` (this file): the header comment about the language, and every part spread into one
 *   `Catalogue`, for a host that registers the whole language. Vite makes it and each part npm entries
 *   (`onward-elements/locales/<code>.js`, `onward-elements/locales/<code>/step-card.js`); the CDN files fetch each part
 *   from `dist/cdn/locales/<code>/`. The types make a missing or an extra key an error; `src/locales/locales.test.ts`
 *   (add the language to `SHIPPED`) fails on an empty string or a `{placeholder}` set that differs from English.
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
  ...recoveryPath
};

export default es;
