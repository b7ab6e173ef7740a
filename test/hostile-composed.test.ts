import { hostileSuite } from './hostile-suite.js';

// Hostile input over the recovery path (with every tool open) and similar roles (with its feeds).
hostileSuite('composed');
