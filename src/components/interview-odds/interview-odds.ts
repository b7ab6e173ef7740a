import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { interviewOdds, type InterviewOdds, type InvalidOdds, type OddsResult } from '../../core/odds.js';
import { heading } from '../../internal/heading.js';
import { freshText } from '../../internal/onward-element.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { checkInteger, warnOnce } from '../../internal/validate.js';
import { boxStyles } from '../../styles/box.styles.js';
import { interviewOddsStyles } from './interview-odds.styles.js';

/** Longest note kept: one thing, in a sentence or two. */
export const MAX_ODDS_NOTE_LENGTH = 280;

/** What `<onward-interview-odds>` stores: the candidate's own note. */
interface OddsNoteState {
  note: string;
}

/** Detail of `onward-odds-note-change`: only whether the note holds words, never the words. */
export interface OddsNoteChangeDetail {
  filled: boolean;
}

/** Turns a stored record into trusted state. Never throws. */
function readOddsNote(data: unknown): OddsNoteState | undefined {
  const note = (data as Partial<OddsNoteState> | null)?.note;
  return typeof note === 'string' ? { note: note.slice(0, MAX_ODDS_NOTE_LENGTH) } : undefined;
}

/** What each problem means, for the host developer's console. */
const PROBLEMS: Record<Exclude<InvalidOdds['problem'], 'absent'>, (field?: string) => string> = {
  missing: (field) => `${field} is missing (both numbers are needed)`,
  'not-a-number': (field) => `${field} is not a number (write digits only, such as 240)`,
  'too-large': (field) => `${field} is too large to count`,
  negative: (field) => `${field} is below zero`,
  'not-integer': (field) => `${field} is not a whole number`,
  'no-interviews': () => 'interviewed is 0, but this element is for a candidate who was interviewed',
  'more-interviewed-than-applicants': () => 'interviewed is larger than applicants'
};

/**
 * How far the candidate got, said plainly from the host's own numbers: "You were one of 6 people interviewed, out of
 * 240 who applied." A share is only a quiet second line ("3% of the people who applied got an interview"), never a
 * rank: being interviewed is not a ranking. The share is rounded **up**, so it never claims more than the numbers do
 * (2.5% shows as 3%, 0.42% as 0.5%, never 0%), and it is left out when more than half of the applicants were
 * interviewed. Numbers are formatted for the resolved language (`1.240` in German).
 *
 * Under it, a short optional field, "One thing that went well", keeps one line the candidate writes for themselves,
 * on this device only (`persist`, `storage-key`). It is saved as they type; `onward-odds-note-change` tells the host
 * only whether it holds words.
 *
 * When the numbers are missing or inconsistent (not a number, negative, fractional, infinite, `interviewed` larger
 * than `applicants`, or `interviewed` of 0), the element shows a general encouraging message instead of numbers, with
 * no claim of how far ahead they got, and logs one `console.warn` for the host developer. With neither number set it
 * shows the general message silently.
 *
 * @tagname onward-interview-odds
 * @summary How far the candidate got, in plain numbers, and one thing that went well, kept on the device.
 *
 * @csspart base - The card's container.
 * @csspart figure - The plain count: "You were one of 6 people interviewed, out of 240 who applied", and the share
 * as a second line (not rendered when the numbers cannot be shown).
 * @csspart message - The sentences of perspective, or the general message.
 * @csspart note-field - The "One thing that went well" field: label, hint, text area and Save button.
 * @csspart note-input - The note's text area.
 * @csspart note-save - The note's "Save" button.
 * @csspart note-status - "Saved on this device." after Save, and the note when it cannot be saved (a status region).
 *
 * @cssprop [--onward-interview-odds-padding=1.25 × --onward-space] - Inner padding of the card.
 * @cssprop [--onward-interview-odds-background=--onward-color-surface] - Card background.
 * @cssprop [--onward-interview-odds-shadow=a soft two-layer shadow] - Card shadow.
 * @cssprop [--onward-interview-odds-heading-size=1.125rem] - Font size of the heading.
 * @cssprop [--onward-interview-odds-figure-size=1.125rem] - Font size of the plain count.
 *
 * @fires {CustomEvent<OddsNoteChangeDetail>} onward-odds-note-change - When the candidate saves their note (Save, or
 * leaving the field after a change): `{ filled }`, never the text.
 */
export class OnwardInterviewOdds extends PersistingElement {
  static override styles = [...PersistingElement.styles, boxStyles, interviewOddsStyles];
  /** Not text only: numbers, or whole numbers written as text. */
  protected static override readonly nonTextProperties: ReadonlySet<string> = new Set(['applicants', 'interviewed']);

  /** How many people applied for the role: a whole number, 0 or more. */
  @property() applicants?: number | string;

  /** How many people were interviewed, the candidate included: a whole number from 1 up to `applicants`. */
  @property() interviewed?: number | string;

  /** The company's name, used in the message ("You applied for Designer at Acme."). Shown as text. */
  @property() company?: string;

  /** The role's title, used in the message. Shown as text. */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /**
   * Heading text. Defaults to "You got further than most" when the numbers show fewer than half were interviewed, and
   * to "You made it to the interview" otherwise (also with no numbers: no claim without them).
   */
  @property() heading?: string;

  /** Level of the heading element, 2 to 6 (default 3), so the card fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private note = '';
  @state() private noteStatus = '';
  /** The note as last reported with `onward-odds-note-change`, so leaving the field unchanged says nothing. */
  private reportedNote?: string;

