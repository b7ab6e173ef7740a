/**
 * The recovery path's steps, DOM-free: which steps a host's `steps` value names, which of a tool's events is the real
 * action that completes its step, and the progress it keeps. Runs in Node.
 */

/** A step that a tool completes (the same names as the step cards' presets). */
export type ToolStep = 'interview' | 'feedback' | 'search' | 'learn' | 'believe';

/**
 * The real actions that complete a step, by the event its tool fires: the note copied, opened in the mail app or
 * downloaded; a role followed or kept; a learning goal added; all three strengths written (they are saved as typed);
 * the one thing that went well, written down.
 */
export const COMPLETING_EVENTS = [
  'onward-odds-note-change',
  'onward-feedback-action',
  'onward-role-select',
  'onward-role-keep',
  'onward-plan-change',
  'onward-strengths-change'
] as const;

/** Strengths the believe step asks for. */
const STRENGTHS_FOR_STEP = 3;

/** What the path keeps on the device: the steps marked done. */
export interface PathState<T extends string = string> {
  done: T[];
}

/** Turns a stored record into trusted progress (only steps in `known`), or `undefined` when it is not one. */
export function readPathState<T extends string>(data: unknown, known: readonly T[]): PathState<T> | undefined {
  const done = (data as Partial<PathState> | null)?.done;
  if (!Array.isArray(done)) return undefined;
  return { done: done.filter((step): step is T => (known as readonly unknown[]).includes(step)) };
}

/** The steps a `steps` value names, each once and in its order, and the names that are not in `known`. */
export function requestedSteps<T extends string>(
  steps: unknown,
  known: readonly T[]
): { valid: T[]; unknown: string[] } {
  // Null once the host removes the attribute (all steps, as when it was never set); a list when set from script.
  const requested = String(steps ?? '')
    .split(',')
    .map((step) => step.trim())
    .filter(Boolean);
  const valid: T[] = [];
  const unknown: string[] = [];
  for (const step of requested) {
    if (!(known as readonly string[]).includes(step)) unknown.push(step);
    else if (!valid.includes(step as T)) valid.push(step as T);
  }
  return { valid, unknown };
}

/**
 * The step a tool's event completes, if it is the step's real action. A learning goal counts only when the plan holds
 * more goals than `knownGoals`, the count last seen; the answer's `goals` is the plan's new count.
 */
export function stepCompletedBy(
  type: string,
  detail: unknown,
  knownGoals?: number
): { step?: ToolStep; goals?: number } {
  const fields = (detail ?? {}) as Record<string, unknown>;
  switch (type) {
    case 'onward-odds-note-change':
      return { step: fields.filled === true ? 'interview' : undefined };
    case 'onward-feedback-action':
      return { step: ['copy', 'mailto', 'download'].includes(fields.action as string) ? 'feedback' : undefined };
    case 'onward-role-select':
      return { step: 'search' };
    case 'onward-role-keep':
      return { step: fields.kept === true ? 'search' : undefined };
    case 'onward-plan-change': {
      const goals = typeof fields.goals === 'number' ? fields.goals : 0;
      return { step: goals > (knownGoals ?? 0) ? 'learn' : undefined, goals };
    }
    case 'onward-strengths-change':
      return { step: typeof fields.count === 'number' && fields.count >= STRENGTHS_FOR_STEP ? 'believe' : undefined };
    default:
      return {};
  }
}
