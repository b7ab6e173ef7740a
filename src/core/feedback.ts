import type { TermKey } from '../locales/en.js';
import { feedbackRequestStrings as en } from '../locales/en/feedback-request.js';
import { parseCalendarDate } from './dates.js';
import { buildMailto, isValidEmail } from './mailto.js';
import { fillTemplate } from './template.js';
import { countWords, wellFormed } from './text.js';

export const FEEDBACK_TONES = ['warm', 'formal', 'brief'] as const;
export type FeedbackTone = (typeof FEEDBACK_TONES)[number];

export const FEEDBACK_CHANNELS = ['email', 'linkedin'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const FEEDBACK_STAGES = ['screen', 'interview', 'final'] as const;
export type FeedbackStage = (typeof FEEDBACK_STAGES)[number];

/** The questions a candidate can tick, in the order they are asked. */
export const FEEDBACK_ASKS = ['wentWell', 'improve', 'skills'] as const;
export type FeedbackAsk = (typeof FEEDBACK_ASKS)[number];

/** Length limits: an e-mail should stay under 150 words; a LinkedIn note must fit 300 characters, and reads best under 200. */
export const FEEDBACK_LIMITS = { emailWords: 150, linkedinChars: 300, linkedinWarnChars: 200 } as const;

/** What the candidate and the host know. Every field is optional; missing ones degrade gracefully. */
export interface FeedbackFields {
  /** The candidate's name, used to sign off. */
  candidateName?: string;
  /** The person the note goes to. Without it the greeting is "Hello,". */
  recipientName?: string;
  /** Not part of the text; accepted so one object can feed both the message and the `mailto:` link. */
  recipientEmail?: string;
  company?: string;
  /** Without it the note says "the role". */
  jobTitle?: string;
  /** ISO date (`YYYY-MM-DD`) of the interview; anything else is left out. */
  interviewDate?: string;
  stage?: FeedbackStage;
  /** "Something we talked about": a short noun phrase, such as "your plans for the mobile app". */
  topic?: string;
  /** Questions to ask, in any order; unknown ids are ignored. */
  asks?: readonly FeedbackAsk[];
  /** Say the candidate would like to be considered for future roles. */
  futureRoles?: boolean;
}

/** A host's own wording for one tone and channel. `subject` is used for e-mail only. */
export interface FeedbackTemplate {
  subject?: string;
  body?: string;
}

/** Host templates by tone, then channel: `{ warm: { email: { subject, body } } }`. Missing ones use the catalogue. */
export type FeedbackTemplates = Partial<Record<FeedbackTone, Partial<Record<FeedbackChannel, FeedbackTemplate>>>>;

/** The catalogue keys the message is written from (all start with `feedbackRequest.msg.`). */
export type FeedbackStringKey = Extract<TermKey, `feedbackRequest.msg.${string}`>;

/** The message catalogue strings: a slice of a locale catalogue. */
export type FeedbackStrings = Record<FeedbackStringKey, string>;

/** Every catalogue key `composeFeedbackRequest` reads, so an element can pass the resolved language's strings. */
export const FEEDBACK_STRING_KEYS = Object.keys(en).filter((key) =>
  key.startsWith('feedbackRequest.msg.')
) as FeedbackStringKey[];

export interface FeedbackOptions {
  /** `warm` (default), `formal` or `brief`. */
  tone?: FeedbackTone;
  /** `email` (default) or `linkedin`. A LinkedIn note has no subject. */
  channel?: FeedbackChannel;
  /** Host templates that replace the catalogue's subject or body for a tone and channel. */
  templates?: FeedbackTemplates;
  /** Catalogue strings of the language to write in; English for any key left out. */
  strings?: Partial<Record<FeedbackStringKey, string>>;
  /** Language used to format the interview date (default `en`). */
  lang?: string;
}

/** The composed note. `words` and `chars` count the body (`chars` in UTF-16 code units, as text fields count). */
export interface FeedbackMessage {
  subject: string;
  body: string;
  words: number;
  chars: number;
}

/** How a message measures against its channel's limit. */
export interface FeedbackMeasure {
  /** Words for e-mail, characters for LinkedIn. */
  count: number;
  /** 150 words, or 300 characters. */
  limit: number;
  /** `ok`; `warn` (e-mail at 150 words or more, LinkedIn over 200 characters); `over` (LinkedIn over 300). */
  level: 'ok' | 'warn' | 'over';
  /** False only when the note cannot be sent as it is (LinkedIn over 300 characters). */
  ready: boolean;
}

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return (allowed as readonly unknown[]).includes(value);
}

