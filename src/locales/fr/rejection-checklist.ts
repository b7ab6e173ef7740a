/** French strings of <onward-rejection-checklist>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { rejectionChecklistStrings } from '../en/rejection-checklist.js';

const rejectionChecklist: Strings<typeof rejectionChecklistStrings> = {
  'checklist.heading': 'À faire cette semaine',
  'checklist.group.interview': 'Faire le point',
  'checklist.group.feedback': 'Obtenir un retour',
  'checklist.group.search': 'Votre recherche',
  'checklist.group.learn': 'Développer vos compétences',
  'checklist.group.believe': 'Prendre soin de vous',
  'checklist.progress': 'Fait\u00a0: {completed} sur {total}',
  'checklist.suggested': 'Vers le jour {day}',
  'checklist.announceDone': 'Fait\u00a0: {label}. Progression\u00a0: {completed} sur {total}.',
  'checklist.announceUndone': 'Pas encore fait\u00a0: {label}. Progression\u00a0: {completed} sur {total}.',
  'checklist.announceCleared': 'Vos coches sont effacées. Progression\u00a0: {completed} sur {total}.',
  'checklist.allDone': 'Tout est fait\u00a0: {total} sur {total}. Vous avez tenu bon, et ça compte.',
  'checklist.copyText': 'Copier en texte',
  'checklist.reminders': 'Ajouter des rappels',
  'checklist.remindersReady': 'Votre fichier de calendrier est prêt dans vos téléchargements.',
  'checklist.remindersFailed': 'Le fichier de calendrier n’a pas pu être créé sur cet appareil.',
  'checklist.reminderFile': 'prochaines-etapes.ics',
  'checklist.reminderDescription': 'Un rappel de votre liste. Un petit pas suffit.',
  'checklist.reset': 'Recommencer',
  'checklist.resetQuestion': 'Effacer toutes vos coches et recommencer\u202f?',
  'checklist.resetConfirm': 'Oui, recommencer',
  'checklist.resetCancel': 'Garder mes coches',
  'checklist.copyFallbackLabel': 'Votre liste en texte',
  'checklist.item.noteWentWell': 'Notez une chose qui s’est bien passée pendant l’entretien',
  'checklist.item.noteWentWell.description': 'Faites-le aujourd’hui, tant que les détails sont frais.',
  'checklist.item.tellSomeone': 'Racontez à une personne de confiance le chemin parcouru',
  'checklist.item.sendThanks': 'Envoyez un court remerciement aux personnes rencontrées',
  'checklist.item.sendThanks.description': 'Deux ou trois lignes suffisent.',
  'checklist.item.askFeedback': 'Demandez un retour avec une question claire',
  'checklist.item.askFeedback.description':
    'Par exemple\u00a0: qu’est-ce qui aurait rendu mes réponses plus solides\u202f?',
  'checklist.item.followUpOnce': 'Sans nouvelles au bout d’une semaine, relancez une fois',
  'checklist.item.followUpOnce.description': 'Un message poli suffit. Ensuite, passez à autre chose.',
  'checklist.item.saveRoles': 'Enregistrez deux offres qui vous correspondent',
  'checklist.item.refreshCv': 'Ajoutez à votre CV une chose que ce processus vous a apprise',
  'checklist.item.applyAgain': 'Envoyez une nouvelle candidature qui vous tient à cœur',
  'checklist.item.applyAgain.description': 'Une candidature soignée vaut mieux que dix envoyées à la hâte.',
  'checklist.item.pickSkill': 'Choisissez une compétence à développer',
  'checklist.item.pickSkill.description':
    'Les retours reçus, ou une question qui vous a semblé difficile, sont un bon point de départ.',
  'checklist.item.practise': 'Entraînez-vous {minutes} minutes sur cette compétence',
  'checklist.item.listStrengths': 'Notez trois forces que cet entretien a révélées',
  'checklist.item.restWell': 'Faites une chose rien que pour vous',
  'checklist.item.restWell.description': 'Une balade, un appel, un bon repas. Le repos fait partie du travail.',
  'checklist.suggestedToday': 'Aujourd’hui, si vous le pouvez'
};

export default rejectionChecklist;
