/** English strings of <onward-recovery-path>; registered by the element’s define module, composed into `../en.ts`. */
export const recoveryPathStrings = {
  'recoveryPath.heading': 'Your way forward',
  'recoveryPath.intro':
    'A few small steps to help you move on from this one. Take them in any order, at your own pace.',
  'recoveryPath.progress': '{done} of {total} steps done',
  'recoveryPath.loadingTool': 'Opening…',
  'recoveryPath.allDone': 'You did every step. That took care, so be proud of it.',
  'recoveryPath.stepDone': 'Done: {heading}. {done} of {total} steps done.',
  'recoveryPath.stepUndone': 'Not done yet: {heading}. {done} of {total} steps done.',
  'recoveryPath.weekHeading': 'Small things for this week',
  'recoveryPath.finishDid': 'Here is what you did:',
  'recoveryPath.did.interview': 'You noted what went well.',
  'recoveryPath.did.feedback': 'You asked for feedback.',
  'recoveryPath.did.search': 'You looked at new roles.',
  'recoveryPath.did.learn': 'You picked something to learn.',
  'recoveryPath.did.believe': 'You named your strengths.',
  'recoveryPath.finishKeep': 'Keep what you wrote for your next interview. It stays saved on this device.',
  'recoveryPath.finishKeepNone': 'Keep what you wrote for your next interview: copy it before you close this page.'
};
