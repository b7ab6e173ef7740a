/**
 * Hostile input, shared by every suite that feeds text to the elements: attribute values, JSON attributes, property
 * values and what a user types or pastes. About fifty entries, grouped by what they attack.
 *
 * Every payload that would run script sets `window[SENTINEL]`, and every payload that would create an element gives it
 * a `data-pwn` attribute, so a suite can tell "nothing ran" and "nothing appeared" without knowing the element.
 */

/** The global a payload sets if it ever runs. */
export const SENTINEL = '__onwardPwned';
/** The attribute every element a payload asks for carries. */
export const MARKER_ATTRIBUTE = 'data-pwn';

const run = `window.${SENTINEL}=1`;

export type HostileGroup =
  'markup' | 'url' | 'long' | 'unicode' | 'header' | 'template' | 'keys' | 'json' | 'number' | 'date';

export interface HostileInput {
  /** A short name for the test output. */
  name: string;
  value: string;
  group: HostileGroup;
  /**
   * True when an element that shows this text must show it exactly as given (after trimming): it has no line breaks,
   * control characters or lone surrogates that a one-line field or a tidy-up may legitimately change, and it is short
   * enough that no element caps it.
   */
  literal: boolean;
  /** The 1,000,000-character inputs: suites may run them on a subset of fields only (and say so). */
  huge?: boolean;
  /** For JSON that is valid and well-shaped: the hostile text inside it that an element showing the data shows as text. */
  textInside?: string;
}

/** A markup payload that is also a plausible, short piece of text. */
export const MARKUP_TEXT = `<img ${MARKER_ATTRIBUTE} src=x onerror="${run}">`;

/** One record with every field name the elements' JSON attributes read, each holding hostile text and a safe link. */
const hostileRecord = {
  id: 'pwn-1',
  label: MARKUP_TEXT,
  description: `<script ${MARKER_ATTRIBUTE}>${run}</script>`,
  group: `"><svg ${MARKER_ATTRIBUTE} onload=${run}>`,
  dueInDays: 3,
  title: MARKUP_TEXT,
  url: '/jobs/pwn-1',
  company: `</textarea><img ${MARKER_ATTRIBUTE} src=x onerror=${run}>`,
  location: '{title}{location}',
  postedAt: '2020-01-01',
  skill: MARKUP_TEXT
};

/** The same record with links and numbers that must be refused. */
const unsafeRecord = {
  id: 'pwn-2',
  label: 'Unsafe link',
  title: 'Unsafe link',
  skill: 'Unsafe link',
  url: ' JaVaScRiPt:window.__onwardPwned=1',
  dueInDays: 1e308 * 10,
  postedAt: '<img>'
};

const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
const repeatTo = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

