import { wellFormed } from './text.js';

/**
 * Longest `mailto:` URL we offer as a link. Some mail clients and operating systems cut longer ones (around 2,000
 * characters), silently losing the end of the message; past this length, copy or download is the safer offer.
 */
export const MAILTO_MAX_LENGTH = 1800;

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A sensible e-mail address check for a `mailto:` link: one `@`, a dot-atom local part of at most 64 characters, and a
 * domain with at least one dot and a top-level label that starts with a letter; 254 characters at most. No spaces,
 * quotes, display names, comments or several addresses. ASCII only (an internationalized address is not offered as a
 * link, but can still be copied).
 */
export function isValidEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(domain);
}

export interface MailtoOptions {
  /** Longest URL to return; default `MAILTO_MAX_LENGTH` (1,800). */
  maxLength?: number;
}

/** Percent-encodes one part of a `mailto:` URL; lone surrogates become U+FFFD first, so this never throws. */
function encodePart(value: string): string {
  return encodeURIComponent(wellFormed(value));
}

/**
 * Builds a `mailto:` URL (RFC 6068) with only `subject` and `body` headers.
 *
 * - The recipient is optional (`mailto:?subject=…` lets the mail app ask for it); when given, it must pass
 *   `isValidEmail`, else the result is `undefined`.
 * - Every part is percent-encoded as UTF-8: spaces as `%20` (never `+`), `? = & #` encoded, so nothing in the text can
 *   end a header or start a new one.
 * - Line breaks in the body become `%0D%0A`, as the RFC requires. The subject is one line: its line breaks and other
 *   control characters become spaces.
 * - Returns `undefined` when the URL would be longer than `maxLength`; offer copy or download instead.
 */
export function buildMailto(
  recipient: string | undefined,
  message: { subject?: string; body?: string },
  options: MailtoOptions = {}
): string | undefined {
  const to = (recipient ?? '').trim();
  if (to !== '' && !isValidEmail(to)) return undefined;
  const at = to.indexOf('@');
  const address = to === '' ? '' : `${encodePart(to.slice(0, at))}@${encodePart(to.slice(at + 1))}`;

  const headers: string[] = [];
  const subject = wellFormed(message.subject ?? '')
    // eslint-disable-next-line no-control-regex -- a subject is one header line: no control characters or line breaks
    .replace(/[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g, ' ')
    .trim();
  if (subject !== '') headers.push(`subject=${encodePart(subject)}`);
  const body = (message.body ?? '').replace(/\r\n|\r|\n/g, '\r\n');
  if (body !== '') headers.push(`body=${encodePart(body)}`);

  const href = `mailto:${address}${headers.length > 0 ? `?${headers.join('&')}` : ''}`;
  return href.length <= (options.maxLength ?? MAILTO_MAX_LENGTH) ? href : undefined;
}
