import { OnwardRecoveryPath } from '../components/recovery-path/recovery-path.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { recoveryPathStrings } from '../locales/en/recovery-path.js';
// Every step is a step card, so registering the path registers the card too (the tools load when opened, below).
import './step-card.js';

export { OnwardRecoveryPath };
export * from '../components/recovery-path/recovery-path.types.js';

addEnglish(recoveryPathStrings);
// Each tool is fetched the first time its step is opened; bundlers split these imports into chunks of their own.
OnwardRecoveryPath.toolModules = {
  interview: () => import('./interview-odds.js'),
  feedback: () => import('./feedback-request.js'),
  search: () => import('./similar-roles.js'),
  learn: () => import('./learning-plan.js'),
  believe: () => import('./strengths.js')
};
defineElement('onward-recovery-path', OnwardRecoveryPath);

declare global {
  interface HTMLElementTagNameMap {
    'onward-recovery-path': OnwardRecoveryPath;
  }
  interface GlobalEventHandlersEventMap {
    'onward-path-progress': CustomEvent<import('../components/recovery-path/recovery-path.types.js').PathProgressDetail>;
  }
}
