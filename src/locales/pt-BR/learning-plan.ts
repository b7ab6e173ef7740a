/** Brazilian Portuguese strings of <onward-learning-plan>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { learningPlanStrings } from '../en/learning-plan.js';

const learningPlan: Strings<typeof learningPlanStrings> = {
  'learningPlan.heading': 'Seu plano de aprendizado',
  'learningPlan.intro': 'Transforme o que você ouviu nesta entrevista em duas ou três coisas para aprender.',
  'learningPlan.formHeading': 'Adicionar uma meta',
  'learningPlan.skillLabel': 'Habilidade para aprender',
  'learningPlan.skillHint': 'Por exemplo: escrever consultas SQL ou contar a história de um projeto anterior.',
  'learningPlan.resourceLabel': 'Link de um curso, vídeo ou artigo (opcional)',
  'learningPlan.dateLabel': 'Concluir até (opcional)',
  'learningPlan.add': 'Adicionar meta',
  'learningPlan.skillRequired': 'Escreva a habilidade que você quer aprender.',
  'learningPlan.resourceInvalid':
    'Esse link não pode ser usado aqui. Cole um endereço que comece com https:// ou deixe o campo vazio.',
  'learningPlan.suggestionsLabel': 'Recursos sugeridos',
  'learningPlan.suggestion': 'Sugestão: {title}',
  'learningPlan.suggestionsAvailable': 'Os recursos sugeridos aparecem abaixo do campo de habilidade.',
  'learningPlan.suggestionUsed': 'Link adicionado: {title}.',
  'learningPlan.softLimit':
    'Três metas já bastam por agora. Concluir uma primeiro costuma fazer mais bem do que começar várias.',
  'learningPlan.empty': 'Nenhuma meta ainda. Uma pequena habilidade é um ótimo começo.',
  'learningPlan.listLabel': 'Suas metas',
  'learningPlan.progress': '{done} de {total} concluídas',
  'learningPlan.due': 'Até {date}',
  'learningPlan.resourceLink': 'Recurso: {site}',
  'learningPlan.newTab': '(abre em uma nova aba)',
  'learningPlan.edit': 'Editar',
  'learningPlan.editLabel': 'Editar {skill}',
  'learningPlan.editContext': '(editando {skill})',
  'learningPlan.remove': 'Remover',
  'learningPlan.removeLabel': 'Remover {skill}',
  'learningPlan.save': 'Salvar',
  'learningPlan.cancel': 'Cancelar',
  'learningPlan.added': 'Meta adicionada: {skill}.',
  'learningPlan.updated': 'Meta salva: {skill}.',
  'learningPlan.removed': 'Meta removida: {skill}.',
  'learningPlan.progressAnnounce': '{done} de {total} metas concluídas.',
  'learningPlan.exportIcs': 'Adicionar as datas à minha agenda',
  'learningPlan.exported': 'Seu arquivo de agenda está pronto nos seus downloads.',
  'learningPlan.exportFailed': 'Não foi possível criar o arquivo de agenda neste dispositivo.',
  'learningPlan.icsSummary': 'Meta de aprendizado: {skill}',
  'learningPlan.icsDescription': 'Uma meta do seu plano de aprendizado. Pequenos passos contam.',
  'learningPlan.icsResource': 'Uma meta do seu plano de aprendizado. Recurso: {url}'
};

export default learningPlan;
