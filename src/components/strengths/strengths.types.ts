/** The prompts in the catalogue, in rotation order. Each field starts on its own prompt and rotates through the rest. */
export const STRENGTH_PROMPTS = [
  'strengths.prompt1',
  'strengths.prompt2',
  'strengths.prompt3',
  'strengths.prompt4',
  'strengths.prompt5',
  'strengths.prompt6'
] as const;
export type StrengthPromptKey = (typeof STRENGTH_PROMPTS)[number];

/** How many strengths the element asks for. */
export const STRENGTH_COUNT = 3;

/** Detail of `onward-strengths-change`: how many strengths are written, never their text. */
export interface StrengthsChangeDetail {
  /** Number of fields with something written in them (0 to 3). */
  count: number;
}