export const hostileCorpus: readonly HostileInput[] = [
  // Markup and script.
  { group: 'markup', name: 'img onerror', value: MARKUP_TEXT, literal: true },
  { group: 'markup', name: 'script element', value: `<script ${MARKER_ATTRIBUTE}>${run}</script>`, literal: true },
  {
    group: 'markup',
    name: 'svg onload',
    value: `<svg ${MARKER_ATTRIBUTE} onload="${run}"><circle r="9"/></svg>`,
    literal: true
  },
  {
    group: 'markup',
    name: 'double-quote attribute break-out',
    value: `"><img ${MARKER_ATTRIBUTE} src=x onerror=${run}>`,
    literal: true
  },
  {
    group: 'markup',
    name: 'single-quote attribute break-out',
    value: `'><img ${MARKER_ATTRIBUTE} src=x onerror=${run}>`,
    literal: true
  },
  {
    group: 'markup',
    name: 'event-handler attribute',
    value: `x" onmouseover="${run}" onfocus="${run}" autofocus ${MARKER_ATTRIBUTE}="`,
    literal: true
  },
  {
    group: 'markup',
    name: '</textarea> break-out',
    value: `</textarea><img ${MARKER_ATTRIBUTE} src=x onerror=${run}>`,
    literal: true
  },
  {
    group: 'markup',
    name: '</style></script></title> break-out',
    value: `</title></style></script><script ${MARKER_ATTRIBUTE}>${run}</script>`,
    literal: true
  },
  {
    group: 'markup',
    name: 'iframe javascript:',
    value: `<iframe ${MARKER_ATTRIBUTE} src="javascript:parent.${SENTINEL}=1"></iframe>`,
    literal: true
  },
  {
    group: 'markup',
    name: 'details ontoggle',
    value: `<details ${MARKER_ATTRIBUTE} open ontoggle="${run}"><summary>x</summary></details>`,
    literal: true
  },
  {
    group: 'markup',
    name: 'style that hides everything',
    value: `<style ${MARKER_ATTRIBUTE}>*{display:none!important}</style>`,
    literal: true
  },
  {
    group: 'markup',
    name: 'pre-escaped entities',
    value: `&lt;img ${MARKER_ATTRIBUTE} src=x onerror=${run}&gt; &amp; &quot;`,
    literal: true
  },
  {
    group: 'markup',
    name: 'comment and CDATA',
    value: `<!--<img ${MARKER_ATTRIBUTE} src=x onerror=${run}>--><![CDATA[<script>${run}</script>]]>`,
    literal: true
  },

  // Links with dangerous schemes, in mixed case and with control characters, tabs and newlines.
  { group: 'url', name: 'javascript: URL', value: `javascript:${run}`, literal: true },
  { group: 'url', name: 'mixed-case javascript: URL', value: ` JaVaScRiPt:${run}`, literal: false },
  { group: 'url', name: 'javascript: with tab and newline', value: `java\tscr\nipt:${run}`, literal: false },
  {
    group: 'url',
    name: 'javascript: after control characters',
    value: `\u0001\u001f javascript:${run}`,
    literal: false
  },
  {
    group: 'url',
    name: 'data: HTML URL',
    value: `data:text/html,<script ${MARKER_ATTRIBUTE}>${run}</script>`,
    literal: true
  },
  {
    group: 'url',
    name: 'mixed-case data: base64 URL',
    value: 'DaTa:text/html;base64,PHNjcmlwdD53aW5kb3cuX19vbndhcmRQd25lZD0xPC9zY3JpcHQ+',
    literal: true
  },
  { group: 'url', name: 'vbscript: URL', value: 'VbScRiPt:msgbox(1)', literal: true },
  { group: 'url', name: 'protocol-relative URL', value: '//evil.example/steal', literal: true },
  // A host name or path step where a URL template expects a search term (`/{location}/{title}` with no location).
  { group: 'url', name: 'a bare host name', value: 'evil.example', literal: true },
  { group: 'url', name: 'a path step up', value: '..', literal: true },
  { group: 'url', name: 'a path step here', value: '.', literal: true },

  // Size.
  { group: 'long', name: '10,000 characters', value: repeatTo(lorem, 10_000), literal: false },
  { group: 'long', name: '1,000,000 characters', value: repeatTo(lorem, 1_000_000), literal: false, huge: true },
  { group: 'long', name: 'a 100,000-character word', value: 'x'.repeat(100_000), literal: false },
  { group: 'long', name: 'newline flood', value: '\n'.repeat(10_000), literal: false },
  { group: 'long', name: 'lines and CRLFs', value: 'line\r\n'.repeat(2_000), literal: false },
  { group: 'long', name: 'combining-mark flood', value: `e${'\u0301'.repeat(2_000)}`, literal: false },
  {
    group: 'long',
    name: 'a template with a long run of spaces',
    value: `{greeting}${' '.repeat(100_000)}x   \n{candidateName}`,
    literal: false
  },

  // Unicode that tricks display.
  { group: 'unicode', name: 'bidi override (unclosed)', value: 'Sam \u202Egnp.exe', literal: true },
  { group: 'unicode', name: 'bidi isolates (unbalanced)', value: '\u2067\u2068\u2066Acme \u2069\u202B', literal: true },
  { group: 'unicode', name: 'zero-width characters', value: 'A\u200Bc\u200Cm\u200De\u2060 Corp\u200E', literal: true },
  { group: 'unicode', name: 'emoji ZWJ sequences', value: '👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 🫶🏿', literal: true },
  { group: 'unicode', name: 'a lone surrogate', value: 'Sam \uD800 Lee \uDC00', literal: false },
  { group: 'unicode', name: 'line and paragraph separators', value: 'Acme\u2028Corp\u2029Ltd', literal: false },
  { group: 'unicode', name: 'only whitespace', value: ' \t\u00A0\u3000\uFEFF ', literal: false },

  // Header injection into mail fields and links.
  { group: 'header', name: 'CRLF then Bcc:', value: 'sam@example.com\r\nBcc: evil@example.com', literal: false },
  { group: 'header', name: '&bcc= parameter', value: 'sam@example.com&bcc=evil@example.com', literal: true },
  { group: 'header', name: '?bcc= and #fragment', value: 'sam@example.com?bcc=evil@example.com#x', literal: true },
  { group: 'header', name: 'encoded CRLF', value: 'Sam%0D%0ABcc:%20evil@example.com', literal: true },

  // Template injection.
  {
    group: 'template',
    name: 'placeholder names',
    value: '{candidateName} {recipientName} {company} {title} {location}',
    literal: true
  },
  {
    group: 'template',
    name: '${} and {{}}',
    value: `\${${run}} {{constructor.constructor('${run}')()}} #{1+1}`,
    literal: true
  },
  {
    group: 'template',
    name: 'prototype placeholders',
    value: '{__proto__}{constructor}{toString}{hasOwnProperty}',
    literal: true
  },

  // Prototype keys as plain strings (storage keys, ids, enum values).
  { group: 'keys', name: '__proto__', value: '__proto__', literal: true },
  { group: 'keys', name: 'constructor', value: 'constructor', literal: true },

  // JSON: malformed, wrong shape, polluting, deeply nested, and well-shaped with hostile text inside.
  { group: 'json', name: 'malformed JSON', value: '[{"title": "x", ', literal: true },
  { group: 'json', name: 'single-quoted JSON', value: "[{'title': 'x'}]", literal: true },
  { group: 'json', name: 'wrong shape: an object', value: '{"jobs": 1, "items": null, "length": 3}', literal: true },
  {
    group: 'json',
    name: 'wrong shape: mixed array',
    value: '[null, 1, "x", [], true, {"title": 2, "id": {}}]',
    literal: true
  },
  {
    group: 'json',
    name: '__proto__ key',
    value: '[{"__proto__": {"polluted": "yes"}, "id": "a", "label": "b", "title": "b", "url": "/b"}]',
    literal: true
  },
  {
    group: 'json',
    name: 'constructor.prototype key',
    value: '{"constructor": {"prototype": {"polluted": "yes"}}, "__proto__": {"polluted": "yes"}}',
    literal: true
  },
  {
    group: 'json',
    name: 'nested 10,000 levels deep',
    value: `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    literal: false
  },
  {
    group: 'json',
    name: 'objects nested 10,000 levels deep',
    value: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    literal: false
  },
  {
    group: 'json',
    name: 'well-shaped, with hostile text and links',
    value: JSON.stringify([hostileRecord, unsafeRecord]),
    literal: false,
    textInside: MARKUP_TEXT
  },

  // Numbers that are not what they seem.
  { group: 'number', name: 'NaN', value: 'NaN', literal: true },
  { group: 'number', name: '1e309 (Infinity)', value: '1e309', literal: true },
  { group: 'number', name: 'negative', value: '-1', literal: true },
  { group: 'number', name: 'fractional', value: '2.5', literal: true },
  { group: 'number', name: 'beyond MAX_SAFE_INTEGER, hex', value: '9007199254740993 0x1F', literal: true },

  // Dates a calendar or Date cannot take: beyond four-digit years, before year 1, the earliest day Date holds.
  { group: 'date', name: 'the last day of year 9999', value: '9999-12-31', literal: true },
  { group: 'date', name: 'year zero', value: '0000-01-01', literal: true },
  { group: 'date', name: 'the earliest day Date holds', value: '-271821-04-20', literal: true },
  { group: 'date', name: 'a day that does not exist', value: '2025-02-30', literal: true }
];

/** The corpus without the 1,000,000-character inputs. */
export const everydayCorpus = hostileCorpus.filter((input) => !input.huge);
