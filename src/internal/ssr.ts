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
    const announced =
      typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';
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

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** One control the candidate changed in the server's DOM before the kit's code ran. */
export interface EarlyInput {
  /** The control, and its place among the root's controls (for a root rendered afresh). */
  node: Control;
  index: number;
  value: string;
  checked: boolean;
}

const CONTROLS = 'input, textarea, select';

const isBox = (control: Control): control is HTMLInputElement =>
  control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');

/** Whether the candidate changed `control` from what the server rendered. */
function changedByHand(control: Control): boolean {
  if (isBox(control)) return control.checked !== control.defaultChecked;
  if (control instanceof HTMLSelectElement)
    return [...control.options].some((option) => option.selected !== option.defaultSelected);
  return control.value !== control.defaultValue;
}

/**
 * What the candidate typed, ticked or chose in a server-rendered shadow root before the element's code loaded: read
 * just before hydration, which sets every control to the element's own (still empty) state.
 */
export function readEarlyInput(root: ShadowRoot | null): EarlyInput[] {
  if (isServer || !root) return [];
  return [...root.querySelectorAll<Control>(CONTROLS)]
    .map((node, index) => ({ node, index, value: node.value, checked: isBox(node) && node.checked }))
    .filter(({ node }) => changedByHand(node));
}

/**
 * Puts early input back once the element has rendered, as if it had been typed then: the element's own `input` and
 * `change` handlers run, so it is shown, announced and saved like anything typed later. The same node when hydration
 * kept it, else the control in the same place of a root rendered afresh.
 */
export function replayEarlyInput(root: ShadowRoot, early: readonly EarlyInput[]): void {
  const controls = [...root.querySelectorAll<Control>(CONTROLS)];
  for (const entry of early) {
    const control = entry.node.isConnected && entry.node.getRootNode() === root ? entry.node : controls[entry.index];
    if (!control || control.disabled || control.localName !== entry.node.localName) continue;
    if (isBox(control)) {
      // A radio button cannot be clicked off: the one chosen is clicked on, which unchooses the rest.
      if (control.checked !== entry.checked && (control.type === 'checkbox' || entry.checked)) control.click();
    } else if (control.value !== entry.value) {
      control.value = entry.value;
      control.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' })
      );
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}
