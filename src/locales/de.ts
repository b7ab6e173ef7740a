/**
 * German (`de`; `de-AT`, `de-CH`… read it too). The candidate is addressed as „Sie“: the kit is embedded by employers of every kind, and a rejected candidate
 * should never feel talked down to. A brand that says „du“ on its careers site can override the strings with
 * `registerTranslation`. Checklist items are written as infinitives, the way German to-do lists read; people are named
 * without gender („Ansprechperson“, „Bewerbungen“).
 * In the feedback message, `{meeting}` is a neuter compound noun (…gespräch) so it reads right in any case, `{role}` is
 * „die Position …“ and only ever follows „für“ or „über“ (accusative), and the first line after the greeting starts in
 * lower case, as German letters do. German runs long: the formal LinkedIn note has no closing line, so that it fits
 * 200 characters with typical details and 300 with long ones.
 */
import type { Catalogue } from './en.js';

const de: Catalogue = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  // --- shared -------------------------------------------------------------------------------------------------------
  'common.copy': 'Kopieren',
  'common.copied': 'Kopiert.',
  'common.copyFailed': 'Kopieren hat nicht geklappt. Der Text ist markiert, sodass Sie ihn selbst kopieren können.',
  'common.dateInvalid': 'Bitte geben Sie ein vollständiges, echtes Datum zwischen {minYear} und {maxYear} ein oder leeren Sie das Feld.',
  'common.storageUnavailable':
    'Ihr Fortschritt kann auf diesem Gerät nicht gespeichert werden. Solange diese Seite offen ist, bleibt er aber erhalten.',
  'common.storageDiscarded':
    'Ihr gespeicherter Fortschritt konnte nicht gelesen werden, deshalb beginnt alles neu. Neue Änderungen werden gespeichert.',

  // --- step-card ----------------------------------------------------------------------------------------------------
  'stepCard.badge': 'Schritt {step}',
  'stepCard.markDone': 'Als erledigt markieren',
  'stepCard.markDoneLabel': 'Als erledigt markieren: {heading}',
  'stepCard.defaultAction': 'Starten',
  'stepCard.interview.heading': 'Sie wurden zum Gespräch eingeladen',
  'stepCard.interview.body':
    'Die meisten Bewerbungen kommen nie so weit. Man wollte mit Ihnen sprechen, Ihre Bewerbung ist also aufgefallen. Gleich jetzt: Schreiben Sie eine Frage auf, die Sie gut beantwortet haben.',
  'stepCard.interview.action': 'Sehen, wie weit Sie gekommen sind',
  'stepCard.feedback.heading': 'Um Feedback bitten',
  'stepCard.feedback.body':
    'Eine kurze, freundliche Nachricht kann Ihnen zeigen, was Sie beibehalten und was Sie ändern sollten. Gleich jetzt: Bedanken Sie sich und stellen Sie eine klare Frage.',
  'stepCard.feedback.action': 'Nachricht schreiben',
  'stepCard.search.heading': 'Wieder auf die Suche gehen',
  'stepCard.search.body':
    'Sie wissen jetzt besser, was Sie wollen. Die passende Stelle gibt es noch. Gleich jetzt: Merken Sie sich zwei Stellen, die zu Ihnen passen.',
  'stepCard.search.action': 'Offene Stellen ansehen',
  'stepCard.learn.heading': 'Weiter dazulernen',
  'stepCard.learn.body':
    'Jedes Gespräch zeigt Ihnen etwas, woran Sie wachsen können. Gleich jetzt: Wählen Sie eine Fähigkeit aus diesem Gespräch und suchen Sie einen kurzen Weg, sie zu üben.',
  'stepCard.learn.action': 'Lernziele planen',
  'stepCard.believe.heading': 'Weiter an sich selbst glauben',
  'stepCard.believe.body':
    'Ein Nein gilt einer Stelle zu einem bestimmten Zeitpunkt. Es ist kein Urteil über Sie. Gleich jetzt: Schreiben Sie drei Stärken auf, die dieses Gespräch gezeigt hat.',
  'stepCard.believe.action': 'Stärken aufschreiben',

  // --- rejection-checklist ------------------------------------------------------------------------------------------
  'checklist.heading': 'Was Sie diese Woche tun können',
  'checklist.group.interview': 'Rückblick',
  'checklist.group.feedback': 'Feedback einholen',
  'checklist.group.search': 'Ihre Suche',
  'checklist.group.learn': 'Fähigkeiten ausbauen',
  'checklist.group.believe': 'Auf sich achten',
  'checklist.progress': '{completed} von {total} erledigt',
  'checklist.suggested': 'Vorschlag: {when}',
  'checklist.announceDone': 'Erledigt: {label}. {completed} von {total} erledigt.',
  'checklist.announceUndone': 'Noch offen: {label}. {completed} von {total} erledigt.',
  'checklist.announceCleared': 'Ihre Häkchen sind entfernt. {completed} von {total} erledigt.',
  'checklist.allDone': 'Alles erledigt: {total} von {total}. Sie sind drangeblieben, und das zählt.',
  'checklist.copyText': 'Als Text kopieren',
  'checklist.reminders': 'Erinnerungen hinzufügen',
  'checklist.remindersReady': 'Ihre Kalenderdatei finden Sie bei Ihren Downloads.',
  'checklist.remindersFailed': 'Die Kalenderdatei konnte auf diesem Gerät nicht erstellt werden.',
  'checklist.reminderFile': 'naechste-schritte.ics',
  'checklist.reminderDescription': 'Eine Erinnerung aus Ihrer Checkliste. Ein kleiner Schritt genügt.',
  'checklist.reset': 'Neu beginnen',
  'checklist.resetQuestion': 'Alle Häkchen entfernen und neu beginnen?',
  'checklist.resetConfirm': 'Ja, neu beginnen',
  'checklist.resetCancel': 'Häkchen behalten',
  'checklist.copyFallbackLabel': 'Ihre Checkliste als Text',
  'checklist.item.noteWentWell': 'Eine Sache aufschreiben, die im Gespräch gut lief',
  'checklist.item.noteWentWell.description': 'Am besten heute, solange die Einzelheiten frisch sind.',
  'checklist.item.tellSomeone': 'Einer Vertrauensperson erzählen, wie weit Sie gekommen sind',
  'checklist.item.sendThanks': 'Den Menschen, die Sie kennengelernt haben, kurz danken',
  'checklist.item.sendThanks.description': 'Zwei, drei Zeilen genügen.',
  'checklist.item.askFeedback': 'Mit einer klaren Frage um Feedback bitten',
  'checklist.item.askFeedback.description': 'Zum Beispiel: Was hätte meine Antworten überzeugender gemacht?',
  'checklist.item.followUpOnce': 'Nach einer Woche ohne Antwort einmal nachfragen',
  'checklist.item.followUpOnce.description': 'Eine höfliche Nachricht genügt. Danach dürfen Sie es loslassen.',
  'checklist.item.saveRoles': 'Zwei offene Stellen merken, die zu Ihnen passen',
  'checklist.item.refreshCv': 'Eine Sache, die Sie in diesem Verfahren gelernt haben, in den Lebenslauf aufnehmen',
  'checklist.item.applyAgain': 'Eine neue Bewerbung abschicken, hinter der Sie stehen',
  'checklist.item.applyAgain.description': 'Eine sorgfältige Bewerbung bringt mehr als zehn schnelle.',
  'checklist.item.pickSkill': 'Eine Fähigkeit wählen, an der Sie wachsen möchten',
  'checklist.item.pickSkill.description': 'Das Feedback oder eine Frage, die Ihnen schwerfiel, ist ein guter Ausgangspunkt.',
  'checklist.item.practise': 'Diese Fähigkeit {minutes} Minuten lang üben',
  'checklist.item.listStrengths': 'Drei Stärken aufschreiben, die dieses Gespräch gezeigt hat',
  'checklist.item.restWell': 'Etwas nur für sich selbst tun',
  'checklist.item.restWell.description': 'Ein Spaziergang, ein Anruf, ein gutes Essen. Erholung gehört dazu.',

  // --- feedback-request ---------------------------------------------------------------------------------------------
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
  'feedbackRequest.mailTooLong': 'Diese Nachricht ist zu lang für einen Mail-Link. Kopieren Sie sie oder laden Sie sie herunter.',
  'feedbackRequest.downloaded': 'Ihre Nachricht ist als Textdatei gespeichert.',
  'feedbackRequest.reminderSaved':
    'Ihre Erinnerung ist als Kalenderdatei gespeichert. Öffnen Sie die Datei, um sie in Ihren Kalender zu übernehmen.',
  'feedbackRequest.fileFailed': 'Die Datei konnte auf diesem Gerät nicht erstellt werden. Sie können den Text stattdessen kopieren.',
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
  'feedbackRequest.copied': 'Kopiert ✓',

  // --- interview-odds -----------------------------------------------------------------------------------------------
  'interviewOdds.heading': 'Sie sind weiter gekommen als die meisten',
  'interviewOdds.headingReached': 'Sie haben es ins Gespräch geschafft',
  'interviewOdds.top': 'Top {percent}',
  'interviewOdds.topCaption': 'von {applicants} Bewerbungen',
  'interviewOdds.count': '{interviewed} von {applicants}',
  'interviewOdds.countCaption': 'Bewerbungen führten zu einem Gespräch',
  'interviewOdds.context.both': 'Sie haben sich als {jobTitle} bei {company} beworben.',
  'interviewOdds.context.company': 'Sie haben sich bei {company} beworben.',
  'interviewOdds.context.jobTitle': 'Sie haben sich als {jobTitle} beworben.',
  'interviewOdds.one': 'Von {applicants} Bewerbungen führte nur eine zu einem Gespräch: Ihre.',
  'interviewOdds.many': 'Von {applicants} Bewerbungen führten {interviewed} zu einem Gespräch, darunter Ihre.',
  'interviewOdds.all': 'Alle, die sich beworben haben, wurden zum Gespräch eingeladen, auch Sie.',
  'interviewOdds.closing':
    'So weit zu kommen heißt: Ihre Bewerbung ist aufgefallen. Diesmal hat es nicht geklappt, aber Sie sind näher dran, als es sich vielleicht anfühlt.',
  'interviewOdds.general':
    'Die meisten Bewerbungen führen nie zu einem Gespräch. Ihre schon, sie ist also aufgefallen. Diesmal hat es nicht geklappt, aber Sie sind näher dran, als es sich vielleicht anfühlt.',

  // --- similar-roles ------------------------------------------------------------------------------------------------
  'similarRoles.heading': 'Ähnliche Stellen',
  'similarRoles.headingFor': 'Stellen wie {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Veröffentlicht {when}',
  'similarRoles.loading': 'Ähnliche Stellen werden geladen …',
  'similarRoles.loaded': 'Ähnliche Stellen gefunden: {count}.',
  'similarRoles.empty': 'Gerade gibt es keine ähnlichen Stellen. Neue Stellen kommen laufend dazu.',
  'similarRoles.error': 'Ähnliche Stellen konnten gerade nicht geladen werden.',
  'similarRoles.retry': 'Erneut versuchen',
  'similarRoles.seeAll': 'Alle ähnlichen Stellen ansehen',
  'similarRoles.seeBoard': 'Alle offenen Stellen ansehen',
  'similarRoles.new': 'Neu',
  'similarRoles.errorNotFound': 'Diese Stellenbörse ist gerade nicht zu finden. Alle offenen Stellen können Sie trotzdem ansehen.',
  'similarRoles.errorBusy': 'Die Stellenbörse ist gerade ausgelastet. Sie können es gleich noch einmal versuchen.',
  'similarRoles.errorNetwork': 'Die Stellenbörse ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es dann noch einmal.',
  'similarRoles.errorTimeout': 'Die Stellenbörse braucht zu lange für eine Antwort.',
  'similarRoles.errorMalformed': 'Die Stellenliste kam in einem Format an, das wir nicht lesen können.',

  // --- learning-plan ------------------------------------------------------------------------------------------------
  'learningPlan.heading': 'Ihr Lernplan',
  'learningPlan.intro': 'Machen Sie aus dem, was Sie in diesem Gespräch gehört haben, zwei oder drei Lernziele.',
  'learningPlan.formHeading': 'Ziel hinzufügen',
  'learningPlan.skillLabel': 'Was Sie lernen möchten',
  'learningPlan.skillHint': 'Zum Beispiel: SQL-Abfragen schreiben oder anschaulich von einem früheren Projekt erzählen.',
  'learningPlan.resourceLabel': 'Link zu einem Kurs, Video oder Artikel (optional)',
  'learningPlan.dateLabel': 'Fertig bis (optional)',
  'learningPlan.add': 'Ziel hinzufügen',
  'learningPlan.skillRequired': 'Bitte schreiben Sie, was Sie lernen möchten.',
  'learningPlan.resourceInvalid':
    'Dieser Link lässt sich hier nicht verwenden. Bitte fügen Sie eine Webadresse ein, die mit https:// beginnt, oder lassen Sie das Feld leer.',
  'learningPlan.suggestionsLabel': 'Vorgeschlagene Quellen',
  'learningPlan.suggestion': 'Vorschlag: {title}',
  'learningPlan.suggestionsAvailable': 'Vorgeschlagene Quellen stehen unter dem Eingabefeld.',
  'learningPlan.suggestionUsed': 'Link hinzugefügt: {title}.',
  'learningPlan.softLimit':
    'Drei Ziele reichen für den Moment. Eines abzuschließen fühlt sich oft besser an, als viele anzufangen.',
  'learningPlan.empty': 'Noch keine Ziele. Eine kleine Fähigkeit ist ein guter Anfang.',
  'learningPlan.listLabel': 'Ihre Ziele',
  'learningPlan.progress': '{done} von {total} erledigt',
  'learningPlan.due': 'Bis zum {date}',
  'learningPlan.resourceLink': 'Quelle: {site}',
  'learningPlan.newTab': '(öffnet in einem neuen Tab)',
  'learningPlan.edit': 'Bearbeiten',
  'learningPlan.editLabel': '{skill} bearbeiten',
  'learningPlan.editContext': '({skill} bearbeiten)',
  'learningPlan.remove': 'Entfernen',
  'learningPlan.removeLabel': '{skill} entfernen',
  'learningPlan.save': 'Speichern',
  'learningPlan.cancel': 'Abbrechen',
  'learningPlan.added': 'Ziel hinzugefügt: {skill}.',
  'learningPlan.updated': 'Ziel gespeichert: {skill}.',
  'learningPlan.removed': 'Ziel entfernt: {skill}.',
  'learningPlan.progressAnnounce': '{done} von {total} Zielen erledigt.',
  'learningPlan.exportIcs': 'Termine in meinen Kalender übernehmen',
  'learningPlan.exported': 'Ihre Kalenderdatei finden Sie bei Ihren Downloads.',
  'learningPlan.exportFailed': 'Die Kalenderdatei konnte auf diesem Gerät nicht erstellt werden.',
  'learningPlan.icsSummary': 'Lernziel: {skill}',
  'learningPlan.icsDescription': 'Ein Ziel aus Ihrem Lernplan. Kleine Schritte zählen.',
  'learningPlan.icsResource': 'Ein Ziel aus Ihrem Lernplan. Quelle: {url}',

  // --- strengths ----------------------------------------------------------------------------------------------------
  'strengths.heading': 'Drei Stärken, die dieses Gespräch gezeigt hat',
  'strengths.intro':
    'Man wollte Sie kennenlernen, also ist etwas an Ihnen aufgefallen. Schreiben Sie in eigenen Worten auf, was es war.',
  'strengths.fieldLabel': 'Stärke {n}',
  'strengths.prompt1': 'Welche Frage haben Sie gut beantwortet?',
  'strengths.prompt2': 'Welchen Teil Ihrer bisherigen Arbeit haben Sie klar erklärt?',
  'strengths.prompt3': 'Wofür hat sich Ihr Gegenüber am meisten interessiert?',
  'strengths.prompt4': 'Wie sind Sie drangeblieben, als eine Frage schwierig war?',
  'strengths.prompt5': 'Welche Fähigkeit aus der Stellenanzeige bringen Sie schon mit?',
  'strengths.prompt6': 'Was hätte ein Mensch, der Ihnen nahesteht, an Ihrem Auftritt gelobt?',
  'strengths.anotherPrompt': 'Andere Frage zeigen',
  'strengths.anotherPromptFor': 'Andere Frage für Stärke {n} zeigen',
  'strengths.newPrompt': 'Neue Frage für Stärke {n}: {prompt}',
  'strengths.cardHeading': 'Ihre Stärken',
  'strengths.copyLabel': 'Ihre Stärken kopieren',
  'strengths.print': 'Drucken',
  'strengths.cardHint': 'Bewahren Sie das dort auf, wo Sie es vor Ihrem nächsten Gespräch sehen.',

  // --- recovery-path ------------------------------------------------------------------------------------------------
  'recoveryPath.heading': 'Ihr Weg nach vorn',
  'recoveryPath.intro':
    'Ein paar kleine Schritte, die Ihnen helfen, mit dieser Absage abzuschließen. In beliebiger Reihenfolge, in Ihrem Tempo.',
  'recoveryPath.progress': '{done} von {total} Schritten erledigt',
  'recoveryPath.loadingTool': 'Wird geöffnet …',
  'recoveryPath.allDone': 'Sie haben jeden Schritt gemacht. Das hat Sorgfalt gekostet, und darauf können Sie stolz sein.'
};

export default de;
