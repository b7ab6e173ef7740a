/** DOM-free functions of Onward Elements. Safe to import in Node. */
export { fillTemplate, placeholdersOf, type TemplateValues } from './template.js';
