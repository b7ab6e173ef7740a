/** Loads a page into an iframe, the way a careers page would be opened, and resolves when it has loaded. */
export async function loadFrame(srcdoc: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px';
  frame.srcdoc = srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * Waits until `check()` holds. Generous by default: a busy machine may take seconds to fetch and compile a module in a
 * fresh frame.
 */
export async function until(check: () => boolean, what: string, timeout = 15000): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < timeout) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
