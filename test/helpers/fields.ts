/**
 * Finding things in an element's shadow root the way a user does: by the words on screen, not by ids or classes.
 */

/** Text as it reads, spaces collapsed. */
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element of `host`'s shadow root that has `name` among its parts, or null. */
export const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string) =>
  host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** Every element of `host`'s shadow root that has `name` among its parts, in document order. */
export const parts = <T extends HTMLElement = HTMLElement>(host: Element, name: string) => [
  ...host.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)
];

/** The field whose `<label>` reads `label` exactly (hidden words included). */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(host: HTMLElement, label: string): T {
  const root = host.shadowRoot!;
  const found = [...root.querySelectorAll('label')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`no field labelled "${label}" in <${host.localName}>`);
  return (found.control ?? root.getElementById(found.htmlFor)) as T;
}

/** The button whose accessible name (its aria-label, else its text) is `name`. */
export function buttonNamed(host: HTMLElement, name: string): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => (button.getAttribute('aria-label') ?? text(button)) === name
  );
  if (!found) throw new Error(`no button named "${name}" in <${host.localName}>`);
  return found;
}

/** The text of the elements `aria-describedby` points at, as a screen reader reads the field's description. */
export function descriptionOf(field: HTMLElement): string {
  const root = field.getRootNode() as ShadowRoot;
  return (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

/** The element that has focus, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every status text of an element's shadow root, joined. */
export const statusText = (host: HTMLElement) =>
  [...host.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')].map(text).filter(Boolean).join(' ');

/** Lets Lit render and focus moves land. */
export async function settle(host: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await host.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await host.updateComplete;
}
