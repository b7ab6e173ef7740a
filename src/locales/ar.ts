/**
 * Arabic (`ar`), Modern Standard Arabic for every Arabic-speaking region (`ar-EG`, `ar-SA`… read it too), laid out
 * right-to-left. Numbers and dates come from `Intl` for the page's exact tag: `ar` and `ar-MA` write 240, `ar-EG` and
 * `ar-SA` write ٢٤٠ (the one number written here, 20, follows `ar`).
 *
 * Written so that it never guesses the reader's gender: actions are verbal nouns (`نسخ`, `إضافة هدف`, `كتابة…`) rather
 * than imperatives; sentences to the candidate use the past tense and the `ـك` suffix, which are spelled the same for
 * a man and a woman without vowel marks; no second-person present verbs or gendered adjectives. The feedback note
 * speaks to the recipient with `ـك` (warm, brief) or the respectful plural `ـكم` (formal), and the candidate never
 * describes themselves with an adjective (`أقدّر`, not `ممتن/ممتنة`). Counts are written so that no noun has to agree
 * with a number ("عدد الكلمات: {count}", "من بين المتقدمين وعددهم {applicants}"). File names stay in English ASCII.
 *
 * The pattern every locale file follows is described at the top of `es.ts`.
 */
import type { Catalogue } from './en.js';

