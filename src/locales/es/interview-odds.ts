/** Spanish strings of <onward-interview-odds>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { interviewOddsStrings } from '../en/interview-odds.js';

const interviewOdds: Strings<typeof interviewOddsStrings> = {
  'interviewOdds.heading': 'Llegaste más lejos que la mayoría',
  'interviewOdds.headingReached': 'Llegaste a la entrevista',
  'interviewOdds.context.both': 'Enviaste tu candidatura para {jobTitle} en {company}.',
  'interviewOdds.context.company': 'Enviaste tu candidatura a {company}.',
  'interviewOdds.context.jobTitle': 'Enviaste tu candidatura para {jobTitle}.',
  'interviewOdds.one': 'Fuiste la única persona entrevistada entre {applicants} candidaturas.',
  'interviewOdds.many': 'Fuiste una de las {interviewed} personas entrevistadas entre {applicants} candidaturas.',
  'interviewOdds.all': 'Todas las personas que enviaron su candidatura tuvieron entrevista, tú también.',
  'interviewOdds.closing':
    'Llegar hasta aquí significa que tu candidatura llamó la atención. Esta vez no salió, pero estás más cerca de lo que parece.',
  'interviewOdds.general':
    'Te llamaron para una entrevista: algo de tu candidatura llamó la atención. Esta vez no salió, pero estás más cerca de lo que parece.',
  'interviewOdds.share': 'El {percent} de las candidaturas llegó a entrevista.',
  'interviewOdds.noteLabel': 'Algo que salió bien',
  'interviewOdds.noteHint': 'Solo para ti, ahora que lo tienes fresco. Se queda en este dispositivo.',
  'interviewOdds.noteHintNone': 'Solo para ti, ahora que lo tienes fresco. No se envía a ningún sitio.',
  'interviewOdds.noteSave': 'Guardar',
  'interviewOdds.noteSaved': 'Guardado en este dispositivo.',
  'interviewOdds.noteKept': 'Guardado durante esta visita.'
};

export default interviewOdds;
