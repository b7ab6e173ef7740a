/** Spanish strings of <onward-step-card>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { stepCardStrings } from '../en/step-card.js';

const stepCard: Strings<typeof stepCardStrings> = {
  'stepCard.badge': 'Paso {step}',
  'stepCard.markDone': 'Marcar como hecho',
  'stepCard.markDoneLabel': 'Marcar como hecho: {heading}',
  'stepCard.defaultAction': 'Empezar',
  'stepCard.interview.heading': 'Recuerda que llegaste a la entrevista',
  'stepCard.interview.body':
    'Quisieron conocerte: algo de tu candidatura les llamó la atención. Anota algo que salió bien, ahora que lo tienes fresco.',
  'stepCard.interview.action': 'Mira hasta dónde llegaste',
  'stepCard.feedback.heading': 'Pide comentarios',
  'stepCard.feedback.body':
    'Un mensaje breve y amable puede decirte qué mantener y qué cambiar. Da las gracias y haz una pregunta clara.',
  'stepCard.feedback.action': 'Escribe tu mensaje',
  'stepCard.search.heading': 'Vuelve a buscar',
  'stepCard.search.body':
    'Ahora sabes mejor lo que quieres. Mira algunas ofertas con otros ojos y guarda dos que encajen contigo.',
  'stepCard.search.action': 'Ver puestos abiertos',
  'stepCard.learn.heading': 'Sigue aprendiendo',
  'stepCard.learn.body':
    'Cada entrevista te muestra algo en lo que crecer. Elige una habilidad de esta y una forma corta de practicarla.',
  'stepCard.learn.action': 'Planea qué aprender',
  'stepCard.believe.heading': 'Sigue creyendo en ti',
  'stepCard.believe.body':
    'Un no habla de un puesto en un momento concreto. No es un veredicto sobre ti. Nombra tres fortalezas que mostró esta entrevista.',
  'stepCard.believe.action': 'Escribe tus fortalezas',
  'stepCard.done': 'Hecho ✓',
  'stepCard.doneLabel': 'Hecho: {heading}'
};

export default stepCard;
