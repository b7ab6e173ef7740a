/**
 * `<onward-recovery-path>` as the CDN loader serves it (`dist/cdn/elements/recovery-path.js`): the step card comes
 * with it, and each tool is downloaded the first time its step is opened.
 */
import { OnwardRecoveryPath } from '../components/recovery-path/recovery-path.js';
import { registerRecoveryPath } from '../components/recovery-path/register.js';
import '../define/step-card.js';

export { OnwardRecoveryPath };
export * from '../components/recovery-path/recovery-path.types.js';

registerRecoveryPath({
  interview: () => import('../define/interview-odds.js'),
  feedback: () => import('../define/feedback-request.js'),
  search: () => import('../define/similar-roles.js'),
  learn: () => import('../define/learning-plan.js'),
  believe: () => import('../define/strengths.js')
});
