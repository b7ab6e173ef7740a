export type ActionLog = (name: string, detail: unknown) => void;

/**
 * Listens on `root` for each named event and reports its detail. `onward-*` events bubble and are composed, so one
 * listener per name on the story's root hears every element in it, including those inside another element's shadow
 * root. Returns a function that removes the listeners.
 */
export function connectActions(root: EventTarget, names: readonly string[], log: ActionLog): () => void {
  const listeners = names.map((name) => {
    const listener = (event: Event) => log(name, (event as CustomEvent).detail);
    root.addEventListener(name, listener);
    return () => root.removeEventListener(name, listener);
  });
  return () => listeners.forEach((disconnect) => disconnect());
}
