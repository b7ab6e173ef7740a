import { LocalizeController, registerTranslation as register, update } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import { fillTemplate, type TemplateValues } from '../core/template.js';
import en, { type Catalogue, type TermKey } from '../locales/en.js';

register(en);

/**
 * Registers a catalogue, or overrides some strings of a registered one:
 * `registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', 'stepCard.markDone': 'Done?' })`.
 */
export function registerTranslation(
  ...catalogues: Array<Pick<Catalogue, '$code' | '$name' | '$dir'> & Partial<Catalogue>>
): void {
  termCache.clear();
  register(...catalogues);
}

/**
 * Looked-up strings per language. The library validates the language with `new Intl.Locale` on every lookup, which
 * dominated the render time of a card; strings only change when a catalogue is registered, which clears this.
 */
const termCache = new Map<string, Map<string, string>>();
const validLocales = new Map<string, boolean>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function isValidLocale(lang: string): boolean {
  let valid = validLocales.get(lang);
  if (valid === undefined) {
    try {
      new Intl.Locale(lang);
      valid = true;
    } catch {
      valid = false;
    }
    validLocales.set(lang, valid);
  }
  return valid;
}

/**
 * Languages that load on demand, by lower-case primary language or language-region code. Each loader imports a module
 * that registers its catalogue.
 */
const loaders: Record<string, () => Promise<unknown>> = {};
const loading = new Map<string, Promise<void>>();

/** Loads the catalogue for `lang` (region first, then language) when one ships with the kit. Resolves either way. */
export function loadLocale(lang: string): Promise<void> {
  const code = lang.toLowerCase();
  const key = code in loaders ? code : code.split('-')[0];
  const loader = loaders[key];
  if (!loader) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = loader().then(
      () => update(),
      (error: unknown) => console.warn(`[onward-elements] could not load the "${key}" catalogue; using English.`, error)
    );
    loading.set(key, pending);
  }
  return pending;
}

/** The element, else its nearest ancestor (across shadow roots), that carries the attribute. */
function closestWithAttribute(start: Element, attribute: string): Element | undefined {
  let node: Element | null = start;
  while (node) {
    if (node.hasAttribute(attribute) && node.getAttribute(attribute)!.trim() !== '') return node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/** Resolves the language of an element: its own `lang`, the nearest ancestor's, `<html>`'s, else English. */
export function resolveLang(element: Element): string {
  const raw = closestWithAttribute(element, 'lang')?.getAttribute('lang') ?? 'en';
  const lang = raw.trim().replace(/_/g, '-').toLowerCase();
  return isValidLocale(lang) ? lang : 'en';
}

let watching = false;
/** One observer for the whole page: a `lang` or `dir` change on any ancestor re-renders the elements. */
function watchDocument(): void {
  if (watching || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  watching = true;
  new MutationObserver(() => update()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true
  });
}

/**
 * Shoelace's localize controller, resolving `lang` and `dir` from the nearest ancestor rather than only from the element
 * or `<html>`, and filling `{placeholders}`.
 */
export class OnwardLocalize extends LocalizeController<Catalogue> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host);
  }

  override hostConnected(): void {
    super.hostConnected();
    watchDocument();
    void loadLocale(this.lang());
  }

  /** Resolved once per update: the ancestors' attributes cannot change in the middle of a render. */
  private resolvedLang?: string;
  private resolvedDir?: 'ltr' | 'rtl';

  hostUpdated(): void {
    this.resolvedLang = undefined;
    this.resolvedDir = undefined;
  }

  override lang(): string {
    return (this.resolvedLang ??= resolveLang(this.host));
  }

  /** The nearest explicit `ltr`/`rtl`, else the direction of the resolved language. */
  override dir(): 'ltr' | 'rtl' {
    if (this.resolvedDir) return this.resolvedDir;
    const explicit = closestWithAttribute(this.host, 'dir')?.getAttribute('dir')?.toLowerCase();
    const dir = explicit === 'rtl' || explicit === 'ltr' ? explicit : this.lookup('$dir') === 'rtl' ? 'rtl' : 'ltr';
    return (this.resolvedDir = dir);
  }

  /** The string for `key` in the resolved language, with `{placeholders}` filled from `values`. */
  t(key: TermKey, values?: TemplateValues): string {
    return fillTemplate(this.lookup(key), values);
  }

  override number(value: number | string, options?: Intl.NumberFormatOptions): string {
    const number = Number(value);
    if (Number.isNaN(number)) return '';
    const key = `${this.lang()}|${options ? JSON.stringify(options) : ''}`;
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(this.lang(), options)));
    return format.format(number);
  }

  private lookup(key: TermKey | '$dir'): string {
    const lang = this.lang();
    let terms = termCache.get(lang);
    if (!terms) termCache.set(lang, (terms = new Map()));
    let term = terms.get(key);
    if (term === undefined) terms.set(key, (term = String(this.term(key as TermKey))));
    return term;
  }
}
