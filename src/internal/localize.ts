import { LocalizeController, registerTranslation as registerInLibrary, update } from '@shoelace-style/localize';
import { isServer, type ReactiveControllerHost } from 'lit';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '../core/dates.js';
import { fillTemplate, type TemplateValues } from '../core/template.js';
import type { Catalogue, TermKey } from '../locales/en.js';
import { commonStrings } from '../locales/en/common.js';
import commonLanguages from './languages/common.js';
import { isHydrating } from './ssr.js';

/**
 * The built-in English, registered first, so the library also uses it as the fallback for any language without a
 * catalogue. Each element's define module adds its own strings to this same object (`addEnglish`), so an element's
 * entry carries only its own English, and the fallback always holds every string registered so far.
 */
const english: Translation = { $code: 'en', $name: 'English', $dir: 'ltr', ...commonStrings };
registerInLibrary(english);

/**
 * Adds an element's English strings to the built-in catalogue (called once by each define module), with where its
 * strings are in the other shipped languages: from then on, every language a page asks for also loads that part.
 */
export function addEnglish(strings: Partial<Catalogue>, languages?: Languages): void {
  Object.assign(english, strings);
  termCache.clear();
  if (!languages || partsInUse.has(languages)) return;
  partsInUse.add(languages);
  for (const key of asked.keys()) void loadParts(key, [languages]);
}

/**
 * What `registerTranslation` takes: a whole catalogue, or only some of its strings (an override, or a new language
 * still being translated; English shows for any key left out). `$code`, `$name` and `$dir` are always required.
 *
 * @example
 * const brand: Translation = { $code: 'de', $name: 'Deutsch', $dir: 'ltr', 'stepCard.markDone': 'Erledigt' };
 */
export type Translation = Pick<Catalogue, '$code' | '$name' | '$dir'> & Partial<Catalogue>;

/**
 * Everything registered so far, per lower-case code, in order: when a shipped catalogue loads on demand after the host
 * registered its own strings for that language, the host's strings are put back on top of it.
 */
const registered = new Map<string, Translation[]>();

/**
 * Registers a catalogue, or overrides some strings of a registered one:
 * `registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', 'stepCard.markDone': 'Done?' })`.
 * A new language should have every key of the English catalogue (a missing key shows in English). What a host
 * registers stays in force when the shipped catalogue of that language loads later.
 */
export function registerTranslation(...catalogues: Translation[]): void {
  termCache.clear();
  for (const catalogue of catalogues) {
    const code = catalogue.$code.toLowerCase();
    const layers = registered.get(code) ?? [];
    if (!layers.includes(catalogue)) registered.set(code, [...layers, catalogue]);
  }
  registerInLibrary(...catalogues);
}

/** Puts a shipped catalogue that has just loaded underneath everything else registered for its language. */
function placeShipped(catalogue: Catalogue): void {
  termCache.clear();
  const others = (registered.get(catalogue.$code.toLowerCase()) ?? []).filter((layer) => layer !== catalogue);
  registerInLibrary(catalogue, ...others);
}

/**
 * Looked-up strings per language, as the library validates the language with `new Intl.Locale` on every lookup, the
 * costliest step of rendering a card. Strings only change when a catalogue is registered, which clears this.
 */
const termCache = new Map<string, Map<string, string>>();
const validLocales = new Map<string, boolean>();
const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * Numbers already written, by format and value: a page shows the same few (step numbers, counts) in many elements, and
 * formatting is the costliest part of a card's render. Emptied when it reaches `MAX_NUMBERS` entries.
 */
const writtenNumbers = new Map<string, string>();
const MAX_NUMBERS = 500;

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

/** The languages that ship besides English, by lower-case code. */
export type ShippedLanguage = 'ar' | 'de' | 'es' | 'fr' | 'pt-br';

/**
 * One part of the catalogue in every shipped language (`src/internal/languages/<part>.ts`): the module that holds it
 * in `src/locales/<code>/<part>.ts`. Bundlers make each a chunk of its own.
 */
export type Languages = Record<ShippedLanguage, () => Promise<{ default: Partial<Catalogue> }>>;

/**
 * Languages load on demand, part by part: a page asks for a language when an element on it resolves to that language,
 * and gets the shared part plus the part of each element defined on it (more parts follow when more elements are
 * defined later). The library looks up `language-region`, then `language`, then English, so `es-MX` reads `es`.
 * Portuguese ships as Brazilian Portuguese only: `pt`, `pt-PT` and `pt-AO` read it too (understandable to every
 * Portuguese reader, and closer than English) unless the host registers a `pt`/`pt-PT` catalogue of its own. The
 * shipped strings go underneath whatever the host registered for that language.
 */
const filesOf = (key: string) => (key === 'pt' ? 'pt-br' : key) as ShippedLanguage;
const ships = (key: string) => Object.prototype.hasOwnProperty.call(commonLanguages, filesOf(key));

/** The parts every language loads: the shared one, and each defined element's (added by `addEnglish`). */
const partsInUse = new Set<Languages>([commonLanguages]);
/** Per language asked for: the parts asked for so far, and a promise that settles once all of them have landed. */
const asked = new Map<string, { parts: Set<Languages>; landed: Promise<void> }>();
/** The shipped strings loaded so far, per language: one object, so it can be placed under the host's strings. */
const shipped = new Map<string, Catalogue>();

