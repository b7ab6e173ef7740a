/**
 * French (`fr`; `fr-CA`, `fr-BE`… read it too). The candidate is addressed as « vous », as French careers sites do.
 * Nothing describes the candidate with a gendered adjective or participle (no « prêt·e », « retenu·e »): sentences are
 * built around the action instead. Counts stand after a label (« Mots : {count} ») so no plural form is needed.
 * French spacing: a no-break space (U+00A0) before « : » and a narrow no-break space (U+202F) before « ? ».
 * The feedback message never puts « de » or « à » in front of `{role}`, `{topic}` or `{company}` (they would have to
 * contract with the article): it uses « pour », « concernant », « sur ».
 */
import type { Catalogue } from './en.js';
import common from './fr/common.js';
import stepCard from './fr/step-card.js';
import rejectionChecklist from './fr/rejection-checklist.js';
import feedbackRequest from './fr/feedback-request.js';
import interviewOdds from './fr/interview-odds.js';
import similarRoles from './fr/similar-roles.js';
import learningPlan from './fr/learning-plan.js';
import strengths from './fr/strengths.js';
import recoveryPath from './fr/recovery-path.js';

/**
 * All of French, for a host that registers the whole language up front (`registerTranslation(fr)`). The
 * elements never import this module: each loads only its own part (`./fr/<element>.ts`) when it resolves to
 * this language.
 */
const fr: Catalogue = {
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

export default fr;
