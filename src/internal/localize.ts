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
  register(...catalogues);
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
  try {
    new Intl.Locale(lang);
    return lang;
  } catch {
    return 'en';
  }
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

  override lang(): string {
    return resolveLang(this.host);
  }

  /** The nearest explicit `ltr`/`rtl`, else the direction of the resolved language. */
  override dir(): 'ltr' | 'rtl' {
    const explicit = closestWithAttribute(this.host, 'dir')?.getAttribute('dir')?.toLowerCase();
    if (explicit === 'rtl' || explicit === 'ltr') return explicit;
    return this.exists('$dir', { lang: this.lang(), includeFallback: false }) && this.term('$dir' as TermKey) === 'rtl'
      ? 'rtl'
      : 'ltr';
  }

  /** The string for `key` in the resolved language, with `{placeholders}` filled from `values`. */
  t(key: TermKey, values?: TemplateValues): string {
    return fillTemplate(this.term(key), values);
  }
}
