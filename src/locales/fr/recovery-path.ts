/** French strings of <onward-recovery-path>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { recoveryPathStrings } from '../en/recovery-path.js';

const recoveryPath: Strings<typeof recoveryPathStrings> = {
  'recoveryPath.heading': 'Votre chemin pour la suite',
  'recoveryPath.intro': 'Quelques petites étapes pour tourner la page. Dans l’ordre que vous voulez, à votre rythme.',
  'recoveryPath.progress': 'Étapes terminées\u00a0: {done} sur {total}',
  'recoveryPath.loadingTool': 'Ouverture…',
  'recoveryPath.allDone': 'Vous avez fait chaque étape. Cela demandait de l’attention, et c’est tout à votre honneur.',
  'recoveryPath.stepDone': 'Fait\u00a0: {heading}. Étapes terminées\u00a0: {done} sur {total}.',
  'recoveryPath.stepUndone': 'Pas encore fait\u00a0: {heading}. Étapes terminées\u00a0: {done} sur {total}.',
  'recoveryPath.weekHeading': 'Petites choses pour cette semaine',
  'recoveryPath.finishDid': 'Voici ce que vous avez fait\u00a0:',
  'recoveryPath.did.interview': 'Vous avez noté ce qui s’est bien passé.',
  'recoveryPath.did.feedback': 'Vous avez demandé un retour.',
  'recoveryPath.did.search': 'Vous avez regardé de nouvelles offres.',
  'recoveryPath.did.learn': 'Vous avez choisi quoi apprendre.',
  'recoveryPath.did.believe': 'Vous avez nommé vos forces.',
  'recoveryPath.finishKeep':
    'Gardez ce que vous avez écrit pour votre prochain entretien. Tout reste enregistré sur cet appareil.',
  'recoveryPath.finishKeepNone':
    'Gardez ce que vous avez écrit pour votre prochain entretien\u00a0: copiez-le avant de fermer cette page.'
};

export default recoveryPath;
