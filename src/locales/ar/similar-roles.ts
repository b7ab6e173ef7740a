/** Arabic strings of <onward-similar-roles>. About the language: `../ar.ts`. */
import type { Strings } from '../en.js';
import type { similarRolesStrings } from '../en/similar-roles.js';

const similarRoles: Strings<typeof similarRolesStrings> = {
  'similarRoles.heading': 'وظائف مشابهة',
  'similarRoles.headingFor': 'وظائف مثل {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'نُشرت {when}',
  'similarRoles.loading': 'جارٍ تحميل الوظائف المشابهة…',
  'similarRoles.loaded': 'عدد الوظائف المشابهة: {count}.',
  'similarRoles.empty': 'لا توجد وظائف مشابهة لعرضها الآن. تظهر وظائف جديدة باستمرار.',
  'similarRoles.error': 'تعذّر تحميل الوظائف المشابهة الآن.',
  'similarRoles.retry': 'إعادة المحاولة',
  'similarRoles.seeAll': 'عرض كل الوظائف المشابهة',
  'similarRoles.seeBoard': 'عرض كل الوظائف المتاحة',
  'similarRoles.new': 'جديدة',
  'similarRoles.errorNotFound':
    'لا يمكننا العثور على لوحة الوظائف هذه الآن. لا يزال بإمكانك الاطلاع على كل الوظائف المتاحة.',
  'similarRoles.errorBusy': 'لوحة الوظائف مشغولة الآن. يمكنك المحاولة مرة أخرى بعد قليل.',
  'similarRoles.errorNetwork': 'تعذّر الوصول إلى لوحة الوظائف. تحقّق من اتصالك، ثم حاول مرة أخرى.',
  'similarRoles.errorTimeout': 'تستغرق لوحة الوظائف وقتًا طويلًا للرد.',
  'similarRoles.errorMalformed': 'وصلت قائمة الوظائف بصيغة لا يمكننا قراءتها.',
  'similarRoles.keep': 'احتفاظ',
  'similarRoles.kept': 'محفوظة ✓',
  'similarRoles.keepLabel': 'احتفاظ: {title}',
  'similarRoles.keptLabel': 'محفوظة: {title}',
  'similarRoles.keptAnnounce': 'تم الاحتفاظ بالوظيفة: {title}.',
  'similarRoles.unkeptAnnounce': 'أُزيلت من المحفوظة: {title}.',
  'similarRoles.keptHeading': 'الوظائف التي احتفظت بها',
  'similarRoles.unkeep': 'إزالة',
  'similarRoles.unkeepLabel': 'إزالة: {title}'
};

export default similarRoles;
