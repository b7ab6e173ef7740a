/** DOM-free functions of Onward Elements. Safe to import in Node. */
export { encodeUrlValue, fillTemplate, fillUrlTemplate, placeholdersOf, type TemplateValues } from './template.js';
export {
  buildIcs,
  escapeText,
  foldLine,
  localDatePlus,
  ICS_DESCRIPTION_MAX,
  ICS_SUMMARY_MAX,
  type CalendarEvent,
  type IcsOptions
} from './ics.js';
export {
  isSupportedCalendarDate,
  parseCalendarDate,
  MAX_CALENDAR_DATE,
  MAX_CALENDAR_YEAR,
  MIN_CALENDAR_DATE,
  MIN_CALENDAR_YEAR,
  type CalendarDay
} from './dates.js';
export { countWords, wellFormed } from './text.js';
export { interviewOdds, type InterviewOdds, type InvalidOdds, type OddsProblem, type OddsResult } from './odds.js';
export {
  parseJobs,
  postedAgo,
  type JobsShapeProblem,
  type ParsedJobs,
  type ParseJobsOptions,
  type RelativeAge,
  type SimilarRole,
  type Workplace,
  WORKPLACES
} from './jobs.js';
export {
  composeFeedbackRequest,
  findArguingPhrases,
  formatInterviewDate,
  measureFeedback,
  missingFeedbackFields,
  feedbackReadiness,
  feedbackMessageOf,
  FEEDBACK_NEEDED_FIELDS,
  FEEDBACK_ASKS,
  FEEDBACK_CHANNELS,
  FEEDBACK_LIMITS,
  FEEDBACK_STAGES,
  FEEDBACK_STRING_KEYS,
  FEEDBACK_TONES,
  type FeedbackAsk,
  type FeedbackChannel,
  type FeedbackFields,
  type FeedbackMeasure,
  type FeedbackMessage,
  type FeedbackNeededField,
  type FeedbackOptions,
  type FeedbackReadiness,
  type FeedbackStage,
  type FeedbackStringKey,
  type FeedbackStrings,
  type FeedbackTemplate,
  type FeedbackTemplates,
  type FeedbackTone
} from './feedback.js';
export { buildMailto, isValidEmail, MAILTO_MAX_LENGTH, type MailtoOptions } from './mailto.js';
export { rankRoles, titleWords, foldText, comparableUrl, type RankOptions } from './rank.js';
export {
  detectFormat,
  formatOfAts,
  parseFeed,
  parseFeedText,
  FEED_FORMATS,
  type ConcreteFormat,
  type FeedFormat,
  type FeedResult
} from './sources/index.js';
export { decodeEntities, type SourceContext, type SourceResult } from './sources/common.js';
export {
  ATS_NAMES,
  connectSrcOrigin,
  hostedBoardUrl,
  isBoardName,
  parseSource,
  sourceRequestUrl,
  type AtsName,
  type JobSource,
  type RequestUrlOptions,
  type SourceProblem
} from './sources/urls.js';
