import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { MAX_CALENDAR_DATE, MIN_CALENDAR_DATE } from '../../core/dates.js';
import { buildIcs } from '../../core/ics.js';
import { dateFieldProblem } from '../../internal/date-field.js';
import { downloadText } from '../../internal/download.js';
import { safeUrl } from '../../internal/links.js';
import { headingTag } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { liveChecked } from '../../internal/ssr.js';
import { checkInteger, jsonAttribute, parseJsonAttribute, warnOnce } from '../../internal/validate.js';
import {
  cleanSkill,
  isIsoDate,
  matchSuggestions,
  MAX_SKILL_LENGTH,
  MAX_URL_LENGTH,
  newGoalId,
  normalizeResource,
  readPlan,
  readSuggestions,
  siteOf,
  type PlanState
} from './learning-plan.data.js';
import { boxStyles } from '../../styles/box.styles.js';
import type { TermKey } from '../../locales/en.js';
import { learningPlanStyles } from './learning-plan.styles.js';
import type { LearningGoal, LearningSuggestion } from './learning-plan.types.js';

/** The plan suggests, and never enforces, this many goals at a time. */
const SOFT_LIMIT = 3;

type FormField = 'skill' | 'resource' | 'date';
type FieldError = FormField | undefined;

/**
 * A small learning plan: the candidate turns feedback into two or three skills to learn, each with an optional link
 * and target date, ticks them off, and can add the dates to a calendar.
 *
 * Goals are kept on the device (`persist`, `storage-key`); nothing is sent anywhere. Host suggestions are offered under
 * the skill field as the candidate types a matching skill.
 *
 * @tagname onward-learning-plan
 * @summary Turn feedback into two or three concrete things to learn, with links, dates and a calendar export.
 *
 * @csspart base - The element's container.
 * @csspart heading - The heading (`h2`–`h6`, from `heading-level`).
 * @csspart form - The "add a goal" form.
 * @csspart list - The list of goals.
 * @csspart goal - One goal in the list.
 * @csspart empty - The message shown when there are no goals yet (present but hidden once there are goals).
 * @csspart actions - The row with the calendar export button (hidden when no open goal has a date).
 *
 * @cssprop [--onward-learning-plan-padding=1.25 × --onward-space] - Inner padding.
 * @cssprop [--onward-learning-plan-background=--onward-color-surface] - Background of the plan.
 * @cssprop [--onward-learning-plan-shadow=a soft two-layer shadow] - Shadow around the plan.
 * @cssprop [--onward-learning-plan-heading-size=1.125rem] - Font size of the heading.
 *
 * @fires {CustomEvent<PlanChangeDetail>} onward-plan-change - When the user adds, edits, completes or removes a goal.
 * Carries counts only (`{ goals, completed }`), never the goals' text.
 */
export class OnwardLearningPlan extends PersistingElement {
  static override styles = [...PersistingElement.styles, boxStyles, learningPlanStyles];
  static override shadowRootOptions = { ...PersistingElement.shadowRootOptions, delegatesFocus: true };

  private readonly persistence = this.createStore<PlanState>({
    element: 'learning-plan',
    read: readPlan,
    apply: (stored) => {
      this.plan = stored.goals;
      if (this.editingId !== undefined && !this.plan.some((goal) => goal.id === this.editingId)) this.editingId = undefined;
    }
  });

  /** Heading text. Defaults to "Your learning plan". */
  @property() heading?: string;

  /** Level of the heading element, 2 to 6 (default 3), so the plan fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Resources to suggest, as a JSON attribute or a property: `{ skill, title, url }[]`. A suggestion is offered under
   * the skill field when what the candidate types matches its `skill` (ignoring case). Entries with a missing field or
   * an unsafe link are skipped with one warning.
   */
  @property({ converter: jsonAttribute }) suggestions: readonly LearningSuggestion[] = [];

  @state() private plan: readonly LearningGoal[] = [];
  @state() private skillDraft = '';
  @state() private resourceDraft = '';
  @state() private dateDraft = '';
  @state() private addError: FieldError;
  @state() private editingId?: string;
  @state() private editSkill = '';
  @state() private editResource = '';
  @state() private editDate = '';
  @state() private editError: FieldError;
  @state() private usableSuggestions: LearningSuggestion[] = [];

