/** French strings of <onward-feedback-request>. About the language: `../fr.ts`. */
import type { Strings } from '../en.js';
import type { feedbackRequestStrings } from '../en/feedback-request.js';

const feedbackRequest: Strings<typeof feedbackRequestStrings> = {
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
  'feedbackRequest.fileFailed':
    'Le fichier n’a pas pu être créé sur cet appareil. Vous pouvez copier le texte à la place.',
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
  'feedbackRequest.handEdited':
    'Vous avez modifié le message vous-même\u00a0: les nouvelles informations ne le changent plus.',
  'feedbackRequest.rebuild': 'Réécrire à partir des informations',
  'feedbackRequest.rebuilt': 'Le message est réécrit à partir des informations.',
  'feedbackRequest.copied': 'Copié ✓'
};

export default feedbackRequest;
