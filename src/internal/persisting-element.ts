import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { OnwardElement } from './onward-element.js';
import { PERSIST_MODES, PersistController, type PersistMode, type PersistOptions } from './storage.js';
import { checkEnum } from './validate.js';

/**
 * The base of every element that keeps state on the device: the `persist` and `storage-key` attributes, the stores
 * that use them (`PersistController`), `forget()`, and the one storage note each element shows in its status region.
 */
export class PersistingElement extends OnwardElement {
  /** Where the element keeps its state: `local` (default, survives a restart), `session` (this tab only) or `none`. */
  @property({ reflect: true }) persist: PersistMode = 'local';

  /** A namespace for the stored state: instances with the same key share it, different keys stay apart. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = 'default';

  /** Every store of the element, for `forget()`. */
  private readonly stores: Array<PersistController<never>> = [];
  /** The stores the note speaks for: those that keep what the candidate did. */
  private readonly notedStores: Array<PersistController<never>> = [];

  /**
   * A store for part of the element's state. `noted: false` for state nobody typed or ticked (what was shown): its
   * faults are not the candidate's to hear about.
   */
  protected createStore<T>(options: PersistOptions<T>, noted = true): PersistController<T> {
    const store = new PersistController<T>(this, options);
    this.stores.push(store as unknown as PersistController<never>);
    if (noted) this.notedStores.push(store as unknown as PersistController<never>);
    return store;
  }

  /** Removes what the element stored on this device. Fires no event. */
  forget(): void {
    for (const store of this.stores) store.forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist')) this.persist = checkEnum(this, 'persist', this.persist, PERSIST_MODES, 'local');
  }

  /** The calm note for the status region: saving failed, else a stored record was unreadable, else nothing. */
  protected storageNote(): string {
    if (this.notedStores.some((store) => store.unavailable)) return this.localize.t('common.storageUnavailable');
    return this.notedStores.some((store) => store.discarded) ? this.localize.t('common.storageDiscarded') : '';
  }
}
