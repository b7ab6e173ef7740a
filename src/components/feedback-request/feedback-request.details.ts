import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_CALENDAR_DATE, MIN_CALENDAR_DATE } from '../../core/dates.js';
import {
  FEEDBACK_ASKS,
  FEEDBACK_CHANNELS,
  FEEDBACK_STAGES,
  FEEDBACK_TONES,
  findArguingPhrases,
  formatInterviewDate,
  type FeedbackAsk,
  type FeedbackChannel,
  type FeedbackStage,
  type FeedbackTone
} from '../../core/feedback.js';
import type { FeedbackTextField } from '../../core/feedback-state.js';
import type { OnwardLocalize } from '../../internal/localize.js';
import { liveChecked } from '../../internal/ssr.js';
import type { TermKey } from '../../locales/en.js';

/** The text fields the host can prefill, in the order the form shows them. */
const TEXT_FIELDS = [
  { key: 'candidateName', type: 'text', autocomplete: 'name' },
  { key: 'recipientName', type: 'text', autocomplete: 'off' },
  { key: 'recipientEmail', type: 'email', autocomplete: 'off' },
  { key: 'company', type: 'text', autocomplete: 'off' },
  { key: 'jobTitle', type: 'text', autocomplete: 'off' },
  { key: 'interviewDate', type: 'date', autocomplete: 'off' }
] as const satisfies readonly { key: FeedbackTextField; type: string; autocomplete: string }[];

type Listener = (event: Event) => void;

/** What the candidate chooses in "Edit details", besides the text fields. */
export interface DetailsChoices {
  stage: FeedbackStage;
  tone: FeedbackTone;
  channel: FeedbackChannel;
  asks: readonly FeedbackAsk[];
  futureRoles: boolean;
  topic: string;
}

/**
 * What "Edit details" shows and where the candidate's changes go. The element builds it for each render; Lit calls
 * the listeners with the element as `this`.
 */
