import { OnwardStrengths } from '../components/strengths/strengths.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { strengthsStrings } from '../locales/en/strengths.js';
import strengthsLanguages from '../internal/languages/strengths.js';

export { OnwardStrengths };
export * from '../components/strengths/strengths.types.js';

addEnglish(strengthsStrings, strengthsLanguages);
defineElement('onward-strengths', OnwardStrengths);

declare global {
  interface HTMLElementTagNameMap {
    'onward-strengths': OnwardStrengths;
  }
  interface GlobalEventHandlersEventMap {
    'onward-strengths-change': CustomEvent<import('../components/strengths/strengths.types.js').StrengthsChangeDetail>;
  }
}
