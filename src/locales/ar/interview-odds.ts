/** Arabic strings of <onward-interview-odds>. About the language: `../ar.ts`. */
import type { Strings } from '../en.js';
import type { interviewOddsStrings } from '../en/interview-odds.js';

const interviewOdds: Strings<typeof interviewOddsStrings> = {
  'interviewOdds.heading': 'وصلت أبعد من معظم المتقدمين',
  'interviewOdds.headingReached': 'وصلت إلى المقابلة',
  'interviewOdds.context.both': 'تقدّمت لوظيفة {jobTitle} في {company}.',
  'interviewOdds.context.company': 'تقدّمت بطلب إلى {company}.',
  'interviewOdds.context.jobTitle': 'تقدّمت لوظيفة {jobTitle}.',
  'interviewOdds.one': 'من بين المتقدمين وعددهم {applicants}، أُجريت المقابلة معك وحدك.',
  'interviewOdds.many': 'من بين المتقدمين وعددهم {applicants}، أُجريت مقابلات مع {interviewed} فقط، وأنت منهم.',
  'interviewOdds.all': 'أُجريت مقابلات مع كل من تقدّم، وأنت منهم.',
  'interviewOdds.closing': 'الوصول إلى هنا يعني أن طلبك لفت الانتباه. لم تكتمل هذه الفرصة، لكنك أقرب مما قد يبدو لك.',
  'interviewOdds.general':
    'دُعيت إلى مقابلة، فشيء ما في طلبك لفت الانتباه. لم تكتمل هذه الفرصة، لكنك أقرب مما قد يبدو لك.',
  'interviewOdds.share': '{percent} من المتقدمين أُجريت معهم مقابلات.',
  'interviewOdds.noteLabel': 'شيء واحد سار على ما يرام',
  'interviewOdds.noteHint': 'لك وحدك، ما دامت التفاصيل حاضرة. يبقى على هذا الجهاز.',
  'interviewOdds.noteHintNone': 'لك وحدك، ما دامت التفاصيل حاضرة. لا يُرسَل إلى أي مكان.',
  'interviewOdds.noteSave': 'حفظ',
  'interviewOdds.noteSaved': 'تم الحفظ على هذا الجهاز.',
  'interviewOdds.noteKept': 'محفوظ طوال هذه الزيارة.'
};

export default interviewOdds;
