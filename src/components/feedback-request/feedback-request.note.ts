import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  composeFeedbackRequest,
  FEEDBACK_STRING_KEYS,
  feedbackMeterKey,
  feedbackReadinessKey,
  measureFeedback,
  type FeedbackChannel,
  type FeedbackFields,
  type FeedbackMessage,
  type FeedbackOptions,
  type FeedbackStringKey
} from '../../core/feedback.js';
import type { OnwardLocalize } from '../../internal/localize.js';

/** What the note shows and where the candidate's edits go. The element builds it for each render. */
export interface NoteView {
  localize: OnwardLocalize;
  message: FeedbackMessage;
  channel: FeedbackChannel;
  /** The language the note is written in. */
  lang: string;
  /** The names the note should greet and be signed with. */
  names: Pick<FeedbackFields, 'recipientName' | 'candidateName'>;
  /** Whether the candidate edited the note by hand. */
  edited: boolean;
  /** The row of actions under the note. */
  actions: TemplateResult;
  onInput: (which: 'subject' | 'body', event: Event) => void;
  onCopySubject: () => void;
  onRebuild: () => void;
}

/** The language the note is written in: the resolved one when its catalogue has the message, else English. */
export function noteLang(localize: OnwardLocalize): string {
  const lang = localize.lang();
  return localize.exists('feedbackRequest.msg.onDate', { lang, includeFallback: false }) ? lang : 'en';
}

/** Writes the note from the details, in the element's language (English where its catalogue has no message). */
export function composeNote(
  localize: OnwardLocalize,
  fields: FeedbackFields,
  options: Pick<FeedbackOptions, 'tone' | 'channel' | 'templates'>
): FeedbackMessage {
  const strings = Object.fromEntries(FEEDBACK_STRING_KEYS.map((key) => [key, localize.term(key)]));
  return composeFeedbackRequest(fields, {
    ...options,
    strings: strings as Record<FeedbackStringKey, string>,
    lang: noteLang(localize)
  });
}

/**
 * The length guidance ("86 words, a good length."; "324 of 300 characters. Too long for LinkedIn: remove 24
 * characters.").
 */
export function meterText(localize: OnwardLocalize, message: FeedbackMessage, channel: FeedbackChannel): string {
  if (message.body.trim() === '') return localize.t('feedbackRequest.meter.empty');
  const measure = measureFeedback(message, channel);
  return localize.t(feedbackMeterKey(channel, measure.level), {
    count: localize.number(measure.count),
    limit: localize.number(measure.limit),
    over: localize.number(measure.count - measure.limit)
  });
}

function renderSubject(view: NoteView) {
  const { localize } = view;
  return html`<div part="subject" class="field">
    <label for="note-subject">${localize.t('feedbackRequest.field.subject')}</label>
    <div class="subject-row">
      <input
        id="note-subject"
        type="text"
        dir="auto"
        autocomplete="off"
        .value=${live(view.message.subject)}
        @input=${(event: Event) => view.onInput('subject', event)}
      />
      <button class="secondary" type="button" @click=${view.onCopySubject}>${localize.t(
        'feedbackRequest.copySubject'
      )}</button>
    </div>
  </div>`;
}

/**
 * The note first: subject and body as real fields, the length and readiness ("Ready to send", or what it still
 * needs), what to do with it, and "Rebuild from the details" once it is edited by hand.
 */
export function renderNoteFields(view: NoteView) {
  const { localize, message, channel } = view;
  const measure = measureFeedback(message, channel);
  const readiness = feedbackReadinessKey(message, channel, view.names);
  return html`${channel === 'email' ? renderSubject(view) : nothing}
    <div class="field">
      <label for="note-body">${localize.t('feedbackRequest.field.body')}</label>
      <textarea
        id="note-body"
        part="body"
        dir="auto"
        lang=${view.lang}
        rows="12"
        aria-describedby="meter-text readiness"
        .value=${live(message.body)}
        @input=${(event: Event) => view.onInput('body', event)}
      ></textarea>
    </div>
    <p part="meter" id="meter-text" data-level=${measure.level}>${meterText(localize, message, channel)}</p>
    <p part="readiness" id="readiness" data-ready=${readiness.ready ? 'true' : 'false'}>${localize.t(readiness.key)}</p>
    ${view.actions}
    ${
      view.edited
        ? html`<div part="rebuild">
          <p class="note">${localize.t('feedbackRequest.handEdited')}</p>
          <button class="quiet" type="button" @click=${view.onRebuild}>${localize.t('feedbackRequest.rebuild')}</button>
        </div>`
        : nothing
    }`;
}
