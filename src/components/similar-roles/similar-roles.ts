import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { SimilarRole } from '../../core/jobs.js';
import { rankRoles } from '../../core/rank.js';
import { FEED_FORMATS, type FeedFormat } from '../../core/sources/index.js';
import { heading } from '../../internal/heading.js';
import { PersistingElement } from '../../internal/persisting-element.js';
import { isHydrating } from '../../internal/ssr.js';
import { checkEnum, checkInteger, jsonAttribute, parseJsonAttribute } from '../../internal/validate.js';
import { boxStyles } from '../../styles/box.styles.js';
import { searchLink, validateRoles } from './similar-roles.checks.js';
import { FeedController } from './similar-roles.feed.js';
import { renderList, type ListView } from './similar-roles.list.js';
import { KeptRoles, SeenRoles } from './similar-roles.stores.js';
import { similarRolesStyles } from './similar-roles.styles.js';
import type { KeptRole } from './similar-roles.types.js';

export { MAX_KEPT_ROLES, MAX_SEEN_IDS } from '../../core/jobs.js';

/** Default time a feed may take before the element gives up and offers a retry, in milliseconds. */
export const DEFAULT_FEED_TIMEOUT = 10_000;

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
 * `persist="none"` remembers nothing. Each `storage-key` keeps its own list, for several lists on one site.
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

  /** False until a frame has drawn the status region (see firstUpdated). */
  private statusRegionShown = false;
  @query('[part~="heading"]') private headingElement?: HTMLElement;

  private attributeRoles: SimilarRole[] = [];
  /** The roles to show, ranked and capped; worked out when an input changes, not on every render. */
  private ranked: SimilarRole[] = [];
  /** The feed's roles as last ranked, so new ones are ranked once. */
  private rankedFeed?: SimilarRole[];
  private readonly seen = new SeenRoles(this, this.createStore.bind(this));
  private readonly keptRoles = new KeptRoles(this, this.createStore.bind(this));
  private seeAllUrl?: string;
  private readonly feed = new FeedController(this, {
    localize: this.localize,
    validate: (value, where) => validateRoles(this, value, where),
    say: (text) => (this.announcement = text)
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel'))
      this.headingLevel = checkInteger(this, 'heading-level', this.headingLevel, 2, 6, 3);
    if (changed.has('max')) this.max = checkInteger(this, 'max', this.max, 1, 100, 5);
    if (changed.has('timeout'))
      this.timeout = checkInteger(this, 'timeout', this.timeout, 1, 600_000, DEFAULT_FEED_TIMEOUT);
    if (changed.has('format')) this.format = checkEnum(this, 'format', this.format, FEED_FORMATS, 'auto');
    if (changed.has('source')) this.feed.readSource();
    if (changed.has('jobs')) {
      const value = parseJsonAttribute(this, 'jobs', this.jobs);
      this.attributeRoles = value === undefined ? [] : (validateRoles(this, value, 'jobs') ?? []);
    }
    // The state is set here, inside the update; the request itself starts in `updated` (never on a server).
    if (changed.has('src') || changed.has('source') || changed.has('format')) this.feed.start();
    if (changed.has('searchUrl') || changed.has('jobTitle') || changed.has('location')) {
      this.seeAllUrl = searchLink(this, this.searchUrl, { jobTitle: this.jobTitle, location: this.location });
    }
    this.rank(changed);
    // Here rather than after the update, so the labels come with the roles in one render. Never on a server.
    if (!isServer) this.markNew();
  }

  /** Ranks and caps the roles when anything they depend on changed; rendering then only reads `ranked`. */
  private rank(changed: PropertyValues<this>): void {
    const keys: PropertyKey[] = ['jobs', 'jobTitle', 'department', 'location', 'excludeUrl', 'max', 'src', 'source'];
    const feedChanged = this.feed.roles !== this.rankedFeed;
    if (!feedChanged && !keys.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) return;
    this.rankedFeed = this.feed.roles;
    const usingFeed = Boolean(this.src?.trim() || this.source?.trim());
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    this.ranked = rankRoles(usingFeed ? this.feed.roles : this.attributeRoles, {
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
    if (changed.has('src') || changed.has('source') || changed.has('format')) this.feed.requestIfLoading();
  }

  /** Fetches `src` again, as the "Try again" button does. Resolves when it has loaded or failed; does nothing without `src`. */
  reload(): Promise<void> {
    return this.feed.reload();
  }

  /**
   * Works out which shown roles are new since the last visit, and remembers them all for the next. Runs in each update
   * on the client (never on a server, never while hydrating), and does work only when the shown roles change.
   */
  private markNew(): void {
    if (isHydrating(this)) return;
    const loadState = this.feed.state;
    const settled = loadState === 'loaded' || (loadState === 'idle' && !this.src?.trim() && !this.source?.trim());
    this.seen.mark(settled ? this.ranked : []);
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
    return this.keptRoles.roles;
  }

  private onKeepToggle(role: KeptRole, index: number): void {
    const kept = this.keptRoles.toggle(role);
    this.announcement = this.localize.t(kept ? 'similarRoles.keptAnnounce' : 'similarRoles.unkeptAnnounce', {
      title: role.title
    });
    this.emit('onward-role-keep', { url: role.url, index, kept });
  }

  private renderKept(shown: readonly SimilarRole[]) {
    if (this.keptRoles.roles.length === 0) {
      return html`<p part="kept-note" class="note" role="status">${this.storageNote()}</p>`;
    }
    return html`<section part="kept" aria-labelledby="kept-heading">
      ${heading(this.headingLevel + 1, this.localize.t('similarRoles.keptHeading'), {
        id: 'kept-heading',
        class: 'kept-heading'
      })}
      <ul part="kept-list">
        ${this.keptRoles.roles.map((role) => {
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
    const jobTitle = this.jobTitle?.trim();
    const text =
      this.heading?.trim() ||
      (jobTitle ? this.localize.t('similarRoles.headingFor', { jobTitle }) : this.localize.t('similarRoles.heading'));
    return heading(this.headingLevel, text, { part: 'heading', id: 'heading' });
  }

  private listView(): ListView {
    return {
      localize: this.localize,
      hydrating: isHydrating(this),
      newIds: this.seen.newIds,
      isKept: (url) => this.keptRoles.has(url),
      onFollow: (event, url, index) => this.onLinkFollowed(event, url, index),
      onKeep: (role, index) => this.onKeepToggle(role, index)
    };
  }

  protected override render() {
    const roles = this.ranked;
    const settled = this.feed.state !== 'loading' && this.feed.state !== 'error';
    const shown = settled ? roles : [];
    // Static roles that turn out to be none get the empty message too (no announcement on first render: nothing changed).
    // A live region that already holds text when it is created is often not spoken at all: while loading, the status
    // starts empty and says "Loading…" a frame later (see firstUpdated).
    const status =
      settled && shown.length === 0
        ? this.localize.t('similarRoles.empty')
        : !this.statusRegionShown && this.feed.state === 'loading'
          ? ''
          : this.announcement;
    const statusVisible = !settled || shown.length === 0;
    return html`<div part="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${this.renderHeading()} ${renderList(this.listView(), shown)}
      <p part="status" role="status" class=${statusVisible ? '' : 'visually-hidden'}>${status}</p>
      ${this.renderKept(shown)}
      <div class="actions">${
        this.feed.state === 'error' && !this.feed.waiting
          ? html`<button part="retry" class="primary" type="button" @click=${this.onRetry}>${this.localize.t('similarRoles.retry')}</button>`
          : nothing
      }${
        this.seeAllUrl !== undefined
          ? html`<a part="see-all" class="secondary" href=${this.seeAllUrl}>${this.localize.t('similarRoles.seeAll')}</a>`
          : this.feed.boardUrl !== undefined
            ? html`<a part="see-all" class="secondary" href=${this.feed.boardUrl}>${this.localize.t(
                'similarRoles.seeBoard'
              )}</a>`
            : nothing
      }</div>
    </div>`;
  }
}
