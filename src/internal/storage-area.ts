import type { PersistMode } from './storage.js';

/**
 * The storage areas and `forgetAll()`, apart from the persistence controller so that the loader can offer
 * `forgetAll()` without downloading the controller.
 */

/** Every stored key starts with this, so `forgetAll()` can find them. */
export const STORAGE_PREFIX = 'onward:v1:';

/** Returns the storage area, or `undefined` when it is missing or its getter throws (sandboxed frames, blocked storage). */
export function storageArea(mode: PersistMode): Storage | undefined {
  if (mode === 'none' || typeof window === 'undefined') return undefined;
  try {
    // Reflect.get rather than `window.localStorage`: WebKit's optimized code can keep calling the original getter after a
    // page (a consent manager withdrawing storage, a privacy extension) replaces it on `window` mid-visit.
    const area: unknown = Reflect.get(window, mode === 'session' ? 'sessionStorage' : 'localStorage');
    // A page or an extension may have replaced it with something that is not a Storage at all.
    return area && typeof (area as Storage).getItem === 'function' ? (area as Storage) : undefined;
  } catch {
    return undefined;
  }
}

/** Clears everything every Onward element stored on this device, in `localStorage` and `sessionStorage`. */
export function forgetAll(): void {
  for (const mode of ['local', 'session'] as const) {
    const area = storageArea(mode);
    if (!area) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < area.length; i += 1) {
        const key = area.key(i);
        if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
      }
      for (const key of keys) area.removeItem(key);
    } catch {
      // Storage that cannot be read holds nothing we could clear.
    }
  }
}
