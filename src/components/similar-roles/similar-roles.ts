import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { parseJobs, postedAgo, type SimilarRole } from '../../core/jobs.js';
import { fillUrlTemplate } from '../../core/template.js';
import { rankRoles } from '../../core/rank.js';
import { detectFormat, FEED_FORMATS, formatOfAts, parseFeed, parseFeedText, type FeedFormat, type FeedResult } from '../../core/sources/index.js';
import { connectSrcOrigin, hostedBoardUrl, parseSource, sourceRequestUrl, type JobSource } from '../../core/sources/urls.js';
import { wellFormed } from '../../core/text.js';
import { safeUrl, safeUrlOrWarn } from '../../internal/links.js';
import { headingTag } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { isHydrating } from '../../internal/ssr.js';
import { checkEnum, checkInteger, jsonAttribute, parseJsonAttribute, quoted, warnOnce } from '../../internal/validate.js';
import { boxStyles } from '../../styles/box.styles.js';
import { similarRolesStyles } from './similar-roles.styles.js';
import type { FailureKind, KeptRole, LoadState } from './similar-roles.types.js';

/** Default time a feed may take before the element gives up and offers a retry, in milliseconds. */
export const DEFAULT_FEED_TIMEOUT = 10_000;

/** A feed failure worth telling the host developer about (as opposed to an abort we asked for). */
class FeedError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind = 'error',
    /** For `busy`: seconds to wait before offering "Try again". */
    readonly retryAfter = 0
  ) {
    super(message);
  }
}

/** How many role ids "New since the last visit" remembers: enough for any board, small enough for any storage. */
export const MAX_SEEN_IDS = 500;
/** Longest wait a `Retry-After` may ask for before "Try again" is offered anyway, in seconds. */
const MAX_RETRY_AFTER = 300;

/** What is stored for "New since the last visit": the ids of the roles shown, newest visit first. */
interface SeenState {
  seen: string[];
}

/** Trusts a stored record only as a list of short strings, capped. */
function readSeen(data: unknown): SeenState | undefined {
  const seen = data !== null && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, 'seen') ? (data as SeenState).seen : undefined;
  if (!Array.isArray(seen)) return undefined;
  return { seen: seen.filter((id): id is string => typeof id === 'string' && id.length <= 2048).slice(0, MAX_SEEN_IDS) };
}

/** Seconds from a `Retry-After` header (seconds or an HTTP date), within 1 to {@link MAX_RETRY_AFTER}; 30 when absent. */
function retryAfterSeconds(header: string | null): number {
  const value = header?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? Number(value) : value ? (Date.parse(value) - Date.now()) / 1000 : NaN;
  return Number.isFinite(seconds) ? Math.min(MAX_RETRY_AFTER, Math.max(1, Math.ceil(seconds))) : 30;
}

/** The calm message for each way a feed can fail. */
const FAILURE_MESSAGES = {
  error: 'similarRoles.error',
  'not-found': 'similarRoles.errorNotFound',
  busy: 'similarRoles.errorBusy',
  network: 'similarRoles.errorNetwork',
  timeout: 'similarRoles.errorTimeout',
  malformed: 'similarRoles.errorMalformed'
} as const satisfies Record<FailureKind, string>;

/** At most this many kept roles are stored; keeping one more lets the oldest go. */
export const MAX_KEPT_ROLES = 50;

interface KeptState {
  kept: KeptRole[];
}

/** Turns a stored record into trusted kept roles: short text, safe links, no duplicates. Never throws. */
function readKept(data: unknown): KeptState | undefined {
  const list = data !== null && typeof data === 'object' ? (data as { kept?: unknown }).kept : undefined;
  if (!Array.isArray(list)) return undefined;
  const kept: KeptRole[] = [];
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : undefined);
  for (const entry of list as unknown[]) {
    if (!entry || typeof entry !== 'object') continue;
    const raw = entry as Record<string, unknown>;
    const url = typeof raw.url === 'string' && raw.url.length <= 2048 ? safeUrl(raw.url) : undefined;
    const title = text(raw.title);
    if (!url || !title || kept.some((role) => role.url === url)) continue;
    const role: KeptRole = { title, url };
    const company = text(raw.company);
    const location = text(raw.location);
    if (company) role.company = company;
    if (location) role.location = location;
    kept.push(role);
    if (kept.length >= MAX_KEPT_ROLES) break;
  }
  return { kept };
}

