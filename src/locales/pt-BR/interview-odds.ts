/** Brazilian Portuguese strings of <onward-interview-odds>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { interviewOddsStrings } from '../en/interview-odds.js';

const interviewOdds: Strings<typeof interviewOddsStrings> = {
  'interviewOdds.heading': 'Você foi mais longe que a maioria',
  'interviewOdds.headingReached': 'Você chegou à entrevista',
  'interviewOdds.context.both': 'Você se candidatou à vaga de {jobTitle} na empresa {company}.',
  'interviewOdds.context.company': 'Você se candidatou a uma vaga na empresa {company}.',
  'interviewOdds.context.jobTitle': 'Você se candidatou à vaga de {jobTitle}.',
  'interviewOdds.one': 'De {applicants} candidaturas, só uma chegou à entrevista: a sua.',
  'interviewOdds.many': 'De {applicants} candidaturas, {interviewed} chegaram à entrevista, e a sua foi uma delas.',
  'interviewOdds.all': 'Todas as pessoas que se candidataram foram entrevistadas, inclusive você.',
  'interviewOdds.closing':
    'Chegar até aqui mostra que sua candidatura chamou a atenção. Desta vez não deu certo, mas você está mais perto do que talvez pareça.',
  'interviewOdds.general':
    'Você conseguiu uma entrevista, então sua candidatura chamou a atenção. Desta vez não deu certo, mas você está mais perto do que talvez pareça.',
  'interviewOdds.share': '{percent} das candidaturas chegaram à entrevista.',
  'interviewOdds.noteLabel': 'Uma coisa que deu certo',
  'interviewOdds.noteHint': 'Só para você, enquanto está fresco. Fica neste dispositivo.',
  'interviewOdds.noteHintNone': 'Só para você, enquanto está fresco. Nada é enviado.',
  'interviewOdds.noteSave': 'Salvar',
  'interviewOdds.noteSaved': 'Salvo neste dispositivo.',
  'interviewOdds.noteKept': 'Guardado durante esta visita.'
};

export default interviewOdds;
