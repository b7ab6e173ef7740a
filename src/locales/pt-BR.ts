/**
 * Brazilian Portuguese (`pt-BR`; `pt`, `pt-PT`… read it too until a host registers its own). The candidate is
 * addressed as `você`, as Brazilian careers sites do; the feedback note says `você` to the recipient in every tone, with
 * the formal tone made formal by its wording and sign-off (Atenciosamente). Nothing the candidate says about themself
 * is a gendered adjective (`agradeço`, not `obrigado/a`; `tenho interesse`, not `interessado/a`).
 * In the note, `{meeting}` is always feminine (`entrevista`, `primeira conversa`) and `{role}` (`a vaga de …`) only
 * follows `sobre` or `para`, so no contraction (`da`, `na`) is ever needed.
 */
import type { Catalogue } from './en.js';

const ptBR: Catalogue = {
  $code: 'pt-BR',
  $name: 'Português (Brasil)',
  $dir: 'ltr',

  // --- shared -------------------------------------------------------------------------------------------------------
  'common.copy': 'Copiar',
  'common.copied': 'Copiado.',
  'common.copyFailed': 'Não foi possível copiar. O texto está selecionado para você copiar.',
  'common.dateInvalid': 'Digite uma data completa e real, entre {minYear} e {maxYear}, ou deixe este campo vazio.',
  'common.storageUnavailable':
    'Seu progresso não pode ser salvo neste dispositivo, mas continua aqui enquanto esta página estiver aberta.',
  'common.storageDiscarded':
    'Não foi possível ler seu progresso salvo, então tudo começa do zero. As novas alterações serão salvas.',

  // --- step-card ----------------------------------------------------------------------------------------------------
  'stepCard.badge': 'Etapa {step}',
  'stepCard.markDone': 'Marcar como concluída',
  'stepCard.markDoneLabel': 'Marcar como concluída: {heading}',
  'stepCard.defaultAction': 'Começar',
  'stepCard.interview.heading': 'Lembre-se: você conseguiu uma entrevista',
  'stepCard.interview.body':
    'A maioria das candidaturas nunca chega tão longe. Quiseram conversar com você, então sua candidatura chamou a atenção. Para começar: anote uma pergunta que você respondeu bem.',
  'stepCard.interview.action': 'Ver até onde você chegou',
  'stepCard.feedback.heading': 'Peça feedback',
  'stepCard.feedback.body':
    'Uma mensagem curta e gentil pode mostrar o que manter e o que mudar. Para começar: agradeça e faça uma pergunta clara.',
  'stepCard.feedback.action': 'Escrever sua mensagem',
  'stepCard.search.heading': 'Volte a procurar',
  'stepCard.search.body':
    'Agora você sabe melhor o que quer. A vaga certa ainda está por aí. Para começar: salve duas vagas que combinam com você.',
  'stepCard.search.action': 'Ver vagas abertas',
  'stepCard.learn.heading': 'Continue aprendendo',
  'stepCard.learn.body':
    'Cada entrevista mostra algo que você pode desenvolver. Para começar: escolha uma habilidade desta entrevista e encontre um jeito rápido de praticá-la.',
  'stepCard.learn.action': 'Planejar o que aprender',
  'stepCard.believe.heading': 'Continue acreditando em você',
  'stepCard.believe.body':
    'Um “não” é sobre uma vaga, em um momento. Não é um veredito sobre você. Para começar: anote três pontos fortes que esta entrevista mostrou.',
  'stepCard.believe.action': 'Anotar seus pontos fortes',

  // --- rejection-checklist ------------------------------------------------------------------------------------------
  'checklist.heading': 'O que fazer esta semana',
  'checklist.group.interview': 'Olhar para trás',
  'checklist.group.feedback': 'Receber feedback',
  'checklist.group.search': 'Sua busca',
  'checklist.group.learn': 'Desenvolver suas habilidades',
  'checklist.group.believe': 'Cuidar de você',
  'checklist.progress': '{completed} de {total} concluídos',
  'checklist.suggested': 'Sugestão: {when}',
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
  'checklist.item.pickSkill.description': 'O feedback, ou uma pergunta que você achou difícil, é um bom ponto de partida.',
  'checklist.item.practise': 'Pratique essa habilidade por {minutes} minutos',
  'checklist.item.listStrengths': 'Anote três pontos fortes que esta entrevista mostrou',
  'checklist.item.restWell': 'Faça uma coisa só para você',
  'checklist.item.restWell.description': 'Uma caminhada, uma ligação, uma boa refeição. Descansar também faz parte.',

  // --- feedback-request ---------------------------------------------------------------------------------------------
  // The message, written by the candidate to the recruiter. "Olá, {recipientName}," opens a Brazilian work e-mail in
  // every register (Prezado/Prezada would need the recipient's gender); sign-offs: Um abraço / Atenciosamente /
  // Agradeço desde já.
  'feedbackRequest.msg.greetingFallback': 'Olá,',
  'feedbackRequest.msg.role': 'a vaga de {jobTitle}',
  'feedbackRequest.msg.roleFallback': 'a vaga',
  'feedbackRequest.msg.companyFallback': 'de vocês',
  'feedbackRequest.msg.meeting.screen': 'primeira conversa',
  'feedbackRequest.msg.meeting.interview': 'entrevista',
  'feedbackRequest.msg.meeting.final': 'entrevista final',
  'feedbackRequest.msg.onDate': 'no dia {interviewDate}',
  'feedbackRequest.msg.ask.wentWell': 'o que funcionou bem',
  'feedbackRequest.msg.ask.improve': 'o que eu posso melhorar',
  'feedbackRequest.msg.ask.skills': 'quais habilidades mais me ajudariam',
  'feedbackRequest.msg.askFallback': 'como posso melhorar',
  'feedbackRequest.msg.list2': '{first} e {second}',
  'feedbackRequest.msg.list3': '{first}, {second} e {third}',
  'feedbackRequest.msg.warm.greeting': 'Olá, {recipientName},',
  'feedbackRequest.msg.warm.topic': 'Gostei muito da nossa conversa sobre {topic}.',
  'feedbackRequest.msg.warm.questions': 'Gostaria muito de saber {questions}.',
  'feedbackRequest.msg.warm.email.subject': 'Feedback sobre minha {meeting} para {role}',
  'feedbackRequest.msg.warm.email.body':
    '{greeting}\n\nAgradeço por ter reservado um tempo para conversar comigo {onDate} sobre {role}. {topicSentence}\n\nEntendo que vocês escolheram outra pessoa e respeito essa decisão. Quero continuar crescendo, então qualquer feedback que você puder compartilhar será valioso para mim. {questionsSentence}\n\n{futureSentence}\n\nUm abraço,\n{candidateName}',
  'feedbackRequest.msg.warm.email.future':
    'Foi um prazer conhecer a empresa {company}, e adoraria que pensassem em mim para futuras vagas.',
  'feedbackRequest.msg.warm.linkedin.body':
    '{greeting}\nAgradeço pela conversa sobre {role}. Respeito a decisão de vocês e adoraria saber {question}. {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.warm.linkedin.future': 'Fico à disposição para futuras oportunidades.',
  'feedbackRequest.msg.formal.greeting': 'Olá, {recipientName},',
  'feedbackRequest.msg.formal.topic': 'Nossa conversa sobre {topic} foi muito proveitosa para mim.',
  'feedbackRequest.msg.formal.questions': 'Em especial, gostaria de entender {questions}.',
  'feedbackRequest.msg.formal.email.subject': 'Solicitação de feedback: {meeting} para {role}',
  'feedbackRequest.msg.formal.email.body':
    '{greeting}\n\nAgradeço pela {meeting} {onDate} para {role}. {topicSentence}\n\nCompreendo que a empresa optou por seguir com outra candidatura e respeito essa decisão. Procuro sempre me aprimorar e agradeceria muito um retorno, mesmo que breve. {questionsSentence}\n\n{futureSentence}\n\nAtenciosamente,\n{candidateName}',
  'feedbackRequest.msg.formal.email.future':
    'Mantenho o interesse na empresa {company} e gostaria de participar de futuros processos seletivos.',
  'feedbackRequest.msg.formal.linkedin.body':
    '{greeting}\nAgradeço pela {meeting} para {role}. Respeito a sua decisão. Gostaria de saber {question}. {futureSentence}\nAtenciosamente,\n{candidateName}',
  'feedbackRequest.msg.formal.linkedin.future': 'Sigo com interesse em futuras vagas.',
  'feedbackRequest.msg.brief.greeting': 'Olá, {recipientName},',
  'feedbackRequest.msg.brief.topic': 'Achei muito interessante falar sobre {topic}.',
  'feedbackRequest.msg.brief.questions': 'Principalmente, gostaria de saber {questions}.',
  'feedbackRequest.msg.brief.email.subject': 'Feedback sobre minha {meeting}',
  'feedbackRequest.msg.brief.email.body':
    '{greeting}\n\nFoi bom conversar com você sobre {role}. {topicSentence} Respeito a decisão de vocês.\n\nVocê poderia me passar um feedback rápido? {questionsSentence} {futureSentence}\n\nAgradeço desde já,\n{candidateName}',
  'feedbackRequest.msg.brief.email.future': 'Se surgir outra vaga, ficarei feliz em saber.',
  'feedbackRequest.msg.brief.linkedin.body':
    '{greeting}\nFoi bom conversar sobre {role}. Respeito a decisão de vocês. Você poderia me dizer {question}? {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.brief.linkedin.future': 'Se surgir outra vaga, ficarei feliz em saber.',
  // Phrases that read as arguing with the decision or comparing with whoever was hired, separated by |. Each matches
  // from the start of a word, so a stem such as `injust` catches `injusto` and `injustiça`. The most common ones are
  // repeated without accents, as people often type them.
  'feedbackRequest.wording.phrases':
    'reconsiderar|rever a decisão|rever a decisao|rever sua decisão|rever sua decisao|repensar a decisão|repensar sua decisão|mudar de ideia|voltar atrás|por que não eu|por que nao eu|por que não me|por que eu não fui|por que não fui|por que vocês escolheram|por que escolheram|por que contrataram|a pessoa contratada|a pessoa escolhida|quem vocês contrataram|quem foi contratad|quem foi escolhid|o outro candidato|a outra candidata|no meu lugar|menos qualificad|menos experiente|mais qualificado do que|mais qualificada do que|mais qualificado que|mais qualificada que|eu era melhor|eu sou melhor|eu merecia|eu mereço|eu mereco|injust|não foi justo|nao foi justo|decisão errada|decisao errada|escolha errada|vocês erraram|voces erraram|cometeram um erro',
  'feedbackRequest.wording.hint':
    'Este trecho pode soar como se você questionasse a decisão. Uma mensagem que só pergunta como crescer costuma receber uma resposta mais gentil.',
  // The form.
  'feedbackRequest.heading': 'Sua mensagem pedindo feedback',
  'feedbackRequest.details': 'Sobre a entrevista',
  'feedbackRequest.field.candidateName': 'Seu nome',
  'feedbackRequest.field.recipientName': 'Nome da pessoa, como você a cumprimentaria',
  'feedbackRequest.field.recipientEmail': 'E-mail da pessoa (opcional)',
  'feedbackRequest.field.company': 'Empresa',
  'feedbackRequest.field.jobTitle': 'Cargo',
  'feedbackRequest.field.interviewDate': 'Data da entrevista',
  'feedbackRequest.field.stage': 'Até onde você chegou',
  'feedbackRequest.stage.screen': 'Primeira conversa',
  'feedbackRequest.stage.interview': 'Entrevista',
  'feedbackRequest.stage.final': 'Entrevista final',
  'feedbackRequest.emailInvalid': 'Isto ainda não parece um endereço de e-mail.',
  'feedbackRequest.tone': 'Tom',
  'feedbackRequest.tone.warm': 'Caloroso',
  'feedbackRequest.tone.formal': 'Formal',
  'feedbackRequest.tone.brief': 'Breve',
  'feedbackRequest.channel': 'Enviar por',
  'feedbackRequest.channel.email': 'E-mail',
  'feedbackRequest.channel.linkedin': 'Mensagem no LinkedIn',
  'feedbackRequest.asks': 'O que perguntar',
  'feedbackRequest.ask.wentWell': 'O que funcionou bem',
  'feedbackRequest.ask.improve': 'O que eu posso melhorar',
  'feedbackRequest.ask.skills': 'Habilidades para desenvolver',
  'feedbackRequest.ask.futureRoles': 'Dizer que tenho interesse em futuras vagas',
  'feedbackRequest.field.topic': 'Algo sobre o que vocês conversaram (opcional)',
  'feedbackRequest.topicHelp': 'Poucas palavras, como “seus planos para o aplicativo”.',
  'feedbackRequest.topicLinkedin': 'Mensagens no LinkedIn deixam isso de fora, para ficarem curtas.',
  // The preview and the actions.
  'feedbackRequest.preview': 'Prévia',
  'feedbackRequest.meter.words': 'Palavras: {count}. O ideal é ficar abaixo de {limit}.',
  'feedbackRequest.meter.wordsLong': 'Palavras: {count}. Tente ficar abaixo de {limit}.',
  'feedbackRequest.meter.chars': '{count} de {limit} caracteres.',
  'feedbackRequest.meter.charsLong': '{count} de {limit} caracteres. Mais curto fica melhor no celular.',
  'feedbackRequest.meter.charsOver': '{count} de {limit} caracteres. Longo demais para o LinkedIn: {over} a mais.',
  'feedbackRequest.ready': 'Pronto para enviar',
  'feedbackRequest.notReady': 'Ainda não está pronto',
  'feedbackRequest.copyLabel': 'Copiar a mensagem',
  'feedbackRequest.copySubject': 'Copiar assunto',
  'feedbackRequest.openMail': 'Abrir no app de e-mail',
  'feedbackRequest.download': 'Baixar como texto',
  'feedbackRequest.reminder': 'Criar lembrete para retomar o contato',
  'feedbackRequest.mailInvalid': 'Para abrir no seu app de e-mail, confira o endereço de e-mail da pessoa.',
  'feedbackRequest.mailTooLong': 'Esta mensagem é longa demais para um link de e-mail. Copie ou baixe o texto.',
  'feedbackRequest.downloaded': 'Sua mensagem foi salva como arquivo de texto.',
  'feedbackRequest.reminderSaved': 'Seu lembrete foi salvo como arquivo de agenda. Abra o arquivo para adicioná-lo à sua agenda.',
  'feedbackRequest.fileFailed': 'Não foi possível criar o arquivo neste dispositivo. Você pode copiar o texto.',
  'feedbackRequest.fileName': 'pedido-de-feedback.txt',
  'feedbackRequest.reminderFileName': 'retomar-contato-feedback.ics',
  'feedbackRequest.reminderSummary': 'Retomar o contato sobre seu pedido de feedback',
  'feedbackRequest.reminderSummaryCompany': 'Retomar o contato com {company} sobre o feedback',
  'feedbackRequest.reminderDescription':
    'Faz uma semana que você pediu feedback. Se ainda não teve resposta, tudo bem mandar uma mensagem curta e simpática.',
  'feedbackRequest.subjectLine': 'Assunto: {subject}',

  // --- interview-odds -----------------------------------------------------------------------------------------------
  'interviewOdds.heading': 'Você foi mais longe que a maioria',
  'interviewOdds.headingReached': 'Você chegou à entrevista',
  'interviewOdds.top': 'Top {percent}',
  'interviewOdds.topCaption': 'de {applicants} candidaturas',
  'interviewOdds.count': '{interviewed} de {applicants}',
  'interviewOdds.countCaption': 'candidaturas chegaram à entrevista',
  'interviewOdds.context.both': 'Você se candidatou à vaga de {jobTitle} na empresa {company}.',
  'interviewOdds.context.company': 'Você se candidatou a uma vaga na empresa {company}.',
  'interviewOdds.context.jobTitle': 'Você se candidatou à vaga de {jobTitle}.',
  'interviewOdds.one': 'De {applicants} candidaturas, só uma chegou à entrevista: a sua.',
  'interviewOdds.many': 'De {applicants} candidaturas, {interviewed} chegaram à entrevista, e a sua foi uma delas.',
  'interviewOdds.all': 'Todas as pessoas que se candidataram foram entrevistadas, inclusive você.',
  'interviewOdds.closing':
    'Chegar até aqui mostra que sua candidatura chamou a atenção. Desta vez não deu certo, mas você está mais perto do que talvez pareça.',
  'interviewOdds.general':
    'A maioria das candidaturas nunca chega a uma entrevista. A sua chegou: ela chamou a atenção. Desta vez não deu certo, mas você está mais perto do que talvez pareça.',

  // --- similar-roles ------------------------------------------------------------------------------------------------
  'similarRoles.heading': 'Vagas parecidas',
  'similarRoles.headingFor': 'Vagas parecidas com {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Publicada {when}',
  'similarRoles.loading': 'Carregando vagas parecidas…',
  'similarRoles.loaded': 'Vagas parecidas encontradas: {count}.',
  'similarRoles.empty': 'Não há vagas parecidas para mostrar agora. Novas vagas surgem o tempo todo.',
  'similarRoles.error': 'Não foi possível carregar vagas parecidas agora.',
  'similarRoles.retry': 'Tentar de novo',
  'similarRoles.seeAll': 'Ver todas as vagas parecidas',
  'similarRoles.seeBoard': 'Ver todas as vagas abertas',
  'similarRoles.new': 'Nova',
  'similarRoles.errorNotFound': 'Não encontramos este portal de vagas agora. Mesmo assim, você pode ver todas as vagas abertas.',
  'similarRoles.errorBusy': 'O portal de vagas está sobrecarregado no momento. Você pode tentar de novo daqui a pouco.',
  'similarRoles.errorNetwork': 'Não foi possível acessar o portal de vagas. Verifique sua conexão e tente de novo.',
  'similarRoles.errorTimeout': 'O portal de vagas está demorando demais para responder.',
  'similarRoles.errorMalformed': 'A lista de vagas chegou em um formato que não conseguimos ler.',

  // --- learning-plan ------------------------------------------------------------------------------------------------
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
  'learningPlan.icsResource': 'Uma meta do seu plano de aprendizado. Recurso: {url}',

  // --- strengths ----------------------------------------------------------------------------------------------------
  'strengths.heading': 'Três pontos fortes que esta entrevista mostrou',
  'strengths.intro': 'Quiseram conhecer você, então algo em você chamou a atenção. Escreva o que foi, com suas palavras.',
  'strengths.fieldLabel': 'Ponto forte {n}',
  'strengths.prompt1': 'Qual pergunta você respondeu bem?',
  'strengths.prompt2': 'Que parte do seu trabalho anterior você explicou com clareza?',
  'strengths.prompt3': 'O que mais pareceu interessar a quem entrevistou você?',
  'strengths.prompt4': 'Como você seguiu em frente quando uma pergunta foi difícil?',
  'strengths.prompt5': 'Qual habilidade pedida no anúncio da vaga você já tem?',
  'strengths.prompt6': 'Se alguém próximo tivesse assistido à entrevista, o que diria que você fez bem?',
  'strengths.anotherPrompt': 'Mostrar outra pergunta',
  'strengths.anotherPromptFor': 'Mostrar outra pergunta para o ponto forte {n}',
  'strengths.newPrompt': 'Nova pergunta para o ponto forte {n}: {prompt}',
  'strengths.cardHeading': 'Seus pontos fortes',
  'strengths.copyLabel': 'Copiar seus pontos fortes',
  'strengths.print': 'Imprimir',
  'strengths.cardHint': 'Guarde isto em um lugar onde você vai ver antes da próxima entrevista.',

  // --- recovery-path ------------------------------------------------------------------------------------------------
  'recoveryPath.heading': 'Seu caminho daqui para frente',
  'recoveryPath.intro': 'Alguns passos pequenos para ajudar você a seguir em frente. Faça na ordem que quiser, no seu ritmo.',
  'recoveryPath.progress': '{done} de {total} etapas concluídas',
  'recoveryPath.loadingTool': 'Abrindo…',
  'recoveryPath.allDone': 'Você fez todas as etapas. Isso exigiu cuidado, e é motivo de orgulho.'
};

export default ptBR;
