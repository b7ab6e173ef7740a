import type { Catalogue } from '../locales/en.js';
import type { Languages, ShippedLanguage } from './localize.js';

/** Where this module sits in `dist/cdn`, as a path back to that folder: `./` in `onward.js`, `../` in `loader/`. */
declare const __ONWARD_CDN_ROOT__: string;

/** Each shipped language by its folder in `dist/cdn/locales/`. */
const FOLDERS = ['ar', 'de', 'es', 'fr', 'pt-BR'];
const here = import.meta.url;

/**
 * What each `src/internal/languages/<part>.ts` becomes in the CDN files (`vite build --mode cdn` and `--mode loader`):
 * the part's file in each language, `dist/cdn/locales/<code>/<part>.js`, found from this module's own URL, so these
 * bundles carry no table of hashed chunk names. The npm build keeps the static imports, which an app's bundler follows.
 */
export function byUrl(part: string): Languages {
  const languages = {} as Languages;
  for (const folder of FOLDERS) {
    const url = new URL(`${__ONWARD_CDN_ROOT__}locales/${folder}/${part}.js`, here).href;
    const load = () => import(/* @vite-ignore */ url) as Promise<{ default: Partial<Catalogue> }>;
    languages[folder.toLowerCase() as ShippedLanguage] = load;
  }
  return languages;
}
