/** Brazilian Portuguese strings of <onward-feedback-request>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { feedbackRequestStrings } from '../en/feedback-request.js';

const feedbackRequest: Strings<typeof feedbackRequestStrings> = {
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
  'feedbackRequest.meter.words': '{count} palavras, um bom tamanho.',
  'feedbackRequest.meter.wordsLong': '{count} palavras, um pouco longo. Abaixo de {limit} fica melhor.',
  'feedbackRequest.meter.chars': '{count} de {limit} caracteres, um bom tamanho.',
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
  'feedbackRequest.reminderSaved':
    'Seu lembrete foi salvo como arquivo de agenda. Abra o arquivo para adicioná-lo à sua agenda.',
  'feedbackRequest.fileFailed': 'Não foi possível criar o arquivo neste dispositivo. Você pode copiar o texto.',
  'feedbackRequest.fileName': 'pedido-de-feedback.txt',
  'feedbackRequest.reminderFileName': 'retomar-contato-feedback.ics',
  'feedbackRequest.reminderSummary': 'Retomar o contato sobre seu pedido de feedback',
  'feedbackRequest.reminderSummaryCompany': 'Retomar o contato com {company} sobre o feedback',
  'feedbackRequest.reminderDescription':
    'Faz uma semana que você pediu feedback. Se ainda não teve resposta, tudo bem mandar uma mensagem curta e simpática.',
  'feedbackRequest.subjectLine': 'Assunto: {subject}',
  // The note first, the details folded (issue 10).
  'feedbackRequest.editDetails': 'Editar os dados',
  'feedbackRequest.field.subject': 'Assunto',
  'feedbackRequest.field.body': 'Sua mensagem',
  'feedbackRequest.meter.empty': 'A mensagem está vazia.',
  'feedbackRequest.missing.recipient': 'Adicione o nome da pessoa para cumprimentá-la.',
  'feedbackRequest.missing.candidate': 'Adicione seu nome para assinar.',
  'feedbackRequest.missing.both': 'Adicione o nome da pessoa e o seu, para cumprimentar e assinar.',
  'feedbackRequest.handEdited': 'Você mudou a mensagem por conta própria, então novos dados não a alteram mais.',
  'feedbackRequest.rebuild': 'Refazer com os dados',
  'feedbackRequest.rebuilt': 'A mensagem foi refeita com os dados.',
  'feedbackRequest.copied': 'Copiado ✓'
};

export default feedbackRequest;
