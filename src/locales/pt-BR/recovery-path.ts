/** Brazilian Portuguese strings of <onward-recovery-path>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { recoveryPathStrings } from '../en/recovery-path.js';

const recoveryPath: Strings<typeof recoveryPathStrings> = {
  'recoveryPath.heading': 'Seu caminho daqui para frente',
  'recoveryPath.intro':
    'Alguns passos pequenos para ajudar você a seguir em frente. Faça na ordem que quiser, no seu ritmo.',
  'recoveryPath.progress': '{done} de {total} etapas concluídas',
  'recoveryPath.loadingTool': 'Abrindo…',
  'recoveryPath.allDone': 'Você fez todas as etapas. Isso exigiu cuidado, e é motivo de orgulho.',
  'recoveryPath.stepDone': 'Feito: {heading}. {done} de {total} etapas concluídas.',
  'recoveryPath.stepUndone': 'Ainda não feito: {heading}. {done} de {total} etapas concluídas.',
  'recoveryPath.weekHeading': 'Pequenas coisas para esta semana',
  'recoveryPath.finishDid': 'Veja o que você fez:',
  'recoveryPath.did.interview': 'Você anotou o que deu certo.',
  'recoveryPath.did.feedback': 'Você pediu feedback.',
  'recoveryPath.did.search': 'Você olhou novas vagas.',
  'recoveryPath.did.learn': 'Você escolheu algo para aprender.',
  'recoveryPath.did.believe': 'Você citou seus pontos fortes.',
  'recoveryPath.finishKeep':
    'Guarde o que você escreveu para a próxima entrevista. Tudo continua salvo neste dispositivo.',
  'recoveryPath.finishKeepNone':
    'Guarde o que você escreveu para a próxima entrevista: copie antes de fechar esta página.'
};

export default recoveryPath;