  private readonly persistence = this.createStore<OddsNoteState>({
    element: 'interview-odds',
    read: readOddsNote,
    apply: (stored) => {
      this.note = stored.note;
      this.reportedNote ??= stored.note;
    }
  });

  private odds: OddsResult = { valid: false, problem: 'absent' };

  /** The note the candidate wrote (trimmed), or '' when there is none. */
  get noteText(): string {
    return this.note.trim();
  }

  /** Clears the note stored on this device and empties the field. Fires no event. */
  override forget(): void {
    super.forget();
    this.note = '';
    this.reportedNote = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel'))
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    if (changed.has('applicants') || changed.has('interviewed')) {
      this.odds = interviewOdds(this.applicants, this.interviewed);
      if (!this.odds.valid && this.odds.problem !== 'absent') this.warnAbout(this.odds);
    }
  }

  private warnAbout(odds: InvalidOdds): void {
    const shown = (value: unknown) =>
      value === undefined || value === null ? 'unset' : `"${String(value).slice(0, 40)}"`;
    const values = `applicants=${shown(this.applicants)}, interviewed=${shown(this.interviewed)}`;
    const reason = PROBLEMS[odds.problem as keyof typeof PROBLEMS](odds.field);
    warnOnce(
      this,
      `odds:${values}`,
      `<${this.localName}> ${values}: ${reason}. Showing a general message instead of numbers.`
    );
  }

  /** The plain count first, then the share as a quiet second line (only when fewer than half were interviewed). */
  private renderFigure(odds: InterviewOdds) {
    const digits = odds.fractionDigits;
    const percent = this.localize.number(odds.top, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits
    });
    return html`<p part="figure">
      <span class="value">${this.countSentence(odds)}</span>
      ${odds.standsOut ? html`<span class="caption">${this.localize.t('interviewOdds.share', { percent })}</span>` : nothing}
    </p>`;
  }

  private contextSentence(): string | undefined {
    const company = this.company?.trim() || undefined;
    const jobTitle = this.jobTitle?.trim() || undefined;
    if (company && jobTitle) return this.localize.t('interviewOdds.context.both', { company, jobTitle });
    if (company) return this.localize.t('interviewOdds.context.company', { company });
    if (jobTitle) return this.localize.t('interviewOdds.context.jobTitle', { jobTitle });
    return undefined;
  }

  private countSentence(odds: InterviewOdds): string {
    const values = {
      applicants: this.localize.number(odds.applicants),
      interviewed: this.localize.number(odds.interviewed)
    };
    if (odds.interviewed === odds.applicants) return this.localize.t('interviewOdds.all');
    if (odds.interviewed === 1) return this.localize.t('interviewOdds.one', values);
    return this.localize.t('interviewOdds.many', values);
  }

  private onNoteInput(event: Event): void {
    // `maxlength` limits typing and pasting; this also limits a value set by script.
    this.note = (event.target as HTMLTextAreaElement).value.slice(0, MAX_ODDS_NOTE_LENGTH);
    this.noteStatus = '';
    // Kept as it is typed, so nothing is lost if the page closes before Save.
    this.persistence.save({ note: this.note });
  }

  /** Save, or leaving the field after a change: tells the host whether there is a note, once per change. */
  private commitNote(fromButton: boolean): void {
    this.persistence.save({ note: this.note });
    if (fromButton) {
      const text = this.localize.t(this.persist === 'none' ? 'interviewOdds.noteKept' : 'interviewOdds.noteSaved');
      this.noteStatus = freshText(text, this.noteStatus);
    }
    if (this.reportedNote === this.note) return;
    this.reportedNote = this.note;
    this.emit('onward-odds-note-change', { filled: this.noteText !== '' });
  }

  private renderNote() {
    // "Saved" after the Save button outranks the older news that a stored note was unreadable, never a failing save.
    const status = (this.persistence.unavailable ? '' : this.noteStatus) || this.storageNote();
    return html`<div part="note-field" class="field note-field">
      <label for="note">${this.localize.t('interviewOdds.noteLabel')}</label>
      <p class="hint" id="note-hint">${this.localize.t(this.persist === 'none' ? 'interviewOdds.noteHintNone' : 'interviewOdds.noteHint')}</p>
      <textarea
        part="note-input"
        id="note"
        rows="2"
        maxlength=${MAX_ODDS_NOTE_LENGTH}
        aria-describedby="note-hint"
        .value=${live(this.note)}
        @input=${this.onNoteInput}
        @change=${() => this.commitNote(false)}
      ></textarea>
      <div class="note-actions">
        <button part="note-save" type="button" class="secondary" @click=${() => this.commitNote(true)}>
          ${this.localize.t('interviewOdds.noteSave')}
        </button>
        <p part="note-status" class="note" role="status">${status}</p>
      </div>
    </div>`;
  }

  private renderHeading(text: string) {
    return heading(this.headingLevel, text, { class: 'heading' });
  }

  protected override render() {
    const odds = this.odds;
    const sentences = odds.valid
      ? [this.contextSentence(), this.localize.t('interviewOdds.closing')]
      : [this.contextSentence(), this.localize.t('interviewOdds.general')];
    // "Further than most" only when the numbers say so: fewer than half of the applicants were interviewed.
    const heading =
      this.heading?.trim() ||
      this.localize.t(odds.valid && odds.standsOut ? 'interviewOdds.heading' : 'interviewOdds.headingReached');
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${this.renderHeading(heading)} ${odds.valid ? this.renderFigure(odds) : nothing}
      <p part="message">${sentences.filter(Boolean).join(' ')}</p>
      ${this.renderNote()}
    </div>`;
  }
}