  /** A copy of the current goals. The host page may read them (for example to save them to an account). */
  get goals(): LearningGoal[] {
    return this.plan.map((goal) => ({ ...goal }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    if (changed.has('suggestions')) this.readHostSuggestions();
  }

  /** Clears the plan stored on this device and empties the list on screen. Fires no event. */
  override forget(): void {
    super.forget();
    this.plan = [];
    this.editingId = undefined;
  }

  /**
   * The plan as an iCalendar file: one all-day event per open goal that has a target date. Done goals and goals
   * without a date are left out.
   */
  toIcs(now: Date = new Date()): string {
    const events = this.plan
      .filter((goal) => !goal.done && goal.targetDate !== undefined)
      .map((goal) => ({
        uid: `learning-plan-${goal.id}`,
        date: goal.targetDate!,
        summary: this.localize.t('learningPlan.icsSummary', { skill: goal.skill }),
        description: goal.resource
          ? this.localize.t('learningPlan.icsResource', { url: goal.resource })
          : this.localize.t('learningPlan.icsDescription')
      }));
    return buildIcs(events, { now });
  }

  private readHostSuggestions(): void {
    const { suggestions, dropped, unsafe } = readSuggestions(parseJsonAttribute(this, 'suggestions', this.suggestions));
    if (dropped) {
      warnOnce(
        this,
        'suggestions:shape',
        `<${this.localName}> suggestions must be an array of { skill, title, url } objects; skipped the entries that are not.`
      );
    }
    if (unsafe.length > 0) {
      warnOnce(
        this,
        'suggestions:unsafe',
        `<${this.localName}> suggestions: dropped a link whose scheme is not http:, https: or mailto: (${JSON.stringify(unsafe[0].slice(0, 80))}).`
      );
    }
    this.usableSuggestions = suggestions;
    // The property holds the parsed, checked list, whichever way it was given.
    this.suggestions = suggestions;
  }

  private get completedCount(): number {
    return this.plan.filter((goal) => goal.done).length;
  }

  /** Saves, then tells the host page what changed (counts only). */
  private commit(): void {
    this.persistence.save({ goals: this.plan.map((goal) => ({ ...goal })) });
    this.emit('onward-plan-change', { goals: this.plan.length, completed: this.completedCount });
  }

  private async focusLater(selector: string, index?: number): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const element =
      index === undefined
        ? root.querySelector<HTMLElement>(selector)
        : root.querySelectorAll<HTMLElement>('[part~="goal"]')[index]?.querySelector<HTMLElement>(selector);
    element?.focus();
  }

  /** Checks a skill and a typed link; returns the error to show, or the cleaned values. */
  private validate(skillText: string, resourceText: string): { error: FieldError; skill: string; resource?: string } {
    const skill = cleanSkill(skillText);
    if (skill === '') return { error: 'skill', skill };
    const resource = normalizeResource(resourceText);
    if (resource === undefined) return { error: 'resource', skill };
    return { error: undefined, skill, resource: resource || undefined };
  }

  /** Like `validate`, and also the date field as the browser holds it (an impossible date reads as an empty value). */
  private validateForm(skillText: string, resourceText: string, dateSelector: string) {
    const result = this.validate(skillText, resourceText);
    if (result.error) return result;
    const dateInput = this.renderRoot.querySelector<HTMLInputElement>(dateSelector);
    return dateFieldProblem(dateInput) ? { ...result, error: 'date' as const } : result;
  }

  private errorMessage(error: FieldError): string {
    if (error === 'skill') return this.localize.t('learningPlan.skillRequired');
    return error === 'date' ? this.localize.t('common.dateInvalid') : this.localize.t('learningPlan.resourceInvalid');
  }

  private onSkillInput(event: InputEvent): void {
    const before = matchSuggestions(this.skillDraft, this.usableSuggestions).length;
    this.skillDraft = (event.target as HTMLInputElement).value;
    if (this.addError === 'skill') this.addError = undefined;
    const after = matchSuggestions(this.skillDraft, this.usableSuggestions).length;
    if (before === 0 && after > 0) this.announce(this.localize.t('learningPlan.suggestionsAvailable'));
  }

  private onResourceInput(event: InputEvent): void {
    this.resourceDraft = (event.target as HTMLInputElement).value;
    if (this.addError === 'resource') this.addError = undefined;
  }

  private onDateInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.dateDraft = input.value;
    // The error goes once the field holds a real date or nothing; a half-typed date keeps it until then.
    if (this.addError === 'date' && !dateFieldProblem(input)) this.addError = undefined;
  }

