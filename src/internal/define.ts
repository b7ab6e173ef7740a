import { rememberElement } from './registry.js';

/**
 * Registers a custom element without ever throwing.
 *
 * A careers page may load two copies of the kit (a CMS widget and a bundle, say). Defining a tag that the same class
 * already owns does nothing; a tag owned by another class keeps its first owner and logs one warning.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  // Whatever the global registry says, this copy's composites and `defineElements()` use this copy's class.
  rememberElement(tagName, elementClass);
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (existing === elementClass) return;
  if (existing) {
    console.warn(
      `[onward-elements] <${tagName}> is already defined by another copy of the library; keeping the first one. ` +
        'Load the kit once per page to avoid this.'
    );
    return;
  }
  customElements.define(tagName, elementClass);
}
