/** Arabic strings of <onward-strengths>. About the language: `../ar.ts`. */
import type { Strings } from '../en.js';
import type { strengthsStrings } from '../en/strengths.js';

const strengths: Strings<typeof strengthsStrings> = {
  'strengths.heading': 'ثلاث نقاط قوة أظهرتها هذه المقابلة',
  'strengths.intro': 'طلبوا لقاءك، أي أن شيئًا فيك لفت انتباههم. هنا مكان لتدوينه بكلماتك أنت.',
  'strengths.fieldLabel': 'نقطة القوة {n}',
  'strengths.prompt1': 'أي سؤال أجبت عنه جيدًا؟',
  'strengths.prompt2': 'أي جزء من عملك السابق شرحته بوضوح؟',
  'strengths.prompt3': 'ما الذي بدا أنه أثار اهتمام من أجروا المقابلة أكثر؟',
  'strengths.prompt4': 'كيف واصلت عندما كان السؤال صعبًا؟',
  'strengths.prompt5': 'أي مهارة مطلوبة في إعلان الوظيفة لديك بالفعل؟',
  'strengths.prompt6': 'لو شاهد صديق مقرّب المقابلة، ما الذي سيقول إنك أحسنت فيه؟',
  'strengths.anotherPrompt': 'عرض سؤال آخر',
  'strengths.anotherPromptFor': 'عرض سؤال آخر لنقطة القوة {n}',
  'strengths.newPrompt': 'سؤال جديد لنقطة القوة {n}: {prompt}',
  'strengths.cardHeading': 'نقاط قوتك',
  'strengths.copyLabel': 'نسخ نقاط قوتك',
  'strengths.print': 'طباعة',
  'strengths.cardHint': 'من المفيد الاحتفاظ بها في مكان قريب قبل مقابلتك القادمة.'
};

export default strengths;
