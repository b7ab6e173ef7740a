/** Records (and silences) `console.warn` calls made while `run` executes. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Collects uncaught errors and unhandled rejections while `run` executes (and a moment after, for late rejections). */
export async function uncaughtDuring(run: () => unknown | Promise<unknown>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** What `observe` saw. */
export interface Observed {
  warnings: string[];
  errors: string[];
}

/**
 * Records console warnings, console errors, uncaught errors, unhandled rejections and anything `body` throws, so a test
 * can assert that a hostile or failing situation produced none of them.
 */
export async function observe(body: () => Promise<unknown>): Promise<Observed> {
  const observed: Observed = { warnings: [], errors: [] };
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void observed.warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void observed.errors.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
  const onError = (event: ErrorEvent) => void observed.errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => void observed.errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
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
