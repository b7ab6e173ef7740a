/** Arabic strings of <onward-learning-plan>. About the language: `../ar.ts`. */
import type { Strings } from '../en.js';
import type { learningPlanStrings } from '../en/learning-plan.js';

const learningPlan: Strings<typeof learningPlanStrings> = {
  'learningPlan.heading': 'خطة تعلّمك',
  'learningPlan.intro': 'هنا يتحوّل ما سمعته في هذه المقابلة إلى شيئين أو ثلاثة للتعلّم.',
  'learningPlan.formHeading': 'إضافة هدف',
  'learningPlan.skillLabel': 'مهارة للتعلّم',
  'learningPlan.skillHint': 'مثلًا: كتابة استعلامات SQL، أو رواية قصة عن مشروع سابق.',
  'learningPlan.resourceLabel': 'رابط لدورة أو فيديو أو مقال (اختياري)',
  'learningPlan.dateLabel': 'موعد الإنجاز المستهدف (اختياري)',
  'learningPlan.add': 'إضافة الهدف',
  'learningPlan.skillRequired': 'يُرجى كتابة المهارة المراد تعلّمها.',
  'learningPlan.resourceInvalid':
    'لا يمكن استخدام هذا الرابط هنا. يُرجى لصق عنوان ويب يبدأ بـ https://، أو ترك الحقل فارغًا.',
  'learningPlan.suggestionsLabel': 'مصادر مقترحة',
  'learningPlan.suggestion': 'مقترح: {title}',
  'learningPlan.suggestionsAvailable': 'توجد مصادر مقترحة أسفل حقل المهارة.',
  'learningPlan.suggestionUsed': 'أُضيف الرابط: {title}.',
  'learningPlan.softLimit': 'ثلاثة أهداف تكفي الآن. إنهاء هدف واحد أولًا غالبًا ما يكون أريح من بدء الكثير.',
  'learningPlan.empty': 'لا أهداف بعد. مهارة صغيرة واحدة بداية جيدة.',
  'learningPlan.listLabel': 'أهدافك',
  'learningPlan.progress': 'المنجز: {done} من {total}',
  'learningPlan.due': 'بحلول {date}',
  'learningPlan.resourceLink': 'المصدر: {site}',
  'learningPlan.newTab': '(يُفتح في علامة تبويب جديدة)',
  'learningPlan.edit': 'تعديل',
  'learningPlan.editLabel': 'تعديل {skill}',
  'learningPlan.editContext': '(تعديل {skill})',
  'learningPlan.remove': 'حذف',
  'learningPlan.removeLabel': 'حذف {skill}',
  'learningPlan.save': 'حفظ',
  'learningPlan.cancel': 'إلغاء',
  'learningPlan.added': 'أُضيف: {skill}.',
  'learningPlan.updated': 'حُفظ: {skill}.',
  'learningPlan.removed': 'حُذف: {skill}.',
  'learningPlan.progressAnnounce': 'الأهداف المنجزة: {done} من {total}.',
  'learningPlan.exportIcs': 'إضافة المواعيد إلى تقويمي',
  'learningPlan.exported': 'ملف التقويم جاهز في التنزيلات.',
  'learningPlan.exportFailed': 'تعذّر إنشاء ملف التقويم على هذا الجهاز.',
  'learningPlan.icsSummary': 'هدف تعلّم: {skill}',
  'learningPlan.icsDescription': 'هدف من خطة تعلّمك. الخطوات الصغيرة لها قيمتها.',
  'learningPlan.icsResource': 'هدف من خطة تعلّمك. المصدر: {url}'
};

export default learningPlan;