/**
 * Loads the parts of one shipped language not asked for yet, and registers them together once all have arrived. Each
 * batch includes the shared part, which names the language and its direction.
 */
function loadParts(key: string, parts: Iterable<Languages>): Promise<void> {
  const state = asked.get(key) ?? { parts: new Set<Languages>(), landed: Promise.resolve() };
  asked.set(key, state);
  const fresh = [...parts].filter((part) => !state.parts.has(part));
  if (fresh.length === 0) return state.landed;
  for (const part of fresh) state.parts.add(part);
  const files = filesOf(key);
  // The shared part again in every batch costs no request: the browser imports each module once.
  const fetched = [commonLanguages, ...fresh].map((part) =>
    part[files]().then(
      (module) => module.default,
      (error: unknown) =>
        console.warn(`[onward-elements] could not load some "${files}" strings: English there.`, error)
    )
  );
  const batch = Promise.all(fetched).then((loaded) => {
    const strings = loaded.filter((part) => part !== undefined);
    if (strings.length === 0) return;
    let catalogue = shipped.get(key);
    if (!catalogue) shipped.set(key, (catalogue = {} as Catalogue));
    // Under the code asked for: `pt` reads the Brazilian strings as its own.
    Object.assign(catalogue, ...strings, { $code: key });
    placeShipped(catalogue);
    update();
  });
  state.landed = Promise.all([state.landed, batch]).then(() => undefined);
  return state.landed;
}

/**
 * Loads what ships for `lang` (region first, then language) for the elements defined so far. Resolves either way;
 * asking again costs nothing.
 */
export function loadLocale(lang: string): Promise<void> {
  const code = String(lang).toLowerCase();
  const key = ships(code) ? code : code.split('-')[0];
  if (!ships(key)) return Promise.resolve();
  return loadParts(key, partsInUse);
}

/**
 * The element, else its nearest ancestor (across shadow roots), that carries the attribute. On the server an element
 * has no ancestors: only its own attribute counts.
 */
function closestWithAttribute(start: Element, attribute: string): Element | undefined {
  let node: Element | null = start;
  while (node) {
    if (node.hasAttribute(attribute) && node.getAttribute(attribute)!.trim() !== '') return node;
    node = isServer ? null : (node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null));
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
  private hydrating = false;

  hostUpdate(): void {
    this.hydrating = isHydrating(this.host);
  }

  hostUpdated(): void {
    this.resolvedLang = undefined;
    this.resolvedDir = undefined;
    // The hydrating update rendered what the server did (English, left to right, nothing from the visitor's clock); the
    // next one renders what this page resolves to, and writes whatever differs. A microtask: a new update, not a change
    // inside this one.
    if (this.hydrating) queueMicrotask(() => this.host.requestUpdate());
  }

  /**
   * The resolved language. While a server-rendered element hydrates, English: hydration keeps the server's text
   * without comparing it, so that update renders what the server shows when it has no other catalogue loaded, and
   * the next update writes the real language (also over a server render that did have the catalogue).
   */
  override lang(): string {
    if (isHydrating(this.host)) return 'en';
    return (this.resolvedLang ??= resolveLang(this.host));
  }

  /** The nearest explicit `ltr`/`rtl`, else the direction of the resolved language (left to right while hydrating). */
  override dir(): 'ltr' | 'rtl' {
    if (isHydrating(this.host)) return 'ltr';
    if (this.resolvedDir) return this.resolvedDir;
    const explicit = closestWithAttribute(this.host, 'dir')?.getAttribute('dir')?.toLowerCase();
    const dir = explicit === 'rtl' || explicit === 'ltr' ? explicit : this.lookup('$dir') === 'rtl' ? 'rtl' : 'ltr';
    return (this.resolvedDir = dir);
  }

  /**
   * The string for `key` in the resolved language, with `{placeholders}` filled from `values`. `{minYear}` and
   * `{maxYear}` (the years a date field accepts) are filled for every string, written in the language's digits, so no
   * catalogue types a number into a sentence.
   */
  t(key: TermKey, values?: TemplateValues): string {
    const term = this.lookup(key);
    if (!term.includes('Year}')) return fillTemplate(term, values);
    const year = (value: number) => this.number(value, { useGrouping: false });
    return fillTemplate(term, { minYear: year(MIN_CALENDAR_YEAR), maxYear: year(MAX_CALENDAR_YEAR), ...values });
  }

  override number(value: number | string, options?: Intl.NumberFormatOptions): string {
    const number = Number(value);
    if (Number.isNaN(number)) return '';
    const key = `${this.lang()}|${options ? JSON.stringify(options) : ''}`;
    const numberKey = `${key}|${number}`;
    let text = writtenNumbers.get(numberKey);
    if (text !== undefined) return text;
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(this.lang(), options)));
    if (writtenNumbers.size >= MAX_NUMBERS) writtenNumbers.clear();
    writtenNumbers.set(numberKey, (text = format.format(number)));
    return text;
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
