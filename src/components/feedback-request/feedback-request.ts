import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  checkFeedbackTemplates,
  composeFeedbackRequest,
  FEEDBACK_ASKS,
  FEEDBACK_CHANNELS,
  FEEDBACK_STAGES,
  FEEDBACK_STRING_KEYS,
  FEEDBACK_TONES,
  feedbackMessageOf,
  feedbackReadiness,
  findArguingPhrases,
  formatInterviewDate,
  isPlainObject,
  measureFeedback,
  missingFeedbackFields,
  type FeedbackAsk,
  type FeedbackChannel,
  type FeedbackMeasure,
  type FeedbackMessage,
  type FeedbackStage,
  type FeedbackStringKey,
  type FeedbackTemplates,
  type FeedbackTone
} from '../../core/feedback.js';
import { MAX_CALENDAR_DATE, MIN_CALENDAR_DATE } from '../../core/dates.js';
import { buildIcs, localDatePlus } from '../../core/ics.js';
import { buildMailto, isValidEmail } from '../../core/mailto.js';
import { copyText } from '../../internal/clipboard.js';
import { dateFieldProblem } from '../../internal/date-field.js';
import { downloadText } from '../../internal/download.js';
import { headingTag } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { liveChecked } from '../../internal/ssr.js';
import { checkEnum, checkInteger, quoted, warnOnce } from '../../internal/validate.js';
import type { TermKey } from '../../locales/en.js';
import { feedbackRequestStyles } from './feedback-request.styles.js';
import type { FeedbackAction, FeedbackMessageText } from './feedback-request.types.js';

/** The text fields the host can prefill, in the order the form shows them. */
const TEXT_FIELDS = [
  { key: 'candidateName', type: 'text', autocomplete: 'name' },
  { key: 'recipientName', type: 'text', autocomplete: 'off' },
  { key: 'recipientEmail', type: 'email', autocomplete: 'off' },
  { key: 'company', type: 'text', autocomplete: 'off' },
  { key: 'jobTitle', type: 'text', autocomplete: 'off' },
  { key: 'interviewDate', type: 'date', autocomplete: 'off' }
] as const;
type TextField = (typeof TEXT_FIELDS)[number]['key'];
const TEXT_FIELD_KEYS: readonly string[] = TEXT_FIELDS.map((field) => field.key);

/** The questions ticked at first: the two a recruiter finds easiest to answer. */
const DEFAULT_ASKS: readonly FeedbackAsk[] = ['wentWell', 'improve'];

/** Properties whose change alone re-words the element without anyone editing it. */
const LANGUAGE_ONLY = new Set(['lang', 'dir', 'theme']);

/** How long the Copy button reads "Copied ✓" before it reads "Copy" again. */
const COPIED_MS = 3000;

/** The longest text kept from storage for one field or the note (a stored record may hold anything). */
const MAX_STORED_LENGTH = 100_000;

/** What the tool keeps on the device: what the candidate typed or chose, and the note if they edited it by hand. */
interface FeedbackState {
  /** The note as the candidate edited it by hand; absent while it follows the details. */
  draft?: FeedbackMessageText;
  edits: Partial<Record<TextField, string>>;
  topic: string;
  asks: FeedbackAsk[];
  futureRoles: boolean;
  tone?: FeedbackTone;
  channel?: FeedbackChannel;
  stage?: FeedbackStage;
}

interface FeedbackWarnings {
  /** 0 fine, 1 getting long, 2 too long to send. */
  length: number;
  meter: string;
  email: boolean;
  date: boolean;
  mail?: string;
}

/** The length guidance for each channel and level (see `measureFeedback`): an e-mail is never over, only long. */
const METER_KEYS: Record<FeedbackChannel, Record<FeedbackMeasure['level'], TermKey>> = {
  email: { ok: 'feedbackRequest.meter.words', warn: 'feedbackRequest.meter.wordsLong', over: 'feedbackRequest.meter.wordsLong' },
  linkedin: { ok: 'feedbackRequest.meter.chars', warn: 'feedbackRequest.meter.charsLong', over: 'feedbackRequest.meter.charsOver' }
};

