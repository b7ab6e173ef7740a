import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  groupChecklistItems,
  readChecklistState,
  validateChecklistItems,
  type ChecklistItem,
  type ChecklistState
} from '../../core/checklist.js';
import { buildIcs, localDatePlus, type CalendarEvent } from '../../core/ics.js';
import { copyText, selectContents } from '../../internal/clipboard.js';
import { downloadText } from '../../internal/download.js';
import { freshText } from '../../internal/onward-element.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { checkInteger, jsonAttribute, parseJsonAttribute, warnOnce } from '../../internal/validate.js';
import type { TermKey } from '../../locales/en.js';
import { boxStyles } from '../../styles/box.styles.js';
import { celebrationStyles, revealCelebration } from './celebration.js';
import { renderCelebration, renderHeading, renderItem, type ViewItem } from './rejection-checklist.parts.js';
import { rejectionChecklistStyles } from './rejection-checklist.styles.js';
import {
  CHECKLIST_BUILT_IN_ITEMS,
  CHECKLIST_GROUPS,
  PRACTISE_MINUTES,
  suggestedTiming
} from './rejection-checklist.data.js';

/**
 * A checklist for the week after a "no": about a dozen small, concrete actions grouped under the five steps
 * (interview, feedback, search, learn, believe), with progress, a plain-text copy, calendar reminders and a gentle
 * "Start over". Progress is kept on the device (`persist`), and nothing ticked in this visit is lost when storage fails.
 *
 * Headings: the element's heading is an `h2` by default (`heading-level`, 2–6); group headings are one level deeper.
 * Stored progress only keeps ids of items the checklist currently has; ids that no longer exist are dropped at the next
 * save. `reset()` and `forget()` called by host code fire no event; the user's own "Start over" fires one
 * `onward-checklist-change` with `itemId: null`.
 *
 * @tagname onward-rejection-checklist
 * @summary A checklist for the week after a rejection, grouped by the five steps, with progress that is kept safely.
 *
 * @csspart base - The element's container.
 * @csspart heading - The element's heading (`h2`–`h6`, from `heading-level`).
 * @csspart progress - The row with the "N of M done" text and the progress bar.
 * @csspart progress-text - The "N of M done" text.
 * @csspart progress-bar - The native `<progress>` bar.
 * @csspart note - The calm note shown when progress cannot be saved on this device (a status region).
 * @csspart group - One group: its heading and its list.
 * @csspart group-heading - A group heading (one level below `heading-level`).
 * @csspart list - The list of items in a group.
 * @csspart item - One item row.
 * @csspart label - The clickable label that holds the checkbox and the item text.
 * @csspart checkbox - The native checkbox.
 * @csspart item-label - The item's text.
 * @csspart description - An item's short description.
 * @csspart due - An item's suggested timing, as a gentle suggestion ("Around day 7").
 * @csspart celebration - The message shown when every item is done: right after the group where the last tick was
 * made, brought into view (focus stays on the checkbox), the same completion card as `<onward-recovery-path>`'s.
 * @csspart actions - The row of buttons.
 * @csspart copy - The "Copy as text" button.
 * @csspart reminders - The "Add reminders" button (only when an unticked item has a suggested timing).
 * @csspart reset - The "Start over" button.
 * @csspart confirm - The inline question that asks before clearing every tick.
 * @csspart confirm-button - "Yes, start over".
 * @csspart cancel-button - "Keep my ticks".
 * @csspart message - Result of the last action ("Copied.", calendar file ready), a status region.
 *
 * @cssprop [--onward-rejection-checklist-padding=1.25 × --onward-space] - Inner padding.
 * @cssprop [--onward-rejection-checklist-background=--onward-color-surface] - Background.
 * @cssprop [--onward-rejection-checklist-shadow=a soft two-layer shadow] - Shadow around the checklist.
 * @cssprop [--onward-rejection-checklist-row-height=2.75rem] - Minimum height of an item row (its touch target).
 * @cssprop [--onward-rejection-checklist-checkbox-size=1.5rem] - Size of each checkbox.
 * @cssprop [--onward-rejection-checklist-progress-color=--onward-color-success] - Filled part of the progress bar.
 * @cssprop [--onward-rejection-checklist-heading-size=1.25rem] - Font size of the element's heading.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} onward-checklist-change - When the user ticks or unticks an item, or clears them all with "Start over" (then `itemId` is `null`).
 * @fires {CustomEvent<ChecklistCompleteDetail>} onward-checklist-complete - When the user ticks the last unticked item.
 */
