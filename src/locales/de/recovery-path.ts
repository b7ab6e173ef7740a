/** German strings of <onward-recovery-path>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { recoveryPathStrings } from '../en/recovery-path.js';

const recoveryPath: Strings<typeof recoveryPathStrings> = {
  'recoveryPath.heading': 'Ihr Weg nach vorn',
  'recoveryPath.intro':
    'Ein paar kleine Schritte, die Ihnen helfen, mit dieser Absage abzuschließen. In beliebiger Reihenfolge, in Ihrem Tempo.',
  'recoveryPath.progress': '{done} von {total} Schritten erledigt',
  'recoveryPath.loadingTool': 'Wird geöffnet …',
  'recoveryPath.allDone':
    'Sie haben jeden Schritt gemacht. Das hat Sorgfalt gekostet, und darauf können Sie stolz sein.',
  'recoveryPath.stepDone': 'Erledigt: {heading}. {done} von {total} Schritten erledigt.',
  'recoveryPath.stepUndone': 'Noch offen: {heading}. {done} von {total} Schritten erledigt.',
  'recoveryPath.weekHeading': 'Kleine Schritte für diese Woche',
  'recoveryPath.finishDid': 'Das haben Sie geschafft:',
  'recoveryPath.did.interview': 'Sie haben notiert, was gut lief.',
  'recoveryPath.did.feedback': 'Sie haben um Feedback gebeten.',
  'recoveryPath.did.search': 'Sie haben sich neue Stellen angesehen.',
  'recoveryPath.did.learn': 'Sie haben sich etwas zum Lernen vorgenommen.',
  'recoveryPath.did.believe': 'Sie haben Ihre Stärken benannt.',
  'recoveryPath.finishKeep':
    'Bewahren Sie auf, was Sie geschrieben haben, für Ihr nächstes Gespräch. Es bleibt auf diesem Gerät gespeichert.',
  'recoveryPath.finishKeepNone':
    'Bewahren Sie auf, was Sie geschrieben haben, für Ihr nächstes Gespräch: Kopieren Sie es, bevor Sie diese Seite schließen.'
};

export default recoveryPath;
