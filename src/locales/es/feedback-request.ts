/** Spanish strings of <onward-feedback-request>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { feedbackRequestStrings } from '../en/feedback-request.js';

const feedbackRequest: Strings<typeof feedbackRequestStrings> = {
  // The message. `meeting.*` are all feminine ("la {meeting}"); `onDate` reads "el 4 de marzo de 2025".
  'feedbackRequest.msg.greetingFallback': 'Hola:',
  'feedbackRequest.msg.role': 'el puesto de {jobTitle}',
  'feedbackRequest.msg.roleFallback': 'el puesto',
  'feedbackRequest.msg.companyFallback': 'el equipo',
  'feedbackRequest.msg.meeting.screen': 'primera llamada',
  'feedbackRequest.msg.meeting.interview': 'entrevista',
  'feedbackRequest.msg.meeting.final': 'entrevista final',
  'feedbackRequest.msg.onDate': 'el {interviewDate}',
  'feedbackRequest.msg.ask.wentWell': 'qué salió bien',
  'feedbackRequest.msg.ask.improve': 'qué puedo mejorar',
  'feedbackRequest.msg.ask.skills': 'qué habilidades me ayudarían más',
  'feedbackRequest.msg.askFallback': 'cómo puedo mejorar',
  'feedbackRequest.msg.list2': '{first} y {second}',
  'feedbackRequest.msg.list3': '{first}, {second} y {third}',
  'feedbackRequest.msg.warm.greeting': 'Hola, {recipientName}:',
  'feedbackRequest.msg.warm.topic': 'Me gustó mucho nuestra conversación sobre {topic}.',
  'feedbackRequest.msg.warm.questions': 'Me encantaría saber {questions}.',
  'feedbackRequest.msg.warm.email.subject': 'Comentarios sobre mi {meeting} para {role}',
  'feedbackRequest.msg.warm.email.body':
    '{greeting}\n\nGracias por reunirte conmigo {onDate} para hablar sobre {role}. {topicSentence}\n\nEntiendo que eligieron a otra persona, y lo respeto. Quiero seguir creciendo, así que tus comentarios me serían de gran ayuda. {questionsSentence}\n\n{futureSentence}\n\nUn saludo,\n{candidateName}',
  'feedbackRequest.msg.warm.email.future':
    'Me gustó conocer más sobre {company}, y me alegraría que me tuvieran en cuenta para futuros puestos.',
  'feedbackRequest.msg.warm.linkedin.body':
    '{greeting}\nGracias por hablar conmigo sobre {role}. Respeto tu decisión y me encantaría saber {question}. {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.warm.linkedin.future': 'Me alegraría que me tuvieras en cuenta en el futuro.',
  'feedbackRequest.msg.formal.greeting': 'Buenos días, {recipientName}:',
  'feedbackRequest.msg.formal.topic': 'Valoré mucho nuestra conversación sobre {topic}.',
  'feedbackRequest.msg.formal.questions': 'En especial, me gustaría conocer su opinión sobre {questions}.',
  'feedbackRequest.msg.formal.email.subject': 'Solicitud de comentarios: {meeting} para {role}',
  'feedbackRequest.msg.formal.email.body':
    '{greeting}\n\nLe agradezco la {meeting} que tuvimos {onDate} sobre {role}. {topicSentence}\n\nEntiendo que han decidido seguir con otra candidatura, y respeto su decisión. Quiero seguir mejorando, y le agradecería mucho cualquier comentario que pueda hacerme. {questionsSentence}\n\n{futureSentence}\n\nAtentamente,\n{candidateName}',
  'feedbackRequest.msg.formal.email.future':
    'Mi interés en {company} se mantiene, y me gustaría que me tuvieran en cuenta para futuras vacantes.',
  'feedbackRequest.msg.formal.linkedin.body':
    '{greeting}\nGracias por la {meeting} para {role}. Respeto su decisión. ¿Podría decirme {question}? {futureSentence}\nSaludos cordiales,\n{candidateName}',
  'feedbackRequest.msg.formal.linkedin.future': 'Me gustaría seguir en contacto.',
  'feedbackRequest.msg.brief.greeting': 'Hola, {recipientName}:',
  'feedbackRequest.msg.brief.topic': 'Me gustó hablar de {topic}.',
  'feedbackRequest.msg.brief.questions': 'Sobre todo, me gustaría saber {questions}.',
  'feedbackRequest.msg.brief.email.subject': 'Comentarios sobre mi {meeting}',
  'feedbackRequest.msg.brief.email.body':
    '{greeting}\n\nGracias por hablar conmigo sobre {role}. {topicSentence} Respeto tu decisión.\n\n¿Podrías darme algunos comentarios? {questionsSentence} {futureSentence}\n\nGracias,\n{candidateName}',
  'feedbackRequest.msg.brief.email.future': 'Si surge otro puesto, me encantaría saberlo.',
  'feedbackRequest.msg.brief.linkedin.body':
    '{greeting}\nGracias por hablar conmigo sobre {role}. Respeto tu decisión. ¿Podrías contarme {question}? {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.brief.linkedin.future': 'Si surge otro puesto, me encantaría saberlo.',
  // Phrases that read as arguing with the decision or comparing with whoever was hired, separated by |.
  'feedbackRequest.wording.phrases':
    'reconsider|replantear|por qué no me|por qué no fui yo|por qué eligieron|por qué elegiste|por qué contrataron|por qué a él|por qué a ella|la persona que contrataron|la persona que eligieron|a quien contrataron|a quien eligieron|el otro candidato|la otra candidata|menos cualificad|menos calificad|menos experiencia que yo|más cualificad|más calificad|mejor cualificad|mejor calificad|yo era mejor|soy mejor|me merecía|merecía el puesto|injust|no es justo|no fue justo|equivocad|se equivocaron|te equivocaste|cambiar de opinión|cambien de opinión|cambies de opinión',
  'feedbackRequest.wording.hint':
    'Esta parte puede sonar a que cuestionas su decisión. Un mensaje que solo pregunta cómo crecer suele recibir una respuesta más amable.',
  // The form.
  'feedbackRequest.heading': 'Tu mensaje para pedir comentarios',
  'feedbackRequest.details': 'Sobre la entrevista',
  'feedbackRequest.field.candidateName': 'Tu nombre',
  'feedbackRequest.field.recipientName': 'Nombre de quien lo recibe, tal como lo pondrías en el saludo',
  'feedbackRequest.field.recipientEmail': 'Correo de quien lo recibe (opcional)',
  'feedbackRequest.field.company': 'Empresa',
  'feedbackRequest.field.jobTitle': 'Puesto',
  'feedbackRequest.field.interviewDate': 'Fecha de la entrevista',
  'feedbackRequest.field.stage': 'Hasta dónde llegaste',
  'feedbackRequest.stage.screen': 'Primera llamada',
  'feedbackRequest.stage.interview': 'Entrevista',
  'feedbackRequest.stage.final': 'Entrevista final',
  'feedbackRequest.emailInvalid': 'Esto todavía no parece una dirección de correo.',
  'feedbackRequest.tone': 'Tono',
  'feedbackRequest.tone.warm': 'Cercano',
  'feedbackRequest.tone.formal': 'Formal',
  'feedbackRequest.tone.brief': 'Breve',
  'feedbackRequest.channel': 'Enviar por',
  'feedbackRequest.channel.email': 'Correo electrónico',
  'feedbackRequest.channel.linkedin': 'Mensaje de LinkedIn',
  'feedbackRequest.asks': 'Qué preguntar',
  'feedbackRequest.ask.wentWell': 'Qué salió bien',
  'feedbackRequest.ask.improve': 'Qué puedo mejorar',
  'feedbackRequest.ask.skills': 'Habilidades que trabajar',
  'feedbackRequest.ask.futureRoles': 'Decir que me interesan futuros puestos',
  'feedbackRequest.field.topic': 'Un tema de la conversación (opcional)',
  'feedbackRequest.topicHelp': 'Unas pocas palabras, como “sus planes para la app móvil”.',
  'feedbackRequest.topicLinkedin': 'Los mensajes de LinkedIn no lo incluyen, para ser breves.',
  // The preview and the actions.
  'feedbackRequest.meter.words': '{count} palabras, buena extensión.',
  'feedbackRequest.meter.wordsLong': '{count} palabras, algo largo. Con menos de {limit} se lee mejor.',
  'feedbackRequest.meter.chars': '{count} de {limit} caracteres, buena extensión.',
  'feedbackRequest.meter.charsLong': '{count} de {limit} caracteres. Un texto más corto se lee mejor en el teléfono.',
  'feedbackRequest.meter.charsOver': '{count} de {limit} caracteres. Demasiado largo para LinkedIn: quita {over}.',
  'feedbackRequest.ready': 'Listo para enviar',
  'feedbackRequest.notReady': 'Aún no está listo',
  'feedbackRequest.copyLabel': 'Copiar el mensaje',
  'feedbackRequest.copySubject': 'Copiar asunto',
  'feedbackRequest.openMail': 'Abrir en la aplicación de correo',
  'feedbackRequest.download': 'Descargar como texto',
  'feedbackRequest.reminder': 'Recordarme hacer seguimiento',
  'feedbackRequest.mailInvalid': 'Para abrirlo en la aplicación de correo, revisa su dirección de correo.',
  'feedbackRequest.mailTooLong': 'Este mensaje es demasiado largo para un enlace de correo. Cópialo o descárgalo.',
  'feedbackRequest.downloaded': 'Tu mensaje se guardó como archivo de texto.',
  'feedbackRequest.reminderSaved':
    'Tu recordatorio se guardó como archivo de calendario. Ábrelo para añadirlo a tu calendario.',
  'feedbackRequest.fileFailed': 'No se pudo crear el archivo en este dispositivo. Puedes copiar el texto.',
  'feedbackRequest.fileName': 'solicitud-de-comentarios.txt',
  'feedbackRequest.reminderFileName': 'seguimiento-comentarios.ics',
  'feedbackRequest.reminderSummary': 'Haz seguimiento de tu solicitud de comentarios',
  'feedbackRequest.reminderSummaryCompany': 'Vuelve a escribir a {company} sobre los comentarios',
  'feedbackRequest.reminderDescription':
    'Ha pasado una semana desde que pediste comentarios. Si no has tenido respuesta, está bien enviar un mensaje breve y amable.',
  'feedbackRequest.subjectLine': 'Asunto: {subject}',
  // The note first, the details folded (issue 10).
  'feedbackRequest.editDetails': 'Editar los datos',
  'feedbackRequest.field.subject': 'Asunto',
  'feedbackRequest.field.body': 'Tu mensaje',
  'feedbackRequest.meter.empty': 'El mensaje está vacío.',
  'feedbackRequest.missing.recipient': 'Añade su nombre para saludar a esa persona.',
  'feedbackRequest.missing.candidate': 'Añade tu nombre para firmar.',
  'feedbackRequest.missing.both': 'Añade su nombre y el tuyo, para saludar y firmar.',
  'feedbackRequest.handEdited': 'Cambiaste el mensaje a mano, así que los datos nuevos ya no lo modifican.',
  'feedbackRequest.rebuild': 'Volver a escribirlo con los datos',
  'feedbackRequest.rebuilt': 'El mensaje se volvió a escribir con los datos.',
  'feedbackRequest.copied': 'Copiado ✓'
};

export default feedbackRequest;
