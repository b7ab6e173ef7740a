/**
 * Simulated storage faults for the tests of persisting elements. Each helper restores the real storage afterwards,
 * even when the body throws.
 */

/** Runs `body` with `window.localStorage` (or `sessionStorage`) replaced by `descriptor`, then restores the original. */
export async function withWindowProperty(
  name: 'localStorage' | 'sessionStorage',
  descriptor: PropertyDescriptor,
  body: () => unknown | Promise<unknown>
): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, { configurable: true, ...descriptor });
  try {
    await body();
  } finally {
    if (own) Object.defineProperty(window, name, own);
    else delete (window as unknown as Record<string, unknown>)[name];
  }
}

/**
 * Replaces one `Storage.prototype` method, then restores it. (Assigning to `localStorage.setItem` would only store an
 * item called "setItem".)
 */
export async function withStorageMethod(
  name: 'getItem' | 'setItem' | 'removeItem',
  replacement: (...args: never[]) => unknown,
  body: () => unknown | Promise<unknown>
): Promise<void> {
  const original = Storage.prototype[name];
  Storage.prototype[name] = replacement as never;
  try {
    await body();
  } finally {
    Storage.prototype[name] = original as never;
  }
}

export const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

/** The storage faults every persisting element must survive, each as a wrapper around a test body. */
export const storageFaults: Array<[string, (body: () => unknown | Promise<unknown>) => Promise<void>]> = [
  [
    'the localStorage getter throws SecurityError',
    (body) =>
      withWindowProperty(
        'localStorage',
        {
          get: () => {
            throw securityError();
          }
        },
        body
      )
  ],
  ['localStorage is missing', (body) => withWindowProperty('localStorage', { value: undefined }, body)],
  [
    'getItem throws',
    (body) =>
      withStorageMethod(
        'getItem',
        () => {
          throw securityError();
        },
        body
      )
  ],
  [
    'setItem throws an unexpected error',
    (body) =>
      withStorageMethod(
        'setItem',
        () => {
          throw new TypeError('storage is broken');
        },
        body
      )
  ],
  [
    'setItem throws QuotaExceededError',
    (body) =>
      withStorageMethod(
        'setItem',
        () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        body
      )
  ],
  [
    'setItem throws a legacy quota error (code 22)',
    (body) =>
      withStorageMethod(
        'setItem',
        () => {
          throw Object.assign(new Error('QUOTA_EXCEEDED_ERR'), { name: 'QUOTA_EXCEEDED_ERR', code: 22 });
        },
        body
      )
  ],
  [
    'setItem throws NS_ERROR_DOM_QUOTA_REACHED',
    (body) =>
      withStorageMethod(
        'setItem',
        () => {
          throw Object.assign(new Error('Persistent storage maximum size reached'), {
            name: 'NS_ERROR_DOM_QUOTA_REACHED',
            code: 1014
          });
        },
        body
      )
  ]
];
