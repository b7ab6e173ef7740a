import { hostileSuite } from './hostile-suite.js';

// Hostile input over every element outside the groups that have a file of their own (see HOSTILE_GROUPS), and the date
// fields of every element.
hostileSuite('rest');
