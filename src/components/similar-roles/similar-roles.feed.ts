import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { retryAfterSeconds, type SimilarRole } from '../../core/jobs.js';
import {
  detectFormat,
  formatOfAts,
  parseFeed,
  parseFeedText,
  type FeedFormat,
  type FeedResult
} from '../../core/sources/index.js';
import {
  connectSrcOrigin,
  hostedBoardUrl,
  parseSource,
  sourceRequestUrl,
  type JobSource
} from '../../core/sources/urls.js';
import { safeUrl } from '../../internal/links.js';
import type { OnwardLocalize } from '../../internal/localize.js';
import { quoted } from '../../internal/validate.js';
import type { FailureKind, LoadState } from './similar-roles.types.js';

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

/** The calm message for each way a feed can fail. */
const FAILURE_MESSAGES = {
  error: 'similarRoles.error',
  'not-found': 'similarRoles.errorNotFound',
  busy: 'similarRoles.errorBusy',
  network: 'similarRoles.errorNetwork',
  timeout: 'similarRoles.errorTimeout',
  malformed: 'similarRoles.errorMalformed'
} as const satisfies Record<FailureKind, string>;

/** Whether `src` may be fetched: an `http:` or `https:` URL, or a relative one. */
const isFetchable = (src: string) => safeUrl(src) !== undefined && !/^mailto:/i.test(src);

/** What the feed reads from its element: where the roles come from, and how long it may wait. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  source?: string;
  format: FeedFormat;
  department?: string;
  timeout: number;
  max: number;
}

export interface FeedOptions {
  localize: OnwardLocalize;
  /** Checks roles in the element's own shape, warning as for the `jobs` attribute; `undefined` for a wrong shape. */
  validate: (value: unknown, where: string) => SimilarRole[] | undefined;
  /** Puts words in the element's status region: loading, loaded, empty, or why it failed. */
  say: (text: string) => void;
}

/**
 * Loads the roles from `src` or from the job board `source` names: one request at a time, aborted when the element is
 * removed from the page (and started again when it comes back) or when `src` changes, given up after `timeout`, and
 * read with the parser the feed's format needs. Each failure has a calm message of its own and one warning naming the
 * likely cause; a `429` offers "Try again" only once its `Retry-After` wait is over.
 */
