import type { Languages } from '../localize.js';

/** Where the strings of <onward-learning-plan> are in each shipped language; fetched only when a page needs them. */
const languages: Languages = {
  ar: () => import('../../locales/ar/learning-plan.js'),
  de: () => import('../../locales/de/learning-plan.js'),
  es: () => import('../../locales/es/learning-plan.js'),
  fr: () => import('../../locales/fr/learning-plan.js'),
  'pt-br': () => import('../../locales/pt-BR/learning-plan.js')
};

export default languages;
