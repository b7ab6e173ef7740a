/** Spanish strings of <onward-recovery-path>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { recoveryPathStrings } from '../en/recovery-path.js';

const recoveryPath: Strings<typeof recoveryPathStrings> = {
  'recoveryPath.heading': 'Tu camino a seguir',
  'recoveryPath.intro': 'Unos pocos pasos para ayudarte a pasar página. Hazlos en el orden que quieras, a tu ritmo.',
  'recoveryPath.progress': 'Pasos hechos: {done} de {total}',
  'recoveryPath.loadingTool': 'Abriendo…',
  'recoveryPath.allDone': 'Hiciste todos los pasos. Eso requirió cuidado, y tiene mucho mérito.',
  'recoveryPath.stepDone': 'Hecho: {heading}. Pasos hechos: {done} de {total}.',
  'recoveryPath.stepUndone': 'Aún sin hacer: {heading}. Pasos hechos: {done} de {total}.',
  'recoveryPath.weekHeading': 'Pequeñas cosas para esta semana',
  'recoveryPath.finishDid': 'Esto es lo que hiciste:',
  'recoveryPath.did.interview': 'Anotaste lo que salió bien.',
  'recoveryPath.did.feedback': 'Pediste comentarios.',
  'recoveryPath.did.search': 'Miraste nuevas ofertas.',
  'recoveryPath.did.learn': 'Elegiste algo que aprender.',
  'recoveryPath.did.believe': 'Nombraste tus fortalezas.',
  'recoveryPath.finishKeep': 'Guarda lo que escribiste para tu próxima entrevista. Sigue guardado en este dispositivo.',
  'recoveryPath.finishKeepNone':
    'Guarda lo que escribiste para tu próxima entrevista: cópialo antes de cerrar esta página.'
};

export default recoveryPath;
