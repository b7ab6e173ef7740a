/** Brazilian Portuguese strings of <onward-step-card>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { stepCardStrings } from '../en/step-card.js';

const stepCard: Strings<typeof stepCardStrings> = {
  'stepCard.badge': 'Etapa {step}',
  'stepCard.markDone': 'Marcar como concluída',
  'stepCard.markDoneLabel': 'Marcar como concluída: {heading}',
  'stepCard.defaultAction': 'Começar',
  'stepCard.interview.heading': 'Lembre-se: você conseguiu uma entrevista',
  'stepCard.interview.body':
    'Quiseram conversar com você, então sua candidatura chamou a atenção. Anote uma coisa que deu certo, enquanto está fresca na memória.',
  'stepCard.interview.action': 'Ver até onde você chegou',
  'stepCard.feedback.heading': 'Peça feedback',
  'stepCard.feedback.body':
    'Uma mensagem curta e gentil pode mostrar o que manter e o que mudar. Agradeça e faça uma pergunta clara.',
  'stepCard.feedback.action': 'Escrever sua mensagem',
  'stepCard.search.heading': 'Volte a procurar',
  'stepCard.search.body':
    'Agora você sabe melhor o que quer. Olhe algumas vagas com outros olhos e guarde duas que combinam com você.',
  'stepCard.search.action': 'Ver vagas abertas',
  'stepCard.learn.heading': 'Continue aprendendo',
  'stepCard.learn.body':
    'Cada entrevista mostra algo que você pode desenvolver. Escolha uma habilidade desta entrevista e um jeito rápido de praticá-la.',
  'stepCard.learn.action': 'Planejar o que aprender',
  'stepCard.believe.heading': 'Continue acreditando em você',
  'stepCard.believe.body':
    'Um “não” é sobre uma vaga, em um momento. Não é um veredito sobre você. Cite três pontos fortes que esta entrevista mostrou.',
  'stepCard.believe.action': 'Anotar seus pontos fortes',
  'stepCard.done': 'Feito ✓',
  'stepCard.doneLabel': 'Feito: {heading}'
};

export default stepCard;
