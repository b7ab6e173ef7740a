import { commonStrings } from './en/common.js';
import { stepCardStrings } from './en/step-card.js';
import { rejectionChecklistStrings } from './en/rejection-checklist.js';
import { feedbackRequestStrings } from './en/feedback-request.js';
import { interviewOddsStrings } from './en/interview-odds.js';
import { similarRolesStrings } from './en/similar-roles.js';
import { learningPlanStrings } from './en/learning-plan.js';
import { strengthsStrings } from './en/strengths.js';
import { recoveryPathStrings } from './en/recovery-path.js';

/**
 * The English catalogue: the typed source of every string the elements show. Other languages must provide every key
 * here, with the same `{placeholders}`.
 *
 * The strings live in one module per element (`./en/<element>.ts`), so an element's own entry carries only its own
 * English; this module puts them together as the one typed catalogue.
 *
 * Writing rules: plain words (reading grade 8 or lower), short, warm, never blaming.
 */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',
  ...commonStrings,
  ...stepCardStrings,
  ...rejectionChecklistStrings,
  ...feedbackRequestStrings,
  ...interviewOddsStrings,
  ...similarRolesStrings,
  ...learningPlanStrings,
  ...strengthsStrings,
  ...recoveryPathStrings
};

/** Every key a catalogue must provide. */
export type TermKey = Exclude<keyof typeof en, '$code' | '$name' | '$dir'>;

/** The name, code and direction of a language (in the `common` part of each language). */
export type LanguageTag = { $code: string; $name: string; $dir: 'ltr' | 'rtl' };

/** A complete catalogue for one language. */
export type Catalogue = LanguageTag & Record<TermKey, string>;

/**
 * One part of a language (`src/locales/<code>/<part>.ts`): exactly the keys of the English part, so a missing or an
 * extra key is a type error. `Strings<typeof stepCardStrings>`.
 */
export type Strings<EnglishPart> = Record<keyof EnglishPart, string>;

export default en satisfies Catalogue;
