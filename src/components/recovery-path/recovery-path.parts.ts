import { html, nothing, type TemplateResult } from 'lit';
import type { OnwardLocalize } from '../../internal/localize.js';
import type { TermKey } from '../../locales/en.js';
import { celebrationArt } from '../rejection-checklist/celebration.js';
import { suggestedTiming, weekItemsFor } from '../rejection-checklist/rejection-checklist.data.js';
import type { PathStep } from './recovery-path.types.js';

/** The checklist's small actions for this step's week, without the one its tool already does. Not counted. */
export function renderWeek(localize: OnwardLocalize, step: PathStep): TemplateResult | typeof nothing {
  const items = weekItemsFor(step);
  if (items.length === 0) return nothing;
  return html`<div part="week" class="week">
    <p class="week-heading" id=${`week-${step}`}>${localize.t('recoveryPath.weekHeading')}</p>
    <ul aria-labelledby=${`week-${step}`}>
      ${items.map((item) => {
        const timing = item.dueInDays !== undefined ? suggestedTiming(item.dueInDays) : undefined;
        return html`<li>
          <span class="week-label">${localize.t(item.label)}</span>
          ${item.description ? html`<span class="week-detail">${localize.t(item.description)}</span>` : nothing}
          ${
            timing
              ? html`<span class="week-when">${localize.t(timing.key, { day: localize.number(timing.day) })}</span>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The completion card: what they did, and what to keep (nothing is kept with `persist="none"`). */
export function renderCelebration(localize: OnwardLocalize, steps: PathStep[], kept: boolean): TemplateResult {
  return html`<div part="celebration" role="group" aria-labelledby="finish-title">
    <svg viewBox="0 0 48 48" aria-hidden="true">${celebrationArt}</svg>
    <div class="celebration-text">
      <p class="celebration-title" id="finish-title">${localize.t('recoveryPath.allDone')}</p>
      <p>${localize.t('recoveryPath.finishDid')}</p>
      <ul>
        ${steps.map((step) => html`<li>${localize.t(`recoveryPath.did.${step}` as TermKey)}</li>`)}
      </ul>
      <p>${localize.t(kept ? 'recoveryPath.finishKeep' : 'recoveryPath.finishKeepNone')}</p>
    </div>
  </div>`;
}
