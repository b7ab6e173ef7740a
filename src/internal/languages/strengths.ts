import type { Languages } from '../localize.js';

/** Where the strings of <onward-strengths> are in each shipped language; fetched only when a page needs them. */
const languages: Languages = {
  ar: () => import('../../locales/ar/strengths.js'),
  de: () => import('../../locales/de/strengths.js'),
  es: () => import('../../locales/es/strengths.js'),
  fr: () => import('../../locales/fr/strengths.js'),
  'pt-br': () => import('../../locales/pt-BR/strengths.js')
};

export default languages;
