import { loadLocale } from '../../src/index.js';

// The recipe for a server render in a shipped language: load its catalogue before rendering.
await loadLocale('es');
