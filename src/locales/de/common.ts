/** German strings shared by every element, and the language’s name and direction. About the language: `../de.ts`. */
import type { LanguageTag, Strings } from '../en.js';
import type { commonStrings } from '../en/common.js';

const common: LanguageTag & Strings<typeof commonStrings> = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  'common.copy': 'Kopieren',
  'common.copied': 'Kopiert.',
  'common.copyFailed': 'Kopieren hat nicht geklappt. Der Text ist markiert, sodass Sie ihn selbst kopieren können.',
  'common.dateInvalid':
    'Bitte geben Sie ein vollständiges, echtes Datum zwischen {minYear} und {maxYear} ein oder leeren Sie das Feld.',
  'common.storageUnavailable':
    'Ihr Fortschritt kann auf diesem Gerät nicht gespeichert werden. Solange diese Seite offen ist, bleibt er aber erhalten.',
  'common.storageDiscarded':
    'Ihr gespeicherter Fortschritt konnte nicht gelesen werden, deshalb beginnt alles neu. Neue Änderungen werden gespeichert.'
};

export default common;
