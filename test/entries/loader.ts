/**
 * The kit as a page gets it from `dist/cdn/onward-loader.js`, loaded before the tests in the "through the loader" group
 * (web-test-runner.config.mjs), so the cross-cutting suites run over the elements in the loader's chunks. The module
 * settles once the loader has defined every element, so a suite's fixtures meet defined elements, as they would on a
 * page after the loader's first pass.
 */
import { ELEMENT_MODULES } from '../../src/internal/element-modules.js';

interface LoaderModule {
  discover(root: Element): Promise<void>;
}

const loader = (await import('/dist/cdn/onward-loader.js' as string)) as LoaderModule;
const every = document.createElement('div');
for (const tag of Object.keys(ELEMENT_MODULES)) every.append(document.createElement(tag));
await loader.discover(every);
const missing = Object.keys(ELEMENT_MODULES).filter((tag) => !customElements.get(tag));
if (missing.length > 0) throw new Error(`the loader did not define ${missing.join(', ')}`);

export {};
