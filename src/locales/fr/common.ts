/** French strings shared by every element, and the language’s name and direction. About the language: `../fr.ts`. */
import type { LanguageTag, Strings } from '../en.js';
import type { commonStrings } from '../en/common.js';

const common: LanguageTag & Strings<typeof commonStrings> = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  'common.copy': 'Copier',
  'common.copied': 'Copié.',
  'common.copyFailed': 'Impossible de copier. Le texte est sélectionné, vous pouvez donc le copier vous-même.',
  'common.dateInvalid': 'Saisissez une date complète et réelle, entre {minYear} et {maxYear}, ou videz ce champ.',
  'common.storageUnavailable':
    'Votre progression ne peut pas être enregistrée sur cet appareil, mais elle reste ici tant que cette page est ouverte.',
  'common.storageDiscarded':
    'Votre progression enregistrée n’a pas pu être lue, tout repart donc de zéro. Les prochains changements seront enregistrés.'
};

export default common;
