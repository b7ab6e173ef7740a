import { defineElement } from '../../internal/define.js';
import { addEnglish } from '../../internal/localize.js';
import checklistLanguages from '../../internal/languages/rejection-checklist.js';
import recoveryPathLanguages from '../../internal/languages/recovery-path.js';
import { recoveryPathStrings } from '../../locales/en/recovery-path.js';
import { rejectionChecklistStrings } from '../../locales/en/rejection-checklist.js';
import { OnwardRecoveryPath } from './recovery-path.js';

/**
 * Registers `<onward-recovery-path>` with its English, and says how its tools load: the npm and one-file builds import
 * every tool up front (`define/recovery-path.ts`), the CDN loader imports each when its step is first opened
 * (`loader/recovery-path.ts`).
 */
export function registerRecoveryPath(toolModules?: typeof OnwardRecoveryPath.toolModules): void {
  if (toolModules) OnwardRecoveryPath.toolModules = toolModules;
  addEnglish(recoveryPathStrings, recoveryPathLanguages);
  // The small actions for the week under each step are the checklist's built-in items, in the checklist's words.
  addEnglish(rejectionChecklistStrings, checklistLanguages);
  defineElement('onward-recovery-path', OnwardRecoveryPath);
}
