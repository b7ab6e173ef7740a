import { adoptStyles, defaultConverter, isServer, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hostStyles } from '../styles/host.styles.js';
import { systemStyles } from '../styles/system.styles.js';
import { loadLocale, OnwardLocalize } from './localize.js';
import { VERSION } from './registry.js';
import { beginHydration, endHydration, readEarlyInput, replayEarlyInput, type EarlyInput } from './ssr.js';
import { checkEnum, textValue } from './validate.js';

/** The events Onward elements fire: every `onward-*` event the define modules declare on `GlobalEventHandlersEventMap`. */
export type OnwardEventName = Extract<keyof HTMLElementEventMap, `onward-${string}`>;

/** What an Onward event carries in `detail`, as its define module declares it. */
export type OnwardEventDetail<Name extends OnwardEventName> =
  HTMLElementEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * The text for a status region that said `previous`: the same words again get a no-break space, so they still change
 * the region's text and a screen reader reads them again.
 */
export function freshText(text: string, previous: string): string {
  return text === previous ? `${text}\u00a0` : text;
}

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Input types a user types characters into (everything but buttons, boxes, sliders, colours and files). */
const NOT_TYPED = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit'
]);

/** Keys that edit text or move the caret in a field, besides the characters themselves. */
const EDITING_KEYS = new Set([
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Process',
  'Dead'
]);

/**
 * True for a key event that is typing in a text field: a character (with Shift or AltGr, never Ctrl, Meta or Alt), an
 * editing or caret key, or a key in the middle of an input-method composition.
 */
function isTyping(event: KeyboardEvent): boolean {
  // Script may dispatch a plain `Event` named `keydown`: no key, not typing.
  if (typeof event.key !== 'string') return false;
  const field = event.composedPath()[0];
  const editable =
    field instanceof HTMLTextAreaElement ||
    field instanceof HTMLSelectElement ||
    (field instanceof HTMLInputElement && !NOT_TYPED.has(field.type)) ||
    (field instanceof HTMLElement && field.isContentEditable);
  if (!editable) return false;
  if (event.isComposing) return true;
  const altGraph = event.getModifierState?.('AltGraph') ?? false;
  if ((event.ctrlKey || event.altKey || event.metaKey) && !altGraph) return false;
  return [...event.key].length === 1 || EDITING_KEYS.has(event.key);
}

/**
 * Keeps typing inside the element. Key events from a field in a shadow root reach the page retargeted to the host
 * element, so a page's keyboard shortcuts (`/` or `s` to focus its search box, arrows for a carousel) cannot tell that
 * the user is typing, and would steal the keystroke. Escape, Tab, Enter, function keys and Ctrl/Meta/Alt combinations
 * still reach the page.
 */
function containTyping(event: Event): void {
  if (isTyping(event as KeyboardEvent)) event.stopPropagation();
}

/**
 * The thin base of every Onward element: host styles and tokens, `lang`/`dir` resolved from the element or its
 * nearest ancestor (live), the `theme` attribute, and typing kept away from the page's keyboard shortcuts.
 *
 * The global tokens below are read by every element (each element's own knobs, `--onward-<element>-<thing>`, are
 * listed on it). Set them on the page, on a wrapper or on one element; the defaults are the light theme's, and
 * `theme="dark"` / `auto` bring the dark ones (both in docs/theming.md).
 *
 * @cssprop [--onward-color-accent=#2b6a5a] - Accent: main buttons, icons, links, focus ring.
 * @cssprop [--onward-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--onward-color-surface=#ffffff] - Card and panel backgrounds.
 * @cssprop [--onward-color-text=#1f2933] - Main text.
 * @cssprop [--onward-color-muted=#52606d] - Secondary text.
 * @cssprop [--onward-color-border=#8a96a3] - Borders of fields, outlined buttons and cards.
 * @cssprop [--onward-color-success=#2e7d4f] - Done states, progress and the completion card.
 * @cssprop [--onward-color-error=#b3261e] - Error messages and the border of a field in error.
 * @cssprop [--onward-radius=12px] - Corner radius (fields and buttons use half of it).
 * @cssprop [--onward-space=1rem] - Base spacing unit.
 * @cssprop [--onward-font-family=inherit] - Font family; inherits the page's font by default.
 * @cssprop [--onward-focus-ring=3px solid accent] - Focus outline.
 */
export class OnwardElement extends LitElement {
  /** Host reset and tokens, then the one design system (buttons, fields, errors, notes, progress) every element shares. */
  static override styles = [hostStyles, systemStyles];

