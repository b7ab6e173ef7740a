/**
 * German (`de`; `de-AT`, `de-CH`… read it too). The candidate is addressed as „Sie“: the kit is embedded by employers of every kind, and a rejected candidate
 * should never feel talked down to. A brand that says „du“ on its careers site can override the strings with
 * `registerTranslation`. Checklist items are written as infinitives, the way German to-do lists read; people are named
 * without gender („Ansprechperson“, „Bewerbungen“).
 * In the feedback message, `{meeting}` is a neuter compound noun (…gespräch) so it reads right in any case, `{role}` is
 * „die Position …“ and only ever follows „für“ or „über“ (accusative), and the first line after the greeting starts in
 * lower case, as German letters do. German runs long: the formal LinkedIn note has no closing line, so that it fits
 * 200 characters with typical details and 300 with long ones.
 */
import type { Catalogue } from './en.js';
import common from './de/common.js';
import stepCard from './de/step-card.js';
import rejectionChecklist from './de/rejection-checklist.js';
import feedbackRequest from './de/feedback-request.js';
import interviewOdds from './de/interview-odds.js';
import similarRoles from './de/similar-roles.js';
import learningPlan from './de/learning-plan.js';
import strengths from './de/strengths.js';
import recoveryPath from './de/recovery-path.js';

/**
 * All of German, for a host that registers the whole language up front (`registerTranslation(de)`). The
 * elements never import this module: each loads only its own part (`./de/<element>.ts`) when it resolves to
 * this language.
 */
const de: Catalogue = {
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

export default de;
