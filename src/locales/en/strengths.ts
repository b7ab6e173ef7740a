/** English strings of <onward-strengths>; registered by the element’s define module, composed into `../en.ts`. */
export const strengthsStrings = {
  'strengths.heading': 'Three strengths this interview showed',
  'strengths.intro':
    'They asked to meet you, so something about you stood out. Write down what it was, in your own words.',
  'strengths.fieldLabel': 'Strength {n}',
  'strengths.prompt1': 'Which question did you answer well?',
  'strengths.prompt2': 'What part of your past work did you explain clearly?',
  'strengths.prompt3': 'What did the interviewers seem most interested in?',
  'strengths.prompt4': 'How did you keep going when a question was hard?',
  'strengths.prompt5': 'Which skill in the job post do you already have?',
  'strengths.prompt6': 'What would a friend who saw the interview say you did well?',
  'strengths.anotherPrompt': 'Show another prompt',
  'strengths.anotherPromptFor': 'Show another prompt for strength {n}',
  'strengths.newPrompt': 'New prompt for strength {n}: {prompt}',
  'strengths.cardHeading': 'Your strengths',
  'strengths.copyLabel': 'Copy your strengths',
  'strengths.print': 'Print',
  'strengths.cardHint': 'Keep this somewhere you will see it before your next interview.'
};
