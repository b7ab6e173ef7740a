/** Spanish strings of <onward-rejection-checklist>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { rejectionChecklistStrings } from '../en/rejection-checklist.js';

const rejectionChecklist: Strings<typeof rejectionChecklistStrings> = {
  'checklist.heading': 'Qué hacer esta semana',
  'checklist.group.interview': 'Mirar atrás',
  'checklist.group.feedback': 'Recibir comentarios',
  'checklist.group.search': 'Tu búsqueda',
  'checklist.group.learn': 'Mejorar tus habilidades',
  'checklist.group.believe': 'Cuidarte',
  'checklist.progress': 'Hecho: {completed} de {total}',
  'checklist.suggested': 'Hacia el día {day}',
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
  'checklist.item.restWell.description':
    'Un paseo, una llamada, una buena comida. Descansar también es parte del trabajo.',
  'checklist.suggestedToday': 'Hoy, si puedes'
};

export default rejectionChecklist;