  private onEditSkillInput(event: InputEvent): void {
    this.editSkill = (event.target as HTMLInputElement).value;
    if (this.editError === 'skill') this.editError = undefined;
  }

  private onEditResourceInput(event: InputEvent): void {
    this.editResource = (event.target as HTMLInputElement).value;
    if (this.editError === 'resource') this.editError = undefined;
  }

  private onEditDateInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.editDate = input.value;
    if (this.editError === 'date' && !dateFieldProblem(input)) this.editError = undefined;
  }

  private useSuggestion(suggestion: LearningSuggestion): void {
    this.resourceDraft = suggestion.url;
    if (this.addError === 'resource') this.addError = undefined;
    this.announce(this.localize.t('learningPlan.suggestionUsed', { title: suggestion.title }));
    void this.focusLater('#resource');
  }

  private onAdd(event: SubmitEvent): void {
    event.preventDefault();
    const { error, skill, resource } = this.validateForm(this.skillDraft, this.resourceDraft, '#date');
    this.addError = error;
    if (error) {
      this.announce(this.errorMessage(error));
      void this.focusLater(`#${error}`);
      return;
    }
    const goal: LearningGoal = { id: newGoalId(), skill, done: false };
    if (resource) goal.resource = resource;
    if (isIsoDate(this.dateDraft)) goal.targetDate = this.dateDraft;
    this.plan = [...this.plan, goal];
    this.skillDraft = '';
    this.resourceDraft = '';
    this.dateDraft = '';
    // Cleared by hand as well: `live('')` sees an empty value and would leave a half-typed date on screen.
    const dateInput = this.renderRoot.querySelector<HTMLInputElement>('#date');
    if (dateInput) dateInput.value = '';
    this.announce(this.localize.t('learningPlan.added', { skill }));
    this.commit();
    void this.focusLater('#skill');
  }

  private onToggle(goal: LearningGoal, event: Event): void {
    const done = (event.target as HTMLInputElement).checked;
    this.plan = this.plan.map((item) => (item.id === goal.id ? { ...item, done } : item));
    this.announce(
      this.localize.t('learningPlan.progressAnnounce', {
        done: this.localize.number(this.completedCount),
        total: this.localize.number(this.plan.length)
      })
    );
    this.commit();
  }

  private startEdit(goal: LearningGoal): void {
    this.editingId = goal.id;
    this.editSkill = goal.skill;
    this.editResource = goal.resource ?? '';
    this.editDate = goal.targetDate ?? '';
    this.editError = undefined;
    void this.focusLater('#edit-skill');
  }

  private endEdit(goal: LearningGoal): void {
    this.editingId = undefined;
    this.editError = undefined;
    const index = this.plan.findIndex((item) => item.id === goal.id);
    void (index >= 0 ? this.focusLater('[data-action="edit"]', index) : this.focusLater('#skill'));
  }

  private onSaveEdit(goal: LearningGoal, event: SubmitEvent): void {
    event.preventDefault();
    const { error, skill, resource } = this.validateForm(this.editSkill, this.editResource, '#edit-date');
    this.editError = error;
    if (error) {
      this.announce(this.errorMessage(error));
      void this.focusLater(`#edit-${error}`);
      return;
    }
    this.plan = this.plan.map((item) => {
      if (item.id !== goal.id) return item;
      const updated: LearningGoal = { id: item.id, skill, done: item.done };
      if (resource) updated.resource = resource;
      if (isIsoDate(this.editDate)) updated.targetDate = this.editDate;
      return updated;
    });
    this.announce(this.localize.t('learningPlan.updated', { skill }));
    this.commit();
    this.endEdit(goal);
  }

  private onEditKeydown(goal: LearningGoal, event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.endEdit(goal);
  }

  private removeGoal(goal: LearningGoal): void {
    const index = this.plan.findIndex((item) => item.id === goal.id);
    if (index < 0) return;
    this.plan = this.plan.filter((item) => item.id !== goal.id);
    if (this.editingId === goal.id) this.editingId = undefined;
    this.announce(this.localize.t('learningPlan.removed', { skill: goal.skill }));
    this.commit();
    // The next goal moves up into this place; with none after it, go back to the add field.
    void (index < this.plan.length ? this.focusLater('input[type="checkbox"]', index) : this.focusLater('#skill'));
  }

  private onExport(): void {
    const ok = downloadText('learning-plan.ics', this.toIcs(), 'text/calendar');
    this.announce(this.localize.t(ok ? 'learningPlan.exported' : 'learningPlan.exportFailed'));
  }

  private formatDate(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return this.localize.date(new Date(year, month - 1, day), { dateStyle: 'medium' });
  }

  private renderHeading() {
    const tag = headingTag(this.headingLevel);
    return staticHtml`<${tag} part="heading">${this.heading || this.localize.t('learningPlan.heading')}</${tag}>`;
  }

  private renderError(id: string, error: FieldError, field: Exclude<FieldError, undefined>) {
    return html`<p class="error" id=${id}>${error === field ? this.errorMessage(error) : nothing}</p>`;
  }

  private renderSuggestions() {
    const matches = matchSuggestions(this.skillDraft, this.usableSuggestions);
    if (matches.length === 0) return nothing;
    return html`<div class="suggestions">
      <p class="suggestions-label" id="suggestions-label">${this.localize.t('learningPlan.suggestionsLabel')}</p>
      <ul aria-labelledby="suggestions-label">
        ${matches.map(
          (suggestion) =>
            html`<li>
              <button type="button" class="suggestion" @click=${() => this.useSuggestion(suggestion)}>
                ${this.localize.t('learningPlan.suggestion', { title: suggestion.title })}
              </button>
            </li>`
        )}
      </ul>
    </div>`;
  }

  private renderForm() {
    const soft = this.plan.length >= SOFT_LIMIT;
    return html`<form part="form" novalidate @submit=${this.onAdd}>
      ${staticHtml`<${headingTag(this.headingLevel + 1)} class="form-heading">${this.localize.t('learningPlan.formHeading')}</${headingTag(this.headingLevel + 1)}>`}
      ${this.renderFields()}
      <div class="form-actions">
        <button type="submit" class="primary" aria-describedby=${soft ? 'soft-limit' : nothing}>
          ${this.localize.t('learningPlan.add')}
        </button>
      </div>
      <p class="note soft-limit" id="soft-limit">${soft ? this.localize.t('learningPlan.softLimit') : nothing}</p>
    </form>`;
  }

  private renderEditForm(goal: LearningGoal) {
    return html`<form class="edit" novalidate @submit=${(event: SubmitEvent) => this.onSaveEdit(goal, event)} @keydown=${(event: KeyboardEvent) => this.onEditKeydown(goal, event)}>
      <fieldset>
        <legend class="visually-hidden">${this.localize.t('learningPlan.editLabel', { skill: goal.skill })}</legend>
        ${this.renderFields(goal)}
        <div class="form-actions">
          <button type="submit" class="primary">${this.localize.t('learningPlan.save')}</button>
          <button type="button" class="quiet" @click=${() => this.endEdit(goal)}>${this.localize.t('learningPlan.cancel')}</button>
        </div>
      </fieldset>
    </form>`;
  }

  /**
   * The skill, resource and date fields: of the add form, or of the form that edits `goal` (ids start with `edit-`, and
   * each label also names the goal, so neither form's fields read alone as the other's).
   */
  private renderFields(goal?: LearningGoal) {
    const editing = goal !== undefined;
    const id = (field: FormField) => (editing ? `edit-${field}` : field);
    const error = editing ? this.editError : this.addError;
    const invalid = (field: FormField) => (error === field ? 'true' : 'false');
    const label = (field: FormField, key: TermKey) =>
      html`<label for=${id(field)}
        >${this.localize.t(key)}${editing
          ? html`<span class="visually-hidden"> ${this.localize.t('learningPlan.editContext', { skill: goal.skill })}</span>`
          : nothing}</label
      >`;
    const onDate = editing ? this.onEditDateInput : this.onDateInput;
    return html`<div class="field">
        ${label('skill', 'learningPlan.skillLabel')}
        ${editing ? nothing : html`<p class="hint" id="skill-hint">${this.localize.t('learningPlan.skillHint')}</p>`}
        ${this.renderError(`${id('skill')}-error`, error, 'skill')}
        <input
          id=${id('skill')}
          type="text"
          autocomplete="off"
          maxlength=${MAX_SKILL_LENGTH}
          aria-required="true"
          aria-describedby=${editing ? 'edit-skill-error' : 'skill-hint skill-error'}
          aria-invalid=${invalid('skill')}
          .value=${live(editing ? this.editSkill : this.skillDraft)}
          @input=${editing ? this.onEditSkillInput : this.onSkillInput}
        />
        ${editing ? nothing : this.renderSuggestions()}
      </div>
      <div class="field">
        ${label('resource', 'learningPlan.resourceLabel')}
        ${this.renderError(`${id('resource')}-error`, error, 'resource')}
        <input
          id=${id('resource')}
          type="text"
          inputmode="url"
          autocomplete="url"
          spellcheck="false"
          maxlength=${MAX_URL_LENGTH}
          aria-describedby=${`${id('resource')}-error`}
          aria-invalid=${invalid('resource')}
          .value=${live(editing ? this.editResource : this.resourceDraft)}
          @input=${editing ? this.onEditResourceInput : this.onResourceInput}
        />
      </div>
      <div class="field">
        ${label('date', 'learningPlan.dateLabel')}
        ${this.renderError(`${id('date')}-error`, error, 'date')}
        <input
          id=${id('date')}
          type="date"
          min=${MIN_CALENDAR_DATE}
          max=${MAX_CALENDAR_DATE}
          aria-describedby=${`${id('date')}-error`}
          aria-invalid=${invalid('date')}
          .value=${live(editing ? this.editDate : this.dateDraft)}
          @input=${onDate}
          @change=${onDate}
          @blur=${onDate}
        />
      </div>`;
  }

  private renderGoalView(goal: LearningGoal) {
    const resource = safeUrl(goal.resource);
    const hasMeta = resource !== undefined || goal.targetDate !== undefined;
    return html`<div class="goal-main">
        <label class="check">
          <input type="checkbox" .checked=${liveChecked(goal.done)} @change=${(event: Event) => this.onToggle(goal, event)} />
          <span class="skill">${goal.skill}</span>
        </label>
        ${hasMeta
          ? html`<p class="meta">
              ${goal.targetDate ? html`<span class="date">${this.localize.t('learningPlan.due', { date: this.formatDate(goal.targetDate) })}</span>` : nothing}
              ${resource !== undefined
                ? html`<a class="resource" href=${resource} target="_blank" rel="noopener noreferrer"
                    >${this.localize.t('learningPlan.resourceLink', { site: siteOf(resource) })}<span class="visually-hidden">
                      ${this.localize.t('learningPlan.newTab')}</span
                    ></a
                  >`
                : nothing}
            </p>`
          : nothing}
      </div>
      <div class="goal-actions">
        <button
          type="button"
          class="quiet"
          data-action="edit"
          aria-label=${this.localize.t('learningPlan.editLabel', { skill: goal.skill })}
          @click=${() => this.startEdit(goal)}
        >
          ${this.localize.t('learningPlan.edit')}
        </button>
        <button
          type="button"
          class="quiet"
          data-action="remove"
          aria-label=${this.localize.t('learningPlan.removeLabel', { skill: goal.skill })}
          @click=${() => this.removeGoal(goal)}
        >
          ${this.localize.t('learningPlan.remove')}
        </button>
      </div>`;
  }

  protected override render() {
    const total = this.plan.length;
    const done = this.completedCount;
    const canExport = this.plan.some((goal) => !goal.done && goal.targetDate !== undefined);
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${this.renderHeading()}
      <p class="intro">${this.localize.t('learningPlan.intro')}</p>
      <p part="empty" ?hidden=${total > 0}>${this.localize.t('learningPlan.empty')}</p>
      <p class="progress" ?hidden=${total === 0}>
        ${this.localize.t('learningPlan.progress', { done: this.localize.number(done), total: this.localize.number(total) })}
      </p>
      <ul part="list" aria-label=${this.localize.t('learningPlan.listLabel')} ?hidden=${total === 0}>
        ${repeat(
          this.plan,
          (goal) => goal.id,
          (goal) =>
            html`<li part="goal" class=${goal.done ? 'goal done' : 'goal'}>
              ${this.editingId === goal.id ? this.renderEditForm(goal) : this.renderGoalView(goal)}
            </li>`
        )}
      </ul>
      <div part="actions" ?hidden=${!canExport}>
        <button type="button" class="secondary" @click=${this.onExport}>${this.localize.t('learningPlan.exportIcs')}</button>
      </div>
      ${this.renderForm()}
      <p class="note" role="status">${this.storageNote()}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
