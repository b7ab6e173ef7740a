import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_CALENDAR_DATE, MIN_CALENDAR_DATE } from '../../core/dates.js';
import { heading } from '../../internal/heading.js';
import type { OnwardLocalize } from '../../internal/localize.js';
import type { TermKey } from '../../locales/en.js';
import {
  MAX_SKILL_LENGTH,
  MAX_URL_LENGTH,
  type FieldError,
  type FormField,
  type GoalDraft
} from './learning-plan.data.js';
import type { LearningGoal, LearningSuggestion } from './learning-plan.types.js';

/** What the goal form shows and where it reports: the add form, or the form that edits `goal`. */
export interface GoalFormView {
  localize: OnwardLocalize;
  headingLevel: number;
  /** The goal being edited; none for the add form. */
  goal?: LearningGoal;
  draft: GoalDraft;
  /** Suggestions matching the typed skill (the add form offers them). */
  matches: readonly LearningSuggestion[];
  /** The plan has as many goals as it suggests at a time (the add form says so). */
  soft: boolean;
  onInput: (field: FormField, event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  onSuggestion: (suggestion: LearningSuggestion) => void;
}

/** What a field in error says. */
export function fieldErrorMessage(localize: OnwardLocalize, error: FieldError): string {
  if (error === 'skill') return localize.t('learningPlan.skillRequired');
  return error === 'date' ? localize.t('common.dateInvalid') : localize.t('learningPlan.resourceInvalid');
}

/** The add form (`part="form"`, under its own heading) or the edit form of one goal (Escape cancels it). */
export function renderGoalForm(view: GoalFormView): TemplateResult {
  const { localize, goal } = view;
  if (goal === undefined) {
    return html`<form part="form" novalidate @submit=${view.onSubmit}>
      ${heading(view.headingLevel + 1, localize.t('learningPlan.formHeading'), { class: 'form-heading' })}
      ${renderFields(view)}
      <div class="form-actions">
        <button type="submit" class="primary" aria-describedby=${view.soft ? 'soft-limit' : nothing}>
          ${localize.t('learningPlan.add')}
        </button>
      </div>
      <p class="note soft-limit" id="soft-limit">${view.soft ? localize.t('learningPlan.softLimit') : nothing}</p>
    </form>`;
  }
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    view.onCancel();
  };
  return html`<form class="edit" novalidate @submit=${view.onSubmit} @keydown=${onKeydown}>
    <fieldset>
      <legend class="visually-hidden">${localize.t('learningPlan.editLabel', { skill: goal.skill })}</legend>
      ${renderFields(view)}
      <div class="form-actions">
        <button type="submit" class="primary">${localize.t('learningPlan.save')}</button>
        <button type="button" class="quiet" @click=${view.onCancel}>${localize.t('learningPlan.cancel')}</button>
      </div>
    </fieldset>
  </form>`;
}

function renderSuggestions({ localize, matches, onSuggestion }: GoalFormView) {
  if (matches.length === 0) return nothing;
  return html`<div class="suggestions">
    <p class="suggestions-label" id="suggestions-label">${localize.t('learningPlan.suggestionsLabel')}</p>
    <ul aria-labelledby="suggestions-label">
      ${matches.map(
        (suggestion) =>
          html`<li>
            <button type="button" class="suggestion" @click=${() => onSuggestion(suggestion)}>
              ${localize.t('learningPlan.suggestion', { title: suggestion.title })}
            </button>
          </li>`
      )}
    </ul>
  </div>`;
}

/**
 * The skill, resource and date fields: of the add form, or of the form that edits a goal (ids start with `edit-`, and
 * each label also names the goal, so neither form's fields read alone as the other's).
 */
function renderFields(view: GoalFormView) {
  const { localize, goal, draft } = view;
  const editing = goal !== undefined;
  const id = (field: FormField) => (editing ? `edit-${field}` : field);
  const invalid = (field: FormField) => (draft.error === field ? 'true' : 'false');
  const error = (field: FormField) =>
    html`<p class="error" id=${`${id(field)}-error`}>${draft.error === field ? fieldErrorMessage(localize, field) : nothing}</p>`;
  const label = (field: FormField, key: TermKey) =>
    html`<label for=${id(field)}
      >${localize.t(key)}${
        editing
          ? html`<span class="visually-hidden"> ${localize.t('learningPlan.editContext', { skill: goal.skill })}</span>`
          : nothing
      }</label
    >`;
  const onDate = (event: Event) => view.onInput('date', event);
  return html`<div class="field">
      ${label('skill', 'learningPlan.skillLabel')}
      ${editing ? nothing : html`<p class="hint" id="skill-hint">${localize.t('learningPlan.skillHint')}</p>`}
      ${error('skill')}
      <input
        id=${id('skill')}
        type="text"
        autocomplete="off"
        maxlength=${MAX_SKILL_LENGTH}
        aria-required="true"
        aria-describedby=${editing ? 'edit-skill-error' : 'skill-hint skill-error'}
        aria-invalid=${invalid('skill')}
        .value=${live(draft.skill)}
        @input=${(event: Event) => view.onInput('skill', event)}
      />
      ${editing ? nothing : renderSuggestions(view)}
    </div>
    <div class="field">
      ${label('resource', 'learningPlan.resourceLabel')}
      ${error('resource')}
      <input
        id=${id('resource')}
        type="text"
        inputmode="url"
        autocomplete="url"
        spellcheck="false"
        maxlength=${MAX_URL_LENGTH}
        aria-describedby=${`${id('resource')}-error`}
        aria-invalid=${invalid('resource')}
        .value=${live(draft.resource)}
        @input=${(event: Event) => view.onInput('resource', event)}
      />
    </div>
    <div class="field">
      ${label('date', 'learningPlan.dateLabel')}
      ${error('date')}
      <input
        id=${id('date')}
        type="date"
        min=${MIN_CALENDAR_DATE}
        max=${MAX_CALENDAR_DATE}
        aria-describedby=${`${id('date')}-error`}
        aria-invalid=${invalid('date')}
        .value=${live(draft.date)}
        @input=${onDate}
        @change=${onDate}
        @blur=${onDate}
      />
    </div>`;
}
