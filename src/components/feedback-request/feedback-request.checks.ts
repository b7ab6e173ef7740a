import {
  checkFeedbackTemplates,
  describeTemplateProblems,
  FEEDBACK_CHANNELS,
  FEEDBACK_TONES,
  formatInterviewDate,
  type FeedbackTemplates
} from '../../core/feedback.js';
import { isValidEmail } from '../../core/mailto.js';
import { quoted, warnOnce } from '../../internal/validate.js';

/** Warns once when the host's `interview-date` is not a day the note can name (it is then left out). */
export function checkInterviewDate(host: HTMLElement, value: string | undefined): void {
  if (!value || formatInterviewDate(value)) return;
  warnOnce(
    host,
    `interview-date=${value}`,
    `<${host.localName}> interview-date=${quoted(value)} is not a real day from 1900-01-01 to 2199-12-31 in the form ` +
      'YYYY-MM-DD; it is left out.'
  );
}

/** Warns once when the host's `recipient-email` is not an address (the "Open in e-mail app" link is then left out). */
export function checkRecipientEmail(host: HTMLElement, value: string | undefined): void {
  if (!value?.trim() || isValidEmail(value.trim())) return;
  warnOnce(
    host,
    `recipient-email=${value}`,
    `<${host.localName}> recipient-email=${quoted(value)} is not a valid e-mail address; the "Open in e-mail app" ` +
      'link is left out.'
  );
}

/** Keeps only string templates under known tones and channels; warns once for anything else. */
export function checkTemplates(host: HTMLElement, value: unknown): FeedbackTemplates | undefined {
  const { templates, problems } = checkFeedbackTemplates(value);
  if (problems.length > 0) {
    const where = describeTemplateProblems(problems);
    warnOnce(
      host,
      `templates:${where}`,
      `<${host.localName}> ${where}: expected { tone: { channel: { subject?: string, body?: string } } } with tones ` +
        `${FEEDBACK_TONES.join(', ')} and channels ${FEEDBACK_CHANNELS.join(', ')}; using the built-in wording there.`
    );
  }
  return templates;
}
