/** English strings of <onward-step-card>; registered by the element’s define module, composed into `../en.ts`. */
export const stepCardStrings = {
  'stepCard.badge': 'Step {step}',
  'stepCard.markDone': 'Mark as done',
  'stepCard.markDoneLabel': 'Mark as done: {heading}',
  'stepCard.done': 'Done ✓',
  'stepCard.doneLabel': 'Done: {heading}',
  'stepCard.defaultAction': 'Start',
  'stepCard.interview.heading': 'Remember you got an interview',
  'stepCard.interview.body':
    'They chose to talk with you, so something in your application stood out. Write down one thing that went well, while it is fresh.',
  'stepCard.interview.action': 'See how far you got',
  'stepCard.feedback.heading': 'Ask for feedback',
  'stepCard.feedback.body':
    'A short, kind note can tell you what to keep and what to change. Thank them, and ask one clear question.',
  'stepCard.feedback.action': 'Write your note',
  'stepCard.search.heading': 'Start searching again',
  'stepCard.search.body':
    'You know more now about what you want. Look at a few roles with fresh eyes, and keep two that fit you.',
  'stepCard.search.action': 'See open roles',
  'stepCard.learn.heading': 'Keep learning',
  'stepCard.learn.body':
    'Each interview shows you something to grow into. Pick one skill from this one, and a short way to practise it.',
  'stepCard.learn.action': 'Plan what to learn',
  'stepCard.believe.heading': 'Keep believing',
  'stepCard.believe.body':
    'One no is about one role at one time. It is not a verdict on you. Name three strengths this interview showed.',
  'stepCard.believe.action': 'Write your strengths'
};
