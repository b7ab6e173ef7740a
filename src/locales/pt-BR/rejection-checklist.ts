/** Brazilian Portuguese strings of <onward-rejection-checklist>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { rejectionChecklistStrings } from '../en/rejection-checklist.js';

const rejectionChecklist: Strings<typeof rejectionChecklistStrings> = {
  'checklist.heading': 'O que fazer esta semana',
  'checklist.group.interview': 'Olhar para trás',
  'checklist.group.feedback': 'Receber feedback',
  'checklist.group.search': 'Sua busca',
  'checklist.group.learn': 'Desenvolver suas habilidades',
  'checklist.group.believe': 'Cuidar de você',
  'checklist.progress': '{completed} de {total} concluídos',
  'checklist.suggested': 'Por volta do dia {day}',
  'checklist.announceDone': 'Concluído: {label}. {completed} de {total} concluídos.',
  'checklist.announceUndone': 'Ainda não concluído: {label}. {completed} de {total} concluídos.',
  'checklist.announceCleared': 'Suas marcações foram apagadas. {completed} de {total} concluídos.',
  'checklist.allDone': 'Tudo concluído: {total} de {total}. Você seguiu em frente, e isso conta.',
  'checklist.copyText': 'Copiar como texto',
  'checklist.reminders': 'Adicionar lembretes',
  'checklist.remindersReady': 'Seu arquivo de agenda está pronto nos seus downloads.',
  'checklist.remindersFailed': 'Não foi possível criar o arquivo de agenda neste dispositivo.',
  'checklist.reminderFile': 'proximos-passos.ics',
  'checklist.reminderDescription': 'Um lembrete da sua lista. Um pequeno passo já basta.',
  'checklist.reset': 'Recomeçar',
  'checklist.resetQuestion': 'Apagar todas as marcações e recomeçar?',
  'checklist.resetConfirm': 'Sim, recomeçar',
  'checklist.resetCancel': 'Manter minhas marcações',
  'checklist.copyFallbackLabel': 'Sua lista como texto',
  'checklist.item.noteWentWell': 'Anote uma coisa que foi bem na entrevista',
  'checklist.item.noteWentWell.description': 'Faça isso hoje, enquanto os detalhes estão frescos.',
  'checklist.item.tellSomeone': 'Conte a alguém de confiança até onde você chegou',
  'checklist.item.sendThanks': 'Envie um breve agradecimento às pessoas com quem você conversou',
  'checklist.item.sendThanks.description': 'Duas ou três linhas bastam.',
  'checklist.item.askFeedback': 'Peça feedback com uma pergunta clara',
  'checklist.item.askFeedback.description': 'Por exemplo: o que teria deixado minhas respostas mais fortes?',
  'checklist.item.followUpOnce': 'Sem resposta em uma semana? Escreva mais uma vez',
  'checklist.item.followUpOnce.description': 'Uma mensagem educada basta. Depois, deixe para lá.',
  'checklist.item.saveRoles': 'Salve duas vagas abertas que combinam com você',
  'checklist.item.refreshCv': 'Acrescente ao seu currículo algo que este processo ensinou a você',
  'checklist.item.applyAgain': 'Envie uma nova candidatura em que você acredite',
  'checklist.item.applyAgain.description': 'Uma candidatura bem feita vale mais que dez feitas às pressas.',
  'checklist.item.pickSkill': 'Escolha uma habilidade para desenvolver',
  'checklist.item.pickSkill.description':
    'O feedback, ou uma pergunta que você achou difícil, é um bom ponto de partida.',
  'checklist.item.practise': 'Pratique essa habilidade por {minutes} minutos',
  'checklist.item.listStrengths': 'Anote três pontos fortes que esta entrevista mostrou',
  'checklist.item.restWell': 'Faça uma coisa só para você',
  'checklist.item.restWell.description': 'Uma caminhada, uma ligação, uma boa refeição. Descansar também faz parte.',
  'checklist.suggestedToday': 'Hoje, se der'
};

export default rejectionChecklist;
