import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { copyText } from '../../internal/clipboard.js';
import { heading } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { checkInteger } from '../../internal/validate.js';
import {
  defaultPrompts,
  MAX_STRENGTH_LENGTH,
  nextPrompt,
  readStrengths,
  writtenStrengths,
  type StrengthsState
} from './strengths.data.js';
import { boxStyles } from '../../styles/box.styles.js';
import { strengthsStyles } from './strengths.styles.js';
import { STRENGTH_COUNT, STRENGTH_PROMPTS } from './strengths.types.js';

const emptyTexts = (): string[] => Array.from({ length: STRENGTH_COUNT }, () => '');

/**
 * Three strengths the interview showed, written in the candidate's own words with a gentle prompt for each, and shown
 * back as a calm card they can copy or print.
 *
 * The text is saved on the device as it is typed (`persist`, `storage-key`); nothing is sent anywhere, and events never
 * carry the text.
 *
 * @tagname onward-strengths
 * @summary Write down three strengths the interview showed, with rotating prompts, and keep them as a card.
 *
 * @csspart base - The element's container.
 * @csspart heading - The heading (`h2`–`h6`, from `heading-level`).
 * @csspart field - One strength: its label, prompt, text area and "Show another prompt" button.
 * @csspart prompt - The prompt shown above a text area.
 * @csspart card - The "Your strengths" card (present but hidden until a strength is written).
 * @csspart actions - The card's Copy and Print buttons.
 *
 * @cssprop [--onward-strengths-padding=1.25 × --onward-space] - Inner padding.
 * @cssprop [--onward-strengths-background=--onward-color-surface] - Background of the element.
 * @cssprop [--onward-strengths-shadow=a soft two-layer shadow] - Shadow around the element.
 * @cssprop [--onward-strengths-heading-size=1.125rem] - Font size of the heading.
 * @cssprop [--onward-strengths-card-background=a soft tint of the accent] - Background of the "Your strengths" card.
 *
 * @fires {CustomEvent<StrengthsChangeDetail>} onward-strengths-change - When the number of written strengths changes as
 * the user types (`{ count }`, 0 to 3). Never carries the text.
 */
export class OnwardStrengths extends PersistingElement {
  static override styles = [...PersistingElement.styles, boxStyles, strengthsStyles];
  static override shadowRootOptions = { ...PersistingElement.shadowRootOptions, delegatesFocus: true };

  private readonly persistence = this.createStore<StrengthsState>({
    element: 'strengths',
    read: readStrengths,
    apply: (stored) => {
      this.texts = stored.texts;
      this.prompts = stored.prompts;
    }
  });

  /** Heading text. Defaults to "Three strengths this interview showed". */
  @property() heading?: string;

  /** Level of the heading element, 2 to 6 (default 3). The card's heading is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private texts: readonly string[] = emptyTexts();
  @state() private prompts: readonly number[] = defaultPrompts();

  @query('.card-list') private readonly cardList?: HTMLElement;

  /** The strengths written so far, trimmed, in order (empty fields left out). */
  get strengths(): string[] {
    return writtenStrengths(this.texts);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel'))
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
  }

  /** Clears the strengths stored on this device and empties the fields. Fires no event. */
  override forget(): void {
    super.forget();
    this.texts = emptyTexts();
    this.prompts = defaultPrompts();
  }

  /** The card as plain text: the "Your strengths" heading and one line per written strength. */
  toText(): string {
    const lines = this.strengths.map((text) => `• ${text.replace(/\s*\n\s*/g, ' ')}`);
    return [this.localize.t('strengths.cardHeading'), '', ...lines].join('\n');
  }

  private save(): void {
    this.persistence.save({ texts: [...this.texts], prompts: [...this.prompts] });
  }

  private onInput(field: number, event: Event): void {
    const before = this.strengths.length;
    // `maxlength` limits typing and pasting; this also limits a value set by script.
    const value = (event.target as HTMLTextAreaElement).value.slice(0, MAX_STRENGTH_LENGTH);
    this.texts = this.texts.map((text, index) => (index === field ? value : text));
    this.save();
    const count = this.strengths.length;
    if (count !== before) {
      this.emit('onward-strengths-change', { count });
    }
  }

  private rotatePrompt(field: number): void {
    const prompt = nextPrompt(this.prompts, field);
    this.prompts = this.prompts.map((current, index) => (index === field ? prompt : current));
    this.save();
    this.announce(
      this.localize.t('strengths.newPrompt', {
        n: this.localize.number(field + 1),
        prompt: this.localize.t(STRENGTH_PROMPTS[prompt])
      })
    );
  }

  private onCopy(): void {
    // No await before copyText: the browser must still see the click.
    void copyText(this.toText(), this.cardList).then((copied) =>
      this.announce(this.localize.t(copied ? 'common.copied' : 'common.copyFailed'))
    );
  }

  private onPrint(): void {
    window.print();
  }

  private renderField(field: number) {
    const n = this.localize.number(field + 1);
    return html`<div part="field" class="field">
      <label for="strength-${field}">${this.localize.t('strengths.fieldLabel', { n })}</label>
      <p part="prompt" id="prompt-${field}">${this.localize.t(STRENGTH_PROMPTS[this.prompts[field]])}</p>
      <textarea
        id="strength-${field}"
        rows="2"
        maxlength=${MAX_STRENGTH_LENGTH}
        aria-describedby="prompt-${field}"
        .value=${live(this.texts[field])}
        @input=${(event: Event) => this.onInput(field, event)}
      ></textarea>
      <button
        type="button"
        class="quiet"
        aria-label=${this.localize.t('strengths.anotherPromptFor', { n })}
        @click=${() => this.rotatePrompt(field)}
      >
        ${this.localize.t('strengths.anotherPrompt')}
      </button>
    </div>`;
  }

  private renderCard(written: string[]) {
    return html`<div part="card" ?hidden=${written.length === 0}>
      ${heading(this.headingLevel + 1, this.localize.t('strengths.cardHeading'), { id: 'card-heading' })}
      <ul class="card-list" aria-labelledby="card-heading">
        ${written.map((text) => html`<li>${text}</li>`)}
      </ul>
      <p class="card-hint">${this.localize.t('strengths.cardHint')}</p>
      <div part="actions">
        <button type="button" class="primary" aria-label=${this.localize.t('strengths.copyLabel')} @click=${this.onCopy}>
          ${this.localize.t('common.copy')}
        </button>
        <button type="button" class="secondary" @click=${this.onPrint}>${this.localize.t('strengths.print')}</button>
      </div>
    </div>`;
  }

  protected override render() {
    const written = this.strengths;
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${heading(this.headingLevel, this.heading || this.localize.t('strengths.heading'), { part: 'heading' })}
      <p class="intro">${this.localize.t('strengths.intro')}</p>
      <div class="fields">${Array.from({ length: STRENGTH_COUNT }, (_, field) => this.renderField(field))}</div>
      ${this.renderCard(written)}
      <p class="note" role="status">${this.storageNote()}</p>
      <p class="visually-hidden announcer" role="status">${this.announcement}</p>
    </div>`;
  }
}
