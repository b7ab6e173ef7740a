import { OnwardStrengths } from '../components/strengths/strengths.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { strengthsStrings } from '../locales/en/strengths.js';

export { OnwardStrengths };
export * from '../components/strengths/strengths.types.js';

addEnglish(strengthsStrings);
defineElement('onward-strengths', OnwardStrengths);

declare global {
  interface HTMLElementTagNameMap {
    'onward-strengths': OnwardStrengths;
  }
  interface GlobalEventHandlersEventMap {
    'onward-strengths-change': CustomEvent<import('../components/strengths/strengths.types.js').StrengthsChangeDetail>;
  }
}
