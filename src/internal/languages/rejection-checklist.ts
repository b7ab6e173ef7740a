import type { Languages } from '../localize.js';

/**
 * Where the strings of <onward-rejection-checklist> are in each shipped language; fetched only when a page needs
 * them.
 */
const languages: Languages = {
  ar: () => import('../../locales/ar/rejection-checklist.js'),
  de: () => import('../../locales/de/rejection-checklist.js'),
  es: () => import('../../locales/es/rejection-checklist.js'),
  fr: () => import('../../locales/fr/rejection-checklist.js'),
  'pt-br': () => import('../../locales/pt-BR/rejection-checklist.js')
};

export default languages;
