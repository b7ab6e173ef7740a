/** English strings of <onward-interview-odds>; registered by the element’s define module, composed into `../en.ts`. */
export const interviewOddsStrings = {
  'interviewOdds.heading': 'You got further than most',
  'interviewOdds.headingReached': 'You made it to the interview',
  'interviewOdds.share': '{percent} of the people who applied got an interview.',
  'interviewOdds.context.both': 'You applied for {jobTitle} at {company}.',
  'interviewOdds.context.company': 'You applied to {company}.',
  'interviewOdds.context.jobTitle': 'You applied for {jobTitle}.',
  'interviewOdds.one': 'You were the only person interviewed, out of {applicants} who applied.',
  'interviewOdds.many': 'You were one of {interviewed} people interviewed, out of {applicants} who applied.',
  'interviewOdds.all': 'Everyone who applied got an interview, you included.',
  'interviewOdds.closing':
    'Getting this far means your application stood out. This one did not work out, but you are closer than it may feel.',
  'interviewOdds.general':
    'You got an interview, so something in your application stood out. This one did not work out, but you are closer than it may feel.',
  'interviewOdds.noteLabel': 'One thing that went well',
  'interviewOdds.noteHint': 'Just for you, while it is fresh. It stays on this device.',
  'interviewOdds.noteHintNone': 'Just for you, while it is fresh. It is not sent anywhere.',
  'interviewOdds.noteSave': 'Save',
  'interviewOdds.noteSaved': 'Saved on this device.',
  'interviewOdds.noteKept': 'Kept for this visit.'
};
