/** Arabic strings shared by every element, and the language’s name and direction. About the language: `../ar.ts`. */
import type { LanguageTag, Strings } from '../en.js';
import type { commonStrings } from '../en/common.js';

const common: LanguageTag & Strings<typeof commonStrings> = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  'common.copy': 'نسخ',
  'common.copied': 'تم النسخ.',
  'common.copyFailed': 'تعذّر النسخ. النص محدَّد، ويمكنك نسخه بنفسك.',
  'common.dateInvalid': 'يُرجى إدخال تاريخ كامل وصحيح بين عامَي {minYear} و{maxYear}، أو إفراغ هذا الحقل.',
  'common.storageUnavailable': 'لا يمكن حفظ تقدّمك على هذا الجهاز، لكنه يبقى هنا ما دامت هذه الصفحة مفتوحة.',
  'common.storageDiscarded': 'تعذّرت قراءة التقدّم المحفوظ، لذا بدأ كل شيء من جديد. ستُحفظ التغييرات الجديدة.'
};

export default common;
