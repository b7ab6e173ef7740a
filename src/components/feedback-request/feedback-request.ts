import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  FEEDBACK_ASKS,
  FEEDBACK_CHANNELS,
  FEEDBACK_STAGES,
  FEEDBACK_TONES,
  feedbackMailLink,
  feedbackMessageOf,
  missingFeedbackFields,
  type FeedbackAsk,
  type FeedbackChannel,
  type FeedbackMessage,
  type FeedbackTemplates
} from '../../core/feedback.js';
import {
  DEFAULT_FEEDBACK_ASKS as DEFAULT_ASKS,
  FEEDBACK_TEXT_FIELDS,
  feedbackRecord,
  readFeedbackState,
  type FeedbackState,
  type FeedbackTextField as TextField
} from '../../core/feedback-state.js';
import { isValidEmail } from '../../core/mailto.js';
import { dateFieldProblem } from '../../internal/date-field.js';
import { heading } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { checkEnum, checkInteger } from '../../internal/validate.js';
import { NoteActions } from './feedback-request.actions.js';
import { checkInterviewDate, checkRecipientEmail, checkTemplates } from './feedback-request.checks.js';
import { renderDetails, revealField, type DetailsChoices, type DetailsView } from './feedback-request.details.js';
import { composeNote, noteLang, renderNoteFields, type NoteView } from './feedback-request.note.js';
import { feedbackRequestStyles } from './feedback-request.styles.js';
import { CrossingAnnouncer, warningsOf } from './feedback-request.warnings.js';
import type { FeedbackMessageText } from './feedback-request.types.js';

/** Properties whose change alone re-words the element without anyone editing it. */
const LANGUAGE_ONLY = new Set(['lang', 'dir', 'theme']);

/**
 * Writes a short, polite request for feedback after a rejection, and opens on the note itself: a text area the
 * candidate can edit, with the send action right under it (copy it, open it in their e-mail app, download it, or
 * download a reminder to follow up a week later). The details the note is written from are folded into "Edit details".
 *
 * The host usually knows the details and passes them as attributes; the candidate can change every one. The note needs
 * `candidate-name` (the sign-off), `company` and `job-title`: while one of them is missing, "Edit details" is open and
 * comes first. With all three, the note and its actions come first and the details stay folded. `recipient-name` is
 * optional (the note then opens with "Hello,"), but "Ready to send" shows only when the note greets the recipient by
 * name and is signed with the candidate's name; otherwise a short line says which name to add.
 *
 * Once the candidate edits the note by hand, their words are kept: a later change to the details (or to the host's
 * attributes) no longer rewrites it, and "Rebuild from the details" writes it afresh on request. The `message` property
 * holds what will be sent, hand edits included. What the candidate typed or chose, the hand-edited note among it, is
 * kept on the device (`persist`, `storage-key`); nothing is sent anywhere, and events carry only counts and choices.
 *
 * Defaults: the tone is `warm`, the channel `email`, "What went well" and "What I could do better" are ticked, and so is
 * interest in future roles. A LinkedIn note asks only the first ticked question and leaves out the topic, to stay short.
 * The "Open in e-mail app" link is the main action for e-mail, shown when `recipient-email` is a valid address or empty
 * (the mail app then asks for one), and while the `mailto:` URL stays under 1,800 characters; otherwise, and for
 * LinkedIn, Copy is the main action.
 *
 * @tagname onward-feedback-request
 * @summary Writes a short, gracious feedback request after a rejection, ready to edit and send, with copy, mail and reminders.
 *
 * @csspart base - The element's container: the heading, the note, then "Edit details" (the details first while the note needs one).
 * @csspart heading - The tool's heading (`h2`–`h6`, from `heading-level`).
 * @csspart preview - The note and what to do with it: subject, body, meter, readiness, actions and status.
 * @csspart subject - The subject field of an e-mail, with its label and "Copy subject" (not shown for LinkedIn).
 * @csspart body - The note itself: an editable text area.
 * @csspart meter - The length guidance: words for e-mail ("86 words, a good length."), characters for LinkedIn.
 * @csspart readiness - "Ready to send", or the name the note still needs.
 * @csspart actions - The row of actions.
 * @csspart action - Each action: Open in e-mail app, Copy, Download as text, Remind me to follow up.
 * @csspart rebuild - The line and the "Rebuild from the details" button shown once the note is edited by hand.
 * @csspart status - The status line that announces what an action did ("Copied.").
 * @csspart details - The "Edit details" disclosure (a `details` element) and its summary.
 * @csspart form - The fields, the tone and channel choices, the questions and the topic, inside "Edit details".
 * @csspart hint - The gentle wording hint under the topic field (empty unless the wording may read as arguing).
 *
 * @cssprop [--onward-feedback-request-padding=--onward-space] - Inner padding of the element.
 * @cssprop [--onward-feedback-request-background=--onward-color-surface] - Background of the element.
 * @cssprop [--onward-feedback-request-gap=--onward-space] - Space between the parts.
 * @cssprop [--onward-feedback-request-heading-size=1.125rem] - Font size of the heading.
 * @cssprop [--onward-feedback-request-field-background=--onward-color-surface] - Background of text fields.
 * @cssprop [--onward-feedback-request-preview-background=a soft tint of the accent] - Background of the note area.
 * @cssprop [--onward-feedback-request-warn-color=#9a5b00] - Hint edge when the wording may read as arguing.
 * @cssprop [--onward-feedback-request-over-color=#b3261e] - Marks when the note is too long or an address is invalid.
 *
 * @fires {CustomEvent<FeedbackActionDetail>} onward-feedback-action - When the candidate copies the note, opens it in
 * their e-mail app, downloads it, or downloads the reminder. `detail` is `{ action, tone, channel, words, chars }`: no
 * names, addresses or text.
 */
