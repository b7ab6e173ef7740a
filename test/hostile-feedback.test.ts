import { hostileSuite } from './hostile-suite.js';

// Hostile input over <onward-feedback-request>, the element with the most fields.
hostileSuite('feedback');
