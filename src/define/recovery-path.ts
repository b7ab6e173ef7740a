import { OnwardRecoveryPath } from '../components/recovery-path/recovery-path.js';
import { registerRecoveryPath } from '../components/recovery-path/register.js';
// The path composes the step card and every tool, so registering it registers them too. They are imported up front
// here, not on demand: a dynamic import lets an app's bundler split its chunks, and an app that loads Lit's hydration
// support first would then find Lit evaluated before it (`loader/recovery-path.ts` is the on-demand variant the CDN
// loader serves).
import './step-card.js';
import './interview-odds.js';
import './feedback-request.js';
import './similar-roles.js';
import './learning-plan.js';
import './strengths.js';

export { OnwardRecoveryPath };
export * from '../components/recovery-path/recovery-path.types.js';

registerRecoveryPath();

declare global {
  interface HTMLElementTagNameMap {
    'onward-recovery-path': OnwardRecoveryPath;
  }
  interface GlobalEventHandlersEventMap {
    'onward-path-progress': CustomEvent<
      import('../components/recovery-path/recovery-path.types.js').PathProgressDetail
    >;
  }
}
