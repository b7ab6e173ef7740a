/** Brazilian Portuguese strings of <onward-similar-roles>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { similarRolesStrings } from '../en/similar-roles.js';

const similarRoles: Strings<typeof similarRolesStrings> = {
  'similarRoles.heading': 'Vagas parecidas',
  'similarRoles.headingFor': 'Vagas parecidas com {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Publicada {when}',
  'similarRoles.loading': 'Carregando vagas parecidas…',
  'similarRoles.loaded': 'Vagas parecidas encontradas: {count}.',
  'similarRoles.empty': 'Não há vagas parecidas para mostrar agora. Novas vagas surgem o tempo todo.',
  'similarRoles.error': 'Não foi possível carregar vagas parecidas agora.',
  'similarRoles.retry': 'Tentar de novo',
  'similarRoles.seeAll': 'Ver todas as vagas parecidas',
  'similarRoles.seeBoard': 'Ver todas as vagas abertas',
  'similarRoles.new': 'Nova',
  'similarRoles.errorNotFound':
    'Não encontramos este portal de vagas agora. Mesmo assim, você pode ver todas as vagas abertas.',
  'similarRoles.errorBusy': 'O portal de vagas está sobrecarregado no momento. Você pode tentar de novo daqui a pouco.',
  'similarRoles.errorNetwork': 'Não foi possível acessar o portal de vagas. Verifique sua conexão e tente de novo.',
  'similarRoles.errorTimeout': 'O portal de vagas está demorando demais para responder.',
  'similarRoles.errorMalformed': 'A lista de vagas chegou em um formato que não conseguimos ler.',
  'similarRoles.keep': 'Guardar',
  'similarRoles.kept': 'Guardada ✓',
  'similarRoles.keepLabel': 'Guardar: {title}',
  'similarRoles.keptLabel': 'Guardada: {title}',
  'similarRoles.keptAnnounce': 'Vaga guardada: {title}.',
  'similarRoles.unkeptAnnounce': 'Vaga removida: {title}.',
  'similarRoles.keptHeading': 'Vagas que você guardou',
  'similarRoles.unkeep': 'Remover',
  'similarRoles.unkeepLabel': 'Remover: {title}'
};

export default similarRoles;
