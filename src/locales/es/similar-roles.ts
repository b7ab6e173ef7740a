/** Spanish strings of <onward-similar-roles>. About the language: `../es.ts`. */
import type { Strings } from '../en.js';
import type { similarRolesStrings } from '../en/similar-roles.js';

const similarRoles: Strings<typeof similarRolesStrings> = {
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
  'similarRoles.errorNotFound':
    'Ahora mismo no encontramos esta bolsa de empleo. Aun así, puedes ver todas las vacantes.',
  'similarRoles.errorBusy': 'La bolsa de empleo está saturada en este momento. Puedes volver a intentarlo en un rato.',
  'similarRoles.errorNetwork': 'No pudimos conectar con la bolsa de empleo. Revisa tu conexión y vuelve a intentarlo.',
  'similarRoles.errorTimeout': 'La bolsa de empleo está tardando demasiado en responder.',
  'similarRoles.errorMalformed': 'La lista de vacantes llegó en un formato que no podemos leer.',
  'similarRoles.keep': 'Guardar',
  'similarRoles.kept': 'Guardada ✓',
  'similarRoles.keepLabel': 'Guardar: {title}',
  'similarRoles.keptLabel': 'Guardada: {title}',
  'similarRoles.keptAnnounce': 'Guardada: {title}.',
  'similarRoles.unkeptAnnounce': 'Ya no está guardada: {title}.',
  'similarRoles.keptHeading': 'Ofertas que guardaste',
  'similarRoles.unkeep': 'Quitar',
  'similarRoles.unkeepLabel': 'Quitar: {title}'
};

export default similarRoles;
