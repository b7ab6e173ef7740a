/** Brazilian Portuguese strings shared by every element, and the language’s name and direction. About the language: `../pt-BR.ts`. */
import type { LanguageTag, Strings } from '../en.js';
import type { commonStrings } from '../en/common.js';

const common: LanguageTag & Strings<typeof commonStrings> = {
  $code: 'pt-BR',
  $name: 'Português (Brasil)',
  $dir: 'ltr',

  'common.copy': 'Copiar',
  'common.copied': 'Copiado.',
  'common.copyFailed': 'Não foi possível copiar. O texto está selecionado para você copiar.',
  'common.dateInvalid': 'Digite uma data completa e real, entre {minYear} e {maxYear}, ou deixe este campo vazio.',
  'common.storageUnavailable':
    'Seu progresso não pode ser salvo neste dispositivo, mas continua aqui enquanto esta página estiver aberta.',
  'common.storageDiscarded':
    'Não foi possível ler seu progresso salvo, então tudo começa do zero. As novas alterações serão salvas.'
};

export default common;
