import type { FeedbackChannel, FeedbackStage, FeedbackTone } from '../../core/feedback.js';
import type { OnwardFeedbackRequest } from './feedback-request.js';

export {
  FEEDBACK_ASKS,
  FEEDBACK_CHANNELS,
  FEEDBACK_STAGES,
  FEEDBACK_TONES,
  type FeedbackAsk,
  type FeedbackChannel,
  type FeedbackStage,
  type FeedbackTemplate,
  type FeedbackTemplates,
  type FeedbackTone
} from '../../core/feedback.js';

/** What the candidate did with the note. */
export const FEEDBACK_ACTIONS = ['copy', 'mailto', 'download', 'reminder'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

/** Detail of `onward-feedback-action`: counts and choices only, never the text, names or addresses. */
export interface FeedbackActionDetail {
  /** `copy` (the note or its subject), `mailto` (opened in the e-mail app), `download` (.txt) or `reminder` (.ics). */
  action: FeedbackAction;
  tone: FeedbackTone;
  channel: FeedbackChannel;
  /** Words in the body. */
  words: number;
  /** Characters in the body. */
  chars: number;
}

/** The note as text, as the `message` property returns it. `subject` is empty for LinkedIn. */
export interface FeedbackMessageText {
  subject: string;
  body: string;
}

// The element's property types are spelled out for the manifest; keep them equal to the core's lists.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inSync: [
  Same<OnwardFeedbackRequest['tone'], FeedbackTone>,
  Same<OnwardFeedbackRequest['channel'], FeedbackChannel>,
  Same<OnwardFeedbackRequest['stage'], FeedbackStage>
] = [true, true, true];
void inSync;
