export const STEP_PRESETS = ['interview', 'feedback', 'search', 'learn', 'believe'] as const;
export type StepPreset = (typeof STEP_PRESETS)[number];

export const STEP_STATUSES = ['todo', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const STEP_VARIANTS = ['default', 'compact', 'outlined'] as const;
export type StepVariant = (typeof STEP_VARIANTS)[number];

/** Detail of `onward-step-change`. */
export interface StepChangeDetail {
  /** The card's `step` number, if it has one. */
  step: number | undefined;
  /** The card's preset, if it has one. */
  preset: StepPreset | undefined;
  /** The new status. */
  status: StepStatus;
}