export class OnwardFeedbackRequest extends PersistingElement {
  static override styles = [...PersistingElement.styles, feedbackRequestStyles];
  static override shadowRootOptions = { ...PersistingElement.shadowRootOptions, delegatesFocus: true };

  private readonly persistence = this.createStore<FeedbackState>({
    element: 'feedback-request',
    read: readFeedbackState,
    apply: (stored) => this.applyState(stored)
  });

  /** The candidate's name, used to sign off. The candidate can change it. Needed for "Ready to send". */
  @property({ attribute: 'candidate-name' }) candidateName?: string;

  /** The name of the person the note goes to (interviewer or recruiter). Without it the note opens with "Hello,". */
  @property({ attribute: 'recipient-name' }) recipientName?: string;

  /** Their e-mail address, for the "Open in e-mail app" link. An invalid address hides the link (with one warning). */
  @property({ attribute: 'recipient-email' }) recipientEmail?: string;

  /** The company the candidate interviewed with. Needed to open on the note with the details folded. */
  @property() company?: string;

  /** The role the candidate interviewed for. Without it the note says "the role" and the details open. */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /** ISO date (`YYYY-MM-DD`) of the interview, mentioned in e-mails. Anything else is ignored with one warning. */
  @property({ attribute: 'interview-date' }) interviewDate?: string;

  /** Heading text. Defaults to "Your feedback note". */
  @property() heading?: string;

  /** Level of the heading element, 2 to 6 (default 3), so the tool fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** How far the candidate got: `screen` (a first call), `interview` (default) or `final`. Names the meeting. */
  @property() stage: 'screen' | 'interview' | 'final' = 'interview';

  /** `warm` (default), `formal` or `brief`. Reflects the candidate's choice. */
  @property({ reflect: true }) tone: 'warm' | 'formal' | 'brief' = 'warm';

  /** `email` (default) or `linkedin` (no subject, 300 characters at most). Reflects the candidate's choice. */
  @property({ reflect: true }) channel: 'email' | 'linkedin' = 'email';

