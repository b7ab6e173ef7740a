import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../internal/heading.js';
import { OnwardElement } from '../../internal/onward-element.js';
import { safeUrlOrWarn } from '../../internal/links.js';
import { checkEnum, checkInteger } from '../../internal/validate.js';
import type { TermKey } from '../../locales/en.js';
import { boxStyles } from '../../styles/box.styles.js';
import { stepCardStyles } from './step-card.styles.js';
import { stepIcons } from './step-icons.js';
import {
  STEP_PRESETS,
  STEP_STATUSES,
  STEP_VARIANTS,
  type StepPreset,
  type StepStatus,
  type StepVariant
} from './step-card.types.js';

const checkMark = svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`;

/**
 * One step of the way back after a rejection: a number badge, an icon, a heading, a short body, an optional call to
 * action and an optional "Mark as done" toggle.
 *
 * A checkable card that is done says so where the candidate is: the toggle reads "Done ✓", and the card settles into a
 * compact state (its body is folded away) until it is unticked, or `open` is set to show it in full again.
 *
 * @tagname onward-step-card
 * @summary One step of the way back: icon, heading, body, call to action and a done toggle.
 *
 * @slot - The body. Replaces the preset's body text.
 * @slot heading - The heading content. Replaces the `heading` attribute and the preset's heading.
 * @slot icon - A custom icon. Replaces the preset's icon.
 * @slot actions - Extra actions, shown after the call-to-action link and before the toggle.
 * @slot panel - Content that opens under the actions and before the toggle, on the card's own surface (the path puts a
 * step's tool here, so Tab goes from the button that opens it straight into the tool).
 *
 * @csspart base - The card's container.
 * @csspart badge - The "Step N" badge inside the heading.
 * @csspart icon - The round icon holder.
 * @csspart heading - The heading element (`h2`–`h6`, from `heading-level`).
 * @csspart body - The body text.
 * @csspart actions - The row that holds the call to action, the toggle and slotted actions.
 * @csspart toggle - The "Mark as done" toggle button ("Done ✓" while done).
 *
 * @cssprop [--onward-step-card-padding=1.25 × --onward-space] - Inner padding of the card.
 * @cssprop [--onward-step-card-gap=0.75 × --onward-space] - Space between the icon and the text.
 * @cssprop [--onward-step-card-background=--onward-color-surface] - Card background.
 * @cssprop [--onward-step-card-shadow=a soft two-layer shadow] - Card shadow (the outlined variant has none).
 * @cssprop [--onward-step-card-icon-size=2.5rem] - Size of the round icon holder.
 * @cssprop [--onward-step-card-heading-size=1.125rem] - Font size of the heading.
 *
 * @fires {CustomEvent<StepChangeDetail>} onward-step-change - When the user marks the step done or not done.
 */
export class OnwardStepCard extends OnwardElement {
  static override styles = [...OnwardElement.styles, boxStyles, stepCardStyles];
  static override shadowRootOptions = { ...OnwardElement.shadowRootOptions, delegatesFocus: true };

  /** Fills the icon, heading, body and action label from the built-in copy for one of the five steps. */
  @property({ reflect: true }) preset?: StepPreset;

  /** Step number, shown as a "Step N" badge. No badge when unset. */
  @property({ type: Number }) step?: number;

  /** Heading text. Overrides the preset's heading; the `heading` slot overrides both. */
  @property() heading?: string;

  /** Level of the heading element, 2 to 6, so the card fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Call-to-action link. Only `http:`, `https:`, `mailto:` or relative URLs are rendered. */
  @property() href?: string;

  /** Text of the call-to-action link. Defaults to the preset's action label. */
  @property({ attribute: 'action-label' }) actionLabel?: string;

  /** Shows a "Mark as done" toggle button. */
  @property({ type: Boolean, reflect: true }) checkable = false;

  /** `todo` (default) or `done`. Reflects, so a stylesheet can target `[status="done"]`. */
  @property({ reflect: true }) status: StepStatus = 'todo';

  /** Shows the body of a done card too. A done, checkable card is otherwise compact: heading, actions and toggle only. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** `default`, `compact` (less padding) or `outlined` (a border instead of a shadow). */
  @property({ reflect: true }) variant: StepVariant = 'default';

  @state() private hasSlottedActions = false;
  /** True when the default slot holds real content; whitespace between tags in the host's markup does not count. */
  @state() private hasSlottedBody = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('preset') && this.preset !== undefined) {
      const preset = checkEnum(this, 'preset', this.preset, STEP_PRESETS, 'interview');
      if (preset !== this.preset) this.preset = undefined;
    }
    if (changed.has('status')) this.status = checkEnum(this, 'status', this.status, STEP_STATUSES, 'todo');
    if (changed.has('variant')) this.variant = checkEnum(this, 'variant', this.variant, STEP_VARIANTS, 'default');
    if (changed.has('headingLevel'))
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    // Vue and React 19 set `step="2"` on the property, as text: read a number written as text as that number.
    const stepText: unknown = this.step;
    if (
      changed.has('step') &&
      typeof stepText === 'string' &&
      stepText.trim() !== '' &&
      Number.isFinite(Number(stepText))
    ) {
      this.step = Number(stepText);
    }
    if (changed.has('step') && this.step !== undefined && !(Number.isFinite(this.step) && this.step >= 0)) {
      checkInteger(this, 'step', this.step, 0, Number.MAX_SAFE_INTEGER, 0);
      this.step = undefined;
    }
  }

  /** Toggles the step between `todo` and `done`, as the toggle button does, and fires `onward-step-change`. */
  toggle(): void {
    this.status = this.status === 'done' ? 'todo' : 'done';
    this.emit('onward-step-change', { step: this.step, preset: this.preset, status: this.status });
  }

  private presetTerm(kind: 'heading' | 'body' | 'action'): string | undefined {
    return this.preset ? this.localize.t(`stepCard.${this.preset}.${kind}` as TermKey) : undefined;
  }

  private onActionsSlotChange(event: Event): void {
    this.hasSlottedActions = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  private onBodySlotChange(event: Event): void {
    this.hasSlottedBody = (event.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
  }

  /**
   * "Mark as done: Ask for feedback": five cards in a path would otherwise give five buttons with one name. The visible
   * words come first, so speech control still finds the button by what it shows. A slotted heading leaves the name as shown.
   */
  private toggleLabel(): string | undefined {
    const heading = (this.heading ?? this.presetTerm('heading'))?.trim();
    if (!heading) return undefined;
    return this.localize.t(this.status === 'done' ? 'stepCard.doneLabel' : 'stepCard.markDoneLabel', { heading });
  }

  private renderBadge() {
    return this.step !== undefined
      ? html`<span part="badge">${this.localize.t('stepCard.badge', { step: this.localize.number(this.step) })}</span
          ><span class="visually-hidden">: </span>`
      : nothing;
  }

  private renderToggle() {
    return html`<button
      part="toggle"
      type="button"
      aria-pressed=${this.status === 'done' ? 'true' : 'false'}
      aria-label=${ifDefined(this.toggleLabel())}
      @click=${this.toggle}
    >
      <span class="check" aria-hidden="true"><svg viewBox="0 0 24 24">${checkMark}</svg></span>${this.localize.t(
        this.status === 'done' ? 'stepCard.done' : 'stepCard.markDone'
      )}
    </button>`;
  }

  /** The card, its actions included, in one template: a card clones one template fewer than with them apart. */
  protected override render() {
    const icon = this.preset ? stepIcons[this.preset] : nothing;
    const title = html`${this.renderBadge()}<span><slot name="heading">${this.heading ?? this.presetTerm('heading') ?? nothing}</slot></span>`;
    const href = safeUrlOrWarn(this.href, `<${this.localName}> href`);
    const showActions = href !== undefined || this.checkable || this.hasSlottedActions;
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      <span part="icon" aria-hidden="true"><slot name="icon"><svg viewBox="0 0 24 24">${icon}</svg></slot></span>
      <div class="content">
        ${heading(this.headingLevel, title, { part: 'heading' })}
        <div part="body">
          <slot @slotchange=${this.onBodySlotChange}></slot>
          ${this.hasSlottedBody ? nothing : html`<p>${this.presetTerm('body') ?? nothing}</p>`}
        </div>
        <div part="actions" ?hidden=${!showActions}>
          ${
            href !== undefined
              ? html`<a class="primary" href=${href}>${this.actionLabel || this.presetTerm('action') || this.localize.t('stepCard.defaultAction')}</a>`
              : nothing
          }
          <slot name="actions" @slotchange=${this.onActionsSlotChange}></slot>
          <slot name="panel"></slot>
          ${this.checkable ? this.renderToggle() : nothing}
        </div>
      </div>
    </div>`;
  }
}
