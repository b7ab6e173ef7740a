import { STEP_PRESETS, type StepPreset } from '../step-card/step-card.types.js';

/** The steps of the path, in their default order. */
export const PATH_STEPS = STEP_PRESETS;
export type PathStep = StepPreset;

/** How far the candidate got. `applied` means turned down before any interview. */
export const PATH_STAGES = ['applied', 'screen', 'interview', 'final'] as const;
export type PathStage = (typeof PATH_STAGES)[number];

/** Steps that only make sense after an interview; left out when `stage="applied"`. */
export const INTERVIEW_ONLY_STEPS: readonly PathStep[] = ['interview', 'feedback'];

/** Detail of `onward-path-progress`. */
export interface PathProgressDetail {
  /** Steps marked done. */
  done: number;
  /** Steps on the path. */
  total: number;
}
