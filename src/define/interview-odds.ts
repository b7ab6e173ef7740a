import { OnwardInterviewOdds } from '../components/interview-odds/interview-odds.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { interviewOddsStrings } from '../locales/en/interview-odds.js';
import interviewOddsLanguages from '../internal/languages/interview-odds.js';

export { OnwardInterviewOdds };
export type { OddsNoteChangeDetail } from '../components/interview-odds/interview-odds.js';

addEnglish(interviewOddsStrings, interviewOddsLanguages);
defineElement('onward-interview-odds', OnwardInterviewOdds);

declare global {
  interface HTMLElementTagNameMap {
    'onward-interview-odds': OnwardInterviewOdds;
  }
  interface GlobalEventHandlersEventMap {
    'onward-odds-note-change': CustomEvent<
      import('../components/interview-odds/interview-odds.js').OddsNoteChangeDetail
    >;
  }
}
