import type { Languages } from '../localize.js';

/** Where the strings of <onward-interview-odds> are in each shipped language; fetched only when a page needs them. */
const languages: Languages = {
  ar: () => import('../../locales/ar/interview-odds.js'),
  de: () => import('../../locales/de/interview-odds.js'),
  es: () => import('../../locales/es/interview-odds.js'),
  fr: () => import('../../locales/fr/interview-odds.js'),
  'pt-br': () => import('../../locales/pt-BR/interview-odds.js')
};

export default languages;
