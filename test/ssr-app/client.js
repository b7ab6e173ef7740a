// Lit's hydration support first: it must run before Lit and the elements load.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// The same elements the server rendered (here all of them).
import 'onward-elements';