export class OnwardRejectionChecklist extends PersistingElement {
  static override styles = [...PersistingElement.styles, boxStyles, rejectionChecklistStyles, celebrationStyles];
  static override shadowRootOptions = { ...PersistingElement.shadowRootOptions, delegatesFocus: true };

  private readonly persistence = this.createStore<ChecklistState>({
    element: 'rejection-checklist',
    read: readChecklistState,
    apply: (data) => {
      this.checkedIds = new Set(data.checked);
    }
  });

  /**
   * Items that replace the built-in ones: `{ id, label, description?, group?, dueInDays? }[]`, as a JSON attribute or
   * the property. Items with a missing or duplicate id are skipped with a warning; bad JSON, a wrong shape or no usable
   * item means the built-in items, with one warning. Items without a `group` are listed first, with no heading.
   */
  @property({ converter: jsonAttribute }) items?: ChecklistItem[];

  /** The heading text. Defaults to "What to do this week" in the element's language. */
  @property() heading?: string;

  /** Level of the element's heading, 2 to 6 (default 2). Group headings are one level deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private checkedIds: ReadonlySet<string> = new Set();
  @state() private customItems?: ChecklistItem[];
  @state() private confirming = false;
  @state() private message = '';
  @state() private copyFallback?: string;
  /** The group whose item was the last one ticked, so the completion card shows where the candidate is. */
  @state() private finishedGroup?: string;

  @query('[part~="reset"]') private resetButton?: HTMLButtonElement;
  @query('[part~="cancel-button"]') private cancelButton?: HTMLButtonElement;
  @query('[part~="checkbox"]') private firstCheckbox?: HTMLInputElement;
  @query('.copy-fallback') private fallbackField?: HTMLTextAreaElement;

