/** Arabic strings of <onward-recovery-path>. About the language: `../ar.ts`. */
import type { Strings } from '../en.js';
import type { recoveryPathStrings } from '../en/recovery-path.js';

const recoveryPath: Strings<typeof recoveryPathStrings> = {
  'recoveryPath.heading': 'طريقك إلى الأمام',
  'recoveryPath.intro': 'بضع خطوات صغيرة تساعدك على تجاوز هذه التجربة، بأي ترتيب، وعلى مهلك.',
  'recoveryPath.progress': 'الخطوات المنجزة: {done} من {total}',
  'recoveryPath.loadingTool': 'جارٍ الفتح…',
  'recoveryPath.allDone': 'أنجزت كل الخطوات. تطلّب ذلك عناية، وهذا إنجاز يُحسب لك.',
  'recoveryPath.stepDone': 'تم: {heading}. الخطوات المنجزة: {done} من {total}.',
  'recoveryPath.stepUndone': 'لم يتم بعد: {heading}. الخطوات المنجزة: {done} من {total}.',
  'recoveryPath.weekHeading': 'أشياء صغيرة لهذا الأسبوع',
  'recoveryPath.finishDid': 'هذا ما أنجزته:',
  'recoveryPath.did.interview': 'دوّنت ما سار على ما يرام.',
  'recoveryPath.did.feedback': 'طلبت ملاحظات.',
  'recoveryPath.did.search': 'اطّلعت على وظائف جديدة.',
  'recoveryPath.did.learn': 'اخترت شيئًا لتتعلمه.',
  'recoveryPath.did.believe': 'سمّيت نقاط قوتك.',
  'recoveryPath.finishKeep': 'ما كتبته سيفيدك في مقابلتك القادمة، ويبقى محفوظًا على هذا الجهاز.',
  'recoveryPath.finishKeepNone': 'ما كتبته سيفيدك في مقابلتك القادمة، ومن الأفضل نسخه قبل إغلاق هذه الصفحة.'
};

export default recoveryPath;
