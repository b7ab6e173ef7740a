/** French strings of <onward-step-card>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { stepCardStrings } from '../en/step-card.js';

const stepCard: Strings<typeof stepCardStrings> = {
  'stepCard.badge': 'Étape {step}',
  'stepCard.markDone': 'Marquer comme fait',
  'stepCard.markDoneLabel': 'Marquer comme fait\u00a0: {heading}',
  'stepCard.defaultAction': 'Commencer',
  'stepCard.interview.heading': 'Vous avez décroché un entretien',
  'stepCard.interview.body':
    'On a voulu vous rencontrer : quelque chose dans votre candidature a retenu l’attention. Notez une chose qui s’est bien passée, tant que c’est frais.',
  'stepCard.interview.action': 'Voir le chemin parcouru',
  'stepCard.feedback.heading': 'Demander un retour',
  'stepCard.feedback.body':
    'Un message court et bienveillant peut vous dire quoi garder et quoi changer. Remerciez, puis posez une question claire.',
  'stepCard.feedback.action': 'Rédiger votre message',
  'stepCard.search.heading': 'Reprendre vos recherches',
  'stepCard.search.body':
    'Vous savez mieux maintenant ce que vous cherchez. Regardez quelques offres d’un œil neuf et gardez-en deux qui vous correspondent.',
  'stepCard.search.action': 'Voir les offres',
  'stepCard.learn.heading': 'Continuer à apprendre',
  'stepCard.learn.body':
    'Chaque entretien vous montre un point à développer. Choisissez une compétence tirée de celui-ci, et un moyen simple de la travailler.',
  'stepCard.learn.action': 'Planifier vos apprentissages',
  'stepCard.believe.heading': 'Garder confiance',
  'stepCard.believe.body':
    'Un refus concerne un poste, à un moment donné. Ce n’est pas un jugement sur vous. Nommez trois forces que cet entretien a révélées.',
  'stepCard.believe.action': 'Noter vos forces',
  'stepCard.done': 'Fait ✓',
  'stepCard.doneLabel': 'Fait\u00a0: {heading}'
};

export default stepCard;
