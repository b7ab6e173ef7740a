/**
 * Every tag the kit defines, with the name of its registering module (`src/define/<name>.ts`, built as
 * `dist/cdn/elements/<name>.js` for the loader). The contract suite checks this against the manifest and `src/define/`,
 * so a new element that is missing here fails a test rather than silently never loading.
 */
export const ELEMENT_MODULES = {
  'onward-recovery-path': 'recovery-path',
  'onward-step-card': 'step-card',
  'onward-interview-odds': 'interview-odds',
  'onward-feedback-request': 'feedback-request',
  'onward-similar-roles': 'similar-roles',
  'onward-learning-plan': 'learning-plan',
  'onward-strengths': 'strengths',
  'onward-rejection-checklist': 'rejection-checklist'
} as const;

/** A tag name the kit defines. */
export type OnwardTagName = keyof typeof ELEMENT_MODULES;