export interface DetailsView {
  localize: OnwardLocalize;
  open: boolean;
  /** What the candidate typed, as typed. */
  edits: Partial<Record<FeedbackTextField, string>>;
  /** What the note uses: what the candidate typed, else the host's value, trimmed. */
  values: Record<FeedbackTextField, string>;
  emailInvalid: boolean;
  dateInvalid: boolean;
  choices: DetailsChoices;
  /** Takes one of the candidate's choices, and keeps it. */
  choose: (patch: Partial<DetailsChoices>) => void;
  /** Ticks or unticks a question (against the questions ticked now, not at the last render). */
  tick: (ask: FeedbackAsk, checked: boolean) => void;
  onToggle: Listener;
  onFieldInput: (field: FeedbackTextField, event: Event) => void;
  onEmailSettled: Listener;
  onDateSettled: Listener;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

function renderField(view: DetailsView, field: (typeof TEXT_FIELDS)[number]) {
  const id = `field-${field.key}`;
  const value = view.values[field.key];
  const invalid =
    field.key === 'recipientEmail' ? view.emailInvalid : field.key === 'interviewDate' && view.dateInvalid;
  const isDate = field.type === 'date';
  // What the candidate typed stays exactly as typed (a space before the next word included); the note uses it trimmed.
  const shown = field.key === 'interviewDate' && !formatInterviewDate(value) ? '' : (view.edits[field.key] ?? value);
  const error = isDate ? 'common.dateInvalid' : 'feedbackRequest.emailInvalid';
  return html`<div class="field">
    <label for=${id}>${view.localize.t(`feedbackRequest.field.${field.key}` as TermKey)}</label>
    ${invalid ? html`<p class="error" id="${id}-error">${view.localize.t(error)}</p>` : nothing}
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
      @input=${(event: Event) => view.onFieldInput(field.key, event)}
      @change=${field.key === 'recipientEmail' ? view.onEmailSettled : isDate ? view.onDateSettled : nothing}
      @blur=${isDate ? view.onDateSettled : nothing}
    />
  </div>`;
}

function renderAboutFields(view: DetailsView) {
  const { localize } = view;
  return html`<fieldset>
    <legend>${localize.t('feedbackRequest.details')}</legend>
    <div class="fields">
      ${TEXT_FIELDS.map((field) => renderField(view, field))}
      <div class="field">
        <label for="field-stage">${localize.t('feedbackRequest.field.stage')}</label>
        <select id="field-stage" @change=${(event: Event) => view.choose({ stage: valueOf(event) as FeedbackStage })}>
          ${FEEDBACK_STAGES.map(
            (stage) =>
              html`<option value=${stage} ?selected=${view.choices.stage === stage}>${localize.t(
                `feedbackRequest.stage.${stage}`
              )}</option>`
          )}
        </select>
      </div>
    </div>
  </fieldset>`;
}

/** One group of radio buttons: the tone, or the channel. */
function renderRadios<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  current: T,
  label: (value: T) => string,
  onChange: Listener
) {
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="choices">
      ${values.map(
        (value) => html`<label class="choice">
          <input
            type="radio"
            name=${name}
            value=${value as string}
            .checked=${liveChecked(current === value)}
            @change=${onChange}
          />${label(value)}
        </label>`
      )}
    </div>
  </fieldset>`;
}

function renderAsks(view: DetailsView) {
  const { localize, choices, choose } = view;
  return html`<fieldset>
    <legend>${localize.t('feedbackRequest.asks')}</legend>
    <div class="choices stacked">
      ${FEEDBACK_ASKS.map(
        (ask) => html`<label class="choice">
          <input
            type="checkbox"
            .checked=${liveChecked(choices.asks.includes(ask))}
            @change=${(event: Event) => view.tick(ask, checkedOf(event))}
          />${localize.t(`feedbackRequest.ask.${ask}`)}
        </label>`
      )}
      <label class="choice">
        <input
          type="checkbox"
          .checked=${liveChecked(choices.futureRoles)}
          @change=${(event: Event) => choose({ futureRoles: checkedOf(event) })}
        />${localize.t('feedbackRequest.ask.futureRoles')}
      </label>
    </div>
  </fieldset>`;
}

function renderTopic(view: DetailsView) {
  const { localize, choices } = view;
  const flagged = findArguingPhrases(choices.topic, localize.term('feedbackRequest.wording.phrases')).length > 0;
  const help =
    choices.channel === 'linkedin'
      ? `${localize.t('feedbackRequest.topicHelp')} ${localize.t('feedbackRequest.topicLinkedin')}`
      : localize.t('feedbackRequest.topicHelp');
  return html`<div class="field">
    <label for="field-topic">${localize.t('feedbackRequest.field.topic')}</label>
    <input
      id="field-topic"
      type="text"
      dir="auto"
      autocomplete="off"
      .value=${live(choices.topic)}
      aria-describedby="topic-help topic-hint"
      @input=${(event: Event) => view.choose({ topic: valueOf(event) })}
    />
    <p class="help" id="topic-help">${help}</p>
    <p part="hint" id="topic-hint" class=${flagged ? 'shown' : ''} aria-live="polite">
      ${flagged ? localize.t('feedbackRequest.wording.hint') : ''}
    </p>
  </div>`;
}

/** The details the note is written from, folded into "Edit details" (open while the note needs one of them). */
export function renderDetails(view: DetailsView) {
  const { localize, choices, choose } = view;
  return html`<details part="details" ?open=${view.open} @toggle=${view.onToggle}>
    <summary>${localize.t('feedbackRequest.editDetails')}</summary>
    <div part="form">
      ${renderAboutFields(view)}
      ${renderRadios(
        'tone',
        localize.t('feedbackRequest.tone'),
        FEEDBACK_TONES,
        choices.tone,
        (tone) => localize.t(`feedbackRequest.tone.${tone}`),
        (event) => choose({ tone: valueOf(event) as FeedbackTone })
      )}
      ${renderRadios(
        'channel',
        localize.t('feedbackRequest.channel'),
        FEEDBACK_CHANNELS,
        choices.channel,
        (channel) => localize.t(`feedbackRequest.channel.${channel}`),
        (event) => choose({ channel: valueOf(event) as FeedbackChannel })
      )}
      ${renderAsks(view)} ${renderTopic(view)}
    </div>
  </details>`;
}

/** Opens "Edit details" when the field is folded away in it, and focuses the field. */
export function revealField(input: HTMLInputElement | null): void {
  const details = input?.closest('details');
  if (details) details.open = true;
  input?.focus();
}
