import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { parseJobs, postedAgo, type SimilarRole } from '../../core/jobs.js';
import { fillUrlTemplate } from '../../core/template.js';
import { wellFormed } from '../../core/text.js';
import { safeUrl, safeUrlOrWarn } from '../../internal/links.js';
import { headingTag } from '../../internal/heading.js';
import { OnwardElement } from '../../internal/onward-element.js';
import { isHydrating } from '../../internal/ssr.js';
import { checkInteger, parseJsonAttribute, quoted, warnOnce } from '../../internal/validate.js';
import { boxStyles } from '../../styles/box.styles.js';
import { similarRolesStyles } from './similar-roles.styles.js';
import type { LoadState, RoleSelectDetail } from './similar-roles.types.js';

/** Default time a feed may take before the element gives up and offers a retry, in milliseconds. */
export const DEFAULT_FEED_TIMEOUT = 10_000;

/** A feed failure worth telling the host developer about (as opposed to an abort we asked for). */
class FeedError extends Error {}

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
 * @tagname onward-similar-roles
 * @summary A short list of similar roles from the host's jobs or feed, with a link to all of them.
 *
 * @csspart base - The container.
 * @csspart heading - The heading element (`h2`–`h6`, from `heading-level`).
 * @csspart list - The list (`ul`) of roles.
 * @csspart item - One role (`li`).
 * @csspart link - The role's title, a link to the role.
 * @csspart meta - The line under the title: company · location, and when the role was posted.
 * @csspart status - The polite live region: loading, empty and error messages (visually hidden once roles show).
 * @csspart retry - The "Try again" button, shown only after the feed failed.
 * @csspart see-all - The "See all similar roles" link, built from `search-url`.
 *
 * @cssprop [--onward-similar-roles-padding=1.25 × --onward-space] - Inner padding.
 * @cssprop [--onward-similar-roles-background=--onward-color-surface] - Background.
 * @cssprop [--onward-similar-roles-shadow=a soft two-layer shadow] - Shadow.
 * @cssprop [--onward-similar-roles-heading-size=1.125rem] - Font size of the heading.
 * @cssprop [--onward-color-accent=#2b6a5a] - Role links, the see-all link and the retry button.
 * @cssprop [--onward-color-on-accent=#ffffff] - Text on the retry button.
 * @cssprop [--onward-color-surface=#ffffff] - Background.
 * @cssprop [--onward-color-text=#1f2933] - Main text colour.
 * @cssprop [--onward-color-muted=#52606d] - Company, location and date.
 * @cssprop [--onward-color-border=#8a96a3] - Lines between roles.
 * @cssprop [--onward-radius=12px] - Corner radius.
 * @cssprop [--onward-space=1rem] - Base spacing unit.
 * @cssprop [--onward-font-family=inherit] - Font family; inherits the page's font by default.
 * @cssprop [--onward-focus-ring=3px solid accent] - Focus outline.
 *
 * @fires {CustomEvent<RoleSelectDetail>} onward-role-select - When the candidate follows a role link (click, Enter or
 * middle click). `detail.url` is the job's URL (the host's own link, not personal data) and `detail.index` its
 * position in the list, from 0. Not cancelable: the link is followed as usual.
 */
export class OnwardSimilarRoles extends OnwardElement {
  static override styles = [...OnwardElement.styles, boxStyles, similarRolesStyles];
  static override shadowRootOptions = { ...OnwardElement.shadowRootOptions, delegatesFocus: true };
  /** Not text only: a JSON list or an array of roles. */
  protected static override readonly nonTextProperties: ReadonlySet<string> = new Set(['jobs']);

  /**
   * The roles, as JSON in the attribute or an array in the property: `{ title, url, company?, location?, postedAt? }[]`
   * (`postedAt` an ISO date). Ignored while `src` is set.
   */
  @property() jobs?: readonly SimilarRole[] | string;

  /** URL of a JSON feed of roles in the same shape as `jobs`. Fetched only when set. */
  @property() src?: string;

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
  @state() private announcement = '';
  /** False until a frame has drawn the status region (see firstUpdated). */
  private statusRegionShown = false;
  @query('[part~="heading"]') private headingElement?: HTMLElement;

  private attributeRoles: SimilarRole[] = [];
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
    if (changed.has('jobs')) {
      const value = typeof this.jobs === 'string' ? parseJsonAttribute(this, 'jobs', this.jobs) : this.jobs;
      this.attributeRoles = value === undefined ? [] : (this.validate(value, 'jobs') ?? []);
    }
    // The state is set here, inside the update; the request itself starts in `updated` (never on a server).
    if (changed.has('src')) this.startLoading();
    if (changed.has('searchUrl') || changed.has('jobTitle') || changed.has('location')) {
      this.seeAllUrl = this.searchLink();
    }
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
    if (!changed.has('src') || this.loadState !== 'loading') return;
    if (this.isConnected) void this.fetchFeed();
    else this.interrupted = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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

  /** Cancels any request under way and moves to `loading` (with `src`) or `idle` (without). */
  private startLoading(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.interrupted = false;
    const src = this.src?.trim();
    if (src && !isFetchable(src)) {
      // Never requested: a host mistake, so say it once and show the error state.
      console.warn(`[onward-elements] <${this.localName}> could not load src "${src.slice(0, 200)}": src must be an http: or https: URL.`);
      this.fail();
    } else if (src) {
      this.loadState = 'loading';
      this.announcement = this.localize.t('similarRoles.loading');
    } else {
      this.loadState = 'idle';
      this.announcement = '';
    }
  }

  private async fetchFeed(): Promise<void> {
    this.controller?.abort();
    const src = this.src?.trim() ?? '';
    const controller = new AbortController();
    this.controller = controller;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeout);
    try {
      const response = await fetch(src, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new FeedError(`the server answered ${response.status}`);
      let data: unknown;
      try {
        data = await response.json();
      } catch (error) {
        if (controller.signal.aborted) throw error;
        throw new FeedError('the response is not valid JSON');
      }
      if (controller !== this.controller) return;
      const roles = this.validate(data, `src "${src.slice(0, 200)}"`);
      if (roles === undefined) {
        this.fail();
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
      const reason = timedOut
        ? `no answer within ${this.timeout} ms (set the timeout attribute to wait longer)`
        : error instanceof FeedError
          ? error.message
          : `the request failed (${error instanceof Error ? error.message : String(error)})`;
      console.warn(`[onward-elements] <${this.localName}> could not load src "${src.slice(0, 200)}": ${reason}.`);
      this.fail();
    } finally {
      clearTimeout(timer);
      if (controller === this.controller) this.controller = undefined;
    }
  }

  private fail(): void {
    this.feedRoles = [];
    this.loadState = 'error';
    this.announcement = this.localize.t('similarRoles.error');
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
    this.dispatchEvent(
      new CustomEvent<RoleSelectDetail>('onward-role-select', { bubbles: true, composed: true, detail: { url, index } })
    );
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
        return html`<li part="item">
          <a
            part="link"
            href=${role.url}
            aria-describedby=${hasMeta ? `meta-${index}` : nothing}
            @click=${(event: MouseEvent) => this.onLinkFollowed(event, role.url, index)}
            @auxclick=${(event: MouseEvent) => this.onLinkFollowed(event, role.url, index)}
            >${role.title}</a
          >
          ${this.renderMeta(role, index, when)}
        </li>`;
      })}
    </ul>`;
  }

  protected override render() {
    const usingFeed = Boolean(this.src?.trim());
    const roles = (usingFeed ? this.feedRoles : this.attributeRoles).slice(0, this.max);
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
      <div class="actions">${this.loadState === 'error'
          ? html`<button part="retry" type="button" @click=${this.onRetry}>${this.localize.t('similarRoles.retry')}</button>`
          : nothing}${this.seeAllUrl !== undefined
          ? html`<a part="see-all" href=${this.seeAllUrl}>${this.localize.t('similarRoles.seeAll')}</a>`
          : nothing}</div>
    </div>`;
  }
}
