/**
 * Spanish (`es`): one catalogue for every Spanish-speaking region (`es-MX`, `es-AR`… read it too), in words that work on
 * both sides of the Atlantic (`puesto`, `candidatura`, `correo`; no `vosotros`, `ordenador`/`computadora`). The
 * candidate is addressed as `tú`; the feedback note says `tú` to the recipient in the warm and brief tones and `usted` in
 * the formal one. Self-descriptions avoid gendered adjectives (`me interesa`, not `estoy interesado/a`).
 *
 * How every locale file is written (the pattern for `fr`, `de`, `pt-BR`, `ar`):
 * - `src/locales/<code>.ts`, `$code` a BCP 47 tag with the region upper-case (`pt-BR`), `$name` in the language itself,
 *   `$dir` `ltr` or `rtl`. Add one line for it to `loaders` in `src/internal/localize.ts` in the same commit
 *   (`fr: () => import('../locales/fr.js').then((module) => module.default),`) and add it to `SHIPPED` in
 *   `src/locales/locales.test.ts`. Vite then makes it an npm entry (`onward-elements/locales/<code>.js`) and an
 *   on-demand CDN chunk.
 * - `const xx: Catalogue = { …every key of en.ts, same order, same section comments… }; export default xx;` and
 *   nothing else: plain data, no imports but the `Catalogue` type (never spread `en`), so the chunk holds just this
 *   language's strings and the CDN bundle stays one self-contained file (the loader registers the catalogue when it
 *   arrives). The type makes a missing key an error; `src/locales/locales.test.ts` fails on an extra
 *   key, an empty string, or a `{placeholder}` set that differs from English.
 * - Keep every `{placeholder}` of the English string (reorder freely). Counts: English never puts a noun after a count
 *   that could be 1 ("Similar roles found: {count}."), so no plural forms are needed; keep it that way with a label
 *   ("Palabras: {count}.") instead of "{count} palabras".
 * - `feedbackRequest.msg.*` are fragments that `composeFeedbackRequest` (src/core/feedback.ts) joins: read its JSDoc and
 *   keep the pieces grammatical in every combination (`meeting.*` share one gender here, so "la {meeting}" works);
 *   `src/core/feedback-locales.test.ts` checks every tone × channel stays under 150 words (e-mail) and 300 characters
 *   (LinkedIn) with long names. `feedbackRequest.wording.phrases` are lower-case phrases in this language, `|`-separated,
 *   each matched from the start of a word (so a stem such as `injust` catches `injusto`, `injusticia`).
 * - File names (`*.reminderFile`, `*.fileName`) are translated into lower-case ASCII with hyphens where the language
 *   writes in Latin letters; otherwise they stay English.
 * - Tone as in English: short, plain, warm, never blaming, never saccharine.
 */
import type { Catalogue } from './en.js';

