import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readPathState, requestedSteps, type PathState } from '../../core/path.js';
import { heading } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { attachScopedShadow } from '../../internal/registry.js';
import { checkEnum, checkInteger, quoted, warnOnce } from '../../internal/validate.js';
import type { TermKey } from '../../locales/en.js';
import type { FeedFormat } from '../../core/sources/index.js';
import type { StepChangeDetail } from '../step-card/step-card.types.js';
import type { OnwardStepCard } from '../step-card/step-card.js';
import { celebrationStyles, revealCelebration } from '../rejection-checklist/celebration.js';
import { renderCelebration, renderWeek } from './recovery-path.parts.js';
import { recoveryPathStyles } from './recovery-path.styles.js';
import { PathTools, renderTool } from './recovery-path.tools.js';
import { INTERVIEW_ONLY_STEPS, PATH_STAGES, PATH_STEPS, type PathStage, type PathStep } from './recovery-path.types.js';

export { COMPLETING_EVENTS } from '../../core/path.js';

const chevron = svg`<path d="M6 9l6 6 6-6"/>`;

/**
 * The whole way back in one tag: the five steps as step cards, in order, each opening its tool in place (interview
 * odds, feedback request, similar roles, learning plan, strengths), with overall progress that is remembered.
 *
 * Tools are created the first time their step is opened, so nothing is fetched or stored for a step the candidate never
 * opens. Every child event (`onward-step-change`, `onward-feedback-action`, …) bubbles through unchanged. The path
 * passes its `persist`, `storage-key`, `theme` and language on to its tools, so one key keeps the whole journey.
 *
 * **One list.** The five steps are the journey, with one progress count ("2 of 5 steps done"). An opened step shows its
 * tool on the card's own surface, then the small actions for the week that serve it: the built-in items of
 * `<onward-rejection-checklist>` for that step, read from the checklist's data module, without the one that only
 * repeats the step's tool. They are suggestions, not counted: the path counts steps, nothing twice.
 *
 * **Steps complete themselves** when the real action happens in their tool: the one thing that went well, saved
 * (`onward-odds-note-change` with `filled`); the note copied, opened in the mail app or downloaded
 * (`onward-feedback-action`); a role followed or kept (`onward-role-select`, `onward-role-keep`); a learning goal
 * added (`onward-plan-change` with more goals); all three strengths written (`onward-strengths-change`). That is saved
 * and announced like a tick of the toggle, and fires the same `onward-step-change` and `onward-path-progress`. The
 * candidate can still untick it.
 *
 * **A finish they see.** A step ticked by its toggle closes its tool and settles into a compact done card ("Done ✓"),
 * which its tool button opens again. The last step done shows a calm completion card right there, naming what they did
 * and what to keep, brought into view without taking focus (motion only when `prefers-reduced-motion` allows it).
 *
 * @tagname onward-recovery-path
 * @summary The five steps of the way back after a rejection, each with its tool, and remembered progress.
 *
 * @csspart base - The section that holds everything.
 * @csspart header - The heading, intro and progress.
 * @csspart heading - The heading element (`h2`–`h6`, from `heading-level`).
 * @csspart intro - The short line under the heading.
 * @csspart progress - The "N of M steps done" text and bar.
 * @csspart note - The note shown when progress cannot be saved.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step: its card and its tool panel.
 * @csspart card - Each `<onward-step-card>`.
 * @csspart panel - The panel that holds a step's tool and its small actions for the week, inside the card.
 * @csspart week - A step's small actions for the week, under its tool.
 * @csspart celebration - The completion card, shown after the step finished last.
 *
 * @cssprop [--onward-recovery-path-max-width=56rem] - Widest the path grows.
 * @cssprop [--onward-recovery-path-background=--onward-color-surface] - Background behind the whole path.
 * @cssprop [--onward-recovery-path-padding=0.75rem to 2rem, with the viewport] - Padding around the whole path.
 * @cssprop [--onward-recovery-path-gap=--onward-space] - Space between steps.
 * @cssprop [--onward-recovery-path-line-color=--onward-color-border] - The dashed line that joins the steps.
 * @cssprop [--onward-recovery-path-heading-size=1.5rem] - Font size of the heading.
 * @cssprop [--onward-recovery-path-panel-background=--onward-color-surface] - Background of a tool panel.
 * @cssprop [--onward-recovery-path-panel-padding=--onward-space] - Padding of a tool panel.
 *
 * @fires {CustomEvent<PathProgressDetail>} onward-path-progress - When a step is marked done or not done.
 */
