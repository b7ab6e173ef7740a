import { OnwardRejectionChecklist } from '../components/rejection-checklist/rejection-checklist.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { rejectionChecklistStrings } from '../locales/en/rejection-checklist.js';
import { stepCardStrings } from '../locales/en/step-card.js';
import checklistLanguages from '../internal/languages/rejection-checklist.js';
import stepCardLanguages from '../internal/languages/step-card.js';

export { OnwardRejectionChecklist };
export * from '../components/rejection-checklist/rejection-checklist.types.js';
export * from '../components/rejection-checklist/rejection-checklist.data.js';

// The groups are named after the five steps, with the step card's headings.
addEnglish(stepCardStrings, stepCardLanguages);
addEnglish(rejectionChecklistStrings, checklistLanguages);
defineElement('onward-rejection-checklist', OnwardRejectionChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'onward-rejection-checklist': OnwardRejectionChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'onward-checklist-change': CustomEvent<
      import('../components/rejection-checklist/rejection-checklist.types.js').ChecklistChangeDetail
    >;
    'onward-checklist-complete': CustomEvent<
      import('../components/rejection-checklist/rejection-checklist.types.js').ChecklistCompleteDetail
    >;
  }
}
