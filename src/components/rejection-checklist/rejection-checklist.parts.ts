import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../internal/heading.js';
import type { OnwardLocalize } from '../../internal/localize.js';
import { liveChecked } from '../../internal/ssr.js';
import { celebrationArt } from './celebration.js';

/** An item ready to show: built-in text already localized. */
export interface ViewItem {
  id: string;
  label: string;
  description?: string;
  group?: string;
  dueInDays?: number;
}

/** The checklist's heading, or a group's: a `div` with the heading role below `h6`, which has no tag of its own. */
export function renderHeading(level: number, id: string, part: string, text: string) {
  if (level > 6) return html`<div part=${part} id=${id} role="heading" aria-level=${level}>${text}</div>`;
  const tag = headingTag(level);
  return staticHtml`<${tag} part=${part} id=${id}>${text}</${tag}>`;
}

/**
 * One item row. `key` makes its description and timing ids unique; `due` is its suggested timing, shown only until the
 * item is done.
 */
export function renderItem(item: ViewItem, key: string, checked: boolean, due: string | undefined, onToggle: (event: Event) => void) {
  const showDue = due !== undefined && !checked;
  const describedBy = [item.description ? `desc-${key}` : '', showDue ? `due-${key}` : ''].filter(Boolean).join(' ');
  return html`<li part="item" ?data-checked=${checked}>
    <label part="label">
      <input
        part="checkbox"
        type="checkbox"
        .checked=${liveChecked(checked)}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @change=${onToggle}
      /><span part="item-label">${item.label}</span>
    </label>
    ${item.description ? html`<p part="description" id="desc-${key}">${item.description}</p>` : nothing}
    ${showDue ? html`<p part="due" id="due-${key}">${due}</p>` : nothing}
  </li>`;
}

/** The completion card, hidden until every item is done. */
export function renderCelebration(localize: OnwardLocalize, allDone: boolean, total: number) {
  return html`<div part="celebration" ?hidden=${!allDone}>
    <svg viewBox="0 0 48 48" aria-hidden="true">${celebrationArt}</svg>
    <p>${localize.t('checklist.allDone', { total: localize.number(total) })}</p>
  </div>`;
}

/** What the row of buttons and the "Start over" question show, and where they report. */
export interface ActionsView {
  localize: OnwardLocalize;
  /** How many items are ticked: "Start over" needs one. */
  completed: number;
  /** An unticked item has a suggested timing: "Add reminders" shows. */
  hasReminders: boolean;
  /** The "Start over" question is open. */
  confirming: boolean;
  onCopy: () => void;
  onReminders: () => void;
  onReset: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Copy as text", "Add reminders" and "Start over", then the question that asks before clearing every tick. */
export function renderActions(view: ActionsView) {
  const { localize, confirming } = view;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    view.onCancel();
  };
  return html`<div part="actions">
      <button part="copy" type="button" @click=${view.onCopy}>${localize.t('checklist.copyText')}</button>
      ${view.hasReminders
        ? html`<button part="reminders" type="button" @click=${view.onReminders}>${localize.t('checklist.reminders')}</button>`
        : nothing}
      <button
        part="reset"
        type="button"
        aria-expanded=${confirming ? 'true' : 'false'}
        aria-controls="confirm"
        ?disabled=${view.completed === 0 && !confirming}
        @click=${view.onReset}
      >
        ${localize.t('checklist.reset')}
      </button>
    </div>
    <div part="confirm" id="confirm" role="group" aria-labelledby="confirm-question" ?hidden=${!confirming} @keydown=${onKeydown}>
      <p id="confirm-question">${localize.t('checklist.resetQuestion')}</p>
      <div class="confirm-buttons">
        <button part="confirm-button" class="primary" type="button" @click=${view.onConfirm}>${localize.t('checklist.resetConfirm')}</button>
        <button part="cancel-button" type="button" @click=${view.onCancel}>${localize.t('checklist.resetCancel')}</button>
      </div>
    </div>`;
}