const ar: Catalogue = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  // --- shared -------------------------------------------------------------------------------------------------------
  'common.copy': 'نسخ',
  'common.copied': 'تم النسخ.',
  'common.copyFailed': 'تعذّر النسخ. النص محدَّد، ويمكنك نسخه بنفسك.',
  'common.storageUnavailable': 'لا يمكن حفظ تقدّمك على هذا الجهاز، لكنه يبقى هنا ما دامت هذه الصفحة مفتوحة.',
  'common.storageDiscarded': 'تعذّرت قراءة التقدّم المحفوظ، لذا بدأ كل شيء من جديد. ستُحفظ التغييرات الجديدة.',

  // --- step-card ----------------------------------------------------------------------------------------------------
  'stepCard.badge': 'الخطوة {step}',
  'stepCard.markDone': 'تحديد كمنجزة',
  'stepCard.defaultAction': 'البدء',
  'stepCard.interview.heading': 'لقد وصلت إلى المقابلة',
  'stepCard.interview.body':
    'معظم المتقدمين لا يصلون إلى هذه المرحلة. وقع الاختيار عليك للمقابلة، أي أن مهاراتك لفتت الانتباه. خطوة صغيرة الآن: كتابة سؤال واحد أجبت عنه جيدًا.',
  'stepCard.interview.action': 'مدى تقدّمك',
  'stepCard.feedback.heading': 'طلب ملاحظات',
  'stepCard.feedback.body':
    'رسالة قصيرة ولطيفة قد تكشف لك ما يستحق الإبقاء عليه وما يحتاج إلى تغيير. خطوة صغيرة الآن: الشكر، ثم سؤال واضح واحد.',
  'stepCard.feedback.action': 'كتابة رسالتك',
  'stepCard.search.heading': 'العودة إلى البحث',
  'stepCard.search.body':
    'صار لديك الآن فهم أوضح لما يناسبك. والوظيفة المناسبة ما زالت موجودة. خطوة صغيرة الآن: حفظ وظيفتين تناسبانك.',
  'stepCard.search.action': 'عرض الوظائف المتاحة',
  'stepCard.learn.heading': 'مواصلة التعلّم',
  'stepCard.learn.body':
    'كل مقابلة تكشف لك مجالًا جديدًا للنمو. خطوة صغيرة الآن: اختيار مهارة واحدة من هذه المقابلة وإيجاد طريقة قصيرة للتدرّب عليها.',
  'stepCard.learn.action': 'وضع خطة للتعلّم',
  'stepCard.believe.heading': 'الثقة بنفسك',
  'stepCard.believe.body':
    'رفض واحد يخصّ وظيفة واحدة في وقت بعينه، وليس حكمًا عليك. خطوة صغيرة الآن: كتابة ثلاث نقاط قوة أظهرتها هذه المقابلة.',
  'stepCard.believe.action': 'كتابة نقاط قوتك',

  // --- rejection-checklist ------------------------------------------------------------------------------------------
  'checklist.heading': 'ما يمكن فعله هذا الأسبوع',
  'checklist.progress': 'المنجز: {completed} من {total}',
  'checklist.suggested': 'موعد مقترح: {when}',
  'checklist.announceDone': 'تم: {label}. المنجز {completed} من {total}.',
  'checklist.announceUndone': 'لم يُنجز بعد: {label}. المنجز {completed} من {total}.',
  'checklist.announceCleared': 'مُسحت علاماتك. المنجز {completed} من {total}.',
  'checklist.allDone': 'أُنجز كل شيء: {total} من {total}. واصلت المحاولة، وهذا له قيمته.',
  'checklist.copyText': 'نسخ كنص',
  'checklist.reminders': 'إضافة تذكيرات',
  'checklist.remindersReady': 'ملف التقويم جاهز في التنزيلات.',
  'checklist.remindersFailed': 'تعذّر إنشاء ملف التقويم على هذا الجهاز.',
  'checklist.reminderFile': 'next-steps.ics',
  'checklist.reminderDescription': 'تذكير من قائمتك. خطوة صغيرة واحدة تكفي.',
  'checklist.reset': 'البدء من جديد',
  'checklist.resetQuestion': 'مسح كل العلامات والبدء من جديد؟',
  'checklist.resetConfirm': 'نعم، البدء من جديد',
  'checklist.resetCancel': 'الإبقاء على علاماتي',
  'checklist.copyFallbackLabel': 'قائمتك كنص',
  'checklist.item.noteWentWell': 'كتابة شيء واحد سار على ما يرام في المقابلة',
  'checklist.item.noteWentWell.description': 'اليوم، ما دامت التفاصيل حاضرة في ذهنك.',
  'checklist.item.tellSomeone': 'إخبار شخص موضع ثقتك بالمرحلة التي بلغتها',
  'checklist.item.sendThanks': 'إرسال شكر قصير لمن قابلتهم',
  'checklist.item.sendThanks.description': 'سطران أو ثلاثة تكفي.',
  'checklist.item.askFeedback': 'طلب ملاحظات بسؤال واضح واحد',
  'checklist.item.askFeedback.description': 'مثلًا: ما الذي كان سيجعل إجاباتي أقوى؟',
  'checklist.item.followUpOnce': 'المتابعة مرة واحدة إن لم يصلك رد خلال أسبوع',
  'checklist.item.followUpOnce.description': 'رسالة مهذبة واحدة تكفي، وبعدها يمكن ترك الأمر.',
  'checklist.item.saveRoles': 'حفظ وظيفتين متاحتين تناسبانك',
  'checklist.item.refreshCv': 'إضافة شيء تعلّمته من هذه التجربة إلى سيرتك الذاتية',
  'checklist.item.applyAgain': 'إرسال طلب توظيف جديد يرضيك',
  'checklist.item.applyAgain.description': 'طلب واحد مدروس أفضل من عشرة على عجل.',
  'checklist.item.pickSkill': 'اختيار مهارة واحدة لتطويرها',
  'checklist.item.pickSkill.description': 'الملاحظات، أو سؤال وجدته صعبًا، نقطة بداية جيدة.',
  'checklist.item.practise': 'التدرّب على تلك المهارة 20 دقيقة',
  'checklist.item.listStrengths': 'كتابة ثلاث نقاط قوة أظهرتها هذه المقابلة',
  'checklist.item.restWell': 'القيام بشيء من أجلك وحدك',
  'checklist.item.restWell.description': 'نزهة، أو مكالمة، أو وجبة طيبة. الراحة جزء من العمل.',

  // --- feedback-request ---------------------------------------------------------------------------------------------
  // The message. `meeting.*` carry the article and are feminine; `onDate` reads "يوم 4 مارس 2025".
  'feedbackRequest.msg.greetingFallback': 'مرحبًا،',
  'feedbackRequest.msg.role': 'وظيفة {jobTitle}',
  'feedbackRequest.msg.roleFallback': 'الوظيفة',
  'feedbackRequest.msg.companyFallback': 'الفريق',
  'feedbackRequest.msg.meeting.screen': 'المكالمة الأولى',
  'feedbackRequest.msg.meeting.interview': 'المقابلة',
  'feedbackRequest.msg.meeting.final': 'المقابلة النهائية',
  'feedbackRequest.msg.onDate': 'يوم {interviewDate}',
  'feedbackRequest.msg.ask.wentWell': 'ما الذي سار على ما يرام',
  'feedbackRequest.msg.ask.improve': 'ما الذي يمكنني تحسينه',
  'feedbackRequest.msg.ask.skills': 'أي المهارات ستفيدني أكثر',
  'feedbackRequest.msg.askFallback': 'كيف يمكنني التحسّن',
  'feedbackRequest.msg.list2': '{first} و{second}',
  'feedbackRequest.msg.list3': '{first} و{second} و{third}',
  'feedbackRequest.msg.warm.greeting': 'مرحبًا {recipientName}،',
  'feedbackRequest.msg.warm.topic': 'استمتعت كثيرًا بحديثنا عن {topic}.',
  'feedbackRequest.msg.warm.questions': 'ويسعدني أن أعرف {questions}.',
  'feedbackRequest.msg.warm.email.subject': 'ملاحظات حول {meeting} بشأن {role}',
  'feedbackRequest.msg.warm.email.body':
    '{greeting}\n\nشكرًا لأنك خصّصت وقتًا للقائي {onDate} والحديث عن {role}. {topicSentence}\n\nأتفهّم أنكم اخترتم شخصًا آخر، وأحترم ذلك. أريد أن أواصل التطوّر، لذا ستعني لي كثيرًا أي ملاحظات يمكنك مشاركتها. {questionsSentence}\n\n{futureSentence}\n\nمع أطيب التمنيات،\n{candidateName}',
  'feedbackRequest.msg.warm.email.future': 'سعدت بالتعرّف على {company}، وأتطلّع إلى أن يُنظر في طلبي لوظائف مستقبلية.',
  'feedbackRequest.msg.warm.linkedin.body':
    '{greeting}\nشكرًا على حديثك معي عن {role}. أحترم قرارك، ويسعدني أن أعرف {question}. {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.warm.linkedin.future': 'وأرحّب بأي فرصة قادمة لديكم.',
  'feedbackRequest.msg.formal.greeting': '{recipientName}، تحية طيبة وبعد،',
  'feedbackRequest.msg.formal.topic': 'وقد قدّرت نقاشنا حول {topic}.',
  'feedbackRequest.msg.formal.questions': 'وأودّ بشكل خاص أن أعرف {questions}.',
  'feedbackRequest.msg.formal.email.subject': 'طلب ملاحظات: {meeting} بشأن {role}',
  'feedbackRequest.msg.formal.email.body':
    '{greeting}\n\nأشكركم على {meeting} {onDate} بشأن {role}. {topicSentence}\n\nأتفهّم أنكم قررتم المضي قدمًا مع مرشح آخر، وأحترم قراركم. أعمل على تطوير نفسي، وأقدّر كثيرًا أي ملاحظات يمكنكم مشاركتها. {questionsSentence}\n\n{futureSentence}\n\nمع خالص التحية،\n{candidateName}',
  'feedbackRequest.msg.formal.email.future': 'وما زال اهتمامي بالعمل مع {company} قائمًا، ويسعدني أن يُنظر في طلبي للفرص المستقبلية.',
  'feedbackRequest.msg.formal.linkedin.body':
    '{greeting}\nأشكركم على {meeting} بشأن {role}. أحترم قراركم، ويهمّني أن أعرف {question}. {futureSentence}\nمع التحية،\n{candidateName}',
  'feedbackRequest.msg.formal.linkedin.future': 'ويسعدني أن يُنظر في طلبي لفرص مستقبلية.',
  'feedbackRequest.msg.brief.greeting': 'مرحبًا {recipientName}،',
  'feedbackRequest.msg.brief.topic': 'استمتعت بالحديث عن {topic}.',
  'feedbackRequest.msg.brief.questions': 'وأودّ أن أعرف قبل كل شيء {questions}.',
  'feedbackRequest.msg.brief.email.subject': 'ملاحظات حول {meeting}',
  'feedbackRequest.msg.brief.email.body':
    '{greeting}\n\nشكرًا على حديثك معي عن {role}. {topicSentence} أحترم قرارك.\n\nهل يمكنك مشاركتي بعض الملاحظات؟ {questionsSentence} {futureSentence}\n\nشكرًا،\n{candidateName}',
  'feedbackRequest.msg.brief.email.future': 'ويسعدني أيضًا أن أسمع عن وظائف مستقبلية.',
  'feedbackRequest.msg.brief.linkedin.body':
    '{greeting}\nشكرًا على حديثك معي عن {role}. أحترم قرارك. هل يمكنك مشاركتي {question}؟ {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.brief.linkedin.future': 'ويهمّني أيضًا أن أعرف عن وظائف مستقبلية.',
  // Phrases that read as arguing with the decision or comparing with whoever was hired, separated by |. Matching
  // ignores vowel marks and hamza forms on alif, and allows a joined و or ف before a phrase.
  'feedbackRequest.wording.phrases':
    'إعادة النظر|بإعادة النظر|تعيدوا النظر|تعيد النظر|إعادة التفكير|لماذا لم|لماذا اخترتم|لماذا اخترت|لماذا ليس أنا|لم لا أنا|الشخص الذي وظفتموه|الشخص الذي اخترتموه|من وظفتموه|من اخترتموه|المرشح الآخر|المرشحة الأخرى|أقل كفاءة|أقل خبرة مني|أكثر كفاءة مني|أنا أفضل|كنت أفضل|كنت أستحق|أستحق الوظيفة|غير عادل|غير منصف|ظلم|ظالم|قرار خاطئ|خطأ في القرار|أخطأتم|أخطأت في|تغيير رأيكم|تغيروا رأيكم|تغيير قراركم|تغيروا قراركم',
  'feedbackRequest.wording.hint':
    'قد يبدو هذا الجزء اعتراضًا على اختيارهم. الرسالة التي تسأل فقط عن سبل التطوّر تلقى عادةً ردًا ألطف.',
  // The form.
  'feedbackRequest.details': 'عن المقابلة',
  'feedbackRequest.field.candidateName': 'اسمك',
  'feedbackRequest.field.recipientName': 'اسم الشخص المُرسَل إليه',
  'feedbackRequest.field.recipientEmail': 'بريد الشخص الإلكتروني (اختياري)',
  'feedbackRequest.field.company': 'الشركة',
  'feedbackRequest.field.jobTitle': 'المسمّى الوظيفي',
  'feedbackRequest.field.interviewDate': 'تاريخ المقابلة',
  'feedbackRequest.field.stage': 'المرحلة التي وصلت إليها',
  'feedbackRequest.stage.screen': 'المكالمة الأولى',
  'feedbackRequest.stage.interview': 'المقابلة',
  'feedbackRequest.stage.final': 'المقابلة النهائية',
  'feedbackRequest.emailInvalid': 'لا يبدو هذا عنوان بريد إلكتروني بعد.',
  'feedbackRequest.tone': 'الأسلوب',
  'feedbackRequest.tone.warm': 'ودّي',
  'feedbackRequest.tone.formal': 'رسمي',
  'feedbackRequest.tone.brief': 'موجز',
  'feedbackRequest.channel': 'الإرسال عبر',
  'feedbackRequest.channel.email': 'البريد الإلكتروني',
  'feedbackRequest.channel.linkedin': 'رسالة على LinkedIn',
  'feedbackRequest.asks': 'الأسئلة',
  'feedbackRequest.ask.wentWell': 'ما الذي سار على ما يرام',
  'feedbackRequest.ask.improve': 'ما الذي يمكنني تحسينه',
  'feedbackRequest.ask.skills': 'مهارات أطوّرها',
  'feedbackRequest.ask.futureRoles': 'ذكر اهتمامي بوظائف مستقبلية',
  'feedbackRequest.field.topic': 'موضوع تحدثتما عنه (اختياري)',
  'feedbackRequest.topicHelp': 'بضع كلمات، مثل «خططكم لتطبيق الهاتف».',
  'feedbackRequest.topicLinkedin': 'رسائل LinkedIn لا تتضمن هذا الموضوع، لتبقى قصيرة.',
  // The preview and the actions.
  'feedbackRequest.preview': 'معاينة',
  'feedbackRequest.meter.words': 'عدد الكلمات: {count}. الأفضل أقل من {limit}.',
  'feedbackRequest.meter.wordsLong': 'عدد الكلمات: {count}. يُستحسن ألا يتجاوز {limit}.',
  'feedbackRequest.meter.chars': 'عدد الأحرف: {count} من {limit}.',
  'feedbackRequest.meter.charsLong': 'عدد الأحرف: {count} من {limit}. النص الأقصر أسهل قراءةً على الهاتف.',
  'feedbackRequest.meter.charsOver': 'عدد الأحرف: {count} من {limit}. النص أطول مما يسمح به LinkedIn: يلزم حذف {over}.',
  'feedbackRequest.ready': 'جاهزة للإرسال',
  'feedbackRequest.notReady': 'ليست جاهزة بعد',
  'feedbackRequest.copySubject': 'نسخ الموضوع',
  'feedbackRequest.openMail': 'الفتح في تطبيق البريد',
  'feedbackRequest.download': 'التنزيل كملف نصي',
  'feedbackRequest.reminder': 'تذكيري بالمتابعة',
  'feedbackRequest.mailInvalid': 'لفتح الرسالة في تطبيق البريد، يُرجى التحقق من عنوان البريد الإلكتروني.',
  'feedbackRequest.mailTooLong': 'هذه الرسالة أطول من أن تُفتح عبر رابط بريد. يمكن نسخها أو تنزيلها بدلًا من ذلك.',
  'feedbackRequest.downloaded': 'حُفظت رسالتك كملف نصي.',
  'feedbackRequest.reminderSaved': 'حُفظ التذكير كملف تقويم. يمكن فتحه لإضافته إلى تقويمك.',
  'feedbackRequest.fileFailed': 'تعذّر إنشاء الملف على هذا الجهاز. يمكنك نسخ النص بدلًا من ذلك.',
  'feedbackRequest.fileName': 'feedback-request.txt',
  'feedbackRequest.reminderFileName': 'feedback-follow-up.ics',
  'feedbackRequest.reminderSummary': 'متابعة طلب الملاحظات',
  'feedbackRequest.reminderSummaryCompany': 'المتابعة مع {company} بشأن الملاحظات',
  'feedbackRequest.reminderDescription': 'مرّ أسبوع منذ طلبت الملاحظات. إن لم يصلك رد، فلا بأس بمتابعة قصيرة ولطيفة.',
  'feedbackRequest.subjectLine': 'الموضوع: {subject}',

  // --- interview-odds -----------------------------------------------------------------------------------------------
  'interviewOdds.heading': 'وصلت أبعد من معظم المتقدمين',
  'interviewOdds.headingReached': 'وصلت إلى المقابلة',
  'interviewOdds.top': 'ضمن أفضل {percent}',
  'interviewOdds.topCaption': 'من بين المتقدمين وعددهم {applicants}',
  'interviewOdds.count': '{interviewed} من {applicants}',
  'interviewOdds.countCaption': 'من المتقدمين أُجريت معهم مقابلات',
  'interviewOdds.context.both': 'تقدّمت لوظيفة {jobTitle} في {company}.',
  'interviewOdds.context.company': 'تقدّمت بطلب إلى {company}.',
  'interviewOdds.context.jobTitle': 'تقدّمت لوظيفة {jobTitle}.',
  'interviewOdds.one': 'من بين المتقدمين وعددهم {applicants}، أُجريت المقابلة معك وحدك.',
  'interviewOdds.many': 'من بين المتقدمين وعددهم {applicants}، أُجريت مقابلات مع {interviewed} فقط، وأنت منهم.',
  'interviewOdds.all': 'أُجريت مقابلات مع كل من تقدّم، وأنت منهم.',
  'interviewOdds.closing': 'الوصول إلى هنا يعني أن مهاراتك لفتت الانتباه. لم تكتمل هذه الفرصة، لكنك أقرب مما قد يبدو لك.',
  'interviewOdds.general':
    'معظم الطلبات لا تصل إلى مقابلة. طلبك وصل، أي أن مهاراتك لفتت الانتباه. لم تكتمل هذه الفرصة، لكنك أقرب مما قد يبدو لك.',

  // --- similar-roles ------------------------------------------------------------------------------------------------
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

  // --- learning-plan ------------------------------------------------------------------------------------------------
  'learningPlan.heading': 'خطة تعلّمك',
  'learningPlan.intro': 'هنا يتحوّل ما سمعته في هذه المقابلة إلى شيئين أو ثلاثة للتعلّم.',
  'learningPlan.formHeading': 'إضافة هدف',
  'learningPlan.skillLabel': 'مهارة للتعلّم',
  'learningPlan.skillHint': 'مثلًا: كتابة استعلامات SQL، أو رواية قصة عن مشروع سابق.',
  'learningPlan.resourceLabel': 'رابط لدورة أو فيديو أو مقال (اختياري)',
  'learningPlan.dateLabel': 'موعد الإنجاز المستهدف (اختياري)',
  'learningPlan.add': 'إضافة الهدف',
  'learningPlan.skillRequired': 'يُرجى كتابة المهارة المراد تعلّمها.',
  'learningPlan.resourceInvalid': 'لا يمكن استخدام هذا الرابط هنا. يُرجى لصق عنوان ويب يبدأ بـ https://، أو ترك الحقل فارغًا.',
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
  'learningPlan.icsResource': 'هدف من خطة تعلّمك. المصدر: {url}',

  // --- strengths ----------------------------------------------------------------------------------------------------
  'strengths.heading': 'ثلاث نقاط قوة أظهرتها هذه المقابلة',
  'strengths.intro': 'وقع الاختيار عليك للمقابلة، أي أن أحدهم رأى فيك شيئًا. هنا مكان لتدوينه بكلماتك أنت.',
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
  'strengths.print': 'طباعة',
  'strengths.cardHint': 'من المفيد الاحتفاظ بها في مكان قريب قبل مقابلتك القادمة.',

  // --- recovery-path ------------------------------------------------------------------------------------------------
  'recoveryPath.heading': 'طريقك إلى الأمام',
  'recoveryPath.intro': 'بضع خطوات صغيرة تساعدك على تجاوز هذه التجربة، بأي ترتيب، وعلى مهلك.',
  'recoveryPath.progress': 'الخطوات المنجزة: {done} من {total}',
  'recoveryPath.loadingTool': 'جارٍ الفتح…',
  'recoveryPath.allDone': 'أنجزت كل الخطوات. تطلّب ذلك عناية، وسيؤتي ثماره.'
};

export default ar;
