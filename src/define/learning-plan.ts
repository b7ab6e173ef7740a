import { OnwardLearningPlan } from '../components/learning-plan/learning-plan.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { learningPlanStrings } from '../locales/en/learning-plan.js';
import learningPlanLanguages from '../internal/languages/learning-plan.js';

export { OnwardLearningPlan };
export * from '../components/learning-plan/learning-plan.types.js';

addEnglish(learningPlanStrings, learningPlanLanguages);
defineElement('onward-learning-plan', OnwardLearningPlan);

declare global {
  interface HTMLElementTagNameMap {
    'onward-learning-plan': OnwardLearningPlan;
  }
  interface GlobalEventHandlersEventMap {
    'onward-plan-change': CustomEvent<import('../components/learning-plan/learning-plan.types.js').PlanChangeDetail>;
  }
}
