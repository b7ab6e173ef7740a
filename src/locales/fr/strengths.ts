/** French strings of <onward-strengths>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { strengthsStrings } from '../en/strengths.js';

const strengths: Strings<typeof strengthsStrings> = {
  'strengths.heading': 'Trois forces révélées par cet entretien',
  'strengths.intro':
    'On a voulu vous rencontrer, donc quelqu’un a vu quelque chose en vous. Notez ce que c’était, avec vos propres mots.',
  'strengths.fieldLabel': 'Force {n}',
  'strengths.prompt1': 'À quelle question avez-vous bien répondu\u202f?',
  'strengths.prompt2': 'Quelle partie de votre parcours avez-vous expliquée clairement\u202f?',
  'strengths.prompt3': 'Qu’est-ce qui semblait le plus intéresser vos interlocuteurs\u202f?',
  'strengths.prompt4': 'Comment avez-vous tenu bon face à une question difficile\u202f?',
  'strengths.prompt5': 'Quelle compétence demandée dans l’offre avez-vous déjà\u202f?',
  'strengths.prompt6': 'Si un proche avait assisté à l’entretien, qu’aurait-il salué chez vous\u202f?',
  'strengths.anotherPrompt': 'Voir une autre question',
  'strengths.anotherPromptFor': 'Voir une autre question pour la force {n}',
  'strengths.newPrompt': 'Nouvelle question pour la force {n}\u00a0: {prompt}',
  'strengths.cardHeading': 'Vos forces',
  'strengths.copyLabel': 'Copier vos forces',
  'strengths.print': 'Imprimer',
  'strengths.cardHint': 'Gardez ceci à un endroit où vous le verrez avant votre prochain entretien.'
};

export default strengths;
