/**
 * Brazilian Portuguese (`pt-BR`; `pt`, `pt-PT`… read it too until a host registers its own). The candidate is
 * addressed as `você`, as Brazilian careers sites do; the feedback note says `você` to the recipient in every tone, with
 * the formal tone made formal by its wording and sign-off (Atenciosamente). Nothing the candidate says about themself
 * is a gendered adjective (`agradeço`, not `obrigado/a`; `tenho interesse`, not `interessado/a`).
 * In the note, `{meeting}` is always feminine (`entrevista`, `primeira conversa`) and `{role}` (`a vaga de …`) only
 * follows `sobre` or `para`, so no contraction (`da`, `na`) is ever needed.
 */
import type { Catalogue } from './en.js';
import common from './pt-BR/common.js';
import stepCard from './pt-BR/step-card.js';
import rejectionChecklist from './pt-BR/rejection-checklist.js';
import feedbackRequest from './pt-BR/feedback-request.js';
import interviewOdds from './pt-BR/interview-odds.js';
import similarRoles from './pt-BR/similar-roles.js';
import learningPlan from './pt-BR/learning-plan.js';
import strengths from './pt-BR/strengths.js';
import recoveryPath from './pt-BR/recovery-path.js';

/**
 * All of Brazilian Portuguese, for a host that registers the whole language up front (`registerTranslation(ptBR)`). The
 * elements never import this module: each loads only its own part (`./pt-BR/<element>.ts`) when it resolves to
 * this language.
 */
const ptBR: Catalogue = {
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

export default ptBR;
