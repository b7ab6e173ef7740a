/** English strings of <onward-recovery-path>; registered by the element’s define module, composed into `../en.ts`. */
export const recoveryPathStrings = {
  'recoveryPath.heading': 'Your way forward',
  'recoveryPath.intro': 'A few small steps to help you move on from this one. Take them in any order, at your own pace.',
  'recoveryPath.progress': '{done} of {total} steps done',
  'recoveryPath.loadingTool': 'Opening…',
  'recoveryPath.allDone': 'You did every step. That took care, so be proud of it.'
};
