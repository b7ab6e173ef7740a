import { html, isServer, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedbackStage } from '../../core/feedback.js';
import { stepCompletedBy } from '../../core/path.js';
import type { FeedFormat } from '../../core/sources/index.js';
import type { Theme } from '../../internal/onward-element.js';
import { ownRegistry } from '../../internal/registry.js';
import type { PersistMode } from '../../internal/storage.js';
import { warnOnce } from '../../internal/validate.js';
import type { PathStage, PathStep } from './recovery-path.types.js';

/** The tag of each step's tool. */
export const TOOL_TAGS: Record<PathStep, string> = {
  interview: 'onward-interview-odds',
  feedback: 'onward-feedback-request',
  search: 'onward-similar-roles',
  learn: 'onward-learning-plan',
  believe: 'onward-strengths'
};

/** What the path passes on to its tools: the path's own properties. */
export interface ToolAttributes {
  theme: Theme;
  persist: PersistMode;
  storageKey: string;
  stage: PathStage;
  candidateName?: string;
  recipientName?: string;
  recipientEmail?: string;
  company?: string;
  jobTitle?: string;
  interviewDate?: string;
  applicants?: number;
  interviewed?: number;
  jobsSrc?: string;
  jobsSource?: string;
  jobsFormat?: FeedFormat;
  searchUrl?: string;
  location?: string;
}

/** The stage as the feedback request understands it; `applied` has no feedback step at all. */
function feedbackStage(stage: PathStage): FeedbackStage | undefined {
  return stage === 'applied' ? undefined : stage;
}

/**
 * A step's tool, with what the path knows passed on as attributes. The path's resolved language is passed on
 * explicitly: a server render cannot see ancestors, so a tool would be English. Headings go at most to `h6`.
 */
export function renderTool(step: PathStep, a: ToolAttributes, lang: string, headingLevel: number): TemplateResult {
  const level = Math.min(6, headingLevel);
  switch (step) {
    case 'interview':
      return html`<onward-interview-odds
        theme=${a.theme}
        lang=${lang}
        heading-level=${level}
        persist=${a.persist}
        storage-key=${a.storageKey}
        applicants=${ifDefined(a.applicants)}
        interviewed=${ifDefined(a.interviewed)}
        company=${ifDefined(a.company)}
        job-title=${ifDefined(a.jobTitle)}
      ></onward-interview-odds>`;
    case 'feedback':
      return html`<onward-feedback-request
        theme=${a.theme}
        lang=${lang}
        persist=${a.persist}
        storage-key=${a.storageKey}
        candidate-name=${ifDefined(a.candidateName)}
        recipient-name=${ifDefined(a.recipientName)}
        recipient-email=${ifDefined(a.recipientEmail)}
        company=${ifDefined(a.company)}
        job-title=${ifDefined(a.jobTitle)}
        heading-level=${level}
        interview-date=${ifDefined(a.interviewDate)}
        stage=${ifDefined(feedbackStage(a.stage))}
      ></onward-feedback-request>`;
    case 'search':
      return html`<onward-similar-roles
        theme=${a.theme}
        lang=${lang}
        heading-level=${level}
        src=${ifDefined(a.jobsSrc)}
        source=${ifDefined(a.jobsSource)}
        format=${ifDefined(a.jobsFormat)}
        persist=${a.persist}
        storage-key=${a.storageKey}
        search-url=${ifDefined(a.searchUrl)}
        job-title=${ifDefined(a.jobTitle)}
        location=${ifDefined(a.location)}
      ></onward-similar-roles>`;
    case 'learn':
      return html`<onward-learning-plan
        theme=${a.theme}
        lang=${lang}
        heading-level=${level}
        persist=${a.persist}
        storage-key=${a.storageKey}
      ></onward-learning-plan>`;
    case 'believe':
      return html`<onward-strengths
        theme=${a.theme}
        lang=${lang}
        heading-level=${level}
        persist=${a.persist}
        storage-key=${a.storageKey}
      ></onward-strengths>`;
  }
}

/**
 * The tools of the path's steps: each created the first time its step is opened (and kept alive when closed, so
 * nothing typed is lost), its module imported then, and its real action told from its events.
 */
export class PathTools {
  /** Tools created so far. */
  readonly created = new Set<PathStep>();
  /** Tool modules being loaded, so the element's `updateComplete` can wait for them. */
  readonly loads = new Map<PathStep, Promise<void>>();
  /** Goals in the learning plan as last seen, so a goal added can be told from one edited or removed. */
  private knownGoals?: number;

  constructor(
    private readonly host: ReactiveElement,
    /** How each step's tool is loaded (see `OnwardRecoveryPath.toolModules`). */
    private readonly modules: () => Partial<Record<PathStep, () => Promise<unknown>>>
  ) {}

  /** Creates a step's tool, the first time it is opened. */
  create(step: PathStep): void {
    this.created.add(step);
    this.load(step);
    if (step === 'learn') void this.rememberGoals();
  }

  isDefined(step: PathStep): boolean {
    return isServer || !!customElements.get(TOOL_TAGS[step]);
  }

  /** The step a tool's event completes, when it is the step's real action. */
  stepOf(event: Event): PathStep | undefined {
    const { step, goals } = stepCompletedBy(event.type, (event as CustomEvent<unknown>).detail, this.knownGoals);
    if (goals !== undefined) this.knownGoals = goals;
    return step;
  }

  /** Resolves once no tool module is loading (a load may start another update). */
  async settled(): Promise<void> {
    await Promise.all(this.loads.values());
  }

  /** Imports a step's tool the first time it is opened; the panel shows a short loading line until it is defined. */
  private load(step: PathStep): void {
    const load = this.modules()[step];
    if (this.isDefined(step) || this.loads.has(step) || !load) return;
    const loading = load().then(
      () => {
        this.loads.delete(step);
        // Where this path's shadow root has its own registry, the tool just loaded joins it, so its element upgrades.
        ownRegistry();
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Forgotten, so that opening the step again tries again.
        this.loads.delete(step);
        const message = `<${this.host.localName}> could not load <${TOOL_TAGS[step]}>: ${String(error)}`;
        warnOnce(this.host, `tool-${step}`, message);
        this.host.requestUpdate();
      }
    );
    this.loads.set(step, loading);
  }

  /** Notes how many goals the learning plan holds when it opens, so the next change can tell an added goal. */
  private async rememberGoals(): Promise<void> {
    await this.host.updateComplete;
    const plan = this.host.renderRoot.querySelector('onward-learning-plan') as
      (HTMLElement & { goals?: unknown[]; updateComplete?: Promise<unknown> }) | null;
    if (!plan) return;
    await plan.updateComplete;
    if (this.knownGoals === undefined && Array.isArray(plan.goals)) this.knownGoals = plan.goals.length;
  }
}
