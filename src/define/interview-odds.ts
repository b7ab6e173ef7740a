import { OnwardInterviewOdds } from '../components/interview-odds/interview-odds.js';
import { defineElement } from '../internal/define.js';

export { OnwardInterviewOdds };

defineElement('onward-interview-odds', OnwardInterviewOdds);

declare global {
  interface HTMLElementTagNameMap {
    'onward-interview-odds': OnwardInterviewOdds;
  }
}
