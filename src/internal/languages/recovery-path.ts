import type { Languages } from '../localize.js';

/** Where the strings of <onward-recovery-path> are in each shipped language; fetched only when a page needs them. */
const languages: Languages = {
  ar: () => import('../../locales/ar/recovery-path.js'),
  de: () => import('../../locales/de/recovery-path.js'),
  es: () => import('../../locales/es/recovery-path.js'),
  fr: () => import('../../locales/fr/recovery-path.js'),
  'pt-br': () => import('../../locales/pt-BR/recovery-path.js')
};

export default languages;
