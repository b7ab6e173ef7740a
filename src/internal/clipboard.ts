/**
 * Copies text to the clipboard. Call it straight from the click handler (no `await` before it), so the browser still
 * sees the user's gesture. Resolves `true` when the text was copied; `false` when the Clipboard API is missing or
 * refused, after selecting `fallbackTarget`'s text (if given) so the user can copy it themselves. Never rejects.
 */
export function copyText(text: string, fallbackTarget?: Element | null): Promise<boolean> {
  let attempt: Promise<void>;
  try {
    attempt = navigator.clipboard.writeText(text);
  } catch (error) {
    attempt = Promise.reject(error);
  }
  return attempt.then(
    () => true,
    () => {
      if (fallbackTarget) selectContents(fallbackTarget);
      return false;
    }
  );
}

/** Selects the text of an element (a textarea or input selects its value), so Ctrl+C / long-press copies it. */
export function selectContents(target: Element): void {
  try {
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      target.focus();
      target.select();
      return;
    }
    const selection =
      (target.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null })).getSelection?.() ??
      window.getSelection();
    // setBaseAndExtent, not addRange: WebKit ignores a range inside a shadow root passed to addRange, so the user would
    // have nothing selected to copy; every engine accepts shadow-tree nodes as the base and extent.
    selection?.setBaseAndExtent(target, 0, target, target.childNodes.length);
  } catch {
    // Selection is a courtesy; the text is still visible.
  }
}
