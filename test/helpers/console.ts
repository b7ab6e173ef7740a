/** What `observe` saw. */
export interface Observed {
  warnings: string[];
  errors: string[];
}

/**
 * Records (and silences) console warnings, and records console errors, uncaught errors, unhandled rejections and anything
 * `body` throws (a failed `expect` included), while `body` runs and for `linger` milliseconds after (for late
 * rejections). The one way the suites catch problems: a test asserts on `warnings` and expects `errors` to be empty.
 */
export async function observe(body: () => unknown, { linger = 0 }: { linger?: number } = {}): Promise<Observed> {
  const observed: Observed = { warnings: [], errors: [] };
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void observed.warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) =>
    void observed.errors.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
  const onError = (event: ErrorEvent) => void observed.errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    void observed.errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    if (linger > 0) await new Promise((resolve) => setTimeout(resolve, linger));
  } catch (caught) {
    observed.errors.push(`thrown: ${String(caught).slice(0, 300)}`);
  } finally {
    console.warn = warn;
    console.error = error;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return observed;
}