/** The id "New" labels are tracked by: the feed's own id, or the link. */
const idOf = (role: SimilarRole) => role.id ?? role.url;

/** Longer search terms are cut: a search page does not need more, and a megabyte of title would break the link. */
const MAX_SEARCH_TERM = 200;

/** Whether `src` may be fetched: an `http:` or `https:` URL, or a relative one. */
const isFetchable = (src: string) => safeUrl(src) !== undefined && !/^mailto:/i.test(src);

/** A search term for `search-url`: trimmed and cut to a length a search box takes (encoded by `fillUrlTemplate`). */
const searchTerm = (value: string | undefined) => wellFormed(value?.trim().slice(0, MAX_SEARCH_TERM) ?? '');

/**
 * Keeps the candidate on the host's job board with a short list of roles like the one they missed, and a link to all
 * of them.
 *
 * Roles come from the `jobs` attribute (JSON) or property, or from a JSON feed at `src` in the same shape (an array,
 * or an object with the array under `jobs`). **No request is made unless `src` is set.** The feed is fetched with
 * `fetch()` (same-origin credentials by default, so a cross-origin feed needs CORS); the request is aborted when the
 * element is removed from the page or `src` changes, and given up after `timeout` milliseconds (default 10 000).
 * While it loads, and when it fails or is empty, the element says so in words (announced politely to screen readers);
 * a failure offers a "Try again" button. When `src` is set it wins over `jobs`.
 *
 * Entries without a `title` or `url` are skipped with one warning; links whose scheme is not `http:`, `https:` or
 * `mailto:` (or relative) are dropped with a warning. Every text is rendered as text.
 *
 * **Job boards.** `source="<ats>:<board>"` reads the public board API of the site's applicant tracking system
 * straight from the browser (`greenhouse`, `lever`, `lever-eu`, `ashby`, `smartrecruiters`, `recruitee`, `workable`,
 * `personio`); `src` with `format` runs the same parsers on a feed the site proxies through its own origin. A board
 * name that could change the request's host or path is refused with a warning. Postings the board marks as unlisted
 * are left out; HTML in a feed is never rendered. See docs/jobs.md for each source and the `connect-src` host to allow.
 *
 * **Ranking.** With `job-title`, roles are ordered by shared title words (ignoring case, accents and seniority words),
 * then the same `department`, then the same `location` or remote, then the newest. `exclude-url` leaves out the posting
 * the candidate was turned down for, and a role with the same title and location shows once.
 *
 * **New since the last visit.** With `persist` (default `local`), the element remembers the ids of the roles it showed
 * (at most 500); on a later visit, roles not seen before carry a "New" label. A first visit marks nothing, and
 * `persist="none"` remembers nothing.
 *
 * **Keeping roles.** Each role has a "Keep" toggle (`aria-pressed`; "Kept ✓" while kept). Kept roles are saved on the
 * device with the same `persist` and `storage-key` (at most 50, under their own record), and listed under "Roles you
 * kept", so a candidate can come back to them. `onward-role-keep` tells the host which role was kept or let go.
 *
 * **Failures** (a missing board, too many requests, a request the browser refused, a timeout, a body it cannot read)
 * each show a calm message of their own with the hosted board's link, and log one warning naming the likely cause.
 *
 * @tagname onward-similar-roles
 * @summary A short list of similar roles from the host's jobs or feed, with a link to all of them.
 *
 * @csspart base - The container.
 * @csspart heading - The heading element (`h2`–`h6`, from `heading-level`).
 * @csspart list - The list (`ul`) of roles.
 * @csspart item - One role (`li`).
 * @csspart link - The role's title, a link to the role.
 * @csspart meta - The line under the title: company · location, and when the role was posted.
 * @csspart new - The "New" label on a role first seen since the last visit (text, part of the link's description).
 * @csspart status - The polite live region: loading, empty and error messages (visually hidden once roles show).
 * @csspart keep - A role's "Keep" toggle button ("Kept ✓" while kept).
 * @csspart kept - The "Roles you kept" section, shown once a role is kept.
 * @csspart kept-list - The list (`ul`) of kept roles.
 * @csspart kept-note - The note shown when kept roles cannot be saved on this device.
 * @csspart retry - The "Try again" button, shown only after the feed failed.
 * @csspart see-all - The "See all similar roles" link, built from `search-url`; without it, the job board's own page
 * ("See all open roles") when `source` names one. Shown on failures too.
 *
 * @cssprop [--onward-similar-roles-padding=1.25 × --onward-space] - Inner padding.
 * @cssprop [--onward-similar-roles-background=--onward-color-surface] - Background.
 * @cssprop [--onward-similar-roles-shadow=a soft two-layer shadow] - Shadow.
 * @cssprop [--onward-similar-roles-heading-size=1.125rem] - Font size of the heading.
 *
 * @fires {CustomEvent<RoleSelectDetail>} onward-role-select - When the candidate follows a role link (click, Enter or
 * middle click). `detail.url` is the job's URL (the host's own link, not personal data) and `detail.index` its
 * position in the list, from 0. Not cancelable: the link is followed as usual.
 * @fires {CustomEvent<RoleKeepDetail>} onward-role-keep - When the candidate keeps a role or lets it go:
 * `{ url, index, kept }`.
 */
