import { OnwardRejectionChecklist } from '../components/rejection-checklist/rejection-checklist.js';
import { defineElement } from '../internal/define.js';

export { OnwardRejectionChecklist };
export * from '../components/rejection-checklist/rejection-checklist.types.js';

defineElement('onward-rejection-checklist', OnwardRejectionChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'onward-rejection-checklist': OnwardRejectionChecklist;
  }
  interface HTMLElementEventMap {
    'onward-checklist-change': CustomEvent<
      import('../components/rejection-checklist/rejection-checklist.types.js').ChecklistChangeDetail
    >;
    'onward-checklist-complete': CustomEvent<
      import('../components/rejection-checklist/rejection-checklist.types.js').ChecklistCompleteDetail
    >;
  }
}