/** Trims a field and makes it well-formed, so every later step (counting, encoding) is safe. */
function clean(value: unknown): string {
  return typeof value === 'string' ? wellFormed(value).trim() : '';
}

/** Formats an ISO date for `lang`, or returns '' for anything that is not a real calendar day from 1900 to 2199. */
export function formatInterviewDate(iso: string | undefined, lang = 'en'): string {
  const day = parseCalendarDate(typeof iso === 'string' ? iso.trim() : undefined);
  if (!day) return '';
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}

/**
 * Removes spaces and tabs at the end of every line. A loop, not `/[ \t]+$/gm`: that pattern restarts at every space of
 * a long run that a letter ends, which made a host template with many spaces take seconds per keystroke.
 */
function trimLineEnds(text: string): string {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end -= 1;
    if (end < line.length) lines[index] = line.slice(0, end);
  }
  return lines.join('\n');
}

/**
 * Fills a template. A known placeholder whose value is empty is removed together with one space next to it, and the
 * blank lines it leaves are merged, so an absent part leaves no gap. Only the template's own text is tidied: values are
 * inserted as written, never re-scanned. Unknown placeholders stay visible (see `fillTemplate`).
 */
function compose(template: string, values: Readonly<Record<string, string>>): string {
  let text = template.replace(LINE_BREAKS, '\n');
  const filled: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== '') {
      filled[name] = value;
      continue;
    }
    const token = `{${name}}`;
    text = text.split(` ${token}`).join('').split(`${token} `).join('').split(token).join('');
  }
  text = trimLineEnds(text)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return fillTemplate(text, filled);
}

/** How two or three questions are joined into one phrase; one is said as it is, none is left out. */
const LIST_KEYS: Partial<Record<number, FeedbackStringKey>> = {
  2: 'feedbackRequest.msg.list2',
  3: 'feedbackRequest.msg.list3'
};

/**
 * Writes a short, polite request for feedback after a rejection: greeting by name; thanks, with the one thing the
 * candidate mentions; one sentence that accepts the decision; the ask with the ticked questions; optional interest in
 * future roles; sign-off. Pure and DOM-free.
 *
 * Templates come from the catalogue (`feedbackRequest.msg.*` in `src/locales/en/feedback-request.ts`) or from `options.templates`.
 * Placeholders a template can use:
 * - fields: `{candidateName}`, `{recipientName}`, `{jobTitle}`, `{topic}` (empty when missing, and the space before
 *   them goes too), `{company}` (falls back to "your team"), `{interviewDate}` (formatted for `lang`);
 * - pieces: `{greeting}` ("Hi Sam," or "Hello,"), `{role}` ("the Designer role" or "the role"), `{meeting}` ("interview",
 *   "first call", "final interview"), `{onDate}` ("on 3 March 2025"), `{questions}` (the ticked questions as a list, or
 *   "any thoughts you can share"), `{question}` (the first ticked one), `{topicSentence}`, `{questionsSentence}`,
 *   `{futureSentence}` (empty when not wanted).
 * Unknown placeholders stay visible. Values are inserted as plain text; the subject is kept to one line.
 */
