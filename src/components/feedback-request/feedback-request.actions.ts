import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FeedbackChannel, FeedbackMailProblem, FeedbackMessage, FeedbackTone } from '../../core/feedback.js';
import { buildIcs, localDatePlus } from '../../core/ics.js';
import { copyText } from '../../internal/clipboard.js';
import { downloadText } from '../../internal/download.js';
import type { OnwardLocalize } from '../../internal/localize.js';
import type { FeedbackAction, FeedbackActionDetail } from './feedback-request.types.js';

/** How long the Copy button reads "Copied ✓" before it reads "Copy" again. */
const COPIED_MS = 3000;

/** The words for why a note has no "Open in e-mail app" link. */
export const MAIL_PROBLEM_KEYS = {
  invalid: 'feedbackRequest.mailInvalid',
  tooLong: 'feedbackRequest.mailTooLong'
} as const satisfies Record<FeedbackMailProblem, string>;

/** What the actions read from the element, at the moment the candidate acts. */
export interface NoteActionsOptions {
  localize: OnwardLocalize;
  /** The note as it stands. */
  current: () => FeedbackMessage;
  tone: () => FeedbackTone;
  channel: () => FeedbackChannel;
  /** The company, for the reminder's title. */
  company: () => string;
  /** True (the date field focused, its error shown and said) when the interview date cannot be used. */
  stopForDate: () => boolean;
  /** The field a copy falls back to selecting, when the clipboard cannot be written. */
  field: (what: 'body' | 'subject') => HTMLElement | undefined;
  announce: (text: string) => void;
  emit: (detail: FeedbackActionDetail) => void;
}

/**
 * What the candidate can do with the note: copy it (the Copy button then reads "Copied ✓" for a moment) or its
 * subject, open it in their e-mail app, download it, or download a reminder to follow up a week later. Each action
 * tells the host page through `onward-feedback-action` (counts only, never the text).
 */
export class NoteActions implements ReactiveController {
  /** The Copy button reads "Copied ✓" for a few seconds after a copy. */
  private copiedShown = false;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: NoteActionsOptions
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.copiedTimer);
    this.showCopied(false);
  }

  /** The row of actions, with the mail link first when there is one, and why there is none. */
  render(message: FeedbackMessage, mail: { href?: string; problem?: FeedbackMailProblem }) {
    const { localize } = this.options;
    return html`<div part="actions">
        ${
          mail.href
            ? html`<a
              part="action"
              class="primary"
              href=${mail.href}
              @click=${(event: MouseEvent) => this.mail(event, message)}
              >${localize.t('feedbackRequest.openMail')}</a
            >`
            : nothing
        }
        ${this.renderCopy(!mail.href)}
        <button part="action" class="secondary" type="button" @click=${() => this.download()}>${localize.t(
          'feedbackRequest.download'
        )}</button>
        <button part="action" class="quiet" type="button" @click=${() => this.reminder()}>${localize.t(
          'feedbackRequest.reminder'
        )}</button>
      </div>
      ${mail.problem ? html`<p class="note">${localize.t(MAIL_PROBLEM_KEYS[mail.problem])}</p>` : nothing}`;
  }

  private renderCopy(primary: boolean) {
    const { localize } = this.options;
    const copy = localize.t('common.copy');
    const copied = localize.t('feedbackRequest.copied');
    // The other label sits invisibly in the same grid cell (`data-alt`): "Copied ✓" never changes the button's size.
    return html`<button
      part="action"
      class=${primary ? 'primary copy' : 'secondary copy'}
      type="button"
      aria-label=${localize.t('feedbackRequest.copyLabel')}
      aria-describedby="meter-text readiness"
      data-alt=${this.copiedShown ? copy : copied}
      @click=${() => this.copy('body')}
    >
      <span class="copy-label">${this.copiedShown ? copied : copy}</span>
    </button>`;
  }

  /** Copies the note's body (the Copy button then reads "Copied ✓" for a moment) or its subject line. */
  copy(what: 'body' | 'subject'): void {
    const { options } = this;
    if (options.stopForDate()) return;
    const message = options.current();
    // Called straight from the click, before any await, so the browser still sees the user's gesture.
    const copied = copyText(message[what], options.field(what));
    this.emitAction('copy', message);
    void copied.then((ok) => {
      options.announce(options.localize.t(ok ? 'common.copied' : 'common.copyFailed'));
      if (!ok || what !== 'body') return;
      this.showCopied(true);
      clearTimeout(this.copiedTimer);
      this.copiedTimer = setTimeout(() => this.showCopied(false), COPIED_MS);
    });
  }

  private download(): void {
    const { options } = this;
    if (options.stopForDate()) return;
    const { localize } = options;
    const message = options.current();
    const text =
      options.channel() === 'email'
        ? `${localize.t('feedbackRequest.subjectLine', { subject: message.subject })}\n\n${message.body}\n`
        : `${message.body}\n`;
    const saved = downloadText(localize.term('feedbackRequest.fileName'), text, 'text/plain');
    this.emitAction('download', message);
    options.announce(localize.t(saved ? 'feedbackRequest.downloaded' : 'feedbackRequest.fileFailed'));
  }

  private mail(event: MouseEvent, message: FeedbackMessage): void {
    if (this.options.stopForDate()) {
      event.preventDefault();
      return;
    }
    this.emitAction('mailto', message);
  }

  private reminder(): void {
    const { localize } = this.options;
    const now = new Date();
    const company = this.options.company();
    const ics = buildIcs(
      [
        {
          uid: `feedback-follow-up-${now.getTime()}`,
          date: localDatePlus(now, 7),
          summary: company
            ? localize.t('feedbackRequest.reminderSummaryCompany', { company })
            : localize.t('feedbackRequest.reminderSummary'),
          description: localize.t('feedbackRequest.reminderDescription')
        }
      ],
      { now }
    );
    const saved = downloadText(localize.term('feedbackRequest.reminderFileName'), ics, 'text/calendar');
    this.emitAction('reminder');
    this.options.announce(localize.t(saved ? 'feedbackRequest.reminderSaved' : 'feedbackRequest.fileFailed'));
  }

  /** Tells the host page what the candidate did with the note (counts only, never the text). */
  private emitAction(action: FeedbackAction, message: FeedbackMessage = this.options.current()): void {
    const { words, chars } = message;
    this.options.emit({ action, tone: this.options.tone(), channel: this.options.channel(), words, chars });
  }

  private showCopied(shown: boolean): void {
    if (this.copiedShown === shown) return;
    this.copiedShown = shown;
    this.host.requestUpdate();
  }
}
