import {
  keepRole,
  readKept,
  readSeen,
  roleId,
  seenAfter,
  type KeptRole,
  type KeptState,
  type SeenState,
  type SimilarRole
} from '../../core/jobs.js';
import { safeUrl } from '../../internal/links.js';
import type { PersistController, PersistingHost, PersistOptions } from '../../internal/storage.js';

/** Makes one of the element's stores: `PersistingElement`'s `createStore` (`noted: false` keeps its faults unsaid). */
export type CreateStore = <T>(options: PersistOptions<T>, noted?: boolean) => PersistController<T>;

/**
 * "New since the last visit": remembers the ids of the roles shown (at most 500, in `persist` storage under
 * `storage-key`), and tells which shown roles were not seen on an earlier visit. A first visit marks nothing.
 */
export class SeenRoles {
  /** Ids of the shown roles that are new since the last visit. */
  newIds: ReadonlySet<string> = new Set();
  /** Ids seen on earlier visits, as stored (kept up to date by other tabs). */
  private stored?: string[];
  /** The ids known before this visit: fixed the first time roles show, `null` on a first visit. */
  private baseline?: ReadonlySet<string> | null;
  private markedKey?: string;
  private readonly store: PersistController<SeenState>;

  constructor(
    private readonly host: PersistingHost,
    createStore: CreateStore
  ) {
    // Which roles were shown is not something the candidate did: its faults go unsaid.
    this.store = createStore<SeenState>(
      {
        element: 'similar-roles',
        read: readSeen,
        apply: (stored) => {
          this.stored = stored.seen;
          host.requestUpdate();
        }
      },
      false
    );
  }

  /** Works out which of the `shown` roles are new, and remembers them all for the next visit. Cheap when unchanged. */
  mark(shown: readonly SimilarRole[]): void {
    const { host } = this;
    const key = `${host.persist}|${host.storageKey}|${shown.map(roleId).join('\u0000')}`;
    if (key === this.markedKey) return;
    this.markedKey = key;
    if (host.persist === 'none' || shown.length === 0) {
      if (this.newIds.size > 0) this.newIds = new Set();
      return;
    }
    // The first time roles show in this visit fixes what counts as seen before; later saves (ours, or another tab's)
    // must not take the labels away again while the candidate is looking at them.
    if (this.baseline === undefined) this.baseline = this.stored ? new Set(this.stored) : null;
    const baseline = this.baseline;
    const ids = shown.map(roleId);
    const fresh = baseline ? ids.filter((id) => !baseline.has(id)) : [];
    if (fresh.length !== this.newIds.size || fresh.some((id) => !this.newIds.has(id))) this.newIds = new Set(fresh);
    const seen = seenAfter(ids, this.stored);
    if (seen.length !== this.stored?.length || seen.some((id, index) => this.stored![index] !== id)) {
      this.stored = seen;
      this.store.save({ seen });
    }
  }
}

/**
 * The roles the candidate kept, newest first: saved with the element's `persist` and `storage-key` under their own
 * record (at most 50), and shared with other instances and tabs that use the same key.
 */
export class KeptRoles {
  /** The kept roles, newest first. */
  roles: readonly KeptRole[] = [];
  private readonly store: PersistController<KeptState>;

  constructor(
    private readonly host: PersistingHost,
    createStore: CreateStore
  ) {
    this.store = createStore<KeptState>({
      element: 'similar-roles-kept',
      read: (data) => readKept(data, safeUrl),
      apply: (stored) => {
        this.roles = stored.kept;
        host.requestUpdate();
      }
    });
  }

  has(url: string): boolean {
    return this.roles.some((role) => role.url === url);
  }

  /** Keeps a role, or lets it go when it is kept; returns whether it is kept now. */
  toggle(role: KeptRole): boolean {
    const kept = !this.has(role.url);
    this.roles = keepRole(this.roles, role, kept);
    this.store.save({ kept: [...this.roles] });
    this.host.requestUpdate();
    return kept;
  }
}
