/**
 * `onward-loader.js`: the recommended way to embed the kit from a CDN or a static folder.
 *
 * The page loads this small module once; each `onward-*` element is then defined the first time one appears (in the
 * document at load, added later, or inside a shadow root handed to `discover`), by importing that element's module
 * from the `elements/` folder beside this file. A page with one step card downloads the step card and the shared code,
 * nothing else.
 *
 * ```html
 * <script type="module" src="https://cdn.example/onward-elements/cdn/onward-loader.js"></script>
 * ```
 */
import { ELEMENT_MODULES, type OnwardTagName } from './internal/element-modules.js';

export { forgetAll } from './internal/storage-area.js';
export { registerTranslation } from './internal/localize.js';
export { defineElements, VERSION as version, type ElementRegistry } from './internal/registry.js';

const PREFIX = 'onward-';

/** Loads in progress or done, per tag. A failed load is removed so that a later `discover` tries again. */
const loads = new Map<OnwardTagName, Promise<void>>();
/** How often each tag has failed: a retry imports the module under a new URL, as browsers keep a failed import. */
const failures = new Map<OnwardTagName, number>();
/** Shadow roots (and the document) already watched for elements added later. */
const watched = new WeakSet<Node>();

function isKnownTag(name: string): name is OnwardTagName {
  return Object.prototype.hasOwnProperty.call(ELEMENT_MODULES, name);
}

/** This module's own URL: element modules sit beside it, wherever the folder is served from. */
const here = import.meta.url;

function moduleUrl(tag: OnwardTagName): string {
  // (`here`, not `import.meta.url` inline: bundlers rewrite that pattern into a build-time asset lookup.)
  const url = new URL(`./elements/${ELEMENT_MODULES[tag]}.js`, here);
  const tries = failures.get(tag) ?? 0;
  if (tries > 0) url.searchParams.set('retry', String(tries));
  return url.href;
}

/** Defines `tag` by importing its module once. An unknown tag, or one already defined (by another copy), is left alone. */
function load(tag: string): Promise<void> {
  if (!isKnownTag(tag) || customElements.get(tag)) return Promise.resolve();
  let loading = loads.get(tag);
  if (!loading) {
    loading = import(/* @vite-ignore */ moduleUrl(tag)).then(
      () => undefined,
      (error: unknown) => {
        loads.delete(tag);
        failures.set(tag, (failures.get(tag) ?? 0) + 1);
        // One warning per failure, not per element: `:not(:defined)` styles keep applying to the tag meanwhile.
        console.warn(
          `[onward-elements] <${tag}> could not be loaded from ${moduleUrl(tag)}; it stays undefined.`,
          error
        );
      }
    );
    loads.set(tag, loading);
  }
  return loading;
}

/** The undefined `onward-*` elements in and under `root` (the root itself included when it is an element). */
function undefinedTagsIn(root: ParentNode): Set<string> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith(PREFIX) && !customElements.get(root.localName)) {
    tags.add(root.localName);
  }
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith(PREFIX)) tags.add(element.localName);
  }
  return tags;
}

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) for (const tag of undefinedTagsIn(node)) void load(tag);
      }
    }
  }).observe(root, { childList: true, subtree: true });
}

/**
 * Defines every `onward-*` element found in `root` (a shadow root, or any element or document), and watches a shadow
 * root for elements added to it later. The document itself is watched from the moment the loader runs; shadow roots
 * are closed to observers outside them, so a host that renders the kit inside its own shadow root hands that root over.
 *
 * @returns a promise that settles when the elements found are defined (or have failed to load, with a warning).
 */
export async function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  if (root instanceof ShadowRoot) watch(root);
  await Promise.all([...undefinedTagsIn(root)].map(load));
}

// Module scripts run after the document is parsed, so everything the page holds is found here; later additions are
// seen by the observer. (Outside a browser there is nothing to define.)
if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  watch(document);
  void discover(document);
}
