/** Spanish strings of <onward-strengths>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { strengthsStrings } from '../en/strengths.js';

const strengths: Strings<typeof strengthsStrings> = {
  'strengths.heading': 'Tres fortalezas que mostró esta entrevista',
  'strengths.intro':
    'Quisieron conocerte, así que algo de ti les llamó la atención. Escribe qué fue, con tus propias palabras.',
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
  'strengths.cardHint': 'Guárdalo en un lugar donde lo veas antes de tu próxima entrevista.'
};

export default strengths;