export function composeFeedbackRequest(fields: FeedbackFields = {}, options: FeedbackOptions = {}): FeedbackMessage {
  const tone: FeedbackTone = isOneOf(options.tone, FEEDBACK_TONES) ? options.tone : 'warm';
  const channel: FeedbackChannel = isOneOf(options.channel, FEEDBACK_CHANNELS) ? options.channel : 'email';
  const stage: FeedbackStage = isOneOf(fields.stage, FEEDBACK_STAGES) ? fields.stage : 'interview';
  const term = (key: FeedbackStringKey): string => {
    const value = options.strings?.[key];
    return typeof value === 'string' && value !== '' ? value : en[key];
  };

  const candidateName = clean(fields.candidateName);
  const recipientName = clean(fields.recipientName);
  const jobTitle = clean(fields.jobTitle);
  const topic = clean(fields.topic);
  const interviewDate = formatInterviewDate(fields.interviewDate, options.lang);
  const ticked = FEEDBACK_ASKS.filter((ask) => Array.isArray(fields.asks) && fields.asks.includes(ask)).map((ask) =>
    term(`feedbackRequest.msg.ask.${ask}`)
  );

  const base: Record<string, string> = {
    candidateName,
    recipientName,
    jobTitle,
    topic,
    interviewDate,
    company: clean(fields.company) || term('feedbackRequest.msg.companyFallback')
  };
  const listKey = LIST_KEYS[Math.min(ticked.length, 3)];
  const listed = listKey
    ? fillTemplate(term(listKey), { first: ticked[0], second: ticked[1], third: ticked[2] })
    : (ticked[0] ?? '');
  const pieces: Record<string, string> = {
    ...base,
    greeting: recipientName
      ? compose(term(`feedbackRequest.msg.${tone}.greeting`), base)
      : term('feedbackRequest.msg.greetingFallback'),
    role: jobTitle ? compose(term('feedbackRequest.msg.role'), base) : term('feedbackRequest.msg.roleFallback'),
    meeting: term(`feedbackRequest.msg.meeting.${stage}`),
    onDate: interviewDate ? compose(term('feedbackRequest.msg.onDate'), base) : '',
    questions: listed || term('feedbackRequest.msg.askFallback'),
    question: ticked[0] ?? term('feedbackRequest.msg.askFallback')
  };
  pieces.topicSentence = topic ? compose(term(`feedbackRequest.msg.${tone}.topic`), pieces) : '';
  pieces.questionsSentence = listed ? compose(term(`feedbackRequest.msg.${tone}.questions`), pieces) : '';
  pieces.futureSentence = fields.futureRoles
    ? compose(term(`feedbackRequest.msg.${tone}.${channel}.future`), pieces)
    : '';

  const custom = options.templates?.[tone]?.[channel];
  const bodyTemplate =
    typeof custom?.body === 'string' ? custom.body : term(`feedbackRequest.msg.${tone}.${channel}.body`);
  const body = keepLinesRightToLeft(compose(bodyTemplate, pieces), bodyTemplate);
  let subject = '';
  if (channel === 'email') {
    const subjectTemplate =
      typeof custom?.subject === 'string' ? custom.subject : term(`feedbackRequest.msg.${tone}.email.subject`);
    // A subject is one line: a line break from a field must never start a new header.
    const composed = compose(subjectTemplate, pieces);
    // eslint-disable-next-line no-control-regex -- control characters and line breaks have no place in a header
    subject = composed.replace(/[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g, ' ').trim();
    subject = keepLinesRightToLeft(subject, subjectTemplate);
  }
  return { subject, body, words: countWords(body), chars: body.length };
}

// --- Right-to-left plain text --------------------------------------------------------------------------------------

/** Text that starts with a letter of a right-to-left script, or with the right-to-left mark. */
const STARTS_RIGHT_TO_LEFT =
  /^(?:\u200F|(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}])/u;
const FIRST_LETTER = /\p{L}[\s\S]*/u;
const RIGHT_TO_LEFT_MARK = '\u200F';

/**
 * A plain-text client (a mail app, LinkedIn, a text editor) sets each line's direction from its first letter. When the
 * template's own words are right-to-left (Arabic), a line that starts with anything else (a Latin name, a digit, a
 * quote) would be laid out left to right: the right-to-left mark in front keeps it right to left and right-aligned.
 * Lines that already start with a right-to-left letter, and left-to-right notes, are returned unchanged.
 */
function keepLinesRightToLeft(text: string, template: string): string {
  const fromFirstLetter = FIRST_LETTER.exec(template.replace(/\{[A-Za-z]\w*\}/g, ''))?.[0] ?? '';
  if (!STARTS_RIGHT_TO_LEFT.test(fromFirstLetter)) return text;
  return text
    .split('\n')
    .map((line) => (line === '' || STARTS_RIGHT_TO_LEFT.test(line) ? line : RIGHT_TO_LEFT_MARK + line))
    .join('\n');
}

