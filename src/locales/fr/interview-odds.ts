/** French strings of <onward-interview-odds>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { interviewOddsStrings } from '../en/interview-odds.js';

const interviewOdds: Strings<typeof interviewOddsStrings> = {
  'interviewOdds.heading': 'Plus loin que la plupart',
  'interviewOdds.headingReached': 'Vous avez décroché un entretien',
  'interviewOdds.context.both': 'Vous avez postulé au poste de {jobTitle} chez {company}.',
  'interviewOdds.context.company': 'Vous avez postulé chez {company}.',
  'interviewOdds.context.jobTitle': 'Vous avez postulé au poste de {jobTitle}.',
  'interviewOdds.one': 'Sur {applicants} candidatures, une seule a mené à un entretien\u00a0: la vôtre.',
  'interviewOdds.many': 'Sur {applicants} candidatures, {interviewed} ont mené à un entretien, dont la vôtre.',
  'interviewOdds.all': 'Toutes les personnes qui ont postulé ont eu un entretien, vous y compris.',
  'interviewOdds.closing':
    'Arriver jusque-là montre que votre candidature a retenu l’attention. Cette fois, ça n’a pas abouti, mais vous êtes plus près du but que vous ne le pensez peut-être.',
  'interviewOdds.general':
    'Vous avez obtenu un entretien : quelque chose dans votre candidature a retenu l’attention. Cette fois, ça n’a pas abouti, mais vous êtes plus près du but que vous ne le pensez peut-être.',
  'interviewOdds.share': '{percent} des candidatures ont mené à un entretien.',
  'interviewOdds.noteLabel': 'Une chose qui s’est bien passée',
  'interviewOdds.noteHint': 'Rien que pour vous, tant que c’est frais. Cela reste sur cet appareil.',
  'interviewOdds.noteHintNone': 'Rien que pour vous, tant que c’est frais. Rien n’est envoyé.',
  'interviewOdds.noteSave': 'Enregistrer',
  'interviewOdds.noteSaved': 'Enregistré sur cet appareil.',
  'interviewOdds.noteKept': 'Gardé pour cette visite.'
};

export default interviewOdds;