  /**
   * Your own wording per tone and channel: `{ warm: { email: { subject, body }, linkedin: { body } }, formal: … }`.
   * Placeholders such as `{candidateName}`, `{recipientName}`, `{company}`, `{jobTitle}`, `{greeting}`, `{role}`,
   * `{topicSentence}`, `{questions}`, `{questionsSentence}` and `{futureSentence}` are filled; unknown ones stay visible so
   * a typo shows. Tones and channels you leave out use the built-in, localized wording. Property only (no attribute).
   */
  @property({ attribute: false }) templates?: FeedbackTemplates;

  /** What the candidate typed over the host's values; a later attribute change never overwrites it. */
  @state() private edits: Partial<Record<TextField, string>> = {};
  @state() private topic = '';
  @state() private asks: readonly FeedbackAsk[] = DEFAULT_ASKS;
  @state() private futureRoles = true;
  /** The note as the candidate edited it by hand; while unset, the note follows the details. */
  @state() private draft?: FeedbackMessageText;
  /** "Edit details" opened or closed by the candidate; unset while it follows whether the note needs a detail. */
  @state() private detailsChoice?: boolean;
  /** False while the candidate is typing an address, so "not an address yet" waits until they leave the field. */
  @state() private emailSettled = true;
  /** The interview date field holds an impossible, half-typed or out-of-range date (shown once they leave the field). */
  @state() private dateInvalid = false;

  @query('#note-body') private bodyElement?: HTMLTextAreaElement;
  @query('#note-subject') private subjectElement?: HTMLInputElement;