/** Measures a composed message against its channel's limit (see `FEEDBACK_LIMITS`). */
export function measureFeedback(
  message: Pick<FeedbackMessage, 'words' | 'chars'>,
  channel: FeedbackChannel
): FeedbackMeasure {
  if (channel === 'linkedin') {
    const count = message.chars;
    const level =
      count > FEEDBACK_LIMITS.linkedinChars ? 'over' : count > FEEDBACK_LIMITS.linkedinWarnChars ? 'warn' : 'ok';
    return { count, limit: FEEDBACK_LIMITS.linkedinChars, level, ready: level !== 'over' };
  }
  const count = message.words;
  return {
    count,
    limit: FEEDBACK_LIMITS.emailWords,
    level: count < FEEDBACK_LIMITS.emailWords ? 'ok' : 'warn',
    ready: true
  };
}

const normalizeForMatch = (text: string) =>
  wellFormed(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // Arabic: vowel marks and the stretching tatweel are optional, and alif is often typed without its hamza.
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/\s+/g, ' ');

/**
 * A gentle wording check: returns the phrases from `phrases` (a `|`-separated list from the catalogue,
 * `feedbackRequest.wording.phrases`) that occur in `text`, such as "reconsider" or "the person you hired". Matching
 * ignores case, curly apostrophes, extra spaces, Arabic vowel marks and hamza forms of alif, and starts at a word
 * boundary ("reconsidering" matches "reconsider"; Arabic may join و or ف before it). It only informs: nothing is ever
 * blocked.
 */
export function findArguingPhrases(text: string, phrases: string = en['feedbackRequest.wording.phrases']): string[] {
  const haystack = normalizeForMatch(text);
  if (haystack.trim() === '') return [];
  // A Set keeps the first of each phrase in one pass (a host's list may hold thousands).
  const unique = new Set(phrases.split('|').map((phrase) => normalizeForMatch(phrase).trim()));
  unique.delete('');
  return [...unique].filter((phrase) => {
    // Most phrases are not there at all: a plain search says so before a pattern is built.
    if (!haystack.includes(phrase)) return false;
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Arabic joins "and" (و) and "so" (ف) to the next word: "ولماذا" still starts with "لماذا".
    return new RegExp(`(?<![\\p{L}\\p{N}])[\u0648\u0641]?${escaped}`, 'u').test(haystack);
  });
}

/**
 * The details a note needs before it reads as finished: the candidate's name (the sign-off), the company and the job
 * title. The recipient's name is optional: without it the note greets with "Hello,". An element opens its details for
 * editing while one of these is missing.
 */
export const FEEDBACK_NEEDED_FIELDS = ['candidateName', 'company', 'jobTitle'] as const;
export type FeedbackNeededField = (typeof FEEDBACK_NEEDED_FIELDS)[number];

/** The needed details (see `FEEDBACK_NEEDED_FIELDS`) that are empty or blank in `fields`, in that order. */
export function missingFeedbackFields(fields: Pick<FeedbackFields, FeedbackNeededField>): FeedbackNeededField[] {
  return FEEDBACK_NEEDED_FIELDS.filter((field) => clean(fields[field]) === '');
}

/** A note written or edited by hand, measured like a composed one: `words` and `chars` count the body. */
export function feedbackMessageOf(subject: string, body: string): FeedbackMessage {
  return { subject, body, words: countWords(body), chars: body.length };
}

/** Whether a note greets someone by name and is signed with the candidate's name. */
export interface FeedbackReadiness {
  /** The recipient's name is known and the note contains it. */
  greeting: boolean;
  /** The candidate's name is known and the note contains it. */
  signature: boolean;
}

/**
 * Checks a note (composed or edited by hand) for a greeting by name and a signature: each name must be known and
 * appear in the body (ignoring case). A note without them still works, but should not be called ready to send.
 */
export function feedbackReadiness(
  body: string,
  names: Pick<FeedbackFields, 'recipientName' | 'candidateName'>
): FeedbackReadiness {
  const text = wellFormed(typeof body === 'string' ? body : '').toLowerCase();
  const has = (name: unknown) => {
    const value = clean(name).toLowerCase();
    return value !== '' && text.includes(value);
  };
  return { greeting: has(names.recipientName), signature: has(names.candidateName) };
}