const es: Catalogue = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  // --- shared -------------------------------------------------------------------------------------------------------
  'common.copy': 'Copiar',
  'common.copied': 'Copiado.',
  'common.copyFailed': 'No se pudo copiar. El texto está seleccionado para que puedas copiarlo tú.',
  'common.dateInvalid': 'Escribe una fecha completa y real, entre {minYear} y {maxYear}, o deja este campo vacío.',
  'common.storageUnavailable': 'Tu progreso no se puede guardar en este dispositivo, pero se mantiene mientras esta página siga abierta.',
  'common.storageDiscarded': 'No se pudo leer tu progreso guardado, así que empiezas de cero. Los cambios nuevos sí se guardarán.',

  // --- step-card ----------------------------------------------------------------------------------------------------
  'stepCard.badge': 'Paso {step}',
  'stepCard.markDone': 'Marcar como hecho',
  'stepCard.markDoneLabel': 'Marcar como hecho: {heading}',
  'stepCard.defaultAction': 'Empezar',
  'stepCard.interview.heading': 'Recuerda que llegaste a la entrevista',
  'stepCard.interview.body':
    'La mayoría de quienes envían su candidatura nunca llegan tan lejos. Quisieron conocerte: algo de tu candidatura les llamó la atención. Prueba ahora: anota una pregunta que respondiste bien.',
  'stepCard.interview.action': 'Mira hasta dónde llegaste',
  'stepCard.feedback.heading': 'Pide comentarios',
  'stepCard.feedback.body':
    'Un mensaje breve y amable puede decirte qué mantener y qué cambiar. Prueba ahora: da las gracias y haz una pregunta clara.',
  'stepCard.feedback.action': 'Escribe tu mensaje',
  'stepCard.search.heading': 'Vuelve a buscar',
  'stepCard.search.body':
    'Ahora sabes mejor lo que quieres. El puesto adecuado sigue ahí. Prueba ahora: guarda dos ofertas que encajen contigo.',
  'stepCard.search.action': 'Ver puestos abiertos',
  'stepCard.learn.heading': 'Sigue aprendiendo',
  'stepCard.learn.body':
    'Cada entrevista te muestra algo en lo que crecer. Prueba ahora: elige una habilidad de esta y busca una forma corta de practicarla.',
  'stepCard.learn.action': 'Planea qué aprender',
  'stepCard.believe.heading': 'Sigue creyendo en ti',
  'stepCard.believe.body':
    'Un no habla de un puesto en un momento concreto. No es un veredicto sobre ti. Prueba ahora: anota tres fortalezas que mostró esta entrevista.',
  'stepCard.believe.action': 'Escribe tus fortalezas',

  // --- rejection-checklist ------------------------------------------------------------------------------------------
  'checklist.heading': 'Qué hacer esta semana',
  'checklist.group.interview': 'Mirar atrás',
  'checklist.group.feedback': 'Recibir comentarios',
  'checklist.group.search': 'Tu búsqueda',
  'checklist.group.learn': 'Mejorar tus habilidades',
  'checklist.group.believe': 'Cuidarte',
  'checklist.progress': 'Hecho: {completed} de {total}',
  'checklist.suggested': 'Sugerencia: {when}',
  'checklist.announceDone': 'Hecho: {label}. Llevas {completed} de {total}.',
  'checklist.announceUndone': 'Aún sin hacer: {label}. Llevas {completed} de {total}.',
  'checklist.announceCleared': 'Se borraron tus marcas. Llevas {completed} de {total}.',
  'checklist.allDone': 'Todo hecho: {total} de {total}. Seguiste adelante, y eso cuenta.',
  'checklist.copyText': 'Copiar como texto',
  'checklist.reminders': 'Añadir recordatorios',
  'checklist.remindersReady': 'Tu archivo de calendario está listo en tus descargas.',
  'checklist.remindersFailed': 'No se pudo crear el archivo de calendario en este dispositivo.',
  'checklist.reminderFile': 'proximos-pasos.ics',
  'checklist.reminderDescription': 'Un recordatorio de tu lista. Basta con un pequeño paso.',
  'checklist.reset': 'Empezar de nuevo',
  'checklist.resetQuestion': '¿Borrar todas tus marcas y empezar de nuevo?',
  'checklist.resetConfirm': 'Sí, empezar de nuevo',
  'checklist.resetCancel': 'Conservar mis marcas',
  'checklist.copyFallbackLabel': 'Tu lista como texto',
  'checklist.item.noteWentWell': 'Anota algo que salió bien en la entrevista',
  'checklist.item.noteWentWell.description': 'Hazlo hoy, mientras lo tienes fresco.',
  'checklist.item.tellSomeone': 'Cuéntale a alguien de confianza hasta dónde llegaste',
  'checklist.item.sendThanks': 'Envía un breve agradecimiento a las personas que conociste',
  'checklist.item.sendThanks.description': 'Con dos o tres líneas basta.',
  'checklist.item.askFeedback': 'Pide comentarios con una pregunta clara',
  'checklist.item.askFeedback.description': 'Por ejemplo: ¿qué habría hecho más sólidas mis respuestas?',
  'checklist.item.followUpOnce': 'Si en una semana no sabes nada, escribe una vez más',
  'checklist.item.followUpOnce.description': 'Un mensaje amable es suficiente. Después, pasa página.',
  'checklist.item.saveRoles': 'Guarda dos ofertas abiertas que encajen contigo',
  'checklist.item.refreshCv': 'Añade a tu CV algo que aprendiste en este proceso',
  'checklist.item.applyAgain': 'Envía una candidatura nueva que te convenza',
  'checklist.item.applyAgain.description': 'Una candidatura cuidada vale más que diez hechas con prisa.',
  'checklist.item.pickSkill': 'Elige una habilidad para mejorar',
  'checklist.item.pickSkill.description': 'Los comentarios, o una pregunta que te costó, son un buen punto de partida.',
  'checklist.item.practise': 'Practica esa habilidad durante {minutes} minutos',
  'checklist.item.listStrengths': 'Anota tres fortalezas que mostró esta entrevista',
  'checklist.item.restWell': 'Haz algo solo para ti',
  'checklist.item.restWell.description': 'Un paseo, una llamada, una buena comida. Descansar también es parte del trabajo.',

  // --- feedback-request ---------------------------------------------------------------------------------------------
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
  'feedbackRequest.msg.warm.email.future': 'Me gustó conocer más sobre {company}, y me alegraría que me tuvieran en cuenta para futuros puestos.',
  'feedbackRequest.msg.warm.linkedin.body':
    '{greeting}\nGracias por hablar conmigo sobre {role}. Respeto tu decisión y me encantaría saber {question}. {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.warm.linkedin.future': 'Me alegraría que me tuvieras en cuenta en el futuro.',
  'feedbackRequest.msg.formal.greeting': 'Buenos días, {recipientName}:',
  'feedbackRequest.msg.formal.topic': 'Valoré mucho nuestra conversación sobre {topic}.',
  'feedbackRequest.msg.formal.questions': 'En especial, me gustaría conocer su opinión sobre {questions}.',
  'feedbackRequest.msg.formal.email.subject': 'Solicitud de comentarios: {meeting} para {role}',
  'feedbackRequest.msg.formal.email.body':
    '{greeting}\n\nLe agradezco la {meeting} que tuvimos {onDate} sobre {role}. {topicSentence}\n\nEntiendo que han decidido seguir con otra candidatura, y respeto su decisión. Quiero seguir mejorando, y le agradecería mucho cualquier comentario que pueda hacerme. {questionsSentence}\n\n{futureSentence}\n\nAtentamente,\n{candidateName}',
  'feedbackRequest.msg.formal.email.future': 'Mi interés en {company} se mantiene, y me gustaría que me tuvieran en cuenta para futuras vacantes.',
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
  'feedbackRequest.reminderSaved': 'Tu recordatorio se guardó como archivo de calendario. Ábrelo para añadirlo a tu calendario.',
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
  'feedbackRequest.copied': 'Copiado ✓',

  // --- interview-odds -----------------------------------------------------------------------------------------------
  'interviewOdds.heading': 'Llegaste más lejos que la mayoría',
  'interviewOdds.headingReached': 'Llegaste a la entrevista',
  'interviewOdds.top': 'Entre el {percent} mejor',
  'interviewOdds.topCaption': 'de {applicants} candidaturas',
  'interviewOdds.count': '{interviewed} de {applicants}',
  'interviewOdds.countCaption': 'candidaturas llegaron a entrevista',
  'interviewOdds.context.both': 'Enviaste tu candidatura para {jobTitle} en {company}.',
  'interviewOdds.context.company': 'Enviaste tu candidatura a {company}.',
  'interviewOdds.context.jobTitle': 'Enviaste tu candidatura para {jobTitle}.',
  'interviewOdds.one': 'Fuiste la única persona entrevistada entre {applicants} candidaturas.',
  'interviewOdds.many': 'Fuiste una de las {interviewed} personas entrevistadas entre {applicants} candidaturas.',
  'interviewOdds.all': 'Todas las personas que enviaron su candidatura tuvieron entrevista, tú también.',
  'interviewOdds.closing': 'Llegar hasta aquí significa que tu candidatura llamó la atención. Esta vez no salió, pero estás más cerca de lo que parece.',
  'interviewOdds.general':
    'La mayoría de las candidaturas nunca llegan a una entrevista. La tuya sí: llamó la atención. Esta vez no salió, pero estás más cerca de lo que parece.',

  // --- similar-roles ------------------------------------------------------------------------------------------------
  'similarRoles.heading': 'Puestos similares',
  'similarRoles.headingFor': 'Puestos como {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Publicado {when}',
  'similarRoles.loading': 'Cargando puestos similares…',
  'similarRoles.loaded': 'Puestos similares encontrados: {count}.',
  'similarRoles.empty': 'Ahora mismo no hay puestos similares que mostrar. Salen puestos nuevos todo el tiempo.',
  'similarRoles.error': 'No se pudieron cargar los puestos similares en este momento.',
  'similarRoles.retry': 'Intentar de nuevo',
  'similarRoles.seeAll': 'Ver todos los puestos similares',
  'similarRoles.seeBoard': 'Ver todas las vacantes',
  'similarRoles.new': 'Nueva',
  'similarRoles.errorNotFound': 'Ahora mismo no encontramos esta bolsa de empleo. Aun así, puedes ver todas las vacantes.',
  'similarRoles.errorBusy': 'La bolsa de empleo está saturada en este momento. Puedes volver a intentarlo en un rato.',
  'similarRoles.errorNetwork': 'No pudimos conectar con la bolsa de empleo. Revisa tu conexión y vuelve a intentarlo.',
  'similarRoles.errorTimeout': 'La bolsa de empleo está tardando demasiado en responder.',
  'similarRoles.errorMalformed': 'La lista de vacantes llegó en un formato que no podemos leer.',

  // --- learning-plan ------------------------------------------------------------------------------------------------
  'learningPlan.heading': 'Tu plan de aprendizaje',
  'learningPlan.intro': 'Convierte lo que escuchaste en esta entrevista en dos o tres cosas que aprender.',
  'learningPlan.formHeading': 'Añadir un objetivo',
  'learningPlan.skillLabel': 'Habilidad que aprender',
  'learningPlan.skillHint': 'Por ejemplo: escribir consultas SQL, o contar la historia de un proyecto anterior.',
  'learningPlan.resourceLabel': 'Enlace a un curso, video o artículo (opcional)',
  'learningPlan.dateLabel': 'Fecha para terminarlo (opcional)',
  'learningPlan.add': 'Añadir objetivo',
  'learningPlan.skillRequired': 'Escribe la habilidad que quieres aprender.',
  'learningPlan.resourceInvalid': 'Ese enlace no se puede usar aquí. Pega una dirección web que empiece por https://, o déjalo vacío.',
  'learningPlan.suggestionsLabel': 'Recursos sugeridos',
  'learningPlan.suggestion': 'Sugerencia: {title}',
  'learningPlan.suggestionsAvailable': 'Hay recursos sugeridos debajo del campo de la habilidad.',
  'learningPlan.suggestionUsed': 'Enlace añadido: {title}.',
  'learningPlan.softLimit': 'Con tres objetivos basta por ahora. Terminar uno primero suele sentar mejor que empezar muchos.',
  'learningPlan.empty': 'Aún no hay objetivos. Una pequeña habilidad es un buen punto de partida.',
  'learningPlan.listLabel': 'Tus objetivos',
  'learningPlan.progress': 'Completados: {done} de {total}',
  'learningPlan.due': 'Para el {date}',
  'learningPlan.resourceLink': 'Recurso: {site}',
  'learningPlan.newTab': '(se abre en una pestaña nueva)',
  'learningPlan.edit': 'Editar',
  'learningPlan.editLabel': 'Editar {skill}',
  'learningPlan.editContext': '(editando {skill})',
  'learningPlan.remove': 'Quitar',
  'learningPlan.removeLabel': 'Quitar {skill}',
  'learningPlan.save': 'Guardar',
  'learningPlan.cancel': 'Cancelar',
  'learningPlan.added': 'Añadido: {skill}.',
  'learningPlan.updated': 'Guardado: {skill}.',
  'learningPlan.removed': 'Quitado: {skill}.',
  'learningPlan.progressAnnounce': 'Objetivos completados: {done} de {total}.',
  'learningPlan.exportIcs': 'Añadir las fechas a mi calendario',
  'learningPlan.exported': 'Tu archivo de calendario está listo en tus descargas.',
  'learningPlan.exportFailed': 'No se pudo crear el archivo de calendario en este dispositivo.',
  'learningPlan.icsSummary': 'Objetivo de aprendizaje: {skill}',
  'learningPlan.icsDescription': 'Un objetivo de tu plan de aprendizaje. Los pasos pequeños cuentan.',
  'learningPlan.icsResource': 'Un objetivo de tu plan de aprendizaje. Recurso: {url}',

  // --- strengths ----------------------------------------------------------------------------------------------------
  'strengths.heading': 'Tres fortalezas que mostró esta entrevista',
  'strengths.intro': 'Quisieron conocerte, así que algo de ti les llamó la atención. Escribe qué fue, con tus propias palabras.',
  'strengths.fieldLabel': 'Fortaleza {n}',
  'strengths.prompt1': '¿Qué pregunta respondiste bien?',
  'strengths.prompt2': '¿Qué parte de tu trabajo anterior explicaste con claridad?',
  'strengths.prompt3': '¿Qué les interesó más a quienes te entrevistaron?',
  'strengths.prompt4': '¿Cómo seguiste adelante cuando una pregunta se puso difícil?',
  'strengths.prompt5': '¿Qué habilidad de la oferta ya tienes?',
  'strengths.prompt6': '¿Qué destacaría de tu entrevista alguien que te conoce bien?',
  'strengths.anotherPrompt': 'Mostrar otra pregunta',
  'strengths.anotherPromptFor': 'Mostrar otra pregunta para la fortaleza {n}',
  'strengths.newPrompt': 'Nueva pregunta para la fortaleza {n}: {prompt}',
  'strengths.cardHeading': 'Tus fortalezas',
  'strengths.copyLabel': 'Copiar tus fortalezas',
  'strengths.print': 'Imprimir',
  'strengths.cardHint': 'Guárdalo en un lugar donde lo veas antes de tu próxima entrevista.',

  // --- recovery-path ------------------------------------------------------------------------------------------------
  'recoveryPath.heading': 'Tu camino a seguir',
  'recoveryPath.intro': 'Unos pocos pasos para ayudarte a pasar página. Hazlos en el orden que quieras, a tu ritmo.',
  'recoveryPath.progress': 'Pasos hechos: {done} de {total}',
  'recoveryPath.loadingTool': 'Abriendo…',
  'recoveryPath.allDone': 'Hiciste todos los pasos. Eso requirió cuidado, y tiene mucho mérito.'
};

export default es;
