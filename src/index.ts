/** Registers every Onward element and exports the classes, `forgetAll` and the core functions. */
export * from './define/step-card.js';
export * from './define/rejection-checklist.js';
export * from './define/learning-plan.js';
export * from './define/strengths.js';
export * from './define/interview-odds.js';
export * from './define/similar-roles.js';
export * from './define/feedback-request.js';
export * from './define/recovery-path.js';
export * from './core/index.js';
export { registerTranslation, loadLocale, type Translation } from './internal/localize.js';
export { safeUrl } from './internal/links.js';
export { defineElements, VERSION as version, type ElementRegistry } from './internal/registry.js';
export { forgetAll, PERSIST_MODES, type PersistMode } from './internal/storage.js';
export type { Catalogue, TermKey } from './locales/en.js';
