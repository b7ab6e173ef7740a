/** French strings of <onward-learning-plan>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { learningPlanStrings } from '../en/learning-plan.js';

const learningPlan: Strings<typeof learningPlanStrings> = {
  'learningPlan.heading': 'Votre plan d’apprentissage',
  'learningPlan.intro':
    'Transformez ce que vous avez entendu pendant cet entretien en deux ou trois choses à apprendre.',
  'learningPlan.formHeading': 'Ajouter un objectif',
  'learningPlan.skillLabel': 'Compétence à acquérir',
  'learningPlan.skillHint': 'Par exemple\u00a0: écrire des requêtes SQL, ou raconter un projet passé.',
  'learningPlan.resourceLabel': 'Lien vers un cours, une vidéo ou un article (facultatif)',
  'learningPlan.dateLabel': 'Date visée (facultatif)',
  'learningPlan.add': 'Ajouter l’objectif',
  'learningPlan.skillRequired': 'Indiquez la compétence que vous voulez acquérir.',
  'learningPlan.resourceInvalid':
    'Ce lien ne peut pas être utilisé ici. Collez une adresse web qui commence par https://, ou laissez le champ vide.',
  'learningPlan.suggestionsLabel': 'Ressources suggérées',
  'learningPlan.suggestion': 'Suggestion\u00a0: {title}',
  'learningPlan.suggestionsAvailable': 'Des ressources suggérées sont listées sous le champ de compétence.',
  'learningPlan.suggestionUsed': 'Lien ajouté\u00a0: {title}.',
  'learningPlan.softLimit':
    'Trois objectifs, c’est bien assez pour l’instant. En terminer un d’abord fait souvent plus de bien que d’en commencer plusieurs.',
  'learningPlan.empty': 'Pas encore d’objectif. Une petite compétence, c’est un très bon début.',
  'learningPlan.listLabel': 'Vos objectifs',
  'learningPlan.progress': '{done} sur {total} atteints',
  'learningPlan.due': 'D’ici le {date}',
  'learningPlan.resourceLink': 'Ressource\u00a0: {site}',
  'learningPlan.newTab': '(s’ouvre dans un nouvel onglet)',
  'learningPlan.edit': 'Modifier',
  'learningPlan.editLabel': 'Modifier {skill}',
  'learningPlan.editContext': '(modification\u00a0: {skill})',
  'learningPlan.remove': 'Supprimer',
  'learningPlan.removeLabel': 'Supprimer {skill}',
  'learningPlan.save': 'Enregistrer',
  'learningPlan.cancel': 'Annuler',
  'learningPlan.added': 'Objectif ajouté\u00a0: {skill}.',
  'learningPlan.updated': 'Objectif enregistré\u00a0: {skill}.',
  'learningPlan.removed': 'Objectif supprimé\u00a0: {skill}.',
  'learningPlan.progressAnnounce': 'Objectifs atteints\u00a0: {done} sur {total}.',
  'learningPlan.exportIcs': 'Ajouter les dates à mon agenda',
  'learningPlan.exported': 'Votre fichier de calendrier est prêt dans vos téléchargements.',
  'learningPlan.exportFailed': 'Le fichier de calendrier n’a pas pu être créé sur cet appareil.',
  'learningPlan.icsSummary': 'Objectif d’apprentissage\u00a0: {skill}',
  'learningPlan.icsDescription': 'Un objectif de votre plan d’apprentissage. Chaque petit pas compte.',
  'learningPlan.icsResource': 'Un objectif de votre plan d’apprentissage. Ressource\u00a0: {url}'
};

export default learningPlan;
