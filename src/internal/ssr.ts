import { isServer, noChange, type ReactiveElement } from 'lit';
import { live } from 'lit/directives/live.js';

/** Elements whose server-rendered shadow root is being adopted by the update in progress (or the next one). */
const hydrating = new WeakSet<object>();

/** Per element class: did Lit's hydration support patch the `LitElement` this class extends? */
const patched = new WeakMap<object, boolean>();

/**
 * Whether Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`) is in effect for
 * `elementClass`. Only public facts are read, so Lit's minified production build answers as its development build
 * does: the support announces itself as `globalThis.litElementHydrateSupport`, and when it loaded before Lit it adds
 * `defer-hydration` to every element's `observedAttributes`. Loaded after Lit (or never), it patched nothing: the
 * global may be there, the attribute is not, and Lit renders afresh.
 */
export function hydrationSupported(elementClass: typeof ReactiveElement): boolean {
  let known = patched.get(elementClass);
  if (known === undefined) {
    const announced = typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';
    known = announced && (elementClass.observedAttributes ?? []).includes('defer-hydration');
    patched.set(elementClass, known);
  }
  return known;
}

/**
 * Called from `createRenderRoot`, before Lit's: marks `host` as hydrating when it arrived with a declarative shadow
 * root from the server and the hydration support will adopt it. Returns whether it is hydrating.
 */
export function beginHydration(host: ReactiveElement): boolean {
  if (isServer || !host.shadowRoot) return false;
  if (!hydrationSupported(host.constructor as typeof ReactiveElement)) return false;
  hydrating.add(host);
  return true;
}

/** Called once the update that hydrated `host` has rendered. */
export function endHydration(host: object): void {
  hydrating.delete(host);
}

/**
 * True during the first update of an element rendered on the server (`@lit-labs/ssr`), when Lit's hydration support
 * adopts the server's DOM instead of rendering it. Hydration writes no text and no attributes, so that update must
 * render what the server rendered; what the server could not know (stored progress, an ancestor's `lang` or `dir`)
 * is applied in the update after it.
 */
export function isHydrating(host: object): boolean {
  return hydrating.has(host);
}

/**
 * `.checked=${liveChecked(done)}`: `live()` for a checkbox or radio button that also renders right on the server.
 * `@lit-labs/ssr` writes a property binding as an attribute, and HTML reads `checked="false"` as ticked, so there an
 * unticked box gets no attribute at all.
 */
export function liveChecked(checked: boolean) {
  return isServer && !checked ? noChange : live(checked);
}