  private validTemplates?: FeedbackTemplates;
  private readonly crossings = new CrossingAnnouncer({
    localize: this.localize,
    warnings: () => {
      const message = this.current();
      const mail = this.channel === 'email' ? this.mailLink(message) : {};
      const fields = { email: this.emailInvalid(), date: this.dateInvalid, emailSettled: this.emailSettled };
      return warningsOf(this.localize, message, this.channel, mail, fields);
    },
    announcement: () => this.announcement,
    announce: (text) => this.announce(text),
    clear: () => (this.announcement = '')
  });
  /** Whether the last render drew "Edit details" open, to tell the candidate's toggles from the element's own. */
  private renderedOpen?: boolean;
  private readonly actions = new NoteActions(this, {
    localize: this.localize,
    current: () => this.current(),
    tone: () => this.tone,
    channel: () => this.channel,
    company: () => this.values().company,
    stopForDate: () => this.stopForDate(),
    field: (what) => (what === 'body' ? this.bodyElement : this.subjectElement),
    announce: (text) => this.announce(text),
    emit: (detail) => this.emit('onward-feedback-action', detail)
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tone')) this.tone = checkEnum(this, 'tone', this.tone, FEEDBACK_TONES, 'warm');
    if (changed.has('channel')) this.channel = checkEnum(this, 'channel', this.channel, FEEDBACK_CHANNELS, 'email');
    if (changed.has('stage')) this.stage = checkEnum(this, 'stage', this.stage, FEEDBACK_STAGES, 'interview');
    if (changed.has('headingLevel'))
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    if (changed.has('interviewDate')) checkInterviewDate(this, this.interviewDate);
    if (changed.has('recipientEmail')) checkRecipientEmail(this, this.recipientEmail);
    if (changed.has('templates')) this.validTemplates = checkTemplates(this, this.templates);
    // Here rather than in `updated`, so the status text lands in this same render. A render with no change but the
    // language (its catalogue arriving, a `lang` set on the page) moves the line without a word: nobody crossed it.
    this.crossings.check([...changed.keys()].some((key) => !LANGUAGE_ONLY.has(key as string)));
  }

  private emailInvalid(): boolean {
    const value = this.values().recipientEmail;
    return this.emailSettled && value !== '' && !isValidEmail(value);
  }

  /**
   * What will be sent: `{ subject, body }` (`subject` is empty for LinkedIn). The note written from the details, or the
   * candidate's own words once they edited it by hand. Read-only.
   */
  get message(): FeedbackMessageText {
    const { subject, body } = this.current();
    return { subject, body };
  }

  /** Whether the candidate edited the note by hand (so the details no longer rewrite it). Read-only. */
  get edited(): boolean {
    return this.draft !== undefined;
  }

  /** Clears what is stored on this device and writes the note afresh from the host's details. Fires no event. */
  override forget(): void {
    super.forget();
    this.applyState({ edits: {}, topic: '', asks: [...DEFAULT_ASKS], futureRoles: true });
  }
  /** The text fields as the note uses them: what the candidate typed, else the host's value, trimmed. */
  private values(): Record<TextField, string> {
    const value = (field: TextField) => [field, (this.edits[field] ?? this[field] ?? '').trim()];
    return Object.fromEntries(FEEDBACK_TEXT_FIELDS.map(value)) as Record<TextField, string>;
  }

  private compose(channel: FeedbackChannel = this.channel): FeedbackMessage {
    const choices = { stage: this.stage, topic: this.topic, asks: this.asks, futureRoles: this.futureRoles };
    const fields = { ...this.values(), ...choices };
    return composeNote(this.localize, fields, { tone: this.tone, channel, templates: this.validTemplates });
  }

  /** The mailto link for a note, or why there is none. */
  private mailLink(message: FeedbackMessage) {
    return feedbackMailLink(this.values().recipientEmail, message);
  }

  /** The note as it stands: the candidate's hand-edited words, else the note written from the details. */
  private current(): FeedbackMessage {
    if (!this.draft) return this.compose();
    return feedbackMessageOf(this.channel === 'email' ? this.draft.subject : '', this.draft.body);
  }

  /** Takes stored state (or a peer's, or a fresh start), keeping the host's choices where nothing was stored. */
  private applyState(stored: FeedbackState): void {
    // A record holds `tone`, `channel` and `stage` only when stored; a note not edited by hand has no `draft`.
    Object.assign(this, { draft: undefined, ...stored });
  }

  /** Keeps what the candidate typed and chose; called after each of their changes, never on a render alone. */
  private save(): void {
    const { edits, topic, asks, futureRoles, tone, channel, stage, draft } = this;
    this.persistence.save(feedbackRecord({ edits, topic, asks, futureRoles, tone, channel, stage, draft }));
  }

  private onFieldInput(field: TextField, event: Event): void {
    this.edits = { ...this.edits, [field]: (event.target as HTMLInputElement).value };
    if (field === 'recipientEmail') this.emailSettled = false;
    // A date fixed (or cleared) takes its error away at once; a new problem waits until they leave the field.
    if (field === 'interviewDate' && this.dateInvalid && !dateFieldProblem(event.target as HTMLInputElement))
      this.dateInvalid = false;
    this.save();
  }

  /** The candidate typed in the note or its subject: from now on their words are kept as they are. */
  private onNoteInput(which: 'subject' | 'body', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    // A LinkedIn note has no subject: keep the e-mail's, for when the candidate switches back to e-mail.
    const { subject, body } = this.draft ?? { subject: this.compose('email').subject, body: this.compose().body };
    this.draft = which === 'body' ? { subject, body: value } : { subject: value, body };
    this.save();
  }

  /** Writes the note afresh from the details, replacing the hand edits, and says so. */
  private onRebuild(): void {
    this.draft = undefined;
    this.save();
    this.announce(this.localize.t('feedbackRequest.rebuilt'));
    // The button goes away with the hand edits: focus the note, which is what changed.
    void this.updateComplete.then(() => this.bodyElement?.focus());
  }

  private onDetailsToggle(event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    // The element's own opening or closing (a needed detail filled in or emptied) fires `toggle` too: only a change
    // the last render did not make is the candidate's.
    if (open !== this.renderedOpen) this.detailsChoice = open;
  }

  private detailsOpen(): boolean {
    // Open while a needed detail (`FEEDBACK_NEEDED_FIELDS`) is empty, counting what the candidate typed.
    return this.detailsChoice ?? missingFeedbackFields(this.values()).length > 0;
  }

  /**
   * True (and the field focused, its error shown and said) when the interview date cannot be used: the note would
   * otherwise leave out the date the candidate typed, without a word.
   */
  private stopForDate(): boolean {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#field-interviewDate');
    if (!dateFieldProblem(input)) return false;
    // Set before the announcement, so the crossing check sees nothing new and the error is said once.
    this.dateInvalid = true;
    this.crossings.dateSaid();
    this.announce(this.localize.t('common.dateInvalid'));
    // The field may be folded away in "Edit details": open it first.
    this.detailsChoice = true;
    this.renderedOpen = true;
    revealField(input);
    return true;
  }

  /** Takes one of the candidate's choices in "Edit details", and keeps it. */
  private choose(patch: Partial<DetailsChoices>): void {
    Object.assign(this, patch);
    this.save();
  }

  /** The note first: subject and body as real fields, the length and readiness, then what to do with it. */
  private renderNote(message: FeedbackMessage) {
    const view: NoteView = {
      localize: this.localize,
      message,
      channel: this.channel,
      lang: noteLang(this.localize),
      names: this.values(),
      edited: this.draft !== undefined,
      actions: this.actions.render(message, this.channel === 'email' ? this.mailLink(message) : {}),
      onInput: (which, event) => this.onNoteInput(which, event),
      onCopySubject: () => this.actions.copy('subject'),
      onRebuild: this.onRebuild
    };
    return html`<div part="preview">
      ${renderNoteFields(view)}
      <p class="note" role="status">${this.storageNote()}</p>
      <p part="status" role="status">${this.announcement}</p>
    </div>`;
  }

  /** What "Edit details" shows, and the handlers for what the candidate changes there. */
  private detailsView(): DetailsView {
    const open = this.detailsOpen();
    this.renderedOpen = open;
    return {
      localize: this.localize,
      open,
      edits: this.edits,
      values: this.values(),
      emailInvalid: this.emailInvalid(),
      dateInvalid: this.dateInvalid,
      choices: {
        ...{ stage: this.stage, tone: this.tone, channel: this.channel },
        ...{ asks: this.asks, futureRoles: this.futureRoles, topic: this.topic }
      },
      choose: (patch) => this.choose(patch),
      tick: (ask, checked) =>
        this.choose({ asks: FEEDBACK_ASKS.filter((item) => (ask === item ? checked : this.asks.includes(item))) }),
      onToggle: this.onDetailsToggle,
      onFieldInput: (field, event) => this.onFieldInput(field, event),
      onEmailSettled: () => (this.emailSettled = true),
      // A half-typed or impossible date fires no input event at all: it is checked when the candidate leaves it.
      onDateSettled: (event) => (this.dateInvalid = dateFieldProblem(event.target as HTMLInputElement))
    };
  }

  protected override render() {
    const message = this.current();
    // The host gave what the note needs: the note and its send action first. Otherwise the details come first, open.
    // Decided from the host's values only, so typing in a field never moves the field away from under the caret.
    const hostGave = { candidateName: this.candidateName, company: this.company, jobTitle: this.jobTitle };
    const noteFirst = missingFeedbackFields(hostGave).length === 0;
    const note = this.renderNote(message);
    const details = renderDetails(this.detailsView());
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${heading(this.headingLevel, this.heading?.trim() || this.localize.t('feedbackRequest.heading'), { part: 'heading' })}
      ${noteFirst ? note : details} ${noteFirst ? details : note}
    </div>`;
  }
}
