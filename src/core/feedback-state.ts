import {
  FEEDBACK_ASKS,
  FEEDBACK_CHANNELS,
  FEEDBACK_STAGES,
  FEEDBACK_TONES,
  isPlainObject,
  type FeedbackAsk,
  type FeedbackChannel,
  type FeedbackMessage,
  type FeedbackStage,
  type FeedbackTone
} from './feedback.js';

/** The text fields of a feedback request a host can prefill, in the order a form shows them. */
export const FEEDBACK_TEXT_FIELDS = [
  'candidateName',
  'recipientName',
  'recipientEmail',
  'company',
  'jobTitle',
  'interviewDate'
] as const;
export type FeedbackTextField = (typeof FEEDBACK_TEXT_FIELDS)[number];

/** The questions ticked at first: the two a recruiter finds easiest to answer. */
export const DEFAULT_FEEDBACK_ASKS: readonly FeedbackAsk[] = ['wentWell', 'improve'];

/** The longest text kept from storage for one field or the note (a stored record may hold anything). */
const MAX_STORED_LENGTH = 100_000;

/** A note as text: its subject (empty for LinkedIn) and body. */
export type FeedbackDraft = Pick<FeedbackMessage, 'subject' | 'body'>;

/** What a feedback request keeps on the device: what the candidate typed or chose, and the note if edited by hand. */
export interface FeedbackState {
  /** The note as the candidate edited it by hand; absent while it follows the details. */
  draft?: FeedbackDraft;
  edits: Partial<Record<FeedbackTextField, string>>;
  topic: string;
  asks: FeedbackAsk[];
  futureRoles: boolean;
  tone?: FeedbackTone;
  channel?: FeedbackChannel;
  stage?: FeedbackStage;
}

const storedText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= MAX_STORED_LENGTH ? value : undefined;

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;

/** Turns a stored record into trusted state, or `undefined` when it is not one of ours. Never throws. */
export function readFeedbackState(data: unknown): FeedbackState | undefined {
  if (!isPlainObject(data)) return undefined;
  const edits: Partial<Record<FeedbackTextField, string>> = {};
  if (isPlainObject(data.edits)) {
    for (const [key, value] of Object.entries(data.edits)) {
      const text = storedText(value);
      if (oneOf(key, FEEDBACK_TEXT_FIELDS) && text !== undefined) edits[key as FeedbackTextField] = text;
    }
  }
  let draft: FeedbackDraft | undefined;
  if (isPlainObject(data.draft)) {
    const subject = storedText(data.draft.subject);
    const body = storedText(data.draft.body);
    if (subject !== undefined && body !== undefined) draft = { subject, body };
  }
  const asks = Array.isArray(data.asks)
    ? FEEDBACK_ASKS.filter((ask) => (data.asks as unknown[]).includes(ask))
    : [...DEFAULT_FEEDBACK_ASKS];
  const state: FeedbackState = {
    edits,
    topic: storedText(data.topic) ?? '',
    asks,
    futureRoles: typeof data.futureRoles === 'boolean' ? data.futureRoles : true
  };
  const tone = oneOf(data.tone, FEEDBACK_TONES);
  const channel = oneOf(data.channel, FEEDBACK_CHANNELS);
  const stage = oneOf(data.stage, FEEDBACK_STAGES);
  if (tone) state.tone = tone;
  if (channel) state.channel = channel;
  if (stage) state.stage = stage;
  // Last, in the order `save` writes it: a record another tab wrote is used only when it reads back exactly.
  if (draft) state.draft = draft;
  return state;
}

/** What the candidate typed and chose, as an element holds it (the questions may be a read-only list). */
export type FeedbackInputs = Omit<FeedbackState, 'asks'> & { asks: readonly FeedbackAsk[] };

/**
 * The record to store: copies of what the candidate typed and chose, in the order `readFeedbackState` reads them back
 * (the hand-edited note last, and only when there is one).
 */
export function feedbackRecord(inputs: FeedbackInputs): FeedbackState {
  const { draft, ...rest } = inputs;
  const record: FeedbackState = { ...rest, edits: { ...rest.edits }, asks: [...rest.asks] };
  if (draft) record.draft = { ...draft };
  return record;
}
