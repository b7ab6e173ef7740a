import { OnwardStepCard } from '../components/step-card/step-card.js';
import { defineElement } from '../internal/define.js';

export { OnwardStepCard };
export * from '../components/step-card/step-card.types.js';

defineElement('onward-step-card', OnwardStepCard);

declare global {
  interface HTMLElementTagNameMap {
    'onward-step-card': OnwardStepCard;
  }
  interface HTMLElementEventMap {
    'onward-step-change': CustomEvent<import('../components/step-card/step-card.types.js').StepChangeDetail>;
  }
}
