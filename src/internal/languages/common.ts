import type { Languages } from '../localize.js';

/**
 * Where the strings every element shares (and each language’s name and direction) are in each shipped language;
 * fetched only when a page needs them.
 */
const languages: Languages = {
  ar: () => import('../../locales/ar/common.js'),
  de: () => import('../../locales/de/common.js'),
  es: () => import('../../locales/es/common.js'),
  fr: () => import('../../locales/fr/common.js'),
  'pt-br': () => import('../../locales/pt-BR/common.js')
};

export default languages;
