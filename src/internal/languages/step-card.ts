import type { Languages } from '../localize.js';

/** Where the strings of <onward-step-card> are in each shipped language; fetched only when a page needs them. */
const languages: Languages = {
  ar: () => import('../../locales/ar/step-card.js'),
  de: () => import('../../locales/de/step-card.js'),
  es: () => import('../../locales/es/step-card.js'),
  fr: () => import('../../locales/fr/step-card.js'),
  'pt-br': () => import('../../locales/pt-BR/step-card.js')
};

export default languages;