export class OnwardSimilarRoles extends PersistingElement {
  static override styles = [...PersistingElement.styles, boxStyles, similarRolesStyles];
  static override shadowRootOptions = { ...PersistingElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The roles, as JSON in the attribute or an array in the property: `{ title, url, company?, location?, postedAt? }[]`
   * (`postedAt` an ISO date). Ignored while `src` is set.
   */
  @property({ converter: jsonAttribute }) jobs?: readonly SimilarRole[] | string;

  /**
   * URL of a feed of roles: the same shape as `jobs`, or any format `format` names (a board the site proxies through
   * its own origin). Fetched only when set; wins over `source` for the request, while `source` still names the board
   * for links.
   */
  @property() src?: string;

  /**
   * The site's public job board, as `<ats>:<board>`: `greenhouse:BOARD`, `lever:SITE`, `lever-eu:SITE`, `ashby:BOARD`,
   * `smartrecruiters:COMPANY`, `recruitee:COMPANY`, `workable:ACCOUNT` or `personio:COMPANY`. Read straight from the
   * vendor's public API (no key); the page's `connect-src`, if any, must allow that host (docs/jobs.md).
   */
  @property() source?: string;

  /**
   * The shape of the feed at `src`: `auto` (recognise it), `onward`, `greenhouse`, `lever`, `ashby`,
   * `smartrecruiters`, `recruitee`, `workable`, `personio` (XML) or `jsonld` (schema.org `JobPosting`).
   */
  @property() format: FeedFormat = 'auto';

  /** The department of the role the candidate missed: roles in the same department rank higher. */
  @property() department?: string;

  /** The posting the candidate was turned down for, left out of the list. */
  @property({ attribute: 'exclude-url' }) excludeUrl?: string;

  /** How long the feed may take, in milliseconds, before the element shows the error state (1 to 600000). */
  @property({ type: Number }) timeout: number = DEFAULT_FEED_TIMEOUT;

  /** How many roles to show at most (1 to 100). */
  @property({ type: Number }) max = 5;

  /** The title of the role the candidate missed: names the heading ("Roles like …") and fills `{title}` in `search-url`. */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /** The role's location: fills `{location}` in `search-url`. */
  @property() location?: string;

  /**
   * The job board's search page, with optional `{title}` and `{location}` placeholders filled (URL-encoded) from
   * `job-title` and `location`, e.g. `/jobs?q={title}&where={location}`. Shown as a "See all similar roles" link.
   * The filled link must stay on the template's own site: if the values would lead elsewhere (`/{location}/{title}`
   * with no location and a title of `evil.example` makes `//evil.example`), the link is left out with one warning. A
   * value of `.` or `..` counts as empty, so it cannot climb the template's path.
   */
  @property({ attribute: 'search-url' }) searchUrl?: string;

  /** Heading text. Defaults to "Roles like {job-title}", or "Similar roles". */
  @property() heading?: string;

  /** Level of the heading element, 2 to 6 (default 3), so the list fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private loadState: LoadState = 'idle';
  @state() private feedRoles: SimilarRole[] = [];
  /** False until a frame has drawn the status region (see firstUpdated). */
  private statusRegionShown = false;
  /** True while a `429` asks to wait: the "Try again" button comes back when the wait is over. */
  @state() private waiting = false;
  @state() private newIds: ReadonlySet<string> = new Set();
  @query('[part~="heading"]') private headingElement?: HTMLElement;

  private attributeRoles: SimilarRole[] = [];
  /** The roles to show, ranked and capped; worked out when an input changes, not on every render. */
  private ranked: SimilarRole[] = [];
  private board?: JobSource;
  private boardUrl?: string;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** Ids seen on earlier visits, as stored (kept up to date by other tabs). */
  private storedSeen?: string[];
  /** The ids known before this visit: fixed the first time roles show, `null` on a first visit. */
  private visitBaseline?: ReadonlySet<string> | null;
  private markedKey?: string;
  private readonly seenStore = this.createStore<SeenState>({
    element: 'similar-roles',
    read: readSeen,
    apply: (stored) => {
      this.storedSeen = stored.seen;
      this.requestUpdate();
    }
  }, false);
  /** Roles the candidate kept, newest first. */
  @state() private keptRoles: readonly KeptRole[] = [];
  private readonly keptStore = this.createStore<KeptState>({
    element: 'similar-roles-kept',
    read: readKept,
    apply: (stored) => {
      this.keptRoles = stored.kept;
    }
  });
  private seeAllUrl?: string;
  private controller?: AbortController;
  /** Set when a load was cut short by removal from the page, so it starts again when the element comes back. */
  private interrupted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.interrupted) {
      this.interrupted = false;
      void this.reload();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    if (changed.has('max')) this.max = checkInteger(this, 'max', this.max, 1, 100, 5);
    if (changed.has('timeout')) this.timeout = checkInteger(this, 'timeout', this.timeout, 1, 600_000, DEFAULT_FEED_TIMEOUT);
    if (changed.has('format')) this.format = checkEnum(this, 'format', this.format, FEED_FORMATS, 'auto');
    if (changed.has('source')) this.readSource();
    if (changed.has('jobs')) {
      const value = parseJsonAttribute(this, 'jobs', this.jobs);
      this.attributeRoles = value === undefined ? [] : (this.validate(value, 'jobs') ?? []);
    }
    // The state is set here, inside the update; the request itself starts in `updated` (never on a server).
    if (changed.has('src') || changed.has('source') || changed.has('format')) this.startLoading();
    if (changed.has('searchUrl') || changed.has('jobTitle') || changed.has('location')) {
      this.seeAllUrl = this.searchLink();
    }
    this.rank(changed);
    // Here rather than after the update, so the labels come with the roles in one render. Never on a server.
    if (!isServer) this.markNew();
  }