export class FeedController implements ReactiveController {
  /** How far loading got. */
  state: LoadState = 'idle';
  /** The roles the feed gave, as read (not yet ranked). */
  roles: SimilarRole[] = [];
  /** True while a `429` asks to wait: the "Try again" button comes back when the wait is over. */
  waiting = false;
  /** The board `source` names, once it reads as one. */
  board?: JobSource;
  /** The board's own page, for "See all open roles". */
  boardUrl?: string;
  private request?: AbortController;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** Set when a load was cut short by removal from the page, so it starts again when the element comes back. */
  private interrupted = false;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      void this.reload();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.retryTimer);
    // The wait is over by the time the element comes back: offer "Try again" then.
    if (this.waiting) this.set({ waiting: false });
    if (this.request) {
      this.request.abort();
      this.request = undefined;
      if (this.state === 'loading') this.interrupted = true;
    }
  }

  /** Fetches again, as "Try again" does. Resolves when it has loaded or failed; does nothing without a feed. */
  reload(): Promise<void> {
    this.start();
    return this.state === 'loading' ? this.fetch() : Promise.resolve();
  }

  /** After an update that changed where the roles come from: starts the request it asked for (never on a server). */
  requestIfLoading(): void {
    if (this.state !== 'loading') return;
    if (this.host.isConnected) void this.fetch();
    else this.interrupted = true;
  }

  /** Reads `source` into a board; warns once and keeps none when it names no known board or an unsafe name. */
  readSource(): void {
    this.board = undefined;
    this.boardUrl = undefined;
    const value = this.host.source?.trim();
    if (!value) return;
    const parsed = parseSource(value);
    if ('problem' in parsed) {
      const where = `[onward-elements] <${this.host.localName}> source=${quoted(value)}`;
      console.warn(
        parsed.problem === 'unknown-ats'
          ? `${where} names no known job board; write <ats>:<board> with one of greenhouse, lever, lever-eu, ashby, ` +
              'smartrecruiters, recruitee, workable, personio. Nothing was requested.'
          : `${where}: the board name could change the request's host or path, so it was refused (letters, digits, ` +
              '"-" and "_" only; "." inside a path name). Nothing was requested.'
      );
      return;
    }
    this.board = parsed;
    this.boardUrl = hostedBoardUrl(parsed);
  }

  /** Cancels any request under way and moves to `loading` (with `src` or a board) or `idle` (without). */
  start(): void {
    this.request?.abort();
    this.request = undefined;
    this.interrupted = false;
    clearTimeout(this.retryTimer);
    this.set({ waiting: false });
    const src = this.host.src?.trim();
    if (src && !isFetchable(src)) {
      // Never requested: a host mistake, so say it once and show the error state.
      console.warn(
        `[onward-elements] <${this.host.localName}> could not load src "${src.slice(0, 200)}": src must be an ` +
          'http: or https: URL.'
      );
      this.fail();
    } else if (!src && !this.board && this.host.source?.trim()) {
      // A refused `source` (already warned about): the host asked for roles, so say calmly that there are none to show.
      this.fail();
    } else if (src || this.board) {
      this.set({ state: 'loading' });
      this.options.say(this.options.localize.t('similarRoles.loading'));
    } else {
      this.set({ state: 'idle' });
      this.options.say('');
    }
  }

  /** The URL to request: `src`, else the board's public API; `undefined` when there is neither. */
  private requestUrl(): string | undefined {
    const src = this.host.src?.trim();
    if (src) return src;
    if (!this.board) return undefined;
    return sourceRequestUrl(this.board, { departments: Boolean(this.host.department?.trim()) });
  }

  private async fetch(): Promise<void> {
    const { host, options } = this;
    this.request?.abort();
    const src = this.requestUrl() ?? '';
    const fromSource = !host.src?.trim();
    const where = fromSource ? `source "${host.source?.trim().slice(0, 200)}" (${src})` : `src "${src.slice(0, 200)}"`;
    const request = new AbortController();
    this.request = request;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, host.timeout);
    try {
      // A board's public API needs no cookies; the host's own feed keeps the default (same-origin) credentials.
      const accept = host.format === 'personio' ? 'application/xml, text/xml' : 'application/json';
      const response = await fetch(
        src,
        fromSource
          ? { signal: request.signal, credentials: 'omit' }
          : { signal: request.signal, headers: { Accept: accept } }
      );
      if (!response.ok) throw this.statusError(response);
      let body: string;
      try {
        body = await response.text();
      } catch (error) {
        if (request.signal.aborted) throw error;
        throw new FeedError('the response could not be read', 'malformed');
      }
      if (request !== this.request) return;
      const roles = this.readBody(body, where);
      if (roles === undefined) {
        this.fail('malformed');
        return;
      }
      this.set({ roles, state: 'loaded' });
      const count = options.localize.number(Math.min(roles.length, host.max));
      const loaded = options.localize.t('similarRoles.loaded', { count });
      options.say(roles.length > 0 ? loaded : options.localize.t('similarRoles.empty'));
    } catch (error) {
      // Superseded by a newer `src`, or removed from the page: a quiet abort, not a failure.
      if (request !== this.request) return;
      const kind: FailureKind = timedOut
        ? 'timeout'
        : error instanceof FeedError
          ? error.kind
          : error instanceof TypeError
            ? 'network'
            : 'error';
      console.warn(`[onward-elements] <${host.localName}> could not load ${where}: ${this.reason(error, kind, src)}.`);
      this.fail(kind, error instanceof FeedError ? error.retryAfter : 0);
    } finally {
      clearTimeout(timer);
      if (request === this.request) this.request = undefined;
    }
  }

  /** Why a request failed, for the host developer: the likely cause and what to change. */
  private reason(error: unknown, kind: FailureKind, src: string): string {
    const text = error instanceof Error ? error.message : String(error);
    if (kind === 'timeout') {
      return `no answer within ${this.host.timeout} ms (set the timeout attribute to wait longer)`;
    }
    if (error instanceof FeedError) return error.message;
    if (kind !== 'network') return `the request failed (${text})`;
    return (
      `the browser refused or could not make the request (${text}): the visitor is offline, or the request was ` +
      "blocked by CORS or the page's Content-Security-Policy. If the page sets connect-src, allow " +
      this.connectOrigin(src)
    );
  }

  /** The origin to allow in `connect-src` for a request URL. */
  private connectOrigin(url: string): string {
    if (!this.host.src?.trim() && this.board) return connectSrcOrigin(this.board);
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
        `the server answered ${status}: the board name "${this.board.board}" is wrong, or the board is switched off ` +
          `(the board's own page: ${this.boardUrl})`,
        'not-found'
      );
    }
    if (status === 429) {
      const wait = retryAfterSeconds(response.headers.get('Retry-After'));
      return new FeedError(
        `the server answered 429 (too many requests); "Try again" is offered after ${wait} s, as Retry-After asks`,
        'busy',
        wait
      );
    }
    return new FeedError(`the server answered ${status}`);
  }

  /**
   * Turns a response body into roles with the parser for `format` (or the board's), warning once about entries left
   * out. `undefined` when the body is not a feed at all (warned about).
   */
  private readBody(body: string, where: string): SimilarRole[] | undefined {
    const { host } = this;
    const warn = (text: string) => console.warn(`[onward-elements] <${host.localName}> ${text}`);
    // A feed at `src` is read as `format` says (`auto`: recognised); a board's own API is read in its format.
    const format: FeedFormat = host.src?.trim() || !this.board ? host.format : formatOfAts(this.board.ats);
    const context = this.board ? { board: this.board.board } : {};
    let result: FeedResult;
    if (format === 'personio' || (format === 'auto' && body.trimStart().startsWith('<'))) {
      result = parseFeedText(body, 'personio', context);
    } else {
      let data: unknown;
      try {
        data = JSON.parse(body);
      } catch {
        const expected = format === 'auto' ? '' : ` (expected the ${format} format)`;
        warn(`could not load ${where}: the response is not valid JSON${expected}.`);
        return undefined;
      }
      const resolved = format === 'auto' ? detectFormat(data) : format;
      // The element's own shape keeps its own checks and warnings (relative and mailto: links are fine there).
      if (resolved === undefined || resolved === 'onward') return this.options.validate(data, where);
      result = parseFeed(data, resolved, context);
    }
    if (result.problem) {
      const shape = result.format ? `in the ${result.format} format` : 'a job feed in a known format';
      warn(`could not load ${where}: the response is not ${shape} (set format, or check the URL).`);
      return undefined;
    }
    const left = [
      result.invalid ? `${result.invalid} without a title or link` : '',
      result.unsafe ? `${result.unsafe} whose link is not http(s) (first: ${quoted(result.firstUnsafeUrl)})` : ''
    ].filter(Boolean);
    if (left.length > 0) warn(`${where}: left out ${left.join(' and ')}.`);
    return result.jobs;
  }

  private fail(kind: FailureKind = 'error', retryAfter = 0): void {
    this.set({ roles: [], state: 'error' });
    this.options.say(this.options.localize.t(FAILURE_MESSAGES[kind]));
    clearTimeout(this.retryTimer);
    this.set({ waiting: kind === 'busy' && retryAfter > 0 });
    if (this.waiting) {
      this.retryTimer = setTimeout(() => this.set({ waiting: false }), retryAfter * 1000);
    }
  }

  /** Changes what the element shows, and asks it to render again when that changed anything. */
  private set(change: Partial<Pick<FeedController, 'state' | 'roles' | 'waiting'>>): void {
    const changed = (Object.keys(change) as (keyof typeof change)[]).some((key) => this[key] !== change[key]);
    Object.assign(this, change);
    if (changed) this.host.requestUpdate();
  }
}
