import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { buildIcs } from '../../core/ics.js';
import { dateFieldProblem } from '../../internal/date-field.js';
import { downloadText } from '../../internal/download.js';
import { safeUrl } from '../../internal/links.js';
import { heading } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { liveChecked } from '../../internal/ssr.js';
import { checkInteger, jsonAttribute, parseJsonAttribute, warnOnce } from '../../internal/validate.js';
import {
  EMPTY_DRAFT,
  isIsoDate,
  matchSuggestions,
  newGoalId,
  readPlan,
  readSuggestions,
  siteOf,
  validateGoal,
  type FormField,
  type GoalDraft,
  type PlanState
} from './learning-plan.data.js';
import { boxStyles } from '../../styles/box.styles.js';
import { fieldErrorMessage, renderGoalForm } from './learning-plan.form.js';
import { learningPlanStyles } from './learning-plan.styles.js';
import type { LearningGoal, LearningSuggestion } from './learning-plan.types.js';

/** The plan suggests, and never enforces, this many goals at a time. */
const SOFT_LIMIT = 3;

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
      if (this.editingId !== undefined && !this.plan.some((goal) => goal.id === this.editingId))
        this.editingId = undefined;
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
  /** The add form's fields as typed. */
  @state() private addDraft: GoalDraft = EMPTY_DRAFT;
  @state() private editingId?: string;
  /** The fields of the form that edits the goal `editingId`. */
  @state() private editDraft: GoalDraft = EMPTY_DRAFT;
  @state() private usableSuggestions: LearningSuggestion[] = [];

  /** A copy of the current goals. The host page may read them (for example to save them to an account). */
  get goals(): LearningGoal[] {
    return this.plan.map((goal) => ({ ...goal }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel'))
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
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

  /** Checks a form's fields, the date as the browser holds it included (an impossible date reads as an empty value). */
  private validateForm(draft: GoalDraft, dateSelector: string) {
    const result = validateGoal(draft.skill, draft.resource);
    if (result.error) return result;
    const dateInput = this.renderRoot.querySelector<HTMLInputElement>(dateSelector);
    return dateFieldProblem(dateInput) ? { ...result, error: 'date' as const } : result;
  }

  /** Typing in a field of the add form or of the edit form: keeps the text, and clears that field's error. */
  private onFieldInput(editing: boolean, field: FormField, event: Event): void {
    const input = event.target as HTMLInputElement;
    const draft = editing ? this.editDraft : this.addDraft;
    // A half-typed date keeps its error until the field holds a real date or nothing.
    const fixed = draft.error === field && !(field === 'date' && dateFieldProblem(input));
    const next: GoalDraft = { ...draft, [field]: input.value, error: fixed ? undefined : draft.error };
    if (editing) {
      this.editDraft = next;
      return;
    }
    const before = matchSuggestions(draft.skill, this.usableSuggestions).length;
    this.addDraft = next;
    const after = matchSuggestions(next.skill, this.usableSuggestions).length;
    if (field === 'skill' && before === 0 && after > 0)
      this.announce(this.localize.t('learningPlan.suggestionsAvailable'));
  }

  private useSuggestion(suggestion: LearningSuggestion): void {
    const error = this.addDraft.error === 'resource' ? undefined : this.addDraft.error;
    this.addDraft = { ...this.addDraft, resource: suggestion.url, error };
    this.announce(this.localize.t('learningPlan.suggestionUsed', { title: suggestion.title }));
    void this.focusLater('#resource');
  }

  private onAdd(event: SubmitEvent): void {
    event.preventDefault();
    const { error, skill, resource } = this.validateForm(this.addDraft, '#date');
    if (error) {
      this.addDraft = { ...this.addDraft, error };
      this.announce(fieldErrorMessage(this.localize, error));
      void this.focusLater(`#${error}`);
      return;
    }
    const goal: LearningGoal = { id: newGoalId(), skill, done: false };
    if (resource) goal.resource = resource;
    if (isIsoDate(this.addDraft.date)) goal.targetDate = this.addDraft.date;
    this.plan = [...this.plan, goal];
    this.addDraft = EMPTY_DRAFT;
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
    this.editDraft = {
      skill: goal.skill,
      resource: goal.resource ?? '',
      date: goal.targetDate ?? '',
      error: undefined
    };
    void this.focusLater('#edit-skill');
  }

  private endEdit(goal: LearningGoal): void {
    this.editingId = undefined;
    this.editDraft = { ...this.editDraft, error: undefined };
    const index = this.plan.findIndex((item) => item.id === goal.id);
    void (index >= 0 ? this.focusLater('[data-action="edit"]', index) : this.focusLater('#skill'));
  }

  private onSaveEdit(goal: LearningGoal, event: SubmitEvent): void {
    event.preventDefault();
    const { error, skill, resource } = this.validateForm(this.editDraft, '#edit-date');
    this.editDraft = { ...this.editDraft, error };
    if (error) {
      this.announce(fieldErrorMessage(this.localize, error));
      void this.focusLater(`#edit-${error}`);
      return;
    }
    this.plan = this.plan.map((item) => {
      if (item.id !== goal.id) return item;
      const updated: LearningGoal = { id: item.id, skill, done: item.done };
      if (resource) updated.resource = resource;
      if (isIsoDate(this.editDraft.date)) updated.targetDate = this.editDraft.date;
      return updated;
    });
    this.announce(this.localize.t('learningPlan.updated', { skill }));
    this.commit();
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
    return heading(this.headingLevel, this.heading || this.localize.t('learningPlan.heading'), { part: 'heading' });
  }

  /** The add form, or with `goal` the form that edits it. */
  private renderForm(goal?: LearningGoal) {
    const draft = goal ? this.editDraft : this.addDraft;
    return renderGoalForm({
      localize: this.localize,
      headingLevel: this.headingLevel,
      goal,
      draft,
      matches: goal ? [] : matchSuggestions(draft.skill, this.usableSuggestions),
      soft: this.plan.length >= SOFT_LIMIT,
      onInput: (field, event) => this.onFieldInput(goal !== undefined, field, event),
      onSubmit: (event) => (goal ? this.onSaveEdit(goal, event) : this.onAdd(event)),
      onCancel: () => goal && this.endEdit(goal),
      onSuggestion: (suggestion) => this.useSuggestion(suggestion)
    });
  }

  private renderGoalView(goal: LearningGoal) {
    const resource = safeUrl(goal.resource);
    const hasMeta = resource !== undefined || goal.targetDate !== undefined;
    return html`<div class="goal-main">
        <label class="check">
          <input type="checkbox" .checked=${liveChecked(goal.done)} @change=${(event: Event) => this.onToggle(goal, event)} />
          <span class="skill">${goal.skill}</span>
        </label>
        ${
          hasMeta
            ? html`<p class="meta">
              ${goal.targetDate ? html`<span class="date">${this.localize.t('learningPlan.due', { date: this.formatDate(goal.targetDate) })}</span>` : nothing}
              ${
                resource !== undefined
                  ? html`<a class="resource" href=${resource} target="_blank" rel="noopener noreferrer"
                    >${this.localize.t('learningPlan.resourceLink', { site: siteOf(resource) })}<span class="visually-hidden">
                      ${this.localize.t('learningPlan.newTab')}</span
                    ></a
                  >`
                  : nothing
              }
            </p>`
            : nothing
        }
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
              ${this.editingId === goal.id ? this.renderForm(goal) : this.renderGoalView(goal)}
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
