import type { Languages } from '../localize.js';

/** Where the strings of <onward-similar-roles> are in each shipped language; fetched only when a page needs them. */
const languages: Languages = {
  ar: () => import('../../locales/ar/similar-roles.js'),
  de: () => import('../../locales/de/similar-roles.js'),
  es: () => import('../../locales/es/similar-roles.js'),
  fr: () => import('../../locales/fr/similar-roles.js'),
  'pt-br': () => import('../../locales/pt-BR/similar-roles.js')
};

export default languages;
