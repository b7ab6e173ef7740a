/** German strings of <onward-interview-odds>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { interviewOddsStrings } from '../en/interview-odds.js';

const interviewOdds: Strings<typeof interviewOddsStrings> = {
  'interviewOdds.heading': 'Sie sind weiter gekommen als die meisten',
  'interviewOdds.headingReached': 'Sie haben es ins Gespräch geschafft',
  'interviewOdds.context.both': 'Sie haben sich als {jobTitle} bei {company} beworben.',
  'interviewOdds.context.company': 'Sie haben sich bei {company} beworben.',
  'interviewOdds.context.jobTitle': 'Sie haben sich als {jobTitle} beworben.',
  'interviewOdds.one': 'Von {applicants} Bewerbungen führte nur eine zu einem Gespräch: Ihre.',
  'interviewOdds.many': 'Von {applicants} Bewerbungen führten {interviewed} zu einem Gespräch, darunter Ihre.',
  'interviewOdds.all': 'Alle, die sich beworben haben, wurden zum Gespräch eingeladen, auch Sie.',
  'interviewOdds.closing':
    'So weit zu kommen heißt: Ihre Bewerbung ist aufgefallen. Diesmal hat es nicht geklappt, aber Sie sind näher dran, als es sich vielleicht anfühlt.',
  'interviewOdds.general':
    'Sie wurden zum Gespräch eingeladen, Ihre Bewerbung ist also aufgefallen. Diesmal hat es nicht geklappt, aber Sie sind näher dran, als es sich vielleicht anfühlt.',
  'interviewOdds.share': '{percent} der Bewerbungen führten zu einem Gespräch.',
  'interviewOdds.noteLabel': 'Eine Sache, die gut lief',
  'interviewOdds.noteHint': 'Nur für Sie, solange es frisch ist. Es bleibt auf diesem Gerät.',
  'interviewOdds.noteHintNone': 'Nur für Sie, solange es frisch ist. Es wird nirgendwohin gesendet.',
  'interviewOdds.noteSave': 'Speichern',
  'interviewOdds.noteSaved': 'Auf diesem Gerät gespeichert.',
  'interviewOdds.noteKept': 'Für diesen Besuch behalten.'
};

export default interviewOdds;
