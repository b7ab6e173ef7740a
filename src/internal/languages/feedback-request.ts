import type { Languages } from '../localize.js';

/** Where the strings of <onward-feedback-request> are in each shipped language; fetched only when a page needs them. */
const languages: Languages = {
  ar: () => import('../../locales/ar/feedback-request.js'),
  de: () => import('../../locales/de/feedback-request.js'),
  es: () => import('../../locales/es/feedback-request.js'),
  fr: () => import('../../locales/fr/feedback-request.js'),
  'pt-br': () => import('../../locales/pt-BR/feedback-request.js')
};

export default languages;
