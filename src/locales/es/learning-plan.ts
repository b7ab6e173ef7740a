/** Spanish strings of <onward-learning-plan>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { learningPlanStrings } from '../en/learning-plan.js';

const learningPlan: Strings<typeof learningPlanStrings> = {
  'learningPlan.heading': 'Tu plan de aprendizaje',
  'learningPlan.intro': 'Convierte lo que escuchaste en esta entrevista en dos o tres cosas que aprender.',
  'learningPlan.formHeading': 'Añadir un objetivo',
  'learningPlan.skillLabel': 'Habilidad que aprender',
  'learningPlan.skillHint': 'Por ejemplo: escribir consultas SQL, o contar la historia de un proyecto anterior.',
  'learningPlan.resourceLabel': 'Enlace a un curso, video o artículo (opcional)',
  'learningPlan.dateLabel': 'Fecha para terminarlo (opcional)',
  'learningPlan.add': 'Añadir objetivo',
  'learningPlan.skillRequired': 'Escribe la habilidad que quieres aprender.',
  'learningPlan.resourceInvalid':
    'Ese enlace no se puede usar aquí. Pega una dirección web que empiece por https://, o déjalo vacío.',
  'learningPlan.suggestionsLabel': 'Recursos sugeridos',
  'learningPlan.suggestion': 'Sugerencia: {title}',
  'learningPlan.suggestionsAvailable': 'Hay recursos sugeridos debajo del campo de la habilidad.',
  'learningPlan.suggestionUsed': 'Enlace añadido: {title}.',
  'learningPlan.softLimit':
    'Con tres objetivos basta por ahora. Terminar uno primero suele sentar mejor que empezar muchos.',
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
  'learningPlan.icsResource': 'Un objetivo de tu plan de aprendizaje. Recurso: {url}'
};

export default learningPlan;
