import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { interviewOdds, type InterviewOdds, type InvalidOdds, type OddsResult } from '../../core/odds.js';
import { headingTag } from '../../internal/heading.js';
import { OnwardElement } from '../../internal/onward-element.js';
import { checkInteger, warnOnce } from '../../internal/validate.js';
import { boxStyles } from '../../styles/box.styles.js';
import { interviewOddsStyles } from './interview-odds.styles.js';

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
 * Turns the host's own numbers into perspective: "Top 3% of 240 applicants. You were one of 6 people interviewed out
 * of 240 applicants."
 *
 * The share is rounded **up**, so it never claims more than the numbers do: whole percents from 1% on (2.5% shows as
 * "Top 3%"), one decimal below 1% (0.42% shows as "Top 0.5%"), and never less than "Top 0.1%" — never "Top 0%". When
 * more than half of the applicants were interviewed, "top N%" would not encourage anyone, so the figure shows the
 * plain count instead ("6 of 8 applicants were interviewed"). Numbers are formatted for the resolved language
 * (`1.240` in German).
 *
 * When the numbers are missing or inconsistent (not a number, negative, fractional, infinite, `interviewed` larger
 * than `applicants`, or `interviewed` of 0), the element shows a general encouraging message instead of numbers and
 * logs one `console.warn` for the host developer. With neither number set it shows the general message silently.
 *
 * @tagname onward-interview-odds
 * @summary How far the candidate got: "top 3%" of applicants, with a sentence of perspective.
 *
 * @csspart base - The card's container.
 * @csspart figure - The figure: "Top 3% of 240 applicants" (not rendered when the numbers cannot be shown).
 * @csspart message - The sentences of perspective, or the general message.
 *
 * @cssprop [--onward-interview-odds-padding=1.25 × --onward-space] - Inner padding of the card.
 * @cssprop [--onward-interview-odds-background=--onward-color-surface] - Card background.
 * @cssprop [--onward-interview-odds-shadow=a soft two-layer shadow] - Card shadow.
 * @cssprop [--onward-interview-odds-heading-size=1.125rem] - Font size of the heading.
 * @cssprop [--onward-interview-odds-figure-size=2.25rem] - Font size of the big number.
 * @cssprop [--onward-color-accent=#2b6a5a] - The big number; its tint is the figure's background.
 * @cssprop [--onward-color-surface=#ffffff] - Background of the card.
 * @cssprop [--onward-color-text=#1f2933] - Main text colour.
 * @cssprop [--onward-color-muted=#52606d] - The figure's caption.
 * @cssprop [--onward-radius=12px] - Corner radius.
 * @cssprop [--onward-space=1rem] - Base spacing unit.
 * @cssprop [--onward-font-family=inherit] - Font family; inherits the page's font by default.
 */
export class OnwardInterviewOdds extends OnwardElement {
  static override styles = [...OnwardElement.styles, boxStyles, interviewOddsStyles];
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

  /** Heading text. Defaults to "You got further than most" (or "You made it to the interview" for a plain count). */
  @property() heading?: string;

  /** Level of the heading element, 2 to 6 (default 3), so the card fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private odds: OddsResult = { valid: false, problem: 'absent' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    if (changed.has('applicants') || changed.has('interviewed')) {
      this.odds = interviewOdds(this.applicants, this.interviewed);
      if (!this.odds.valid && this.odds.problem !== 'absent') this.warnAbout(this.odds);
    }
  }

  private warnAbout(odds: InvalidOdds): void {
    const shown = (value: unknown) => (value === undefined || value === null ? 'unset' : `"${String(value).slice(0, 40)}"`);
    const values = `applicants=${shown(this.applicants)}, interviewed=${shown(this.interviewed)}`;
    const reason = PROBLEMS[odds.problem as keyof typeof PROBLEMS](odds.field);
    warnOnce(
      this,
      `odds:${values}`,
      `<${this.localName}> ${values}: ${reason}. Showing a general message instead of numbers.`
    );
  }

  private renderFigure(odds: InterviewOdds) {
    const applicants = this.localize.number(odds.applicants);
    if (odds.standsOut) {
      const digits = odds.fractionDigits;
      const percent = this.localize.number(odds.top, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
      return html`<p part="figure">
        <span class="value">${this.localize.t('interviewOdds.top', { percent })}</span>
        <span class="caption">${this.localize.t('interviewOdds.topCaption', { applicants })}</span>
      </p>`;
    }
    const interviewed = this.localize.number(odds.interviewed);
    return html`<p part="figure">
      <span class="value">${this.localize.t('interviewOdds.count', { interviewed, applicants })}</span>
      <span class="caption">${this.localize.t('interviewOdds.countCaption')}</span>
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
    const values = { applicants: this.localize.number(odds.applicants), interviewed: this.localize.number(odds.interviewed) };
    if (odds.interviewed === odds.applicants) return this.localize.t('interviewOdds.all');
    if (odds.interviewed === 1) return this.localize.t('interviewOdds.one', values);
    return this.localize.t('interviewOdds.many', values);
  }

  private renderHeading(text: string) {
    const tag = headingTag(this.headingLevel);
    return staticHtml`<${tag} class="heading">${text}</${tag}>`;
  }

  protected override render() {
    const odds = this.odds;
    const sentences = odds.valid
      ? [this.contextSentence(), this.countSentence(odds), this.localize.t('interviewOdds.closing')]
      : [this.contextSentence(), this.localize.t('interviewOdds.general')];
    const heading =
      this.heading?.trim() ||
      this.localize.t(odds.valid && !odds.standsOut ? 'interviewOdds.headingReached' : 'interviewOdds.heading');
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${this.renderHeading(heading)} ${odds.valid ? this.renderFigure(odds) : nothing}
      <p part="message">${sentences.filter(Boolean).join(' ')}</p>
    </div>`;
  }
}
