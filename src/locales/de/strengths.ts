/** German strings of <onward-strengths>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { strengthsStrings } from '../en/strengths.js';

const strengths: Strings<typeof strengthsStrings> = {
  'strengths.heading': 'Drei Stärken, die dieses Gespräch gezeigt hat',
  'strengths.intro':
    'Man wollte Sie kennenlernen, also ist etwas an Ihnen aufgefallen. Schreiben Sie in eigenen Worten auf, was es war.',
  'strengths.fieldLabel': 'Stärke {n}',
  'strengths.prompt1': 'Welche Frage haben Sie gut beantwortet?',
  'strengths.prompt2': 'Welchen Teil Ihrer bisherigen Arbeit haben Sie klar erklärt?',
  'strengths.prompt3': 'Wofür hat sich Ihr Gegenüber am meisten interessiert?',
  'strengths.prompt4': 'Wie sind Sie drangeblieben, als eine Frage schwierig war?',
  'strengths.prompt5': 'Welche Fähigkeit aus der Stellenanzeige bringen Sie schon mit?',
  'strengths.prompt6': 'Was hätte ein Mensch, der Ihnen nahesteht, an Ihrem Auftritt gelobt?',
  'strengths.anotherPrompt': 'Andere Frage zeigen',
  'strengths.anotherPromptFor': 'Andere Frage für Stärke {n} zeigen',
  'strengths.newPrompt': 'Neue Frage für Stärke {n}: {prompt}',
  'strengths.cardHeading': 'Ihre Stärken',
  'strengths.copyLabel': 'Ihre Stärken kopieren',
  'strengths.print': 'Drucken',
  'strengths.cardHint': 'Bewahren Sie das dort auf, wo Sie es vor Ihrem nächsten Gespräch sehen.'
};

export default strengths;
