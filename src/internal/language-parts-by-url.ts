import type { Catalogue } from '../locales/en.js';
import type { Part } from './language-parts.js';

/** Where this module sits in `dist/cdn`, as a path back to that folder: `./` in `onward.js`, `../` in `loader/`. */
declare const __ONWARD_CDN_ROOT__: string;

/** The file of each part, in `locales/<code>/` (see `./language-parts.ts`, whose place this module takes). */
const FILES: Record<Part, string> = {
  common: 'common',
  stepCard: 'step-card',
  checklist: 'rejection-checklist',
  feedbackRequest: 'feedback-request',
  interviewOdds: 'interview-odds',
  similarRoles: 'similar-roles',
  learningPlan: 'learning-plan',
  strengths: 'strengths',
  recoveryPath: 'recovery-path'
};
const here = import.meta.url;
const load = (code: string, file: string) => () =>
  import(/* @vite-ignore */ new URL(`${__ONWARD_CDN_ROOT__}locales/${code}/${file}.js`, here).href) as Promise<{
    default: Partial<Catalogue>;
  }>;

/**
 * `LANGUAGE_PARTS` for the CDN files (`vite build --mode cdn` and `--mode loader`): each part is a file of its own in
 * `dist/cdn/locales/<code>/<element>.js`, found beside the entry from `import.meta.url`, so these bundles carry no
 * table of hashed chunk names. The npm build keeps `./language-parts.ts`, whose static imports an app's bundler follows.
 */
export const LANGUAGE_PARTS = Object.fromEntries(
  ['ar', 'de', 'es', 'fr', 'pt-BR'].map((code) => [
    code.toLowerCase(),
    Object.fromEntries(Object.entries(FILES).map(([part, file]) => [part, load(code, file)]))
  ])
) as Record<string, Record<Part, ReturnType<typeof load>>>;
