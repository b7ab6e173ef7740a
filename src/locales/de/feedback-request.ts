/** German strings of <onward-feedback-request>. About the language: `../de.ts`. */
import type { Strings } from '../en.js';
import type { feedbackRequestStrings } from '../en/feedback-request.js';

const feedbackRequest: Strings<typeof feedbackRequestStrings> = {
  // The message, written by the candidate to the recruiter („Sie“). „Guten Tag“ is the greeting that needs no gender;
  // the sign-offs follow DIN 5008 (no comma): Herzliche Grüße / Mit freundlichen Grüßen / Viele Grüße.
  'feedbackRequest.msg.greetingFallback': 'Guten Tag,',
  'feedbackRequest.msg.role': 'die Position als {jobTitle}',
  'feedbackRequest.msg.roleFallback': 'die Position',
  'feedbackRequest.msg.companyFallback': 'Ihr Team',
  'feedbackRequest.msg.meeting.screen': 'Erstgespräch',
  'feedbackRequest.msg.meeting.interview': 'Gespräch',
  'feedbackRequest.msg.meeting.final': 'Finalgespräch',
  'feedbackRequest.msg.onDate': 'am {interviewDate}',
  'feedbackRequest.msg.ask.wentWell': 'was gut lief',
  'feedbackRequest.msg.ask.improve': 'was ich besser machen kann',
  'feedbackRequest.msg.ask.skills': 'was ich noch lernen sollte',
  'feedbackRequest.msg.askFallback': 'wie ich mich verbessern kann',
  'feedbackRequest.msg.list2': '{first} und {second}',
  'feedbackRequest.msg.list3': '{first}, {second} und {third}',
  'feedbackRequest.msg.warm.greeting': 'Hallo {recipientName},',
  'feedbackRequest.msg.warm.topic': 'Besonders gefreut hat mich unser Austausch über {topic}.',
  'feedbackRequest.msg.warm.questions': 'Mich würde vor allem interessieren, {questions}.',
  'feedbackRequest.msg.warm.email.subject': 'Feedback zu meinem {meeting} für {role}',
  'feedbackRequest.msg.warm.email.body':
    '{greeting}\n\nvielen Dank, dass Sie sich {onDate} Zeit für das Gespräch über {role} genommen haben. {topicSentence}\n\nIch verstehe, dass Sie sich für jemand anderen entschieden haben, und respektiere das. Ich möchte mich weiterentwickeln, deshalb wäre mir jede Rückmeldung sehr wertvoll. {questionsSentence}\n\n{futureSentence}\n\nHerzliche Grüße\n{candidateName}',
  'feedbackRequest.msg.warm.email.future':
    'Es war schön, {company} kennenzulernen, und ich würde mich freuen, wenn Sie bei künftigen Stellen an mich denken.',
  'feedbackRequest.msg.warm.linkedin.body':
    '{greeting}\ndanke fürs Gespräch über {role}. Ich respektiere Ihre Entscheidung und wüsste gern, {question}. {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.warm.linkedin.future': 'Gern können Sie künftig an mich denken.',
  'feedbackRequest.msg.formal.greeting': 'Guten Tag {recipientName},',
  'feedbackRequest.msg.formal.topic': 'Unser Austausch über {topic} war für mich sehr aufschlussreich.',
  'feedbackRequest.msg.formal.questions': 'Besonders interessiert mich Ihre Einschätzung dazu, {questions}.',
  'feedbackRequest.msg.formal.email.subject': 'Bitte um Feedback: {meeting} für {role}',
  'feedbackRequest.msg.formal.email.body':
    '{greeting}\n\nvielen Dank für das {meeting} {onDate} über {role}. {topicSentence}\n\nIch verstehe und respektiere, dass Sie sich für eine andere Person entschieden haben. Da ich mich weiterentwickeln möchte, wäre ich Ihnen für eine kurze Rückmeldung sehr dankbar. {questionsSentence}\n\n{futureSentence}\n\nMit freundlichen Grüßen\n{candidateName}',
  'feedbackRequest.msg.formal.email.future':
    'Ich interessiere mich weiterhin für {company} und würde mich freuen, bei künftigen Stellen berücksichtigt zu werden.',
  'feedbackRequest.msg.formal.linkedin.body':
    '{greeting}\nvielen Dank für das {meeting} über {role}. Ich respektiere Ihre Entscheidung und wüsste gern, {question}. {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.formal.linkedin.future': 'Gern bleibe ich in Kontakt.',
  'feedbackRequest.msg.brief.greeting': 'Hallo {recipientName},',
  'feedbackRequest.msg.brief.topic': 'Besonders spannend fand ich {topic}.',
  'feedbackRequest.msg.brief.questions': 'Am meisten interessiert mich, {questions}.',
  'feedbackRequest.msg.brief.email.subject': 'Feedback zu meinem {meeting}',
  'feedbackRequest.msg.brief.email.body':
    '{greeting}\n\ndanke für das Gespräch über {role}. {topicSentence} Ich respektiere Ihre Entscheidung.\n\nHätten Sie ein paar Sätze Feedback für mich? {questionsSentence} {futureSentence}\n\nViele Grüße\n{candidateName}',
  'feedbackRequest.msg.brief.email.future': 'Bei passenden Stellen denken Sie gern an mich.',
  'feedbackRequest.msg.brief.linkedin.body':
    '{greeting}\ndanke fürs Gespräch über {role}. Ich respektiere Ihre Entscheidung. Könnten Sie mir sagen, {question}? {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.brief.linkedin.future': 'Ich bleibe gern in Kontakt.',
  // Phrases that read as arguing with the decision or comparing with whoever was hired, separated by |. Matching
  // ignores case and starts at a word boundary, so „ungerecht“ also catches „ungerechtfertigt“.
  'feedbackRequest.wording.phrases':
    'überdenken|noch einmal überlegen|nochmal überlegen|neu bewerten|umentscheiden|anders entscheiden|meinung ändern|warum nicht ich|warum nicht mich|warum wurde ich nicht|warum habe ich nicht|warum haben sie mich nicht|warum haben sie sich für|warum haben sie jemand|die person, die sie eingestellt|die eingestellte person|die ausgewählte person|die andere person|der andere kandidat|den anderen kandidaten|die andere kandidatin|statt mir|anstelle von mir|weniger qualifiziert|weniger erfahren|besser qualifiziert als|qualifizierter als|erfahrener als ich|ich war besser|ich bin besser|ich hätte es verdient|ich habe es verdient|verdient gehabt|unfair|ungerecht|nicht fair|falsche entscheidung|fehlentscheidung|einen fehler gemacht|sie haben sich geirrt',
  'feedbackRequest.wording.hint':
    'Diese Formulierung könnte so klingen, als stellten Sie die Entscheidung infrage. Eine Nachricht, die nur fragt, wie Sie sich verbessern können, bekommt meist eine freundlichere Antwort.',
  // The form.
  'feedbackRequest.heading': 'Ihre Bitte um Feedback',
  'feedbackRequest.details': 'Zum Gespräch',
  'feedbackRequest.field.candidateName': 'Ihr Name',
  'feedbackRequest.field.recipientName': 'Name der Ansprechperson, so wie Sie sie anreden',
  'feedbackRequest.field.recipientEmail': 'E-Mail der Ansprechperson (optional)',
  'feedbackRequest.field.company': 'Unternehmen',
  'feedbackRequest.field.jobTitle': 'Stellenbezeichnung',
  'feedbackRequest.field.interviewDate': 'Datum des Gesprächs',
  'feedbackRequest.field.stage': 'Wie weit Sie gekommen sind',
  'feedbackRequest.stage.screen': 'Erstgespräch',
  'feedbackRequest.stage.interview': 'Vorstellungsgespräch',
  'feedbackRequest.stage.final': 'Finalgespräch',
  'feedbackRequest.emailInvalid': 'Das sieht noch nicht nach einer E-Mail-Adresse aus.',
  'feedbackRequest.tone': 'Ton',
  'feedbackRequest.tone.warm': 'Herzlich',
  'feedbackRequest.tone.formal': 'Förmlich',
  'feedbackRequest.tone.brief': 'Kurz',
  'feedbackRequest.channel': 'Senden per',
  'feedbackRequest.channel.email': 'E-Mail',
  'feedbackRequest.channel.linkedin': 'LinkedIn-Nachricht',
  'feedbackRequest.asks': 'Wonach Sie fragen möchten',
  'feedbackRequest.ask.wentWell': 'Was gut lief',
  'feedbackRequest.ask.improve': 'Was ich besser machen kann',
  'feedbackRequest.ask.skills': 'Fähigkeiten, an denen ich arbeiten kann',
  'feedbackRequest.ask.futureRoles': 'Interesse an künftigen Stellen erwähnen',
  'feedbackRequest.field.topic': 'Etwas, worüber Sie gesprochen haben (optional)',
  'feedbackRequest.topicHelp': 'Ein paar Worte, etwa „Ihre Pläne für die mobile App“.',
  'feedbackRequest.topicLinkedin': 'LinkedIn-Nachrichten lassen das weg, damit sie kurz bleiben.',
  // The preview and the actions.
  'feedbackRequest.meter.words': '{count} Wörter, eine gute Länge.',
  'feedbackRequest.meter.wordsLong': '{count} Wörter, etwas lang. Unter {limit} liest es sich am besten.',
  'feedbackRequest.meter.chars': '{count} von {limit} Zeichen, eine gute Länge.',
  'feedbackRequest.meter.charsLong': '{count} von {limit} Zeichen. Kürzer liest es sich auf dem Handy besser.',
  'feedbackRequest.meter.charsOver': '{count} von {limit} Zeichen. Zu lang für LinkedIn: {over} zu viel.',
  'feedbackRequest.ready': 'Bereit zum Senden',
  'feedbackRequest.notReady': 'Noch nicht bereit',
  'feedbackRequest.copyLabel': 'Nachricht kopieren',
  'feedbackRequest.copySubject': 'Betreff kopieren',
  'feedbackRequest.openMail': 'In E-Mail-App öffnen',
  'feedbackRequest.download': 'Als Text herunterladen',
  'feedbackRequest.reminder': 'Erinnerung zum Nachfragen',
  'feedbackRequest.mailInvalid': 'Um das in Ihrer E-Mail-App zu öffnen, prüfen Sie bitte die E-Mail-Adresse.',
  'feedbackRequest.mailTooLong':
    'Diese Nachricht ist zu lang für einen Mail-Link. Kopieren Sie sie oder laden Sie sie herunter.',
  'feedbackRequest.downloaded': 'Ihre Nachricht ist als Textdatei gespeichert.',
  'feedbackRequest.reminderSaved':
    'Ihre Erinnerung ist als Kalenderdatei gespeichert. Öffnen Sie die Datei, um sie in Ihren Kalender zu übernehmen.',
  'feedbackRequest.fileFailed':
    'Die Datei konnte auf diesem Gerät nicht erstellt werden. Sie können den Text stattdessen kopieren.',
  'feedbackRequest.fileName': 'feedback-anfrage.txt',
  'feedbackRequest.reminderFileName': 'feedback-nachfragen.ics',
  'feedbackRequest.reminderSummary': 'Wegen Ihrer Feedback-Anfrage nachfragen',
  'feedbackRequest.reminderSummaryCompany': 'Bei {company} wegen Feedback nachfragen',
  'feedbackRequest.reminderDescription':
    'Vor einer Woche haben Sie um Feedback gebeten. Wenn noch keine Antwort kam, ist eine kurze, freundliche Nachfrage völlig in Ordnung.',
  'feedbackRequest.subjectLine': 'Betreff: {subject}',
  // The note first, the details folded (issue 10).
  'feedbackRequest.editDetails': 'Angaben bearbeiten',
  'feedbackRequest.field.subject': 'Betreff',
  'feedbackRequest.field.body': 'Ihre Nachricht',
  'feedbackRequest.meter.empty': 'Die Nachricht ist leer.',
  'feedbackRequest.missing.recipient': 'Ergänzen Sie den Namen Ihres Gegenübers für die Anrede.',
  'feedbackRequest.missing.candidate': 'Ergänzen Sie Ihren Namen für den Gruß am Ende.',
  'feedbackRequest.missing.both': 'Ergänzen Sie beide Namen: für die Anrede und für Ihren Gruß am Ende.',
  'feedbackRequest.handEdited': 'Sie haben die Nachricht selbst geändert. Neue Angaben ändern sie deshalb nicht mehr.',
  'feedbackRequest.rebuild': 'Aus den Angaben neu schreiben',
  'feedbackRequest.rebuilt': 'Die Nachricht ist neu aus den Angaben geschrieben.',
  'feedbackRequest.copied': 'Kopiert ✓'
};

export default feedbackRequest;
