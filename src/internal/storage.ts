import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHydrating } from './ssr.js';
import { STORAGE_PREFIX, storageArea } from './storage-area.js';

export { STORAGE_PREFIX, forgetAll } from './storage-area.js';

export const PERSIST_MODES = ['local', 'session', 'none'] as const;
/** Where a persisting element keeps its state: `localStorage`, `sessionStorage`, or nowhere. */
export type PersistMode = (typeof PERSIST_MODES)[number];

const SCHEMA_VERSION = 1;

/** The properties a persisting element exposes. */
export interface PersistingHost extends ReactiveControllerHost, HTMLElement {
  persist: PersistMode;
  storageKey: string;
}

export interface PersistOptions<T> {
  /** The element's short name, used in the key: `onward:v1:<element>:<storage-key>`. */
  element: string;
  /** Turns a parsed record into trusted state, or `undefined` when it is not usable. Must not throw. */
  read: (data: unknown) => T | undefined;
  /** Called with stored state on connect, on a key change, and when another instance or tab saves. */
  apply: (data: T) => void;
}

/** True for quota errors in every browser: by name or legacy code, never `instanceof` (iframes have their own). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  );
}

/** A mode the controller can trust: anything unknown (a typo in an attribute) means the default, `local`. */
function normalizeMode(mode: unknown): PersistMode {
  return (PERSIST_MODES as readonly unknown[]).includes(mode) ? (mode as PersistMode) : 'local';
}

/** JSON.parse that drops prototype-polluting keys. */
function parseRecord(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) =>
    key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value
  );
}

const peers = new Map<string, Set<PersistController<unknown>>>();
/** Elements already warned that saving failed: once each, however many stores they keep. */
const warnedHosts = new WeakSet<HTMLElement>();

/**
 * Keeps one element's state in `localStorage` or `sessionStorage` as versioned JSON, in sync with other instances that
 * share the key (on the page and, for `local`, across tabs). Any storage failure leaves the state in memory and sets
 * `unavailable`, which the element shows as one calm note.
 */
export class PersistController<T> implements ReactiveController {
  /**
   * True when reading or writing failed: progress lives only in memory for this visit. A failed read keeps it true
   * for the key (what is saved could not be restored here); a failed write clears once a later save succeeds.
   */
  get unavailable(): boolean {
    return this.readFailed || this.writeFailed;
  }
  /**
   * True when a stored record was found but could not be used (corrupt JSON, an unknown schema version, a wrong
   * shape). The element starts fresh, and the next save replaces the record.
   */
  discarded = false;
  private loadedKey?: string;
  private readFailed = false;
  private writeFailed = false;

  constructor(
    private readonly host: PersistingHost,
    private readonly options: PersistOptions<T>
  ) {
    host.addController(this);
  }

  /** The full storage key for the host's current `storage-key`. */
  get key(): string {
    return `${STORAGE_PREFIX}${this.options.element}:${this.host.storageKey || 'default'}`;
  }

  private get mode(): PersistMode {
    return normalizeMode(this.host.persist);
  }

  private get slot(): string {
    return `${this.mode}|${this.key}`;
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    // Moved in the DOM: read again (another tab may have saved meanwhile), unless saving failed in this visit; then
    // memory is newer than anything stored, and reading would undo the user's changes.
    if (!this.unavailable) this.loadedKey = undefined;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    if (this.loadedKey) this.leave(this.loadedKey);
  }

  /** Loads again when `persist` or `storage-key` changed since the last load. */
  hostUpdate(): void {
    // A server-rendered element first adopts the server's DOM, which knew nothing stored: load right after that.
    if (isHydrating(this.host)) return;
    const slot = this.slot;
    if (this.loadedKey === slot) {
      peers.get(slot)?.add(this as PersistController<unknown>);
      return;
    }
    if (this.loadedKey) this.leave(this.loadedKey);
    this.loadedKey = slot;
    if (!peers.has(slot)) peers.set(slot, new Set());
    peers.get(slot)!.add(this as PersistController<unknown>);
    if (this.unavailable || this.discarded) {
      this.readFailed = false;
      this.writeFailed = false;
      this.discarded = false;
      this.host.requestUpdate();
    }
    const data = this.load();
    if (data !== undefined) this.options.apply(data);
  }

