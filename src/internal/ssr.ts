import { isServer, noChange } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * True during the first update of an element rendered on the server (`@lit-labs/ssr`), when Lit's hydration support
 * (`@lit-labs/ssr-client/lit-element-hydrate-support.js`) adopts the server's DOM instead of rendering it. Hydration
 * writes no text and no attributes, so that update must render what the server rendered; what the server could not
 * know (stored progress, an ancestor's `lang` or `dir`) is applied in the update after it.
 */
export function isHydrating(host: object): boolean {
  // Set by the hydration support in `createRenderRoot`, cleared once the first update has hydrated.
  return (host as { _$needsHydration?: boolean })._$needsHydration === true;
}

/**
 * `.checked=${liveChecked(done)}`: `live()` for a checkbox or radio button that also renders right on the server.
 * `@lit-labs/ssr` writes a property binding as an attribute, and HTML reads `checked="false"` as ticked, so there an
 * unticked box gets no attribute at all.
 */
export function liveChecked(checked: boolean) {
  return isServer && !checked ? noChange : live(checked);
}
