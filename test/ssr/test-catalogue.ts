import { registerTranslation } from '../../src/internal/localize.js';

/**
 * A small Esperanto catalogue that no release ships, registered on both sides of the SSR test (in the Node worker
 * through `modules`, and in the page), so the language tests do not depend on which catalogues exist. Keys it leaves
 * out read in English.
 */
export const testCatalogue = {
  $code: 'eo',
  $name: 'Esperanto',
  $dir: 'ltr' as const,
  'stepCard.badge': 'Paŝo {step}',
  'stepCard.markDone': 'Marki kiel farita',
  'stepCard.feedback.heading': 'Petu komentojn',
  'stepCard.feedback.body': 'Mallonga, afabla noto povas diri al vi, kion teni kaj kion ŝanĝi.',
  'stepCard.feedback.action': 'Skribu vian noton'
};

registerTranslation(testCatalogue);