  hostUpdated(): void {
    // Not loaded yet: this was the hydrating update. A microtask, so the stored state is a new update, not a change
    // inside this one.
    if (this.loadedKey === undefined) {
      queueMicrotask(() => {
        if (this.host.isConnected) this.hostUpdate();
      });
    }
  }

  /** Reads the stored state; `undefined` when there is none, it is unreadable, or persistence is off. */
  load(): T | undefined {
    const mode = this.mode;
    if (mode === 'none') return undefined;
    const area = storageArea(mode);
    if (!area) return this.fail('read');
    let text: unknown;
    try {
      text = area.getItem(this.key);
    } catch {
      return this.fail('read');
    }
    if (text === null || text === undefined) return undefined;
    const data = typeof text === 'string' ? this.decode(text) : undefined;
    if (data === undefined) this.discard();
    return data;
  }

  /** Writes the state and tells other instances with the same key. Never throws. */
  save(data: T): void {
    const mode = this.mode;
    if (mode === 'none') return;
    const area = storageArea(mode);
    if (!area) {
      this.fail('write');
    } else {
      try {
        area.setItem(this.key, JSON.stringify({ version: SCHEMA_VERSION, data }));
        if (this.writeFailed) {
          this.writeFailed = false;
          this.host.requestUpdate();
        }
      } catch (error) {
        if (!isQuotaError(error) && !warnedHosts.has(this.host)) {
          warnedHosts.add(this.host);
          console.warn('[onward-elements] could not save to storage:', error);
        }
        this.fail('write');
      }
    }
    for (const peer of peers.get(this.slot) ?? []) {
      if (peer !== (this as PersistController<unknown>)) peer.receive(data);
    }
  }

  /** Removes this element's stored state. Never throws. */
  forget(): void {
    try {
      storageArea(this.mode)?.removeItem(this.key);
    } catch {
      // Nothing stored that we can reach; nothing to forget.
    }
    if (this.discarded) {
      this.discarded = false;
      this.host.requestUpdate();
    }
  }

  private leave(slot: string): void {
    const set = peers.get(slot);
    set?.delete(this as PersistController<unknown>);
    if (set?.size === 0) peers.delete(slot);
  }

  private discard(): void {
    if (!this.discarded) {
      this.discarded = true;
      this.host.requestUpdate();
    }
  }

  private receive(data: unknown): void {
    const trusted = this.options.read(data);
    if (trusted !== undefined) this.options.apply(trusted);
  }

  /**
   * Parses and checks a stored record. With `exact`, a record that `read` had to tidy (unknown ids, wrong types: another
   * version of the kit, or junk) counts as unusable: another tab's record may replace what the user sees here only when
   * it is entirely readable, never with what is left of it.
   */
  private decode(text: string, exact = false): T | undefined {
    try {
      const record = parseRecord(text) as { version?: unknown; data?: unknown } | null;
      if (!record || typeof record !== 'object' || record.version !== SCHEMA_VERSION) return undefined;
      const data = this.options.read(record.data);
      if (exact && data !== undefined && JSON.stringify(data) !== JSON.stringify(record.data)) return undefined;
      return data;
    } catch {
      return undefined;
    }
  }

  private fail(what: 'read' | 'write'): undefined {
    const before = this.unavailable;
    if (what === 'read') this.readFailed = true;
    else this.writeFailed = true;
    if (!before) this.host.requestUpdate();
    return undefined;
  }

  private readonly onStorage = (event: StorageEvent): void => {
    // Only `localStorage` is shared between tabs. A removal (another tab's `forget()`) leaves this visit's state alone.
    if (event.key !== this.key || this.mode !== 'local' || event.newValue === null) return;
    try {
      if (event.storageArea !== window.localStorage) return;
    } catch {
      return;
    }
    const data = this.decode(event.newValue, true);
    if (data !== undefined) this.options.apply(data);
  };
}