  /** Ranks and caps the roles when anything they depend on changed; rendering then only reads `ranked`. */
  private rank(changed: PropertyValues<this>): void {
    const keys: PropertyKey[] = ['jobs', 'feedRoles', 'jobTitle', 'department', 'location', 'excludeUrl', 'max', 'src', 'source'];
    if (!keys.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) return;
    const usingFeed = Boolean(this.src?.trim() || this.source?.trim());
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    this.ranked = rankRoles(usingFeed ? this.feedRoles : this.attributeRoles, {
      title: text(this.jobTitle),
      department: text(this.department),
      location: text(this.location),
      excludeUrl: text(this.excludeUrl),
      max: this.max
    });
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // "Loading…" waits until a frame has shown the region empty: screen readers build their view of the page once per
    // frame, so text that arrives in the same frame as its region is text the region was created with.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.statusRegionShown = true;
        this.requestUpdate();
      })
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!(changed.has('src') || changed.has('source') || changed.has('format')) || this.loadState !== 'loading') return;
    if (this.isConnected) void this.fetchFeed();
    else this.interrupted = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.retryTimer);
    if (this.waiting) {
      // The wait is over by the time the element comes back: offer "Try again" then.
      this.waiting = false;
    }
    if (this.controller) {
      this.controller.abort();
      this.controller = undefined;
      if (this.loadState === 'loading') this.interrupted = true;
    }
  }

  /** Fetches `src` again, as the "Try again" button does. Resolves when it has loaded or failed; does nothing without `src`. */
  reload(): Promise<void> {
    this.startLoading();
    return this.loadState === 'loading' ? this.fetchFeed() : Promise.resolve();
  }

  /** The "See all" link: `search-url` filled in, if it is a safe link that stays on the template's own site. */
  private searchLink(): string | undefined {
    const template = this.searchUrl?.trim();
    if (!template) return undefined;
    const where = `<${this.localName}> search-url`;
    const filled = fillUrlTemplate(template, { title: searchTerm(this.jobTitle), location: searchTerm(this.location) });
    if (filled === undefined) {
      warnOnce(
        this,
        `search-url-origin:${template}`,
        `${where}=${quoted(template)}: with job-title and location filled in, the link would lead to another site; "See all" is left out.`
      );
      return undefined;
    }
    return safeUrlOrWarn(filled, where);
  }

  /** Checks a list of roles; warns (once per problem) and returns `undefined` for a wrong shape. */
  private validate(value: unknown, source: string): SimilarRole[] | undefined {
    const parsed = parseJobs(value, { isSafeUrl: (url) => safeUrl(url) !== undefined });
    const where = `<${this.localName}> ${source}`;
    if (parsed.problem) {
      console.warn(`[onward-elements] ${where} must be a list of { title, url, company?, location?, postedAt? }; showing no roles.`);
      return undefined;
    }
    if (parsed.invalid > 0) {
      console.warn(`[onward-elements] ${where}: skipped ${parsed.invalid} entr${parsed.invalid === 1 ? 'y' : 'ies'} without a title or url.`);
    }
    if (parsed.firstUnsafeUrl !== undefined) {
      safeUrlOrWarn(parsed.firstUnsafeUrl, `${where} (${parsed.unsafe} role${parsed.unsafe === 1 ? '' : 's'} left out)`);
    }
    return parsed.jobs;
  }

  /** Reads `source` into a board; warns once and keeps none when it names no known board or an unsafe name. */
  private readSource(): void {
    this.board = undefined;
    this.boardUrl = undefined;
    const value = this.source?.trim();
    if (!value) return;
    const parsed = parseSource(value);
    if ('problem' in parsed) {
      console.warn(
        parsed.problem === 'unknown-ats'
          ? `[onward-elements] <${this.localName}> source=${quoted(value)} names no known job board; write <ats>:<board> with one of greenhouse, lever, lever-eu, ashby, smartrecruiters, recruitee, workable, personio. Nothing was requested.`
          : `[onward-elements] <${this.localName}> source=${quoted(value)}: the board name could change the request's host or path, so it was refused (letters, digits, "-" and "_" only; "." inside a path name). Nothing was requested.`
      );
      return;
    }
    this.board = parsed;
    this.boardUrl = hostedBoardUrl(parsed);
  }

  /** The URL to request: `src`, else the board's public API; `undefined` when there is neither. */
  private requestUrl(): string | undefined {
    const src = this.src?.trim();
    if (src) return src;
    return this.board ? sourceRequestUrl(this.board, { departments: Boolean(this.department?.trim()) }) : undefined;
  }

  /** Cancels any request under way and moves to `loading` (with `src` or a board) or `idle` (without). */
  private startLoading(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.interrupted = false;
    clearTimeout(this.retryTimer);
    this.waiting = false;
    const src = this.src?.trim();
    if (src && !isFetchable(src)) {
      // Never requested: a host mistake, so say it once and show the error state.
      console.warn(`[onward-elements] <${this.localName}> could not load src "${src.slice(0, 200)}": src must be an http: or https: URL.`);
      this.fail();
    } else if (!src && !this.board && this.source?.trim()) {
      // A refused `source` (already warned about): the host asked for roles, so say calmly that there are none to show.
      this.fail();
    } else if (src || this.board) {
      this.loadState = 'loading';
      this.announcement = this.localize.t('similarRoles.loading');
    } else {
      this.loadState = 'idle';
      this.announcement = '';
    }
  }

  private async fetchFeed(): Promise<void> {
    this.controller?.abort();
    const src = this.requestUrl() ?? '';
    const fromSource = !this.src?.trim();
    const where = fromSource ? `source "${this.source?.trim().slice(0, 200)}" (${src})` : `src "${src.slice(0, 200)}"`;
    const controller = new AbortController();
    this.controller = controller;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeout);
    try {
      // A board's public API needs no cookies; the host's own feed keeps the default (same-origin) credentials.
      const response = await fetch(
        src,
        fromSource
          ? { signal: controller.signal, credentials: 'omit' }
          : { signal: controller.signal, headers: { Accept: this.format === 'personio' ? 'application/xml, text/xml' : 'application/json' } }
      );
      if (!response.ok) throw this.statusError(response);
      let body: string;
      try {
        body = await response.text();
      } catch (error) {
        if (controller.signal.aborted) throw error;
        throw new FeedError('the response could not be read', 'malformed');
      }
      if (controller !== this.controller) return;
      const roles = this.readBody(body, where);
      if (roles === undefined) {
        this.fail('malformed');
        return;
      }
      this.feedRoles = roles;
      this.loadState = 'loaded';
      this.announcement =
        roles.length > 0
          ? this.localize.t('similarRoles.loaded', { count: this.localize.number(Math.min(roles.length, this.max)) })
          : this.localize.t('similarRoles.empty');
    } catch (error) {
      // Superseded by a newer `src`, or removed from the page: a quiet abort, not a failure.
      if (controller !== this.controller) return;
      const kind: FailureKind = timedOut ? 'timeout' : error instanceof FeedError ? error.kind : error instanceof TypeError ? 'network' : 'error';
      const reason = timedOut
        ? `no answer within ${this.timeout} ms (set the timeout attribute to wait longer)`
        : error instanceof FeedError
          ? error.message
          : kind === 'network'
            ? `the browser refused or could not make the request (${error instanceof Error ? error.message : String(error)}): the visitor is offline, or the request was blocked by CORS or the page's Content-Security-Policy. If the page sets connect-src, allow ${this.connectOrigin(src)}`
            : `the request failed (${error instanceof Error ? error.message : String(error)})`;
      console.warn(`[onward-elements] <${this.localName}> could not load ${where}: ${reason}.`);
      this.fail(kind, error instanceof FeedError ? error.retryAfter : 0);
    } finally {
      clearTimeout(timer);
      if (controller === this.controller) this.controller = undefined;
    }
  }

  /** The origin to allow in `connect-src` for a request URL. */
  private connectOrigin(url: string): string {
    if (!this.src?.trim() && this.board) return connectSrcOrigin(this.board);
    try {
      return new URL(url, document.baseURI).origin;
    } catch {
      return 'its origin';
    }
  }

  /** An HTTP error as a failure with its likely cause. */
  private statusError(response: Response): FeedError {
    const { status } = response;
    if (status === 404 || status === 410) {
      if (!this.board) return new FeedError(`the server answered ${status}: the feed is not at this address`);
      return new FeedError(
        `the server answered ${status}: the board name "${this.board.board}" is wrong, or the board is switched off (the board's own page: ${this.boardUrl})`,
        'not-found'
      );
    }
    if (status === 429) {
      const wait = retryAfterSeconds(response.headers.get('Retry-After'));
      return new FeedError(`the server answered 429 (too many requests); "Try again" is offered after ${wait} s, as Retry-After asks`, 'busy', wait);
    }
    return new FeedError(`the server answered ${status}`);
  }

  /**
   * Turns a response body into roles with the parser for `format` (or the board's), warning once about entries left
   * out. `undefined` when the body is not a feed at all (warned about).
   */
  private readBody(body: string, where: string): SimilarRole[] | undefined {
    // A feed at `src` is read as `format` says (`auto`: recognised); a board's own API is read in its format.
    const format: FeedFormat = this.src?.trim() || !this.board ? this.format : formatOfAts(this.board.ats);
    const context = this.board ? { board: this.board.board } : {};
    let result: FeedResult;
    if (format === 'personio' || (format === 'auto' && body.trimStart().startsWith('<'))) {
      result = parseFeedText(body, 'personio', context);
    } else {
      let data: unknown;
      try {
        data = JSON.parse(body);
      } catch {
        console.warn(`[onward-elements] <${this.localName}> could not load ${where}: the response is not valid JSON${format === 'auto' ? '' : ` (expected the ${format} format)`}.`);
        return undefined;
      }
      const resolved = format === 'auto' ? detectFormat(data) : format;
      // The element's own shape keeps its own checks and warnings (relative and mailto: links are fine there).
      if (resolved === undefined || resolved === 'onward') return this.validate(data, where);
      result = parseFeed(data, resolved, context);
    }
    if (result.problem) {
      console.warn(
        `[onward-elements] <${this.localName}> could not load ${where}: the response is not ${result.format ? `in the ${result.format} format` : 'a job feed in a known format'} (set format, or check the URL).`
      );
      return undefined;
    }
    const left = [
      result.invalid ? `${result.invalid} without a title or link` : '',
      result.unsafe ? `${result.unsafe} whose link is not http(s) (first: ${quoted(result.firstUnsafeUrl)})` : ''
    ].filter(Boolean);
    if (left.length > 0) console.warn(`[onward-elements] <${this.localName}> ${where}: left out ${left.join(' and ')}.`);
    return result.jobs;
  }

  private fail(kind: FailureKind = 'error', retryAfter = 0): void {
    this.feedRoles = [];
    this.loadState = 'error';
    this.announcement = this.localize.t(FAILURE_MESSAGES[kind]);
    clearTimeout(this.retryTimer);
    this.waiting = kind === 'busy' && retryAfter > 0;
    if (this.waiting) {
      this.retryTimer = setTimeout(() => {
        this.waiting = false;
      }, retryAfter * 1000);
    }
  }

  /**
   * Works out which shown roles are new since the last visit, and remembers them all for the next. Runs in each update
   * on the client (never on a server, never while hydrating), and does work only when the shown roles change.
   */
  private markNew(): void {
    if (isHydrating(this)) return;
    const settled = this.loadState === 'loaded' || (this.loadState === 'idle' && !this.src?.trim() && !this.source?.trim());
    const shown = settled ? this.ranked : [];
    const key = `${this.persist}|${this.storageKey}|${shown.map(idOf).join('\u0000')}`;
    if (key === this.markedKey) return;
    this.markedKey = key;
    if (this.persist === 'none' || shown.length === 0) {
      if (this.newIds.size > 0) this.newIds = new Set();
      return;
    }
    // The first time roles show in this visit fixes what counts as seen before; later saves (ours, or another tab's)
    // must not take the labels away again while the candidate is looking at them.
    if (this.visitBaseline === undefined) this.visitBaseline = this.storedSeen ? new Set(this.storedSeen) : null;
    const baseline = this.visitBaseline;
    const ids = shown.map(idOf);
    const fresh = baseline ? ids.filter((id) => !baseline.has(id)) : [];
    if (fresh.length !== this.newIds.size || fresh.some((id) => !this.newIds.has(id))) this.newIds = new Set(fresh);
    const seen = [...new Set([...ids, ...(this.storedSeen ?? [])])].slice(0, MAX_SEEN_IDS);
    if (seen.length !== this.storedSeen?.length || seen.some((id, index) => this.storedSeen![index] !== id)) {
      this.storedSeen = seen;
      this.seenStore.save({ seen });
    }
  }

  private onRetry(): void {
    // The button goes away while loading: keep keyboard focus in a sensible place, at the top of the list.
    const heading = this.headingElement;
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    void this.reload();
  }

  private onLinkFollowed(event: MouseEvent, url: string, index: number): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    this.emit('onward-role-select', { url, index });
  }

  /** The roles the candidate kept, newest first. */
  get kept(): readonly KeptRole[] {
    return this.keptRoles;
  }

  private isKept(url: string): boolean {
    return this.keptRoles.some((role) => role.url === url);
  }

  private onKeepToggle(role: KeptRole, index: number): void {
    const kept = !this.isKept(role.url);
    const others = this.keptRoles.filter((entry) => entry.url !== role.url);
    const entry: KeptRole = { title: role.title, url: role.url };
    if (role.company) entry.company = role.company;
    if (role.location) entry.location = role.location;
    this.keptRoles = kept ? [entry, ...others].slice(0, MAX_KEPT_ROLES) : others;
    this.keptStore.save({ kept: [...this.keptRoles] });
    this.announcement = this.localize.t(kept ? 'similarRoles.keptAnnounce' : 'similarRoles.unkeptAnnounce', { title: role.title });
    this.emit('onward-role-keep', { url: role.url, index, kept });
  }

  private renderKeep(role: KeptRole, index: number) {
    const kept = this.isKept(role.url);
    return html`<button
      part="keep"
      type="button"
      class="secondary keep"
      aria-pressed=${kept ? 'true' : 'false'}
      aria-label=${this.localize.t(kept ? 'similarRoles.keptLabel' : 'similarRoles.keepLabel', { title: role.title })}
      @click=${() => this.onKeepToggle(role, index)}
    >
      ${this.localize.t(kept ? 'similarRoles.kept' : 'similarRoles.keep')}
    </button>`;
  }

  private renderKept(shown: readonly SimilarRole[]) {
    if (this.keptRoles.length === 0) {
      return html`<p part="kept-note" class="note" role="status">${this.storageNote()}</p>`;
    }
    const level = Math.min(6, this.headingLevel + 1);
    const tag = headingTag(level);
    return html`<section part="kept" aria-labelledby="kept-heading">
      ${staticHtml`<${tag} id="kept-heading" class="kept-heading">${this.localize.t('similarRoles.keptHeading')}</${tag}>`}
      <ul part="kept-list">
        ${this.keptRoles.map((role) => {
          const index = shown.findIndex((entry) => entry.url === role.url);
          const where = [role.company, role.location].filter(Boolean).join(this.localize.t('similarRoles.separator'));
          return html`<li>
            <a href=${role.url}>${role.title}</a>${where ? html` <span class="kept-where">${where}</span>` : nothing}
            <button
              type="button"
              class="quiet"
              aria-label=${this.localize.t('similarRoles.unkeepLabel', { title: role.title })}
              @click=${() => this.onKeepToggle(role, index)}
            >
              ${this.localize.t('similarRoles.unkeep')}
            </button>
          </li>`;
        })}
      </ul>
      <p part="kept-note" class="note" role="status">${this.storageNote()}</p>
    </section>`;
  }

  private renderHeading() {
    const tag = headingTag(this.headingLevel);
    const jobTitle = this.jobTitle?.trim();
    const text =
      this.heading?.trim() ||
      (jobTitle ? this.localize.t('similarRoles.headingFor', { jobTitle }) : this.localize.t('similarRoles.heading'));
    return staticHtml`<${tag} part="heading" id="heading">${text}</${tag}>`;
  }

  /**
   * "3 days ago", or '' when the role has no date this browser can put into words. Each role on its own: whatever one
   * entry holds, the others still show.
   */
  private postedWhen(role: SimilarRole): string {
    const age = postedAgo(role.postedAt);
    if (!age) return '';
    try {
      return this.localize.relativeTime(age.value, age.unit, { numeric: 'auto' });
    } catch {
      return '';
    }
  }

  private renderMeta(role: SimilarRole, index: number, when: string) {
    const where = [role.company, role.location].filter(Boolean).join(this.localize.t('similarRoles.separator'));
    if (!where && !when) return nothing;
    // Not while hydrating: the server's clock and time zone wrote that age; the update after hydration writes the
    // browser's ("today" on the server can be "yesterday" here).
    const shownWhen = isHydrating(this) ? '' : when;
    return html`<p part="meta" id=${`meta-${index}`}>
      ${where ? html`<span>${where}</span> ` : nothing}${when ? html`<span>${this.localize.t('similarRoles.posted', { when: shownWhen })}</span>` : nothing}
    </p>`;
  }

  private renderList(roles: readonly SimilarRole[]) {
    if (roles.length === 0) return nothing;
    return html`<ul part="list" aria-labelledby="heading">
      ${roles.map((role, index) => {
        const when = this.postedWhen(role);
        const hasMeta = Boolean(role.company || role.location || when);
        const isNew = this.newIds.has(idOf(role));
        const describedBy = [isNew ? `new-${index}` : '', hasMeta ? `meta-${index}` : ''].filter(Boolean).join(' ');
        return html`<li part="item">
          ${isNew ? html`<span part="new" id=${`new-${index}`}>${this.localize.t('similarRoles.new')}</span> ` : nothing}<a
            part="link"
            href=${role.url}
            aria-describedby=${describedBy || nothing}
            @click=${(event: MouseEvent) => this.onLinkFollowed(event, role.url, index)}
            @auxclick=${(event: MouseEvent) => this.onLinkFollowed(event, role.url, index)}
            >${role.title}</a
          >
          ${this.renderMeta(role, index, when)} ${this.renderKeep(role, index)}
        </li>`;
      })}
    </ul>`;
  }

  protected override render() {
    const roles = this.ranked;
    const settled = this.loadState !== 'loading' && this.loadState !== 'error';
    const shown = settled ? roles : [];
    // Static roles that turn out to be none get the empty message too (no announcement on first render: nothing changed).
    // A live region that already holds text when it is created is often not spoken at all: while loading, the status
    // starts empty and says "Loading…" a frame later (see firstUpdated).
    const status =
      settled && shown.length === 0
        ? this.localize.t('similarRoles.empty')
        : !this.statusRegionShown && this.loadState === 'loading'
          ? ''
          : this.announcement;
    const statusVisible = !settled || shown.length === 0;
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${this.renderHeading()} ${this.renderList(shown)}
      <p part="status" role="status" class=${statusVisible ? '' : 'visually-hidden'}>${status}</p>
      ${this.renderKept(shown)}
      <div class="actions">${this.loadState === 'error' && !this.waiting
          ? html`<button part="retry" class="primary" type="button" @click=${this.onRetry}>${this.localize.t('similarRoles.retry')}</button>`
          : nothing}${this.seeAllUrl !== undefined
          ? html`<a part="see-all" class="secondary" href=${this.seeAllUrl}>${this.localize.t('similarRoles.seeAll')}</a>`
          : this.boardUrl !== undefined
            ? html`<a part="see-all" class="secondary" href=${this.boardUrl}>${this.localize.t('similarRoles.seeBoard')}</a>`
            : nothing}</div>
    </div>`;
  }
}
