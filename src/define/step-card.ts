import { OnwardStepCard } from '../components/step-card/step-card.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { stepCardStrings } from '../locales/en/step-card.js';
import stepCardLanguages from '../internal/languages/step-card.js';

export { OnwardStepCard };
export * from '../components/step-card/step-card.types.js';

addEnglish(stepCardStrings, stepCardLanguages);
defineElement('onward-step-card', OnwardStepCard);

declare global {
  interface HTMLElementTagNameMap {
    'onward-step-card': OnwardStepCard;
  }
  interface GlobalEventHandlersEventMap {
    'onward-step-change': CustomEvent<import('../components/step-card/step-card.types.js').StepChangeDetail>;
  }
}
