/** French strings of <onward-similar-roles>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { similarRolesStrings } from '../en/similar-roles.js';

const similarRoles: Strings<typeof similarRolesStrings> = {
  'similarRoles.heading': 'Postes similaires',
  'similarRoles.headingFor': 'Postes proches de {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Publié {when}',
  'similarRoles.loading': 'Chargement des postes similaires…',
  'similarRoles.loaded': 'Postes similaires trouvés\u00a0: {count}.',
  'similarRoles.empty': 'Aucun poste similaire à afficher pour le moment. De nouveaux postes arrivent régulièrement.',
  'similarRoles.error': 'Les postes similaires n’ont pas pu être chargés pour l’instant.',
  'similarRoles.retry': 'Réessayer',
  'similarRoles.seeAll': 'Voir tous les postes similaires',
  'similarRoles.seeBoard': 'Voir toutes les offres',
  'similarRoles.new': 'Nouveau',
  'similarRoles.errorNotFound':
    'Nous ne trouvons pas ce site d’offres pour le moment. Vous pouvez tout de même voir toutes les offres.',
  'similarRoles.errorBusy': 'Le site d’offres est très sollicité en ce moment. Vous pourrez réessayer dans un instant.',
  'similarRoles.errorNetwork': 'Impossible de joindre le site d’offres. Vérifiez votre connexion, puis réessayez.',
  'similarRoles.errorTimeout': 'Le site d’offres met trop de temps à répondre.',
  'similarRoles.errorMalformed': 'La liste des offres est arrivée dans un format que nous ne pouvons pas lire.',
  'similarRoles.keep': 'Garder',
  'similarRoles.kept': 'Gardée ✓',
  'similarRoles.keepLabel': 'Garder\u00a0: {title}',
  'similarRoles.keptLabel': 'Gardée\u00a0: {title}',
  'similarRoles.keptAnnounce': 'Offre gardée\u00a0: {title}.',
  'similarRoles.unkeptAnnounce': 'Offre retirée\u00a0: {title}.',
  'similarRoles.keptHeading': 'Les offres que vous avez gardées',
  'similarRoles.unkeep': 'Retirer',
  'similarRoles.unkeepLabel': 'Retirer\u00a0: {title}'
};

export default similarRoles;
