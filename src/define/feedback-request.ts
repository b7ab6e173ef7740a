import { OnwardFeedbackRequest } from '../components/feedback-request/feedback-request.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { feedbackRequestStrings } from '../locales/en/feedback-request.js';
import feedbackRequestLanguages from '../internal/languages/feedback-request.js';

export { OnwardFeedbackRequest };
export * from '../components/feedback-request/feedback-request.types.js';

addEnglish(feedbackRequestStrings, feedbackRequestLanguages);
defineElement('onward-feedback-request', OnwardFeedbackRequest);

declare global {
  interface HTMLElementTagNameMap {
    'onward-feedback-request': OnwardFeedbackRequest;
  }
  interface GlobalEventHandlersEventMap {
    'onward-feedback-action': CustomEvent<
      import('../components/feedback-request/feedback-request.types.js').FeedbackActionDetail
    >;
  }
}
