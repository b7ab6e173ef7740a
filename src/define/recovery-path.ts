import { OnwardRecoveryPath } from '../components/recovery-path/recovery-path.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { recoveryPathStrings } from '../locales/en/recovery-path.js';
// The path composes every tool, so registering it registers them too.
import './step-card.js';
import './interview-odds.js';
import './feedback-request.js';
import './similar-roles.js';
import './learning-plan.js';
import './strengths.js';

export { OnwardRecoveryPath };
export * from '../components/recovery-path/recovery-path.types.js';

addEnglish(recoveryPathStrings);
defineElement('onward-recovery-path', OnwardRecoveryPath);

declare global {
  interface HTMLElementTagNameMap {
    'onward-recovery-path': OnwardRecoveryPath;
  }
  interface GlobalEventHandlersEventMap {
    'onward-path-progress': CustomEvent<import('../components/recovery-path/recovery-path.types.js').PathProgressDetail>;
  }
}
