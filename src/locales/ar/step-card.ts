/** Arabic strings of <onward-step-card>. About the language: `../ar.ts`. */
import type { Strings } from '../en.js';
import type { stepCardStrings } from '../en/step-card.js';

const stepCard: Strings<typeof stepCardStrings> = {
  'stepCard.badge': 'الخطوة {step}',
  'stepCard.markDone': 'تحديد كمنجزة',
  'stepCard.markDoneLabel': 'تحديد كمنجزة: {heading}',
  'stepCard.defaultAction': 'البدء',
  'stepCard.interview.heading': 'لقد وصلت إلى المقابلة',
  'stepCard.interview.body':
    'اختاروا أن يتحدثوا معك، فشيء ما في طلبك لفت انتباههم. دوّن شيئًا واحدًا سار على ما يرام، ما دامت التفاصيل حاضرة.',
  'stepCard.interview.action': 'مدى تقدّمك',
  'stepCard.feedback.heading': 'طلب ملاحظات',
  'stepCard.feedback.body':
    'رسالة قصيرة ولطيفة قد تكشف لك ما يستحق الإبقاء عليه وما يحتاج إلى تغيير. يكفي الشكر، ثم سؤال واضح واحد.',
  'stepCard.feedback.action': 'كتابة رسالتك',
  'stepCard.search.heading': 'العودة إلى البحث',
  'stepCard.search.body': 'صار لديك الآن فهم أوضح لما يناسبك. تصفّح بعض الوظائف بنظرة جديدة، واحتفظ باثنتين تناسبانك.',
  'stepCard.search.action': 'عرض الوظائف المتاحة',
  'stepCard.learn.heading': 'مواصلة التعلّم',
  'stepCard.learn.body':
    'كل مقابلة تكشف لك مجالًا جديدًا للنمو. اختيار مهارة واحدة من هذه المقابلة وطريقة قصيرة للتدرّب عليها بداية جيدة.',
  'stepCard.learn.action': 'وضع خطة للتعلّم',
  'stepCard.believe.heading': 'الثقة بنفسك',
  'stepCard.believe.body':
    'رفض واحد يخصّ وظيفة واحدة في وقت بعينه، وليس حكمًا عليك. ما رأيك في تسمية ثلاث نقاط قوة أظهرتها هذه المقابلة؟',
  'stepCard.believe.action': 'كتابة نقاط قوتك',
  'stepCard.done': 'تم ✓',
  'stepCard.doneLabel': 'تم: {heading}'
};

export default stepCard;
