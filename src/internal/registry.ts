/**
 * This copy of the kit's own elements, and the scoped registry its composites create their children from.
 *
 * A careers page may load two different versions of the kit. The global `customElements` keeps the first copy's class
 * for each tag, so a newer `<onward-recovery-path>` would compose an older `<onward-step-card>` it was never tested
 * with. Where the browser has scoped custom element registries, a composite's shadow root uses a registry that holds
 * this copy's classes instead.
 */

declare const __ONWARD_VERSION__: string | undefined;

/** This build's version, from package.json at build time (`0.0.0-dev` when the sources run unbuilt). */
export const VERSION: string = typeof __ONWARD_VERSION__ === 'string' ? __ONWARD_VERSION__ : '0.0.0-dev';

/** Every tag this copy registers, with its own class, whichever copy owns the tag globally. */
const ownElements = new Map<string, CustomElementConstructor>();

/** Records one of this copy's elements; `defineElement` calls it for every tag. */
export function rememberElement(tagName: string, elementClass: CustomElementConstructor): void {
  ownElements.set(tagName, elementClass);
}

/** The registry interface `defineElements` needs: the global `customElements` or a `new CustomElementRegistry()`. */
export interface ElementRegistry {
  get(name: string): CustomElementConstructor | undefined;
  define(name: string, constructor: CustomElementConstructor): void;
}

const isRegistry = (value: unknown): value is ElementRegistry =>
  !!value &&
  typeof (value as ElementRegistry).get === 'function' &&
  typeof (value as ElementRegistry).define === 'function';

/**
 * Defines this copy's elements into `registry` (a `new CustomElementRegistry()` for a shadow root of your own, or
 * `customElements`): all of them, or only the `tags` named. A tag the registry already maps to this copy's class is
 * left alone; a tag it maps to another class keeps it, with one warning, as does a tag this copy does not have. Never
 * throws. Import the elements first (the package root and the CDN bundle register all of them).
 *
 * The recovery path composes its step cards and tools from this copy's own registry wherever it is defined, so
 * defining it alone is enough for it to work; name its children too if your markup uses them directly.
 *
 * @param registry - Where to define the elements.
 * @param tags - Which elements, by tag name (`onward-step-card`, …); every element when omitted.
 * @returns The tags this call defined.
 */
export function defineElements(registry: ElementRegistry, tags?: Iterable<string>): string[] {
  const defined: string[] = [];
  if (!isRegistry(registry)) {
    console.warn('[onward-elements] defineElements() needs a CustomElementRegistry; nothing was defined.');
    return defined;
  }
  let wanted: string[];
  try {
    wanted = tags === undefined || tags === null ? [...ownElements.keys()] : [...tags].map(String);
  } catch {
    wanted = [];
  }
  for (const tag of wanted) {
    const elementClass = ownElements.get(tag);
    if (!elementClass) {
      console.warn(`[onward-elements] defineElements(): this copy of the kit has no <${tag}>; skipped.`);
      continue;
    }
    try {
      const existing = registry.get(tag);
      if (existing === elementClass) continue;
      if (existing) {
        console.warn(`[onward-elements] <${tag}> is already defined in this registry by another class; keeping it.`);
        continue;
      }
      registry.define(tag, elementClass);
      defined.push(tag);
    } catch (error) {
      console.warn(`[onward-elements] defineElements() could not define <${tag}>:`, error);
    }
  }
  return defined;
}

type RegistryConstructor = new () => ElementRegistry;

/** True where `new CustomElementRegistry()` and `attachShadow({ customElementRegistry })` work (Chromium today). */
function scopedRegistriesSupported(): boolean {
  const Registry = (globalThis as { CustomElementRegistry?: RegistryConstructor }).CustomElementRegistry;
  if (typeof Registry !== 'function' || typeof document === 'undefined') return false;
  try {
    new Registry();
    return true;
  } catch {
    // WebKitGTK 2.50 and Firefox ESR expose the class but not its constructor: the global registry it is.
    return false;
  }
}

let scoped: ElementRegistry | null | undefined;

/**
 * A registry holding every element of this copy, for the shadow roots of its composites; `undefined` where scoped
 * registries do not exist, and the global registry is used as before.
 */
export function ownRegistry(): ElementRegistry | undefined {
  if (scoped === undefined) {
    scoped = scopedRegistriesSupported()
      ? new (globalThis as unknown as { CustomElementRegistry: RegistryConstructor }).CustomElementRegistry()
      : null;
  }
  if (!scoped) return undefined;
  // Elements imported after the first composite rendered join it too.
  for (const [tag, elementClass] of ownElements) {
    if (!scoped.get(tag)) {
      try {
        scoped.define(tag, elementClass);
      } catch {
        // A class another registry owns in a browser that allows only one: the global registry still serves the tag.
      }
    }
  }
  return scoped;
}

/**
 * Creates `element`'s shadow root from this copy's registry, where scoped registries exist, and has Lit create the
 * children it renders from it too. Call it from `createRenderRoot()` before `super.createRenderRoot()`. A shadow root
 * that already exists (server-rendered) keeps the registry it has.
 */
export function attachScopedShadow(
  element: HTMLElement & { renderOptions: { creationScope?: { importNode(node: Node, deep?: boolean): Node } } },
  options: ShadowRootInit
): void {
  if (element.shadowRoot) return;
  const registry = ownRegistry();
  if (!registry) return;
  try {
    element.attachShadow({ ...options, customElementRegistry: registry } as ShadowRootInit);
  } catch {
    // Refused after all: Lit attaches an ordinary shadow root, and the global registry serves the children.
    return;
  }
  // Lit clones each template with `creationScope.importNode`; the document's would upgrade the clones globally.
  element.renderOptions.creationScope = {
    importNode: (node: Node, deep?: boolean) =>
      (document.importNode as (node: Node, options: object) => Node)(node, {
        selfOnly: !deep,
        customElementRegistry: registry
      })
  };
}
