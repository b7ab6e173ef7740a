import {
  measureFeedback,
  type FeedbackChannel,
  type FeedbackMailProblem,
  type FeedbackMessage
} from '../../core/feedback.js';
import type { OnwardLocalize } from '../../internal/localize.js';
import { MAIL_PROBLEM_KEYS } from './feedback-request.actions.js';
import { meterText } from './feedback-request.note.js';

/** What is wrong with the note right now, in the words shown on screen. */
export interface FeedbackWarnings {
  /** 0 fine, 1 getting long, 2 too long to send. */
  length: number;
  meter: string;
  email: boolean;
  date: boolean;
  mail?: string;
}

/** What the fields say now: whether the address and the date are in error, and whether the address is typed out. */
export interface FieldStates {
  email: boolean;
  date: boolean;
  emailSettled: boolean;
}

/** What is wrong with a note right now, in the words shown on screen. */
export function warningsOf(
  localize: OnwardLocalize,
  message: FeedbackMessage,
  channel: FeedbackChannel,
  mail: { problem?: FeedbackMailProblem },
  fields: FieldStates
): FeedbackWarnings {
  const measure = measureFeedback(message, channel);
  const meter = meterText(localize, message, channel);
  return {
    length: measure.level === 'ok' ? 0 : measure.ready ? 1 : 2,
    meter: measure.ready ? meter : `${meter} ${localize.t('feedbackRequest.notReady')}`,
    email: fields.email,
    date: fields.date,
    // An address still being typed is not news yet: it is said with the address's own error, when they leave the field.
    mail:
      mail.problem && (mail.problem !== 'invalid' || fields.emailSettled)
        ? localize.t(MAIL_PROBLEM_KEYS[mail.problem])
        : undefined
  };
}

/** What the announcer reads from the element and how it speaks through the element's status region. */
export interface CrossingsOptions {
  localize: OnwardLocalize;
  warnings: () => FeedbackWarnings;
  /** What the status region says now. */
  announcement: () => string;
  announce: (text: string) => void;
  /** Empties the status region (silently). */
  clear: () => void;
}

/**
 * Says, once, when the note or the address crosses a line: the note becomes too long, the address turns out not to be
 * one, the date cannot be used, the mail link goes away. Typing on past the line says nothing more, and the first
 * render says nothing: only a change is news. The words are the ones shown on screen.
 */
export class CrossingAnnouncer {
  /** The states a screen reader hears about when they change; unset until the first render. */
  private last?: FeedbackWarnings;
  /** The last warning put in the status region, so it can be emptied once resolved. */
  private said?: string;

  constructor(private readonly options: CrossingsOptions) {}

  /** Compares the warnings with the last check; says what is new when the change came from an input. */
  check(changedByInput: boolean): void {
    const { options } = this;
    const now = options.warnings();
    const before = this.last;
    this.last = now;
    if (!before || !changedByInput) return;
    const news: string[] = [];
    if (now.length > before.length) news.push(now.meter);
    if (now.email && !before.email) news.push(options.localize.t('feedbackRequest.emailInvalid'));
    if (now.date && !before.date) news.push(options.localize.t('common.dateInvalid'));
    // Switching to LinkedIn hides the link by design (`warningsOf` has no mail problem there): only an e-mail note
    // losing it is news.
    if (now.mail && !before.mail) news.push(now.mail);
    if (news.length > 0) {
      options.announce(news.join(' '));
      this.said = options.announcement();
    } else if (this.said === options.announcement() && !now.length && !now.email && !now.date && !now.mail) {
      // Every warning resolved (the address fixed, say): the warning still in the status region is stale. Emptying a
      // live region is silent.
      options.clear();
    }
  }

  /** The date's error was just said: the next check must not say it again. */
  dateSaid(): void {
    this.last = { ...(this.last ?? this.options.warnings()), date: true };
  }
}