  /** The ids of the ticked items, in list order. Read-only: the user ticks, the host can `reset()`. */
  get checked(): readonly string[] {
    return this.itemIds().filter((id) => this.checkedIds.has(id));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) {
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 2);
    }
    if (changed.has('items')) {
      const { items, problems } = validateChecklistItems(
        parseJsonAttribute(this, 'items', this.items, 'the built-in items')
      );
      this.customItems = items;
      if (problems.length > 0) {
        const shown =
          problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
        const outcome = items ? 'showing the other items' : 'using the built-in items';
        warnOnce(this, `items:${shown}`, `<${this.localName}> items: ${shown}; ${outcome}.`);
      }
    }
  }

  /** Clears every tick (no confirmation, no event): for host code, such as a "start again" link of its own. */
  reset(): void {
    this.clearAll();
  }

  /** The checklist as plain text: the heading, the progress, then each group with ☑ (done) or ☐ (not yet) per item. */
  toText(): string {
    const { completed, total } = this.counts();
    const lines = [this.headingText(), this.progressText(completed, total)];
    for (const group of groupChecklistItems(this.viewItems())) {
      lines.push('');
      if (group.key) lines.push(this.groupHeading(group.key));
      for (const item of group.items) lines.push(`${this.checkedIds.has(item.id) ? '☑' : '☐'} ${item.label}`);
    }
    return lines.join('\n');
  }

  private itemIds(): string[] {
    return (this.customItems ?? CHECKLIST_BUILT_IN_ITEMS).map((item) => item.id);
  }

  private viewItems(): ViewItem[] {
    if (this.customItems) return this.customItems;
    return CHECKLIST_BUILT_IN_ITEMS.map((item) => ({
      id: item.id,
      group: item.group,
      label: this.localize.t(item.label, { minutes: this.localize.number(PRACTISE_MINUTES) }),
      description: item.description ? this.localize.t(item.description) : undefined,
      dueInDays: item.dueInDays
    }));
  }

  /** The heading of a group: a step's localized name, or the host's text as written ('' for items without a group). */
  private groupHeading(group: string): string {
    if (group === '') return '';
    return (CHECKLIST_GROUPS as readonly string[]).includes(group)
      ? this.localize.t(`checklist.group.${group}` as TermKey)
      : group;
  }

  private counts(): { completed: number; total: number } {
    const ids = this.itemIds();
    return { completed: ids.filter((id) => this.checkedIds.has(id)).length, total: ids.length };
  }

  private headingText(): string {
    return this.heading?.trim() ? this.heading : this.localize.t('checklist.heading');
  }

  private progressText(completed: number, total: number): string {
    return this.localize.t('checklist.progress', {
      completed: this.localize.number(completed),
      total: this.localize.number(total)
    });
  }

  /** A gentle suggestion, not a deadline: "Around day 7", counted from today (0 is "Today, if you can"). */
  private dueText(days: number): string {
    const { key, day } = suggestedTiming(days);
    return this.localize.t(key, { day: this.localize.number(day) });
  }

  private save(): void {
    this.persistence.save({ checked: [...this.checked] });
  }

  private clearAll(): void {
    this.checkedIds = new Set();
    this.save();
    const { completed, total } = this.counts();
    this.announce(
      this.localize.t('checklist.announceCleared', {
        completed: this.localize.number(completed),
        total: this.localize.number(total)
      })
    );
  }

  private onToggle(item: ViewItem, event: Event): void {
    const isChecked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.checkedIds);
    if (isChecked) next.add(item.id);
    else next.delete(item.id);
    this.checkedIds = next;
    this.message = '';
    this.save();

    const { completed, total } = this.counts();
    const values = {
      label: item.label,
      completed: this.localize.number(completed),
      total: this.localize.number(total)
    };
    const done = isChecked && completed === total;
    this.announce(
      [
        this.localize.t(isChecked ? 'checklist.announceDone' : 'checklist.announceUndone', values),
        done ? this.localize.t('checklist.allDone', { total: values.total }) : ''
      ]
        .join(' ')
        .trim()
    );
    this.emit('onward-checklist-change', { itemId: item.id, checked: isChecked, completed, total });
    if (done) {
      this.finishedGroup = item.group ?? '';
      this.emit('onward-checklist-complete', { total });
      void this.updateComplete.then(() => revealCelebration(this.renderRoot.querySelector('[part~="celebration"]')));
    }
  }

  private async onResetClick(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.cancelButton?.focus();
  }

  private async onConfirmReset(): Promise<void> {
    this.confirming = false;
    this.message = '';
    this.clearAll();
    const { total } = this.counts();
    this.emit('onward-checklist-change', { itemId: null, checked: false, completed: 0, total });
    await this.updateComplete;
    this.firstCheckbox?.focus();
  }

  private async onCancelReset(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.resetButton?.focus();
  }

  private onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      void this.onCancelReset();
    }
  }

  private onCopy(): void {
    const text = this.toText();
    // Called straight from the click, so the browser still sees the user's gesture.
    void copyText(text).then(async (copied) => {
      if (copied) {
        this.copyFallback = undefined;
        this.showMessage(this.localize.t('common.copied'));
        return;
      }
      this.copyFallback = text;
      this.showMessage(this.localize.t('common.copyFailed'));
      await this.updateComplete;
      if (this.fallbackField) selectContents(this.fallbackField);
    });
  }

  /** Sets the visible status line; the same words a second time still change its text, so they are read again. */
  private showMessage(text: string): void {
    this.message = freshText(text, this.message);
  }

  private reminderEvents(today: Date): CalendarEvent[] {
    return this.viewItems()
      .filter((item) => item.dueInDays !== undefined && !this.checkedIds.has(item.id))
      .map((item) => ({
        uid: `rejection-checklist-${item.id}`,
        date: localDatePlus(today, item.dueInDays!),
        summary: item.label,
        description: item.description ?? this.localize.t('checklist.reminderDescription')
      }));
  }

  private onReminders(): void {
    const now = new Date();
    const saved = downloadText(
      this.localize.t('checklist.reminderFile'),
      buildIcs(this.reminderEvents(now), { now }),
      'text/calendar'
    );
    this.showMessage(this.localize.t(saved ? 'checklist.remindersReady' : 'checklist.remindersFailed'));
  }

  private renderGroups(allDone: boolean, total: number) {
    const level = this.headingLevel + 1;
    const groups = groupChecklistItems(this.viewItems());
    // Where the last tick was made; after the last group when the list was already done (restored, or "Start over").
    const finishedIn =
      allDone && groups.some((group) => group.key === this.finishedGroup) ? this.finishedGroup : undefined;
    return html`${groups.map(
      (group, groupIndex) => html`<div part="group">
            ${group.key ? renderHeading(level, `group-${groupIndex}`, 'group-heading', this.groupHeading(group.key)) : nothing}
            <ul part="list" role="list">
              ${group.items.map((item, index) =>
                renderItem(
                  item,
                  `${groupIndex}-${index}`,
                  this.checkedIds.has(item.id),
                  item.dueInDays === undefined ? undefined : this.dueText(item.dueInDays),
                  (event) => this.onToggle(item, event)
                )
              )}
            </ul>
          </div>
          ${finishedIn === group.key ? renderCelebration(this.localize, allDone, total) : nothing}`
    )}${finishedIn === undefined ? renderCelebration(this.localize, allDone, total) : nothing}`;
  }

  private renderActions(completed: number) {
    const hasReminders = this.viewItems().some((item) => item.dueInDays !== undefined && !this.checkedIds.has(item.id));
    return html`<div part="actions">
        <button part="copy" type="button" @click=${this.onCopy}>${this.localize.t('checklist.copyText')}</button>
        ${
          hasReminders
            ? html`<button part="reminders" type="button" @click=${this.onReminders}>${this.localize.t('checklist.reminders')}</button>`
            : nothing
        }
        <button
          part="reset"
          type="button"
          aria-expanded=${this.confirming ? 'true' : 'false'}
          aria-controls="confirm"
          ?disabled=${completed === 0 && !this.confirming}
          @click=${this.onResetClick}
        >
          ${this.localize.t('checklist.reset')}
        </button>
      </div>
      <div part="confirm" id="confirm" role="group" aria-labelledby="confirm-question" ?hidden=${!this.confirming} @keydown=${this.onConfirmKeydown}>
        <p id="confirm-question">${this.localize.t('checklist.resetQuestion')}</p>
        <div class="confirm-buttons">
          <button part="confirm-button" class="primary" type="button" @click=${this.onConfirmReset}>${this.localize.t('checklist.resetConfirm')}</button>
          <button part="cancel-button" type="button" @click=${this.onCancelReset}>${this.localize.t('checklist.resetCancel')}</button>
        </div>
      </div>`;
  }

  protected override render() {
    const { completed, total } = this.counts();
    const allDone = total > 0 && completed === total;
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${renderHeading(this.headingLevel, 'heading', 'heading', this.headingText())}
      <div part="progress">
        <span part="progress-text" id="progress-text" aria-hidden="true">${this.progressText(completed, total)}</span>
        <progress part="progress-bar" max=${total} .value=${completed} aria-labelledby="progress-text"></progress>
      </div>
      <p part="note" role="status">${this.storageNote()}</p>
      ${this.renderGroups(allDone, total)}
      ${this.renderActions(completed)}
      <p part="message" role="status">${this.message}</p>
      ${
        this.copyFallback !== undefined
          ? html`<textarea class="copy-fallback" readonly rows="6" aria-label=${this.localize.t('checklist.copyFallbackLabel')} .value=${this.copyFallback}></textarea>`
          : nothing
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}