export class OnwardRecoveryPath extends PersistingElement {
  static override styles = [...PersistingElement.styles, recoveryPathStyles, celebrationStyles];
  static override shadowRootOptions = { ...PersistingElement.shadowRootOptions, delegatesFocus: true };

  /**
   * How each step's tool is loaded, set by the registering module (`define/recovery-path.ts`): a dynamic `import()`
   * per tool, so the page downloads a tool only when its step is first opened. A tool whose tag is already defined is
   * used as it is.
   */
  static toolModules: Partial<Record<PathStep, () => Promise<unknown>>> = {};

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Its step cards and tools come from this copy of the kit, even when another version owns the global tags.
    attachScopedShadow(this, OnwardRecoveryPath.shadowRootOptions);
    return super.createRenderRoot();
  }

  /** Which steps to show, and in what order: a comma-separated subset of `interview,feedback,search,learn,believe`. */
  @property() steps: string = PATH_STEPS.join(',');

  /** How far the candidate got: `applied` (no interview: the interview and feedback steps are left out), `screen`, `interview` (default) or `final`. */
  @property({ reflect: true }) stage: PathStage = 'interview';

  /** Heading text; defaults to the built-in heading. */
  @property() heading?: string;

  /** Level of the path's heading, 2 to 6. Step cards sit one level below it, tools two. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The candidate's name (passed to the feedback request). */
  @property({ attribute: 'candidate-name' }) candidateName?: string;

  /** The interviewer's or recruiter's name (feedback request). */
  @property({ attribute: 'recipient-name' }) recipientName?: string;

  /** The interviewer's or recruiter's e-mail address (feedback request). */
  @property({ attribute: 'recipient-email' }) recipientEmail?: string;

  /** The company (interview odds, feedback request). */
  @property() company?: string;

  /** The role the candidate interviewed for (interview odds, feedback request, similar roles). */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /** ISO date of the interview (feedback request). */
  @property({ attribute: 'interview-date' }) interviewDate?: string;

  /** How many people applied (interview odds). */
  @property({ type: Number }) applicants?: number;

  /** How many people were interviewed (interview odds). */
  @property({ type: Number }) interviewed?: number;

  /** URL of the host's JSON feed of similar roles (similar roles). Fetched only when the search step is opened. */
  @property({ attribute: 'jobs-src' }) jobsSrc?: string;

  /** The site's public job board for the search step, as `<ats>:<board>` (passed to `<onward-similar-roles source>`). */
  @property({ attribute: 'jobs-source' }) jobsSource?: string;

  /** The shape of the feed at `jobs-src` (passed to `<onward-similar-roles format>`): `auto` by default. */
  @property({ attribute: 'jobs-format' }) jobsFormat?: FeedFormat;

  /** "See all similar roles" link with `{title}` and `{location}` placeholders (similar roles). */
  @property({ attribute: 'search-url' }) searchUrl?: string;

  /** Location used in `search-url` (similar roles). */
  @property() location?: string;

  @state() private done = new Set<PathStep>();
  @state() private open = new Set<PathStep>();
  /** The step done last, when it completed the path: the completion card shows right after it. */
  @state() private finishedAt?: PathStep;
  /** Set while a tool's real action ticks its step, so the toggle's own handling (closing the tool) is skipped. */
  private completingFromTool = false;
  /** The steps' tools: created when first opened, and loaded then. */
  private readonly tools = new PathTools(this, () => (this.constructor as typeof OnwardRecoveryPath).toolModules);

  private readonly persistence = this.createStore<PathState<PathStep>>({
    element: 'recovery-path',
    read: (data) => readPathState(data, PATH_STEPS),
    apply: (data) => {
      this.done = new Set(data.done);
    }
  });

  /** The steps shown, after `steps` and `stage` are applied. */
  get activeSteps(): PathStep[] {
    const { valid } = requestedSteps(this.steps, PATH_STEPS);
    const chosen = valid.length > 0 ? valid : [...PATH_STEPS];
    return this.stage === 'applied' ? chosen.filter((step) => !INTERVIEW_ONLY_STEPS.includes(step)) : chosen;
  }

  /** Number of shown steps marked done. */
  get completed(): number {
    return this.activeSteps.filter((step) => this.done.has(step)).length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('stage')) this.stage = checkEnum(this, 'stage', this.stage, PATH_STAGES, 'interview');
    if (changed.has('headingLevel'))
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 2);
    if (changed.has('steps')) this.checkSteps();
  }

  /** Warns once per bad `steps` value, however many unknown names it holds (they are left out). */
  private checkSteps(): void {
    const { unknown } = requestedSteps(this.steps, PATH_STEPS);
    if (unknown.length === 0) return;
    const names =
      unknown
        .slice(0, 3)
        .map((step) => quoted(step, 40))
        .join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
    warnOnce(
      this,
      `steps=${this.steps}`,
      `<${this.localName}> steps: ${names} ${unknown.length === 1 ? 'is' : 'are'} not one of ${PATH_STEPS.join(', ')}; left out.`
    );
  }

  /** Clears the stored progress (the tools keep their own data: call their `forget()`, or `forgetAll()`). */
  override forget(): void {
    super.forget();
  }

  private onStepChange(event: CustomEvent<StepChangeDetail>): void {
    const step = event.detail.preset;
    if (!step || !(PATH_STEPS as readonly string[]).includes(step)) return;
    const isDone = event.detail.status === 'done';
    const done = new Set(this.done);
    if (isDone) done.add(step);
    else done.delete(step);
    this.done = done;
    this.persistence.save({ done: [...done] });
    if (isDone && !this.completingFromTool && this.open.has(step)) {
      // Ticked by its toggle: the step is finished, so its tool folds away; focus stays on the toggle.
      const open = new Set(this.open);
      open.delete(step);
      this.open = open;
    }
    const total = this.activeSteps.length;
    const completed = this.completed;
    const finished = isDone && completed === total && this.activeSteps.includes(step);
    if (finished) this.finishedAt = step;
    const heading = this.localize.t(`stepCard.${step}.heading` as TermKey);
    const progress = { heading, done: this.localize.number(completed), total: this.localize.number(total) };
    const said = [this.localize.t(isDone ? 'recoveryPath.stepDone' : 'recoveryPath.stepUndone', progress)];
    if (finished) said.push(this.localize.t('recoveryPath.allDone'));
    this.announce(said.join(' '));
    this.emit('onward-path-progress', { done: completed, total });
    if (finished)
      void this.updateComplete.then(() => revealCelebration(this.renderRoot.querySelector('[part~="celebration"]')));
  }

  /** A tool reports what the candidate did: when it is the step's real action, the step is ticked as its toggle would. */
  private onToolAction(event: Event): void {
    const step = this.tools.stepOf(event);
    if (step) this.completeFromTool(step);
  }

  /** Ticks a step the way its toggle does (saved, announced, `onward-step-change` and `onward-path-progress`). */
  private completeFromTool(step: PathStep): void {
    if (this.done.has(step) || !this.activeSteps.includes(step)) return;
    const card = this.renderRoot.querySelector<OnwardStepCard>(`onward-step-card[preset="${step}"]`);
    if (!card || typeof card.toggle !== 'function') return;
    this.completingFromTool = true;
    try {
      if (card.status !== 'done') card.toggle();
    } finally {
      this.completingFromTool = false;
    }
  }

  private toggleTool(step: PathStep): void {
    const open = new Set(this.open);
    if (open.has(step)) open.delete(step);
    else {
      open.add(step);
      this.tools.create(step);
    }
    this.open = open;
  }

  /** Also waits for the tools being loaded, so a host (or a test) that awaits it sees an opened tool rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.tools.loads.size > 0) {
      await this.tools.settled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private onPanelKeydown(event: KeyboardEvent, step: PathStep): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape in a field means "undo this" or "close this list" (a select's options, a date picker), never "close the tool":
    // closing it would throw the candidate out of what they were doing.
    const origin = event.composedPath()[0];
    if (
      origin instanceof HTMLInputElement ||
      origin instanceof HTMLTextAreaElement ||
      origin instanceof HTMLSelectElement
    )
      return;
    event.stopPropagation();
    this.toggleTool(step);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`#toggle-${step}`)?.focus());
  }

  private renderStep(step: PathStep, index: number, celebration: TemplateResult | typeof nothing): TemplateResult {
    const isOpen = this.open.has(step);
    return html`<li part="step">
      <onward-step-card
        part="card"
        preset=${step}
        step=${index + 1}
        checkable
        ?open=${isOpen}
        status=${this.done.has(step) ? 'done' : 'todo'}
        heading-level=${Math.min(6, this.headingLevel + 1)}
        theme=${this.theme}
        lang=${this.localize.lang()}
      >
        <button
          slot="actions"
          id=${`toggle-${step}`}
          class="tool-toggle ${isOpen ? 'secondary' : 'primary'}"
          type="button"
          aria-expanded=${isOpen ? 'true' : 'false'}
          aria-controls=${`panel-${step}`}
          @click=${() => this.toggleTool(step)}
        >
          ${this.localize.t(`stepCard.${step}.action` as TermKey)}<svg viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>
        </button>
        <div
          slot="panel"
          part="panel"
          id=${`panel-${step}`}
          role="group"
          aria-label=${this.localize.t(`stepCard.${step}.heading` as TermKey)}
          ?hidden=${!isOpen}
          @keydown=${(event: KeyboardEvent) => this.onPanelKeydown(event, step)}
        >
          ${
            this.tools.created.has(step) ? renderTool(step, this, this.localize.lang(), this.headingLevel + 2) : nothing
          }
          ${
            this.tools.created.has(step) && !this.tools.isDefined(step)
              ? html`<p class="tool-loading">${this.localize.t('recoveryPath.loadingTool')}</p>`
              : nothing
          }
          ${this.tools.created.has(step) ? renderWeek(this.localize, step) : nothing}
        </div>
      </onward-step-card>
      ${celebration}
    </li>`;
  }

  protected override render() {
    const steps = this.activeSteps;
    const completed = this.completed;
    const allDone = completed === steps.length && steps.length > 0;
    // Where the candidate finished; after the last step when the path was already done on arrival.
    const finishedAt = allDone
      ? this.finishedAt && steps.includes(this.finishedAt)
        ? this.finishedAt
        : steps[steps.length - 1]
      : undefined;
    const celebration = allDone ? renderCelebration(this.localize, steps, this.persist !== 'none') : nothing;
    return html`<section part="base" dir=${this.localize.dir()} lang=${this.localize.lang()} aria-labelledby="heading">
      <div part="header">
        ${heading(this.headingLevel, this.heading || this.localize.t('recoveryPath.heading'), {
          part: 'heading',
          id: 'heading'
        })}
        <p part="intro">${this.localize.t('recoveryPath.intro')}</p>
        <div part="progress">
          <span id="progress-label" aria-hidden="true">${this.localize.t('recoveryPath.progress', {
            done: this.localize.number(completed),
            total: this.localize.number(steps.length)
          })}</span>
          <progress max=${steps.length || 1} .value=${completed} aria-labelledby="progress-label"></progress>
        </div>
        <p part="note">${this.storageNote()}</p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      <ol
        part="steps"
        @onward-step-change=${this.onStepChange}
        @onward-odds-note-change=${this.onToolAction}
        @onward-feedback-action=${this.onToolAction}
        @onward-role-select=${this.onToolAction}
        @onward-role-keep=${this.onToolAction}
        @onward-plan-change=${this.onToolAction}
        @onward-strengths-change=${this.onToolAction}
      >
        ${steps.map((step, index) => this.renderStep(step, index, finishedAt === step ? celebration : nothing))}
      </ol>
    </section>`;
  }
}
