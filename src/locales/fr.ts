/**
 * French (`fr`; `fr-CA`, `fr-BE`… read it too). The candidate is addressed as « vous », as French careers sites do.
 * Nothing describes the candidate with a gendered adjective or participle (no « prêt·e », « retenu·e »): sentences are
 * built around the action instead. Counts stand after a label (« Mots : {count} ») so no plural form is needed.
 * French spacing: a no-break space (U+00A0) before « : » and a narrow no-break space (U+202F) before « ? ».
 * The feedback message never puts « de » or « à » in front of `{role}`, `{topic}` or `{company}` (they would have to
 * contract with the article): it uses « pour », « concernant », « sur ».
 */
import type { Catalogue } from './en.js';

const fr: Catalogue = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  // --- shared -------------------------------------------------------------------------------------------------------
  'common.copy': 'Copier',
  'common.copied': 'Copié.',
  'common.copyFailed': 'Impossible de copier. Le texte est sélectionné, vous pouvez donc le copier vous-même.',
  'common.dateInvalid': 'Saisissez une date complète et réelle, entre {minYear} et {maxYear}, ou videz ce champ.',
  'common.storageUnavailable':
    'Votre progression ne peut pas être enregistrée sur cet appareil, mais elle reste ici tant que cette page est ouverte.',
  'common.storageDiscarded':
    'Votre progression enregistrée n’a pas pu être lue, tout repart donc de zéro. Les prochains changements seront enregistrés.',

  // --- step-card ----------------------------------------------------------------------------------------------------
  'stepCard.badge': 'Étape {step}',
  'stepCard.markDone': 'Marquer comme fait',
  'stepCard.markDoneLabel': 'Marquer comme fait\u00a0: {heading}',
  'stepCard.defaultAction': 'Commencer',
  'stepCard.interview.heading': 'Vous avez décroché un entretien',
  'stepCard.interview.body':
    'La plupart des candidatures ne vont jamais aussi loin. On a voulu vous rencontrer, donc vos compétences ont été remarquées. Pour commencer\u00a0: notez une question à laquelle vous avez bien répondu.',
  'stepCard.interview.action': 'Voir le chemin parcouru',
  'stepCard.feedback.heading': 'Demander un retour',
  'stepCard.feedback.body':
    'Un message court et bienveillant peut vous dire quoi garder et quoi changer. Pour commencer\u00a0: remerciez, puis posez une question claire.',
  'stepCard.feedback.action': 'Rédiger votre message',
  'stepCard.search.heading': 'Reprendre vos recherches',
  'stepCard.search.body':
    'Vous savez mieux maintenant ce que vous cherchez. Le bon poste existe toujours. Pour commencer\u00a0: enregistrez deux offres qui vous correspondent.',
  'stepCard.search.action': 'Voir les offres',
  'stepCard.learn.heading': 'Continuer à apprendre',
  'stepCard.learn.body':
    'Chaque entretien vous montre un point à développer. Pour commencer\u00a0: choisissez une compétence tirée de celui-ci et trouvez un moyen simple de la travailler.',
  'stepCard.learn.action': 'Planifier vos apprentissages',
  'stepCard.believe.heading': 'Garder confiance',
  'stepCard.believe.body':
    'Un refus concerne un poste, à un moment donné. Ce n’est pas un jugement sur vous. Pour commencer\u00a0: notez trois forces que cet entretien a révélées.',
  'stepCard.believe.action': 'Noter vos forces',

  // --- rejection-checklist ------------------------------------------------------------------------------------------
  'checklist.heading': 'À faire cette semaine',
  'checklist.group.interview': 'Faire le point',
  'checklist.group.feedback': 'Obtenir un retour',
  'checklist.group.search': 'Votre recherche',
  'checklist.group.learn': 'Développer vos compétences',
  'checklist.group.believe': 'Prendre soin de vous',
  'checklist.progress': 'Fait\u00a0: {completed} sur {total}',
  'checklist.suggested': 'À prévoir {when}',
  'checklist.announceDone': 'Fait\u00a0: {label}. Progression\u00a0: {completed} sur {total}.',
  'checklist.announceUndone': 'Pas encore fait\u00a0: {label}. Progression\u00a0: {completed} sur {total}.',
  'checklist.announceCleared': 'Vos coches sont effacées. Progression\u00a0: {completed} sur {total}.',
  'checklist.allDone': 'Tout est fait\u00a0: {total} sur {total}. Vous avez tenu bon, et ça compte.',
  'checklist.copyText': 'Copier en texte',
  'checklist.reminders': 'Ajouter des rappels',
  'checklist.remindersReady': 'Votre fichier de calendrier est prêt dans vos téléchargements.',
  'checklist.remindersFailed': 'Le fichier de calendrier n’a pas pu être créé sur cet appareil.',
  'checklist.reminderFile': 'prochaines-etapes.ics',
  'checklist.reminderDescription': 'Un rappel de votre liste. Un petit pas suffit.',
  'checklist.reset': 'Recommencer',
  'checklist.resetQuestion': 'Effacer toutes vos coches et recommencer\u202f?',
  'checklist.resetConfirm': 'Oui, recommencer',
  'checklist.resetCancel': 'Garder mes coches',
  'checklist.copyFallbackLabel': 'Votre liste en texte',
  'checklist.item.noteWentWell': 'Notez une chose qui s’est bien passée pendant l’entretien',
  'checklist.item.noteWentWell.description': 'Faites-le aujourd’hui, tant que les détails sont frais.',
  'checklist.item.tellSomeone': 'Racontez à une personne de confiance le chemin parcouru',
  'checklist.item.sendThanks': 'Envoyez un court remerciement aux personnes rencontrées',
  'checklist.item.sendThanks.description': 'Deux ou trois lignes suffisent.',
  'checklist.item.askFeedback': 'Demandez un retour avec une question claire',
  'checklist.item.askFeedback.description': 'Par exemple\u00a0: qu’est-ce qui aurait rendu mes réponses plus solides\u202f?',
  'checklist.item.followUpOnce': 'Sans nouvelles au bout d’une semaine, relancez une fois',
  'checklist.item.followUpOnce.description': 'Un message poli suffit. Ensuite, passez à autre chose.',
  'checklist.item.saveRoles': 'Enregistrez deux offres qui vous correspondent',
  'checklist.item.refreshCv': 'Ajoutez à votre CV une chose que ce processus vous a apprise',
  'checklist.item.applyAgain': 'Envoyez une nouvelle candidature qui vous tient à cœur',
  'checklist.item.applyAgain.description': 'Une candidature soignée vaut mieux que dix envoyées à la hâte.',
  'checklist.item.pickSkill': 'Choisissez une compétence à développer',
  'checklist.item.pickSkill.description': 'Les retours reçus, ou une question qui vous a semblé difficile, sont un bon point de départ.',
  'checklist.item.practise': 'Entraînez-vous {minutes} minutes sur cette compétence',
  'checklist.item.listStrengths': 'Notez trois forces que cet entretien a révélées',
  'checklist.item.restWell': 'Faites une chose rien que pour vous',
  'checklist.item.restWell.description': 'Une balade, un appel, un bon repas. Le repos fait partie du travail.',

  // --- feedback-request ---------------------------------------------------------------------------------------------
  // The message, written by the candidate to the recruiter (« vous »). « Bonjour {recipientName}, » is how a French
  // e-mail opens in every register; the tones differ in the body and the sign-off (Bien à vous / Cordialement / Merci
  // d’avance). `{meeting}` always follows « mon » or « notre », so it needs no article of its own.
  'feedbackRequest.msg.greetingFallback': 'Bonjour,',
  'feedbackRequest.msg.role': 'le poste de {jobTitle}',
  'feedbackRequest.msg.roleFallback': 'le poste',
  'feedbackRequest.msg.companyFallback': 'votre équipe',
  'feedbackRequest.msg.meeting.screen': 'premier échange',
  'feedbackRequest.msg.meeting.interview': 'entretien',
  'feedbackRequest.msg.meeting.final': 'entretien final',
  'feedbackRequest.msg.onDate': 'du {interviewDate}',
  'feedbackRequest.msg.ask.wentWell': 'ce qui a bien fonctionné',
  'feedbackRequest.msg.ask.improve': 'ce que je peux améliorer',
  'feedbackRequest.msg.ask.skills': 'quelles compétences m’aideraient le plus',
  'feedbackRequest.msg.askFallback': 'comment progresser',
  'feedbackRequest.msg.list2': '{first} et {second}',
  'feedbackRequest.msg.list3': '{first}, {second} et {third}',
  'feedbackRequest.msg.warm.greeting': 'Bonjour {recipientName},',
  'feedbackRequest.msg.warm.topic': 'J’ai particulièrement apprécié notre échange sur {topic}.',
  'feedbackRequest.msg.warm.questions': 'J’aimerais beaucoup savoir {questions}.',
  'feedbackRequest.msg.warm.email.subject': 'Retour sur mon {meeting} pour {role}',
  'feedbackRequest.msg.warm.email.body':
    '{greeting}\n\nMerci pour le temps que vous m’avez accordé lors de notre rencontre {onDate} concernant {role}. {topicSentence}\n\nJe comprends que vous ayez choisi une autre personne, et je respecte ce choix. Je souhaite continuer à progresser, et vos retours, même brefs, compteraient beaucoup pour moi. {questionsSentence}\n\n{futureSentence}\n\nBien à vous,\n{candidateName}',
  'feedbackRequest.msg.warm.email.future':
    'J’ai eu plaisir à découvrir {company}\u00a0: n’hésitez pas à penser à moi pour de futurs postes.',
  'feedbackRequest.msg.warm.linkedin.body':
    '{greeting}\nMerci pour notre échange sur {role}. Je respecte votre décision, et j’aimerais savoir {question}. {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.warm.linkedin.future': 'Au plaisir, peut-être pour un autre poste.',
  'feedbackRequest.msg.formal.greeting': 'Bonjour {recipientName},',
  'feedbackRequest.msg.formal.topic': 'Notre discussion sur {topic} a été très enrichissante pour moi.',
  'feedbackRequest.msg.formal.questions': 'Je souhaiterais notamment savoir {questions}.',
  'feedbackRequest.msg.formal.email.subject': 'Demande de retour\u00a0: {meeting} pour {role}',
  'feedbackRequest.msg.formal.email.body':
    '{greeting}\n\nJe vous remercie pour notre {meeting} {onDate} concernant {role}. {topicSentence}\n\nJe comprends que vous ayez retenu une autre candidature, et je respecte votre décision. Je cherche à progresser, et tout retour de votre part me serait précieux. {questionsSentence}\n\n{futureSentence}\n\nCordialement,\n{candidateName}',
  'feedbackRequest.msg.formal.email.future':
    'Je conserve un vif intérêt pour {company} et vous remercie de garder ma candidature à l’esprit pour un prochain poste.',
  'feedbackRequest.msg.formal.linkedin.body':
    '{greeting}\nMerci pour notre {meeting} pour {role}. Je respecte votre choix. Puis-je savoir {question}\u202f? {futureSentence}\nCordialement,\n{candidateName}',
  'feedbackRequest.msg.formal.linkedin.future': 'Restons en contact pour la suite.',
  'feedbackRequest.msg.brief.greeting': 'Bonjour {recipientName},',
  'feedbackRequest.msg.brief.topic': 'Parler de {topic} m’a beaucoup plu.',
  'feedbackRequest.msg.brief.questions': 'J’aimerais surtout savoir {questions}.',
  'feedbackRequest.msg.brief.email.subject': 'Retour sur mon {meeting}',
  'feedbackRequest.msg.brief.email.body':
    '{greeting}\n\nMerci pour notre échange sur {role}. {topicSentence} Je respecte votre décision.\n\nPourriez-vous me faire un bref retour\u202f? {questionsSentence} {futureSentence}\n\nMerci d’avance,\n{candidateName}',
  'feedbackRequest.msg.brief.email.future': 'Et si un autre poste se présente, pensez à moi.',
  'feedbackRequest.msg.brief.linkedin.body':
    '{greeting}\nMerci pour notre échange sur {role}. Je respecte votre décision. Pourriez-vous me dire {question}\u202f? {futureSentence}\n{candidateName}',
  'feedbackRequest.msg.brief.linkedin.future': 'Pensez à moi pour un autre poste.',
  // Phrases that read as arguing with the decision or comparing with whoever was hired, separated by |. Matching
  // ignores case and starts at a word boundary, so « moins qualifié » also catches « moins qualifiée ». The most common
  // ones are repeated without accents, as people type them on a keyboard that has none.
  'feedbackRequest.wording.phrases':
    "reconsidérer|reconsiderer|revenir sur votre décision|revenir sur votre decision|revoir votre décision|revoir votre decision|revoir ma candidature|réexaminer|pourquoi pas moi|pourquoi ne pas m'avoir|pourquoi n'ai-je pas|pourquoi je n'ai pas été|pourquoi avez-vous choisi|pourquoi vous avez choisi|pourquoi l'avoir choisi|la personne retenue|la personne choisie|la personne embauchée|la personne recrutée|l'autre candidat|le candidat retenu|la candidate retenue|à ma place|moins qualifié|moins qualifie|moins expérimenté|moins experimente|plus qualifié que|mieux qualifié que|j'étais meilleur|j'etais meilleur|je suis meilleur|je méritais|je meritais|je mérite|injuste|pas équitable|n'est pas juste|n'était pas juste|mauvaise décision|mauvaise decision|mauvais choix|vous avez fait une erreur|vous vous êtes trompé|vous vous etes trompe|changer d'avis",
  'feedbackRequest.wording.hint':
    'Ce passage peut donner l’impression de contester leur choix. Un message qui demande seulement comment progresser reçoit souvent une réponse plus bienveillante.',
  // The form.
  'feedbackRequest.heading': 'Votre message de demande de retour',
  'feedbackRequest.details': 'À propos de l’entretien',
  'feedbackRequest.field.candidateName': 'Votre nom',
  'feedbackRequest.field.recipientName': 'Nom de votre contact, tel que vous le saluez',
  'feedbackRequest.field.recipientEmail': 'E-mail de votre contact (facultatif)',
  'feedbackRequest.field.company': 'Entreprise',
  'feedbackRequest.field.jobTitle': 'Intitulé du poste',
  'feedbackRequest.field.interviewDate': 'Date de l’entretien',
  'feedbackRequest.field.stage': 'Étape atteinte',
  'feedbackRequest.stage.screen': 'Premier échange',
  'feedbackRequest.stage.interview': 'Entretien',
  'feedbackRequest.stage.final': 'Entretien final',
  'feedbackRequest.emailInvalid': 'Cela ne ressemble pas encore à une adresse e-mail.',
  'feedbackRequest.tone': 'Ton',
  'feedbackRequest.tone.warm': 'Chaleureux',
  'feedbackRequest.tone.formal': 'Formel',
  'feedbackRequest.tone.brief': 'Bref',
  'feedbackRequest.channel': 'Envoyer par',
  'feedbackRequest.channel.email': 'E-mail',
  'feedbackRequest.channel.linkedin': 'Message LinkedIn',
  'feedbackRequest.asks': 'Sur quoi demander un retour',
  'feedbackRequest.ask.wentWell': 'Ce qui a bien fonctionné',
  'feedbackRequest.ask.improve': 'Ce que je peux améliorer',
  'feedbackRequest.ask.skills': 'Les compétences à travailler',
  'feedbackRequest.ask.futureRoles': 'Dire que les futurs postes m’intéressent',
  'feedbackRequest.field.topic': 'Un sujet abordé ensemble (facultatif)',
  'feedbackRequest.topicHelp': 'Quelques mots, comme «\u00a0vos projets pour l’application mobile\u00a0».',
  'feedbackRequest.topicLinkedin': 'Les messages LinkedIn s’en passent, pour rester courts.',
  // The preview and the actions.
  'feedbackRequest.meter.words': '{count} mots, une bonne longueur.',
  'feedbackRequest.meter.wordsLong': '{count} mots, un peu long. En dessous de {limit}, c’est plus agréable à lire.',
  'feedbackRequest.meter.chars': '{count} sur {limit} caractères, une bonne longueur.',
  'feedbackRequest.meter.charsLong': '{count} sur {limit} caractères. Plus court, c’est plus lisible sur un téléphone.',
  'feedbackRequest.meter.charsOver': '{count} sur {limit} caractères. Trop long pour LinkedIn\u00a0: {over} de trop.',
  'feedbackRequest.ready': 'Prêt à envoyer',
  'feedbackRequest.notReady': 'Pas encore prêt',
  'feedbackRequest.copyLabel': 'Copier le message',
  'feedbackRequest.copySubject': 'Copier l’objet',
  'feedbackRequest.openMail': 'Ouvrir dans votre messagerie',
  'feedbackRequest.download': 'Télécharger en texte',
  'feedbackRequest.reminder': 'Me rappeler de relancer',
  'feedbackRequest.mailInvalid': 'Pour l’ouvrir dans votre messagerie, vérifiez son adresse e-mail.',
  'feedbackRequest.mailTooLong': 'Ce message est trop long pour un lien e-mail. Copiez-le ou téléchargez-le plutôt.',
  'feedbackRequest.downloaded': 'Votre message est enregistré dans un fichier texte.',
  'feedbackRequest.reminderSaved':
    'Votre rappel est enregistré dans un fichier de calendrier. Ouvrez-le pour l’ajouter à votre agenda.',
  'feedbackRequest.fileFailed': 'Le fichier n’a pas pu être créé sur cet appareil. Vous pouvez copier le texte à la place.',
  'feedbackRequest.fileName': 'demande-de-retour.txt',
  'feedbackRequest.reminderFileName': 'relance-retour.ics',
  'feedbackRequest.reminderSummary': 'Relancer votre demande de retour',
  'feedbackRequest.reminderSummaryCompany': 'Relancer {company} pour un retour',
  'feedbackRequest.reminderDescription':
    'Vous avez demandé un retour il y a une semaine. Sans réponse, une relance courte et aimable est tout à fait possible.',
  'feedbackRequest.subjectLine': 'Objet\u00a0: {subject}',
  // The note first, the details folded (issue 10).
  'feedbackRequest.editDetails': 'Modifier les informations',
  'feedbackRequest.field.subject': 'Objet',
  'feedbackRequest.field.body': 'Votre message',
  'feedbackRequest.meter.empty': 'Le message est vide.',
  'feedbackRequest.missing.recipient': 'Ajoutez son nom pour la salutation.',
  'feedbackRequest.missing.candidate': 'Ajoutez votre nom pour signer.',
  'feedbackRequest.missing.both': 'Ajoutez son nom et le vôtre, pour la salutation et la signature.',
  'feedbackRequest.handEdited': 'Vous avez modifié le message vous-même\u00a0: les nouvelles informations ne le changent plus.',
  'feedbackRequest.rebuild': 'Réécrire à partir des informations',
  'feedbackRequest.rebuilt': 'Le message est réécrit à partir des informations.',
  'feedbackRequest.copied': 'Copié ✓',

  // --- interview-odds -----------------------------------------------------------------------------------------------
  'interviewOdds.heading': 'Plus loin que la plupart',
  'interviewOdds.headingReached': 'Vous avez décroché un entretien',
  'interviewOdds.top': 'Top {percent}',
  'interviewOdds.topCaption': 'sur {applicants} candidatures',
  'interviewOdds.count': '{interviewed} sur {applicants}',
  'interviewOdds.countCaption': 'candidatures ont mené à un entretien',
  'interviewOdds.context.both': 'Vous avez postulé au poste de {jobTitle} chez {company}.',
  'interviewOdds.context.company': 'Vous avez postulé chez {company}.',
  'interviewOdds.context.jobTitle': 'Vous avez postulé au poste de {jobTitle}.',
  'interviewOdds.one': 'Sur {applicants} candidatures, une seule a mené à un entretien\u00a0: la vôtre.',
  'interviewOdds.many': 'Sur {applicants} candidatures, {interviewed} ont mené à un entretien, dont la vôtre.',
  'interviewOdds.all': 'Toutes les personnes qui ont postulé ont eu un entretien, vous y compris.',
  'interviewOdds.closing':
    'Arriver jusque-là montre que vos compétences ont été remarquées. Cette fois, ça n’a pas abouti, mais vous êtes plus près du but que vous ne le pensez peut-être.',
  'interviewOdds.general':
    'La plupart des candidatures ne mènent jamais à un entretien. La vôtre, si\u00a0: vos compétences ont été remarquées. Cette fois, ça n’a pas abouti, mais vous êtes plus près du but que vous ne le pensez peut-être.',

  // --- similar-roles ------------------------------------------------------------------------------------------------
  'similarRoles.heading': 'Postes similaires',
  'similarRoles.headingFor': 'Postes proches de {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Publié {when}',
  'similarRoles.loading': 'Chargement des postes similaires…',
  'similarRoles.loaded': 'Postes similaires trouvés\u00a0: {count}.',
  'similarRoles.empty': 'Aucun poste similaire à afficher pour le moment. De nouveaux postes arrivent régulièrement.',
  'similarRoles.error': 'Les postes similaires n’ont pas pu être chargés pour l’instant.',
  'similarRoles.retry': 'Réessayer',
  'similarRoles.seeAll': 'Voir tous les postes similaires',
  'similarRoles.seeBoard': 'Voir toutes les offres',
  'similarRoles.new': 'Nouveau',
  'similarRoles.errorNotFound': 'Nous ne trouvons pas ce site d’offres pour le moment. Vous pouvez tout de même voir toutes les offres.',
  'similarRoles.errorBusy': 'Le site d’offres est très sollicité en ce moment. Vous pourrez réessayer dans un instant.',
  'similarRoles.errorNetwork': 'Impossible de joindre le site d’offres. Vérifiez votre connexion, puis réessayez.',
  'similarRoles.errorTimeout': 'Le site d’offres met trop de temps à répondre.',
  'similarRoles.errorMalformed': 'La liste des offres est arrivée dans un format que nous ne pouvons pas lire.',

  // --- learning-plan ------------------------------------------------------------------------------------------------
  'learningPlan.heading': 'Votre plan d’apprentissage',
  'learningPlan.intro': 'Transformez ce que vous avez entendu pendant cet entretien en deux ou trois choses à apprendre.',
  'learningPlan.formHeading': 'Ajouter un objectif',
  'learningPlan.skillLabel': 'Compétence à acquérir',
  'learningPlan.skillHint': 'Par exemple\u00a0: écrire des requêtes SQL, ou raconter un projet passé.',
  'learningPlan.resourceLabel': 'Lien vers un cours, une vidéo ou un article (facultatif)',
  'learningPlan.dateLabel': 'Date visée (facultatif)',
  'learningPlan.add': 'Ajouter l’objectif',
  'learningPlan.skillRequired': 'Indiquez la compétence que vous voulez acquérir.',
  'learningPlan.resourceInvalid':
    'Ce lien ne peut pas être utilisé ici. Collez une adresse web qui commence par https://, ou laissez le champ vide.',
  'learningPlan.suggestionsLabel': 'Ressources suggérées',
  'learningPlan.suggestion': 'Suggestion\u00a0: {title}',
  'learningPlan.suggestionsAvailable': 'Des ressources suggérées sont listées sous le champ de compétence.',
  'learningPlan.suggestionUsed': 'Lien ajouté\u00a0: {title}.',
  'learningPlan.softLimit':
    'Trois objectifs, c’est bien assez pour l’instant. En terminer un d’abord fait souvent plus de bien que d’en commencer plusieurs.',
  'learningPlan.empty': 'Pas encore d’objectif. Une petite compétence, c’est un très bon début.',
  'learningPlan.listLabel': 'Vos objectifs',
  'learningPlan.progress': '{done} sur {total} atteints',
  'learningPlan.due': 'D’ici le {date}',
  'learningPlan.resourceLink': 'Ressource\u00a0: {site}',
  'learningPlan.newTab': '(s’ouvre dans un nouvel onglet)',
  'learningPlan.edit': 'Modifier',
  'learningPlan.editLabel': 'Modifier {skill}',
  'learningPlan.editContext': '(modification\u00a0: {skill})',
  'learningPlan.remove': 'Supprimer',
  'learningPlan.removeLabel': 'Supprimer {skill}',
  'learningPlan.save': 'Enregistrer',
  'learningPlan.cancel': 'Annuler',
  'learningPlan.added': 'Objectif ajouté\u00a0: {skill}.',
  'learningPlan.updated': 'Objectif enregistré\u00a0: {skill}.',
  'learningPlan.removed': 'Objectif supprimé\u00a0: {skill}.',
  'learningPlan.progressAnnounce': 'Objectifs atteints\u00a0: {done} sur {total}.',
  'learningPlan.exportIcs': 'Ajouter les dates à mon agenda',
  'learningPlan.exported': 'Votre fichier de calendrier est prêt dans vos téléchargements.',
  'learningPlan.exportFailed': 'Le fichier de calendrier n’a pas pu être créé sur cet appareil.',
  'learningPlan.icsSummary': 'Objectif d’apprentissage\u00a0: {skill}',
  'learningPlan.icsDescription': 'Un objectif de votre plan d’apprentissage. Chaque petit pas compte.',
  'learningPlan.icsResource': 'Un objectif de votre plan d’apprentissage. Ressource\u00a0: {url}',

  // --- strengths ----------------------------------------------------------------------------------------------------
  'strengths.heading': 'Trois forces révélées par cet entretien',
  'strengths.intro':
    'On a voulu vous rencontrer, donc quelqu’un a vu quelque chose en vous. Notez ce que c’était, avec vos propres mots.',
  'strengths.fieldLabel': 'Force {n}',
  'strengths.prompt1': 'À quelle question avez-vous bien répondu\u202f?',
  'strengths.prompt2': 'Quelle partie de votre parcours avez-vous expliquée clairement\u202f?',
  'strengths.prompt3': 'Qu’est-ce qui semblait le plus intéresser vos interlocuteurs\u202f?',
  'strengths.prompt4': 'Comment avez-vous tenu bon face à une question difficile\u202f?',
  'strengths.prompt5': 'Quelle compétence demandée dans l’offre avez-vous déjà\u202f?',
  'strengths.prompt6': 'Si un proche avait assisté à l’entretien, qu’aurait-il salué chez vous\u202f?',
  'strengths.anotherPrompt': 'Voir une autre question',
  'strengths.anotherPromptFor': 'Voir une autre question pour la force {n}',
  'strengths.newPrompt': 'Nouvelle question pour la force {n}\u00a0: {prompt}',
  'strengths.cardHeading': 'Vos forces',
  'strengths.copyLabel': 'Copier vos forces',
  'strengths.print': 'Imprimer',
  'strengths.cardHint': 'Gardez ceci à un endroit où vous le verrez avant votre prochain entretien.',

  // --- recovery-path ------------------------------------------------------------------------------------------------
  'recoveryPath.heading': 'Votre chemin pour la suite',
  'recoveryPath.intro': 'Quelques petites étapes pour tourner la page. Dans l’ordre que vous voulez, à votre rythme.',
  'recoveryPath.progress': 'Étapes terminées\u00a0: {done} sur {total}',
  'recoveryPath.loadingTool': 'Ouverture…',
  'recoveryPath.allDone': 'Vous avez fait chaque étape. Cela demandait de l’attention, et c’est tout à votre honneur.'
};

export default fr;
