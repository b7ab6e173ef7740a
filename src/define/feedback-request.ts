import { OnwardFeedbackRequest } from '../components/feedback-request/feedback-request.js';
import { defineElement } from '../internal/define.js';

export { OnwardFeedbackRequest };
export * from '../components/feedback-request/feedback-request.types.js';

defineElement('onward-feedback-request', OnwardFeedbackRequest);

declare global {
  interface HTMLElementTagNameMap {
    'onward-feedback-request': OnwardFeedbackRequest;
  }
  interface HTMLElementEventMap {
    'onward-feedback-action': CustomEvent<import('../components/feedback-request/feedback-request.types.js').FeedbackActionDetail>;
  }
}
