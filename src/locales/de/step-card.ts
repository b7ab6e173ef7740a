/** German strings of <onward-step-card>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { stepCardStrings } from '../en/step-card.js';

const stepCard: Strings<typeof stepCardStrings> = {
  'stepCard.badge': 'Schritt {step}',
  'stepCard.markDone': 'Als erledigt markieren',
  'stepCard.markDoneLabel': 'Als erledigt markieren: {heading}',
  'stepCard.defaultAction': 'Starten',
  'stepCard.interview.heading': 'Sie wurden zum Gespräch eingeladen',
  'stepCard.interview.body':
    'Man wollte mit Ihnen sprechen, Ihre Bewerbung ist also aufgefallen. Schreiben Sie eine Sache auf, die gut lief, solange sie frisch ist.',
  'stepCard.interview.action': 'Sehen, wie weit Sie gekommen sind',
  'stepCard.feedback.heading': 'Um Feedback bitten',
  'stepCard.feedback.body':
    'Eine kurze, freundliche Nachricht kann Ihnen zeigen, was Sie beibehalten und was Sie ändern sollten. Bedanken Sie sich und stellen Sie eine klare Frage.',
  'stepCard.feedback.action': 'Nachricht schreiben',
  'stepCard.search.heading': 'Wieder auf die Suche gehen',
  'stepCard.search.body':
    'Sie wissen jetzt besser, was Sie wollen. Sehen Sie sich ein paar Stellen mit frischem Blick an und merken Sie sich zwei, die zu Ihnen passen.',
  'stepCard.search.action': 'Offene Stellen ansehen',
  'stepCard.learn.heading': 'Weiter dazulernen',
  'stepCard.learn.body':
    'Jedes Gespräch zeigt Ihnen etwas, woran Sie wachsen können. Wählen Sie eine Fähigkeit daraus und einen kurzen Weg, sie zu üben.',
  'stepCard.learn.action': 'Lernziele planen',
  'stepCard.believe.heading': 'Weiter an sich selbst glauben',
  'stepCard.believe.body':
    'Ein Nein gilt einer Stelle zu einem bestimmten Zeitpunkt. Es ist kein Urteil über Sie. Nennen Sie drei Stärken, die dieses Gespräch gezeigt hat.',
  'stepCard.believe.action': 'Stärken aufschreiben',
  'stepCard.done': 'Erledigt ✓',
  'stepCard.doneLabel': 'Erledigt: {heading}'
};

export default stepCard;
