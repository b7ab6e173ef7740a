import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../internal/heading.js';
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
  return heading(level, text, { part, id });
}

/**
 * One item row. `key` makes its description and timing ids unique; `due` is its suggested timing, shown only until the
 * item is done.
 */
export function renderItem(
  item: ViewItem,
  key: string,
  checked: boolean,
  due: string | undefined,
  onToggle: (event: Event) => void
) {
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