const storedText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= MAX_STORED_LENGTH ? value : undefined;

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;

/** Turns a stored record into trusted state, or `undefined` when it is not one of ours. Never throws. */
function readFeedbackState(data: unknown): FeedbackState | undefined {
  if (!isPlainObject(data)) return undefined;
  const edits: Partial<Record<TextField, string>> = {};
  if (isPlainObject(data.edits)) {
    for (const [key, value] of Object.entries(data.edits)) {
      const text = storedText(value);
      if (TEXT_FIELD_KEYS.includes(key) && text !== undefined) edits[key as TextField] = text;
    }
  }
  let draft: FeedbackMessageText | undefined;
  if (isPlainObject(data.draft)) {
    const subject = storedText(data.draft.subject);
    const body = storedText(data.draft.body);
    if (subject !== undefined && body !== undefined) draft = { subject, body };
  }
  const asks = Array.isArray(data.asks) ? FEEDBACK_ASKS.filter((ask) => (data.asks as unknown[]).includes(ask)) : [...DEFAULT_ASKS];
  const state: FeedbackState = {
    edits,
    topic: storedText(data.topic) ?? '',
    asks,
    futureRoles: typeof data.futureRoles === 'boolean' ? data.futureRoles : true
  };
  const tone = oneOf(data.tone, FEEDBACK_TONES);
  const channel = oneOf(data.channel, FEEDBACK_CHANNELS);
  const stage = oneOf(data.stage, FEEDBACK_STAGES);
  if (tone) state.tone = tone;
  if (channel) state.channel = channel;
  if (stage) state.stage = stage;
  // Last, in the order `save` writes it: a record another tab wrote is used only when it reads back exactly.
  if (draft) state.draft = draft;
  return state;
}

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
  /** The Copy button reads "Copied ✓" for a few seconds after a copy. */
  @state() private copiedShown = false;
  /** False while the candidate is typing an address, so "not an address yet" waits until they leave the field. */
  @state() private emailSettled = true;
  /** The last warning `announceCrossings` put in the status region, so it can be emptied once resolved. */
  private warningSaid?: string;
  /** The interview date field holds an impossible, half-typed or out-of-range date (shown once they leave the field). */
  @state() private dateInvalid = false;

  @query('#note-body') private bodyElement?: HTMLTextAreaElement;
  @query('#note-subject') private subjectElement?: HTMLInputElement;

  private validTemplates?: FeedbackTemplates;
  /** The states a screen reader hears about when they change (see `announceCrossings`); unset until the first render. */
  private lastWarnings?: FeedbackWarnings;
  /** Whether the last render drew "Edit details" open, to tell the candidate's toggles from the element's own. */
  private renderedOpen?: boolean;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
    this.copiedShown = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tone')) this.tone = checkEnum(this, 'tone', this.tone, FEEDBACK_TONES, 'warm');
    if (changed.has('channel')) this.channel = checkEnum(this, 'channel', this.channel, FEEDBACK_CHANNELS, 'email');
    if (changed.has('stage')) this.stage = checkEnum(this, 'stage', this.stage, FEEDBACK_STAGES, 'interview');
    if (changed.has('headingLevel')) this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    if (changed.has('interviewDate') && this.interviewDate && !formatInterviewDate(this.interviewDate)) {
      warnOnce(
        this,
        `interview-date=${this.interviewDate}`,
        `<${this.localName}> interview-date=${quoted(this.interviewDate)} is not a real day from 1900-01-01 to 2199-12-31 in the form YYYY-MM-DD; it is left out.`
      );
    }
    if (changed.has('recipientEmail') && this.recipientEmail?.trim() && !isValidEmail(this.recipientEmail.trim())) {
      warnOnce(
        this,
        `recipient-email=${this.recipientEmail}`,
        `<${this.localName}> recipient-email=${quoted(this.recipientEmail)} is not a valid e-mail address; the "Open in e-mail app" link is left out.`
      );
    }
    if (changed.has('templates')) this.validTemplates = this.checkTemplates(this.templates);
    // Here rather than in `updated`, so the status text lands in this same render. A render with no change but the
    // language (its catalogue arriving, a `lang` set on the page) moves the line without a word: nobody crossed it.
    this.announceCrossings([...changed.keys()].some((key) => !LANGUAGE_ONLY.has(key as string) && key !== 'copiedShown'));
  }

  /**
   * Says, once, when the note or the address crosses a line: the note becomes too long, the address turns out not to be
   * one, the date cannot be used, the mail link goes away. Typing on past the line says nothing more, and the first
   * render says nothing: only a change is news. The words are the ones shown on screen.
   */
  private announceCrossings(changedByInput: boolean): void {
    const now = this.warnings();
    const before = this.lastWarnings;
    this.lastWarnings = now;
    if (!before || !changedByInput) return;
    const news: string[] = [];
    if (now.length > before.length) news.push(now.meter);
    if (now.email && !before.email) news.push(this.localize.t('feedbackRequest.emailInvalid'));
    if (now.date && !before.date) news.push(this.localize.t('common.dateInvalid'));
    // Switching to LinkedIn hides the link by design; only an e-mail note losing it is news.
    if (now.mail && !before.mail && this.channel === 'email') news.push(now.mail);
    if (news.length > 0) {
      this.announce(news.join(' '));
      this.warningSaid = this.announcement;
    } else if (this.warningSaid === this.announcement && !now.length && !now.email && !now.date && !now.mail) {
      // Every warning resolved (the address fixed, say): the warning still in the status region is stale. Emptying a
      // live region is silent.
      this.announcement = '';
    }
  }

  /** What is wrong right now, in the words shown on screen. */
  private warnings(): FeedbackWarnings {
    const message = this.current();
    const measure = measureFeedback(message, this.channel);
    const mail = this.channel === 'email' ? this.mailLink(message) : {};
    return {
      length: measure.level === 'ok' ? 0 : measure.ready ? 1 : 2,
      meter: measure.ready ? this.meterText(message) : `${this.meterText(message)} ${this.localize.t('feedbackRequest.notReady')}`,
      email: this.emailInvalid(),
      date: this.dateInvalid,
      // An address still being typed is not news yet: it is said with the address's own error, when they leave the field.
      mail: mail.problem && (mail.problem !== 'invalid' || this.emailSettled) ? this.mailProblemText(mail.problem) : undefined
    };
  }

  private emailInvalid(): boolean {
    const value = this.value('recipientEmail');
    return this.emailSettled && value !== '' && !isValidEmail(value);
  }

  private mailProblemText(problem: 'invalid' | 'tooLong'): string {
    return this.localize.t(problem === 'invalid' ? 'feedbackRequest.mailInvalid' : 'feedbackRequest.mailTooLong');
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
  /** Keeps only string templates under known tones and channels; warns once for anything else. */
  private checkTemplates(value: unknown): FeedbackTemplates | undefined {
    const { templates, problems } = checkFeedbackTemplates(value);
    if (problems.length > 0) {
      const where = problems.slice(0, 5).join(', ') + (problems.length > 5 ? ` and ${problems.length - 5} more` : '');
      warnOnce(
        this,
        `templates:${where}`,
        `<${this.localName}> ${where}: expected { tone: { channel: { subject?: string, body?: string } } } with tones ` +
          `${FEEDBACK_TONES.join(', ')} and channels ${FEEDBACK_CHANNELS.join(', ')}; using the built-in wording there.`
      );
    }
    return templates;
  }

  private value(field: TextField): string {
    return (this.edits[field] ?? this[field] ?? '').trim();
  }

  private compose(channel: FeedbackChannel = this.channel): FeedbackMessage {
    const strings = Object.fromEntries(FEEDBACK_STRING_KEYS.map((key) => [key, this.localize.term(key)])) as Record<FeedbackStringKey, string>;
    return composeFeedbackRequest(
      {
        candidateName: this.value('candidateName'),
        recipientName: this.value('recipientName'),
        company: this.value('company'),
        jobTitle: this.value('jobTitle'),
        interviewDate: this.value('interviewDate'),
        stage: this.stage as FeedbackStage,
        topic: this.topic,
        asks: this.asks,
        futureRoles: this.futureRoles
      },
      { tone: this.tone, channel, templates: this.validTemplates, strings, lang: this.messageLang() }
    );
  }

  /** The language the note is written in: the resolved one when its catalogue has the message, else English. */
  private messageLang(): string {
    const lang = this.localize.lang();
    return this.localize.exists('feedbackRequest.msg.onDate', { lang, includeFallback: false }) ? lang : 'en';
  }

  /** The mailto link, or why there is none. */
  private mailLink(message: FeedbackMessage): { href?: string; problem?: 'invalid' | 'tooLong' } {
    const address = this.value('recipientEmail');
    if (address !== '' && !isValidEmail(address)) return { problem: 'invalid' };
    const href = buildMailto(address, message);
    return href ? { href } : { problem: 'tooLong' };
  }

  /** Tells the host page what the candidate did with the note (counts only, never the text). */
  private emitAction(action: FeedbackAction, message: FeedbackMessage = this.current()): void {
    this.emit('onward-feedback-action', { action, tone: this.tone, channel: this.channel, words: message.words, chars: message.chars });
  }

  /** The note as it stands: the candidate's hand-edited words, else the note written from the details. */
  private current(): FeedbackMessage {
    if (!this.draft) return this.compose();
    return feedbackMessageOf(this.channel === 'email' ? this.draft.subject : '', this.draft.body);
  }

  /** The needed details (`FEEDBACK_NEEDED_FIELDS`) that are still empty, counting what the candidate typed. */
  private missingDetails() {
    return missingFeedbackFields({
      candidateName: this.value('candidateName'),
      company: this.value('company'),
      jobTitle: this.value('jobTitle')
    });
  }

  /** Whether the host gave every needed detail: then the note comes first and the details stay folded. */
  private hostGaveDetails(): boolean {
    return missingFeedbackFields({ candidateName: this.candidateName, company: this.company, jobTitle: this.jobTitle }).length === 0;
  }

  /** Takes stored state (or a peer's, or a fresh start), keeping the host's choices where nothing was stored. */
  private applyState(stored: FeedbackState): void {
    this.edits = stored.edits;
    this.topic = stored.topic;
    this.asks = stored.asks;
    this.futureRoles = stored.futureRoles;
    this.draft = stored.draft;
    if (stored.tone) this.tone = stored.tone;
    if (stored.channel) this.channel = stored.channel;
    if (stored.stage) this.stage = stored.stage;
  }

  /** Keeps what the candidate typed and chose; called after each of their changes, never on a render alone. */
  private save(): void {
    const data: FeedbackState = {
      edits: { ...this.edits },
      topic: this.topic,
      asks: [...this.asks],
      futureRoles: this.futureRoles,
      tone: this.tone as FeedbackTone,
      channel: this.channel as FeedbackChannel,
      stage: this.stage as FeedbackStage
    };
    if (this.draft) data.draft = { ...this.draft };
    this.persistence.save(data);
  }

  private onFieldInput(field: TextField, event: Event): void {
    this.edits = { ...this.edits, [field]: (event.target as HTMLInputElement).value };
    if (field === 'recipientEmail') this.emailSettled = false;
    // A date fixed (or cleared) takes its error away at once; a new problem waits until they leave the field.
    if (field === 'interviewDate' && this.dateInvalid && !dateFieldProblem(event.target as HTMLInputElement)) this.dateInvalid = false;
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
    return this.detailsChoice ?? this.missingDetails().length > 0;
  }

  /** Checks the date when the candidate leaves it: a half-typed or impossible date fires no input event at all. */
  private onDateSettled(event: Event): void {
    this.dateInvalid = dateFieldProblem(event.target as HTMLInputElement);
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
    this.lastWarnings = { ...(this.lastWarnings ?? this.warnings()), date: true };
    this.announce(this.localize.t('common.dateInvalid'));
    // The field may be folded away in "Edit details": open it first.
    this.detailsChoice = true;
    const details = input?.closest('details');
    if (details) details.open = true;
    this.renderedOpen = true;
    input?.focus();
    return true;
  }

  private onToneChange(event: Event): void {
    this.tone = (event.target as HTMLInputElement).value as FeedbackTone;
    this.save();
  }

  private onChannelChange(event: Event): void {
    this.channel = (event.target as HTMLInputElement).value as FeedbackChannel;
    this.save();
  }

  private onStageChange(event: Event): void {
    this.stage = (event.target as HTMLSelectElement).value as FeedbackStage;
    this.save();
  }

  private onAskChange(ask: FeedbackAsk, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.asks = FEEDBACK_ASKS.filter((item) => (item === ask ? checked : this.asks.includes(item)));
    this.save();
  }

  private onFutureChange(event: Event): void {
    this.futureRoles = (event.target as HTMLInputElement).checked;
    this.save();
  }

  private onTopicInput(event: Event): void {
    this.topic = (event.target as HTMLInputElement).value;
    this.save();
  }

  /** Copies the note's body (the Copy button then reads "Copied ✓" for a moment) or its subject line. */
  private onCopy(what: 'body' | 'subject'): void {
    if (this.stopForDate()) return;
    const message = this.current();
    // Called straight from the click, before any await, so the browser still sees the user's gesture.
    const copied = copyText(message[what], what === 'body' ? this.bodyElement : this.subjectElement);
    this.emitAction('copy', message);
    void copied.then((ok) => {
      this.announce(this.localize.t(ok ? 'common.copied' : 'common.copyFailed'));
      if (!ok || what !== 'body') return;
      this.copiedShown = true;
      clearTimeout(this.copiedTimer);
      this.copiedTimer = setTimeout(() => (this.copiedShown = false), COPIED_MS);
    });
  }

  private onDownload(): void {
    if (this.stopForDate()) return;
    const message = this.current();
    const text =
      this.channel === 'email'
        ? `${this.localize.t('feedbackRequest.subjectLine', { subject: message.subject })}\n\n${message.body}\n`
        : `${message.body}\n`;
    const saved = downloadText(this.localize.term('feedbackRequest.fileName'), text, 'text/plain');
    this.emitAction('download', message);
    this.announce(this.localize.t(saved ? 'feedbackRequest.downloaded' : 'feedbackRequest.fileFailed'));
  }

  private onMailLink(event: MouseEvent, message: FeedbackMessage): void {
    if (this.stopForDate()) {
      event.preventDefault();
      return;
    }
    this.emitAction('mailto', message);
  }

  private onReminder(): void {
    const now = new Date();
    const company = this.value('company');
    const ics = buildIcs(
      [
        {
          uid: `feedback-follow-up-${now.getTime()}`,
          date: localDatePlus(now, 7),
          summary: company
            ? this.localize.t('feedbackRequest.reminderSummaryCompany', { company })
            : this.localize.t('feedbackRequest.reminderSummary'),
          description: this.localize.t('feedbackRequest.reminderDescription')
        }
      ],
      { now }
    );
    const saved = downloadText(this.localize.term('feedbackRequest.reminderFileName'), ics, 'text/calendar');
    this.emitAction('reminder');
    this.announce(this.localize.t(saved ? 'feedbackRequest.reminderSaved' : 'feedbackRequest.fileFailed'));
  }

  private renderField(field: (typeof TEXT_FIELDS)[number]) {
    const id = `field-${field.key}`;
    const value = this.value(field.key);
    const invalid = field.key === 'recipientEmail' ? this.emailInvalid() : field.key === 'interviewDate' && this.dateInvalid;
    const isDate = field.type === 'date';
    // What the candidate typed stays exactly as typed (a space before the next word included); the note uses it trimmed.
    const shown = field.key === 'interviewDate' && !formatInterviewDate(value) ? '' : (this.edits[field.key] ?? value);
    return html`<div class="field">
      <label for=${id}>${this.localize.t(`feedbackRequest.field.${field.key}` as TermKey)}</label>
      ${invalid
        ? html`<p class="error" id="${id}-error">${this.localize.t(isDate ? 'common.dateInvalid' : 'feedbackRequest.emailInvalid')}</p>`
        : nothing}
      <input
        id=${id}
        type=${field.type}
        dir=${ifDefined(isDate ? undefined : 'auto')}
        min=${ifDefined(isDate ? MIN_CALENDAR_DATE : undefined)}
        max=${ifDefined(isDate ? MAX_CALENDAR_DATE : undefined)}
        autocomplete=${field.autocomplete}
        .value=${live(shown)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-error` : nothing}
        @input=${(event: Event) => this.onFieldInput(field.key, event)}
        @change=${field.key === 'recipientEmail' ? () => (this.emailSettled = true) : isDate ? this.onDateSettled : nothing}
        @blur=${isDate ? this.onDateSettled : nothing}
      />
    </div>`;
  }

  private renderAboutFields() {
    return html`<fieldset>
      <legend>${this.localize.t('feedbackRequest.details')}</legend>
      <div class="fields">
        ${TEXT_FIELDS.map((field) => this.renderField(field))}
        <div class="field">
          <label for="field-stage">${this.localize.t('feedbackRequest.field.stage')}</label>
          <select id="field-stage" @change=${this.onStageChange}>
            ${FEEDBACK_STAGES.map(
              (stage) =>
                html`<option value=${stage} ?selected=${this.stage === stage}>${this.localize.t(`feedbackRequest.stage.${stage}`)}</option>`
            )}
          </select>
        </div>
      </div>
    </fieldset>`;
  }

  private renderRadios<T extends string>(name: string, legend: string, values: readonly T[], current: T, label: (value: T) => string, onChange: (event: Event) => void) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="choices">
        ${values.map(
          (value) => html`<label class="choice">
            <input type="radio" name=${name} value=${value as string} .checked=${liveChecked(current === value)} @change=${onChange} />${label(value)}
          </label>`
        )}
      </div>
    </fieldset>`;
  }

  private renderAsks() {
    return html`<fieldset>
      <legend>${this.localize.t('feedbackRequest.asks')}</legend>
      <div class="choices stacked">
        ${FEEDBACK_ASKS.map(
          (ask) => html`<label class="choice">
            <input type="checkbox" .checked=${liveChecked(this.asks.includes(ask))} @change=${(event: Event) => this.onAskChange(ask, event)} />${this.localize.t(
              `feedbackRequest.ask.${ask}`
            )}
          </label>`
        )}
        <label class="choice">
          <input type="checkbox" .checked=${liveChecked(this.futureRoles)} @change=${this.onFutureChange} />${this.localize.t('feedbackRequest.ask.futureRoles')}
        </label>
      </div>
    </fieldset>`;
  }

  private renderTopic() {
    const flagged = findArguingPhrases(this.topic, this.localize.term('feedbackRequest.wording.phrases')).length > 0;
    const help =
      this.channel === 'linkedin'
        ? `${this.localize.t('feedbackRequest.topicHelp')} ${this.localize.t('feedbackRequest.topicLinkedin')}`
        : this.localize.t('feedbackRequest.topicHelp');
    return html`<div class="field">
      <label for="field-topic">${this.localize.t('feedbackRequest.field.topic')}</label>
      <input
        id="field-topic"
        type="text"
        dir="auto"
        autocomplete="off"
        .value=${live(this.topic)}
        aria-describedby="topic-help topic-hint"
        @input=${this.onTopicInput}
      />
      <p class="help" id="topic-help">${help}</p>
      <p part="hint" id="topic-hint" class=${flagged ? 'shown' : ''} aria-live="polite">
        ${flagged ? this.localize.t('feedbackRequest.wording.hint') : ''}
      </p>
    </div>`;
  }

  /** The length guidance ("86 words, a good length."; "324 of 300 characters. Too long for LinkedIn: remove 24 characters."). */
  private meterText(message: FeedbackMessage): string {
    if (message.body.trim() === '') return this.localize.t('feedbackRequest.meter.empty');
    const measure = measureFeedback(message, this.channel);
    return this.localize.t(METER_KEYS[this.channel][measure.level], {
      count: this.localize.number(measure.count),
      limit: this.localize.number(measure.limit),
      over: this.localize.number(measure.count - measure.limit)
    });
  }

  /**
   * "Ready to send" when the note fits its channel, greets the recipient by name and is signed with the candidate's
   * name; otherwise what it still needs, or "Not ready yet" when the meter has said why (too long, empty).
   */
  private readinessText(message: FeedbackMessage): { ready: boolean; text: string } {
    const measure = measureFeedback(message, this.channel);
    if (!measure.ready || message.body.trim() === '') return { ready: false, text: this.localize.t('feedbackRequest.notReady') };
    const { greeting, signature } = feedbackReadiness(message.body, {
      recipientName: this.value('recipientName'),
      candidateName: this.value('candidateName')
    });
    if (greeting && signature) return { ready: true, text: this.localize.t('feedbackRequest.ready') };
    const key: TermKey = !greeting && !signature ? 'feedbackRequest.missing.both' : greeting ? 'feedbackRequest.missing.candidate' : 'feedbackRequest.missing.recipient';
    return { ready: false, text: this.localize.t(key) };
  }

  private renderCopy(primary: boolean) {
    const copy = this.localize.t('common.copy');
    const copied = this.localize.t('feedbackRequest.copied');
    // The other label sits invisibly in the same grid cell (`data-alt`), so "Copied ✓" never changes the button's size.
    return html`<button
      part="action"
      class=${primary ? 'primary copy' : 'secondary copy'}
      type="button"
      aria-label=${this.localize.t('feedbackRequest.copyLabel')}
      aria-describedby="meter-text readiness"
      data-alt=${this.copiedShown ? copy : copied}
      @click=${() => this.onCopy('body')}
    >
      <span class="copy-label">${this.copiedShown ? copied : copy}</span>
    </button>`;
  }

  private renderActions(message: FeedbackMessage) {
    const mail = this.channel === 'email' ? this.mailLink(message) : {};
    return html`<div part="actions">
        ${mail.href
          ? html`<a part="action" class="primary" href=${mail.href} @click=${(event: MouseEvent) => this.onMailLink(event, message)}
              >${this.localize.t('feedbackRequest.openMail')}</a
            >`
          : nothing}
        ${this.renderCopy(!mail.href)}
        <button part="action" class="secondary" type="button" @click=${this.onDownload}>${this.localize.t('feedbackRequest.download')}</button>
        <button part="action" class="quiet" type="button" @click=${this.onReminder}>${this.localize.t('feedbackRequest.reminder')}</button>
      </div>
      ${mail.problem ? html`<p class="note">${this.mailProblemText(mail.problem)}</p>` : nothing}`;
  }

  /** The note first: subject and body as real fields, the length and readiness, then what to do with it. */
  private renderNote(message: FeedbackMessage) {
    const readiness = this.readinessText(message);
    const measure = measureFeedback(message, this.channel);
    return html`<div part="preview">
      ${this.channel === 'email'
        ? html`<div part="subject" class="field">
            <label for="note-subject">${this.localize.t('feedbackRequest.field.subject')}</label>
            <div class="subject-row">
              <input
                id="note-subject"
                type="text"
                dir="auto"
                autocomplete="off"
                .value=${live(message.subject)}
                @input=${(event: Event) => this.onNoteInput('subject', event)}
              />
              <button class="secondary" type="button" @click=${() => this.onCopy('subject')}>${this.localize.t('feedbackRequest.copySubject')}</button>
            </div>
          </div>`
        : nothing}
      <div class="field">
        <label for="note-body">${this.localize.t('feedbackRequest.field.body')}</label>
        <textarea
          id="note-body"
          part="body"
          dir="auto"
          lang=${this.messageLang()}
          rows="12"
          aria-describedby="meter-text readiness"
          .value=${live(message.body)}
          @input=${(event: Event) => this.onNoteInput('body', event)}
        ></textarea>
      </div>
      <p part="meter" id="meter-text" data-level=${measure.level}>${this.meterText(message)}</p>
      <p part="readiness" id="readiness" data-ready=${readiness.ready ? 'true' : 'false'}>${readiness.text}</p>
      ${this.renderActions(message)}
      ${this.draft
        ? html`<div part="rebuild">
            <p class="note">${this.localize.t('feedbackRequest.handEdited')}</p>
            <button class="quiet" type="button" @click=${this.onRebuild}>${this.localize.t('feedbackRequest.rebuild')}</button>
          </div>`
        : nothing}
      <p class="note" role="status">${this.storageNote()}</p>
      <p part="status" role="status">${this.announcement}</p>
    </div>`;
  }

  /** The details the note is written from, folded into "Edit details" (open while the note needs one of them). */
  private renderDetails() {
    const open = this.detailsOpen();
    this.renderedOpen = open;
    return html`<details part="details" ?open=${open} @toggle=${this.onDetailsToggle}>
      <summary>${this.localize.t('feedbackRequest.editDetails')}</summary>
      <div part="form">
        ${this.renderAboutFields()}
        ${this.renderRadios(
          'tone',
          this.localize.t('feedbackRequest.tone'),
          FEEDBACK_TONES,
          this.tone as FeedbackTone,
          (tone) => this.localize.t(`feedbackRequest.tone.${tone}`),
          (event) => this.onToneChange(event)
        )}
        ${this.renderRadios(
          'channel',
          this.localize.t('feedbackRequest.channel'),
          FEEDBACK_CHANNELS,
          this.channel as FeedbackChannel,
          (channel) => this.localize.t(`feedbackRequest.channel.${channel}`),
          (event) => this.onChannelChange(event)
        )}
        ${this.renderAsks()} ${this.renderTopic()}
      </div>
    </details>`;
  }

  protected override render() {
    const message = this.current();
    const tag = headingTag(this.headingLevel);
    // The host gave what the note needs: the note and its send action first. Otherwise the details come first, open.
    // Decided from the host's values only, so typing in a field never moves the field away from under the caret.
    const noteFirst = this.hostGaveDetails();
    const note = this.renderNote(message);
    const details = this.renderDetails();
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${staticHtml`<${tag} part="heading">${this.heading?.trim() || this.localize.t('feedbackRequest.heading')}</${tag}>`}
      ${noteFirst ? note : details} ${noteFirst ? details : note}
    </div>`;
  }
}

// The property types above are spelled out for the manifest; keep them equal to the core's lists.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inSync: [
  Same<OnwardFeedbackRequest['tone'], FeedbackTone>,
  Same<OnwardFeedbackRequest['channel'], FeedbackChannel>,
  Same<OnwardFeedbackRequest['stage'], FeedbackStage>
] = [true, true, true];
void inSync;