/** A value that is an object with keys (not `null`, not an array). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a host's `templates`: keeps only string templates under known tones and channels. Returns what is kept
 * (`undefined` when the value is not an object at all) and the wrong places, as `templates.tone.channel.key` paths
 * (long keys cut), for one warning.
 */
export function checkFeedbackTemplates(value: unknown): { templates?: FeedbackTemplates; problems: string[] } {
  const problems: string[] = [];
  if (value === undefined || value === null) return { problems };
  const warn = (...path: string[]) => problems.push(`templates${path.map((key) => `.${key.slice(0, 40)}`).join('')}`);
  if (!isPlainObject(value)) {
    warn();
    return { problems };
  }
  const templates: FeedbackTemplates = {};
  for (const [tone, channels] of Object.entries(value)) {
    if (!isOneOf(tone, FEEDBACK_TONES) || !isPlainObject(channels)) {
      warn(tone);
      continue;
    }
    for (const [channel, template] of Object.entries(channels)) {
      if (!isOneOf(channel, FEEDBACK_CHANNELS) || !isPlainObject(template)) {
        warn(tone, channel);
        continue;
      }
      const kept: FeedbackTemplate = {};
      for (const [key, text] of Object.entries(template)) {
        if ((key === 'subject' || key === 'body') && typeof text === 'string') kept[key] = text;
        else warn(tone, channel, key);
      }
      (templates[tone] ??= {})[channel] = kept;
    }
  }
  return { templates, problems };
}

/** Says where a host's `templates` went wrong (from `checkFeedbackTemplates`): at most five paths, then a count. */
export function describeTemplateProblems(problems: readonly string[]): string {
  return problems.slice(0, 5).join(', ') + (problems.length > 5 ? ` and ${problems.length - 5} more` : '');
}

/** The length guidance's wording for each channel and level: an e-mail is never over, only long. */
const METER_KEYS: Record<FeedbackChannel, Record<FeedbackMeasure['level'], TermKey>> = {
  email: {
    ok: 'feedbackRequest.meter.words',
    warn: 'feedbackRequest.meter.wordsLong',
    over: 'feedbackRequest.meter.wordsLong'
  },
  linkedin: {
    ok: 'feedbackRequest.meter.chars',
    warn: 'feedbackRequest.meter.charsLong',
    over: 'feedbackRequest.meter.charsOver'
  }
};

/** The catalogue key of the length guidance for a measured note (`feedbackRequest.meter.*`). */
export function feedbackMeterKey(channel: FeedbackChannel, level: FeedbackMeasure['level']): TermKey {
  return METER_KEYS[channel][level];
}

/** What a note that fits its channel still needs, by whether it has a greeting and a signature. */
const READINESS_KEYS: Record<`${boolean}-${boolean}`, TermKey> = {
  'true-true': 'feedbackRequest.ready',
  'false-false': 'feedbackRequest.missing.both',
  'true-false': 'feedbackRequest.missing.candidate',
  'false-true': 'feedbackRequest.missing.recipient'
};

/**
 * "Ready to send" when the note fits its channel, greets the recipient by name and is signed with the candidate's
 * name; otherwise the catalogue key of what it still needs, or of "Not ready yet" when the meter says why (too long,
 * empty).
 */
export function feedbackReadinessKey(
  message: FeedbackMessage,
  channel: FeedbackChannel,
  names: Pick<FeedbackFields, 'recipientName' | 'candidateName'>
): { ready: boolean; key: TermKey } {
  if (!measureFeedback(message, channel).ready || message.body.trim() === '') {
    return { ready: false, key: 'feedbackRequest.notReady' };
  }
  const { greeting, signature } = feedbackReadiness(message.body, names);
  return { ready: greeting && signature, key: READINESS_KEYS[`${greeting}-${signature}`] };
}

/** Why a note has no `mailto:` link: an address that is not one, or a link too long for mail apps. */
export type FeedbackMailProblem = 'invalid' | 'tooLong';

/** The `mailto:` link for a note, or why there is none. An empty address is fine: the mail app asks for one. */
export function feedbackMailLink(
  address: string,
  message: FeedbackMessage
): { href?: string; problem?: FeedbackMailProblem } {
  if (address !== '' && !isValidEmail(address)) return { problem: 'invalid' };
  const href = buildMailto(address, message);
  return href ? { href } : { problem: 'tooLong' };
}
