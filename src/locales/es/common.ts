/** Spanish strings shared by every element, and the language’s name and direction. About the language: `../es.ts`. */
import type { LanguageTag, Strings } from '../en.js';
import type { commonStrings } from '../en/common.js';

const common: LanguageTag & Strings<typeof commonStrings> = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  'common.copy': 'Copiar',
  'common.copied': 'Copiado.',
  'common.copyFailed': 'No se pudo copiar. El texto está seleccionado para que puedas copiarlo tú.',
  'common.dateInvalid': 'Escribe una fecha completa y real, entre {minYear} y {maxYear}, o deja este campo vacío.',
  'common.storageUnavailable':
    'Tu progreso no se puede guardar en este dispositivo, pero se mantiene mientras esta página siga abierta.',
  'common.storageDiscarded':
    'No se pudo leer tu progreso guardado, así que empiezas de cero. Los cambios nuevos sí se guardarán.'
};

export default common;