  /**
   * The version of the kit this class comes from (`OnwardStepCard.version`, or `element.constructor.version`): tells
   * apart two copies on one page.
   */
  static readonly version: string = VERSION;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Language of the element's text. Falls back to the nearest ancestor's `lang`, then `<html lang>`, then English. */
  @property() override lang!: string;

  /** Text direction. Falls back to the nearest ancestor's `dir`, then the direction of the resolved language. */
  @property() override dir!: string;

  protected readonly localize = new OnwardLocalize(this);

  /** What the element's status region says to screen readers (see {@link OnwardElement.announce}). */
  @state() protected announcement = '';

  /**
   * Fires one of the kit's events: bubbling and composed, so it reaches the page from inside a shadow root, with the
   * detail its define module declares.
   */
  protected emit<Name extends OnwardEventName>(name: Name, detail: OnwardEventDetail<Name>): void {
    // Built apart from the call: the manifest analyzer would list an event for `new CustomEvent` inside `dispatchEvent`.
    const event = new CustomEvent(name, { bubbles: true, composed: true, detail });
    this.dispatchEvent(event);
  }

  /** Sets the polite announcement; the same words twice in a row still count as a change (see {@link freshText}). */
  protected announce(text: string): void {
    this.announcement = freshText(text, this.announcement);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    // Typed or ticked in the server's HTML before this code ran: put back once rendered, so nothing is lost.
    const early = readEarlyInput(this.shadowRoot);
    if (early.length > 0) void this.replayWhenSettled(early);
    const hydrating = beginHydration(this);
    const root = super.createRenderRoot();
    // Server-rendered, but nothing hydrates it (Lit's hydration support loaded after Lit, or not at all, as with the CDN
    // bundle): render afresh in place of the server's DOM, not beside it.
    if (!hydrating && serverRendered.length > 0) {
      for (const node of serverRendered) node.remove();
      // Lit renders before the root's first child, which was the server's.
      this.renderOptions.renderBefore = root.firstChild;
    }
    // The server's styles are a <style> in the shadow root, which a strict `style-src` blocks, and hydration adopts none:
    // adopted style sheets are allowed (the same rules twice change nothing where the <style> applies).
    if (hydrating) adoptStyles(root as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    for (const type of ['keydown', 'keypress', 'keyup']) root.addEventListener(type, containTyping);
    return root;
  }

  private async replayWhenSettled(early: readonly EarlyInput[]): Promise<void> {
    // Every update done, the stored progress applied after hydration included.
    while (!(await this.updateComplete));
    if (this.shadowRoot) replayEarlyInput(this.shadowRoot, early);
  }

  /**
   * Properties declared like text (no `type` but String, no converter of their own, with an attribute) that take other values on purpose, such
   * as a JSON list or a number: left out of {@link OnwardElement.readTextProperties}.
   */
  protected static readonly nonTextProperties: ReadonlySet<string> = new Set();

  protected override update(changed: PropertyValues<this>): void {
    // The hydration support adopts the server's DOM inside this call; whatever renders next is a normal update.
    try {
      super.update(changed);
    } finally {
      endHydration(this);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.readTextProperties(changed);
    if (changed.has('theme')) this.theme = checkEnum(this, 'theme', this.theme, THEMES, 'light');
    // Cached per language: cheap on every update, and it catches a `lang` set on an ancestor after first render. Not
    // on the server, where a catalogue arriving between two requests would change what the same page renders.
    if (!isServer) void loadLocale(this.localize.lang());
  }

  /**
   * Every text property that changed holds a string or nothing before the element reads it (see `textValue`): a
   * framework's `false` or `2024` must never stop the element from updating.
   */
  private readTextProperties(changed: PropertyValues<this>): void {
    const type = this.constructor as typeof OnwardElement;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const value = self[name];
      if (typeof value === 'string' || value === undefined || typeof name !== 'string') continue;
      const options = type.elementProperties.get(name);
      // Lit fills in `type: String` and its own converter for a plain `@property()`: anything else is not text.
      if (!options || options.state || options.attribute === false) continue;
      if (
        (options.type !== undefined && options.type !== String) ||
        (options.converter !== undefined && options.converter !== defaultConverter)
      )
        continue;
      if (type.nonTextProperties.has(name)) continue;
      self[name] = textValue(
        this,
        typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(),
        value
      );
    }
  }
}
