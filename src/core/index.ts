/** DOM-free functions of Onward Elements. Safe to import in Node. */
export { fillTemplate, placeholdersOf, type TemplateValues } from './template.js';
export { buildIcs, escapeText, foldLine, localDatePlus, type CalendarEvent, type IcsOptions } from './ics.js';
export { countWords, wellFormed } from './text.js';
