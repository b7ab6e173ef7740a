/** German strings of <onward-learning-plan>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { learningPlanStrings } from '../en/learning-plan.js';

const learningPlan: Strings<typeof learningPlanStrings> = {
  'learningPlan.heading': 'Ihr Lernplan',
  'learningPlan.intro': 'Machen Sie aus dem, was Sie in diesem Gespräch gehört haben, zwei oder drei Lernziele.',
  'learningPlan.formHeading': 'Ziel hinzufügen',
  'learningPlan.skillLabel': 'Was Sie lernen möchten',
  'learningPlan.skillHint':
    'Zum Beispiel: SQL-Abfragen schreiben oder anschaulich von einem früheren Projekt erzählen.',
  'learningPlan.resourceLabel': 'Link zu einem Kurs, Video oder Artikel (optional)',
  'learningPlan.dateLabel': 'Fertig bis (optional)',
  'learningPlan.add': 'Ziel hinzufügen',
  'learningPlan.skillRequired': 'Bitte schreiben Sie, was Sie lernen möchten.',
  'learningPlan.resourceInvalid':
    'Dieser Link lässt sich hier nicht verwenden. Bitte fügen Sie eine Webadresse ein, die mit https:// beginnt, oder lassen Sie das Feld leer.',
  'learningPlan.suggestionsLabel': 'Vorgeschlagene Quellen',
  'learningPlan.suggestion': 'Vorschlag: {title}',
  'learningPlan.suggestionsAvailable': 'Vorgeschlagene Quellen stehen unter dem Eingabefeld.',
  'learningPlan.suggestionUsed': 'Link hinzugefügt: {title}.',
  'learningPlan.softLimit':
    'Drei Ziele reichen für den Moment. Eines abzuschließen fühlt sich oft besser an, als viele anzufangen.',
  'learningPlan.empty': 'Noch keine Ziele. Eine kleine Fähigkeit ist ein guter Anfang.',
  'learningPlan.listLabel': 'Ihre Ziele',
  'learningPlan.progress': '{done} von {total} erledigt',
  'learningPlan.due': 'Bis zum {date}',
  'learningPlan.resourceLink': 'Quelle: {site}',
  'learningPlan.newTab': '(öffnet in einem neuen Tab)',
  'learningPlan.edit': 'Bearbeiten',
  'learningPlan.editLabel': '{skill} bearbeiten',
  'learningPlan.editContext': '({skill} bearbeiten)',
  'learningPlan.remove': 'Entfernen',
  'learningPlan.removeLabel': '{skill} entfernen',
  'learningPlan.save': 'Speichern',
  'learningPlan.cancel': 'Abbrechen',
  'learningPlan.added': 'Ziel hinzugefügt: {skill}.',
  'learningPlan.updated': 'Ziel gespeichert: {skill}.',
  'learningPlan.removed': 'Ziel entfernt: {skill}.',
  'learningPlan.progressAnnounce': '{done} von {total} Zielen erledigt.',
  'learningPlan.exportIcs': 'Termine in meinen Kalender übernehmen',
  'learningPlan.exported': 'Ihre Kalenderdatei finden Sie bei Ihren Downloads.',
  'learningPlan.exportFailed': 'Die Kalenderdatei konnte auf diesem Gerät nicht erstellt werden.',
  'learningPlan.icsSummary': 'Lernziel: {skill}',
  'learningPlan.icsDescription': 'Ein Ziel aus Ihrem Lernplan. Kleine Schritte zählen.',
  'learningPlan.icsResource': 'Ein Ziel aus Ihrem Lernplan. Quelle: {url}'
};

export default learningPlan;
