/** German strings of <onward-similar-roles>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { similarRolesStrings } from '../en/similar-roles.js';

const similarRoles: Strings<typeof similarRolesStrings> = {
  'similarRoles.heading': 'Ähnliche Stellen',
  'similarRoles.headingFor': 'Stellen wie {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Veröffentlicht {when}',
  'similarRoles.loading': 'Ähnliche Stellen werden geladen …',
  'similarRoles.loaded': 'Ähnliche Stellen gefunden: {count}.',
  'similarRoles.empty': 'Gerade gibt es keine ähnlichen Stellen. Neue Stellen kommen laufend dazu.',
  'similarRoles.error': 'Ähnliche Stellen konnten gerade nicht geladen werden.',
  'similarRoles.retry': 'Erneut versuchen',
  'similarRoles.seeAll': 'Alle ähnlichen Stellen ansehen',
  'similarRoles.seeBoard': 'Alle offenen Stellen ansehen',
  'similarRoles.new': 'Neu',
  'similarRoles.errorNotFound':
    'Diese Stellenbörse ist gerade nicht zu finden. Alle offenen Stellen können Sie trotzdem ansehen.',
  'similarRoles.errorBusy': 'Die Stellenbörse ist gerade ausgelastet. Sie können es gleich noch einmal versuchen.',
  'similarRoles.errorNetwork':
    'Die Stellenbörse ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es dann noch einmal.',
  'similarRoles.errorTimeout': 'Die Stellenbörse braucht zu lange für eine Antwort.',
  'similarRoles.errorMalformed': 'Die Stellenliste kam in einem Format an, das wir nicht lesen können.',
  'similarRoles.keep': 'Merken',
  'similarRoles.kept': 'Gemerkt ✓',
  'similarRoles.keepLabel': 'Merken: {title}',
  'similarRoles.keptLabel': 'Gemerkt: {title}',
  'similarRoles.keptAnnounce': 'Gemerkt: {title}.',
  'similarRoles.unkeptAnnounce': 'Nicht mehr gemerkt: {title}.',
  'similarRoles.keptHeading': 'Ihre gemerkten Stellen',
  'similarRoles.unkeep': 'Entfernen',
  'similarRoles.unkeepLabel': 'Entfernen: {title}'
};

export default similarRoles;
