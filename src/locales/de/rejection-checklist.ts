/** German strings of <onward-rejection-checklist>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { rejectionChecklistStrings } from '../en/rejection-checklist.js';

const rejectionChecklist: Strings<typeof rejectionChecklistStrings> = {
  'checklist.heading': 'Was Sie diese Woche tun können',
  'checklist.group.interview': 'Rückblick',
  'checklist.group.feedback': 'Feedback einholen',
  'checklist.group.search': 'Ihre Suche',
  'checklist.group.learn': 'Fähigkeiten ausbauen',
  'checklist.group.believe': 'Auf sich achten',
  'checklist.progress': '{completed} von {total} erledigt',
  'checklist.suggested': 'Etwa an Tag {day}',
  'checklist.announceDone': 'Erledigt: {label}. {completed} von {total} erledigt.',
  'checklist.announceUndone': 'Noch offen: {label}. {completed} von {total} erledigt.',
  'checklist.announceCleared': 'Ihre Häkchen sind entfernt. {completed} von {total} erledigt.',
  'checklist.allDone': 'Alles erledigt: {total} von {total}. Sie sind drangeblieben, und das zählt.',
  'checklist.copyText': 'Als Text kopieren',
  'checklist.reminders': 'Erinnerungen hinzufügen',
  'checklist.remindersReady': 'Ihre Kalenderdatei finden Sie bei Ihren Downloads.',
  'checklist.remindersFailed': 'Die Kalenderdatei konnte auf diesem Gerät nicht erstellt werden.',
  'checklist.reminderFile': 'naechste-schritte.ics',
  'checklist.reminderDescription': 'Eine Erinnerung aus Ihrer Checkliste. Ein kleiner Schritt genügt.',
  'checklist.reset': 'Neu beginnen',
  'checklist.resetQuestion': 'Alle Häkchen entfernen und neu beginnen?',
  'checklist.resetConfirm': 'Ja, neu beginnen',
  'checklist.resetCancel': 'Häkchen behalten',
  'checklist.copyFallbackLabel': 'Ihre Checkliste als Text',
  'checklist.item.noteWentWell': 'Eine Sache aufschreiben, die im Gespräch gut lief',
  'checklist.item.noteWentWell.description': 'Am besten heute, solange die Einzelheiten frisch sind.',
  'checklist.item.tellSomeone': 'Einer Vertrauensperson erzählen, wie weit Sie gekommen sind',
  'checklist.item.sendThanks': 'Den Menschen, die Sie kennengelernt haben, kurz danken',
  'checklist.item.sendThanks.description': 'Zwei, drei Zeilen genügen.',
  'checklist.item.askFeedback': 'Mit einer klaren Frage um Feedback bitten',
  'checklist.item.askFeedback.description': 'Zum Beispiel: Was hätte meine Antworten überzeugender gemacht?',
  'checklist.item.followUpOnce': 'Nach einer Woche ohne Antwort einmal nachfragen',
  'checklist.item.followUpOnce.description': 'Eine höfliche Nachricht genügt. Danach dürfen Sie es loslassen.',
  'checklist.item.saveRoles': 'Zwei offene Stellen merken, die zu Ihnen passen',
  'checklist.item.refreshCv': 'Eine Sache, die Sie in diesem Verfahren gelernt haben, in den Lebenslauf aufnehmen',
  'checklist.item.applyAgain': 'Eine neue Bewerbung abschicken, hinter der Sie stehen',
  'checklist.item.applyAgain.description': 'Eine sorgfältige Bewerbung bringt mehr als zehn schnelle.',
  'checklist.item.pickSkill': 'Eine Fähigkeit wählen, an der Sie wachsen möchten',
  'checklist.item.pickSkill.description':
    'Das Feedback oder eine Frage, die Ihnen schwerfiel, ist ein guter Ausgangspunkt.',
  'checklist.item.practise': 'Diese Fähigkeit {minutes} Minuten lang üben',
  'checklist.item.listStrengths': 'Drei Stärken aufschreiben, die dieses Gespräch gezeigt hat',
  'checklist.item.restWell': 'Etwas nur für sich selbst tun',
  'checklist.item.restWell.description': 'Ein Spaziergang, ein Anruf, ein gutes Essen. Erholung gehört dazu.',
  'checklist.suggestedToday': 'Heute, wenn es passt'
};

export default rejectionChecklist;
