/** Helpers that look at an element the way a user sees it: through every shadow root, nested elements included. */

/** Calls `visit` for `root` and every node below it, entering open shadow roots (the shadow tree before the children). */
export function walkComposed(root: Node, visit: (node: Node) => void): void {
  visit(root);
  if (root instanceof Element && root.shadowRoot) walkComposed(root.shadowRoot, visit);
  for (let child = root.firstChild; child; child = child.nextSibling) walkComposed(child, visit);
}

/** Every element at or below `root`, shadow trees included. */
export function composedElements(root: Node): Element[] {
  const elements: Element[] = [];
  walkComposed(root, (node) => {
    if (node instanceof Element) elements.push(node);
  });
  return elements;
}

/** The form fields a user types text into: text-like inputs and text areas, enabled and editable. */
export function isTextField(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  return (
    element instanceof HTMLInputElement &&
    ['text', 'email', 'search', 'url', 'tel', ''].includes(element.getAttribute('type') ?? '') &&
    !element.readOnly &&
    !element.disabled
  );
}

/** The text a user can read at or below `root`: text nodes plus the values of text fields, in document order. */
export function composedText(root: Node, skip?: Element): string {
  const parts: string[] = [];
  walkComposed(root, (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    else if (node !== skip && node instanceof Element && isTextField(node)) parts.push(node.value);
  });
  return parts.join('');
}

/** Waits until `root` and every custom element below it have finished updating. */
export async function settleAll(root: Element): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = composedElements(root)
      .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter((promise): promise is Promise<unknown> => promise instanceof Promise);
    const results = await Promise.all(pending);
    // `updateComplete` resolves to false while another update is queued.
    if (results.every((done) => done !== false)) return;
  }
}

/** Milliseconds a `setTimeout(0)` takes to come back: how long the page's main thread stays busy. */
export async function timerRoundTrip(): Promise<number> {
  // Start from a message task, not from a timer: browsers clamp timers nested five deep to 4 ms, which a loop of
  // round trips would otherwise pay on every turn.
  await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
  const start = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return performance.now() - start;
}

/** Polls `check` every 20 ms until it is true, or throws after `timeout` ms. */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves after two animation frames: what was laid out has been painted, as a person would see it. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
