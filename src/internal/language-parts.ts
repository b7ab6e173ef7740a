import type { Catalogue, TermKey } from '../locales/en.js';

/** A part of a catalogue, named by the prefix of its keys: `common`, and one per element (`stepCard`, `checklist`…). */
export type Part = TermKey extends infer Key ? (Key extends `${infer Prefix}.${string}` ? Prefix : never) : never;

/** A part's module: its strings (and, for `common`, the language's `$code`, `$name` and `$dir`). */
type PartModule = () => Promise<{ default: Partial<Catalogue> }>;

/**
 * Every language that ships, by lower-case code, and where each part of it lives (`src/locales/<code>/<element>.ts`).
 * Bundlers make each part a chunk of its own, fetched only when a page needs that element in that language (the CDN
 * bundle `onward.js`, which defines every element, groups each language into one chunk). The type makes a language
 * that leaves out a part an error; `src/locales/locales.test.ts` checks that each file has exactly its part's keys.
 */
export const LANGUAGE_PARTS: Record<string, Record<Part, PartModule>> = {
  ar: {
    common: () => import('../locales/ar/common.js'),
    stepCard: () => import('../locales/ar/step-card.js'),
    checklist: () => import('../locales/ar/rejection-checklist.js'),
    feedbackRequest: () => import('../locales/ar/feedback-request.js'),
    interviewOdds: () => import('../locales/ar/interview-odds.js'),
    similarRoles: () => import('../locales/ar/similar-roles.js'),
    learningPlan: () => import('../locales/ar/learning-plan.js'),
    strengths: () => import('../locales/ar/strengths.js'),
    recoveryPath: () => import('../locales/ar/recovery-path.js')
  },
  de: {
    common: () => import('../locales/de/common.js'),
    stepCard: () => import('../locales/de/step-card.js'),
    checklist: () => import('../locales/de/rejection-checklist.js'),
    feedbackRequest: () => import('../locales/de/feedback-request.js'),
    interviewOdds: () => import('../locales/de/interview-odds.js'),
    similarRoles: () => import('../locales/de/similar-roles.js'),
    learningPlan: () => import('../locales/de/learning-plan.js'),
    strengths: () => import('../locales/de/strengths.js'),
    recoveryPath: () => import('../locales/de/recovery-path.js')
  },
  es: {
    common: () => import('../locales/es/common.js'),
    stepCard: () => import('../locales/es/step-card.js'),
    checklist: () => import('../locales/es/rejection-checklist.js'),
    feedbackRequest: () => import('../locales/es/feedback-request.js'),
    interviewOdds: () => import('../locales/es/interview-odds.js'),
    similarRoles: () => import('../locales/es/similar-roles.js'),
    learningPlan: () => import('../locales/es/learning-plan.js'),
    strengths: () => import('../locales/es/strengths.js'),
    recoveryPath: () => import('../locales/es/recovery-path.js')
  },
  fr: {
    common: () => import('../locales/fr/common.js'),
    stepCard: () => import('../locales/fr/step-card.js'),
    checklist: () => import('../locales/fr/rejection-checklist.js'),
    feedbackRequest: () => import('../locales/fr/feedback-request.js'),
    interviewOdds: () => import('../locales/fr/interview-odds.js'),
    similarRoles: () => import('../locales/fr/similar-roles.js'),
    learningPlan: () => import('../locales/fr/learning-plan.js'),
    strengths: () => import('../locales/fr/strengths.js'),
    recoveryPath: () => import('../locales/fr/recovery-path.js')
  },
  'pt-br': {
    common: () => import('../locales/pt-BR/common.js'),
    stepCard: () => import('../locales/pt-BR/step-card.js'),
    checklist: () => import('../locales/pt-BR/rejection-checklist.js'),
    feedbackRequest: () => import('../locales/pt-BR/feedback-request.js'),
    interviewOdds: () => import('../locales/pt-BR/interview-odds.js'),
    similarRoles: () => import('../locales/pt-BR/similar-roles.js'),
    learningPlan: () => import('../locales/pt-BR/learning-plan.js'),
    strengths: () => import('../locales/pt-BR/strengths.js'),
    recoveryPath: () => import('../locales/pt-BR/recovery-path.js')
  }
};
