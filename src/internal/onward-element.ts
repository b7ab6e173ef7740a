import { isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { hostStyles } from '../styles/host.styles.js';
import { loadLocale, OnwardLocalize } from './localize.js';
import { isHydrating } from './ssr.js';
import { checkEnum } from './validate.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The thin base of every Onward element: host styles and tokens, `lang`/`dir` resolved from the element or its
 * nearest ancestor (live), and the `theme` attribute.
 */
export class OnwardElement extends LitElement {
  static override styles = [hostStyles];

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Language of the element's text. Falls back to the nearest ancestor's `lang`, then `<html lang>`, then English. */
  @property() override lang!: string;

  /** Text direction. Falls back to the nearest ancestor's `dir`, then the direction of the resolved language. */
  @property() override dir!: string;

  protected readonly localize = new OnwardLocalize(this);

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    // Server-rendered, but nothing hydrates it (Lit's hydration support loaded after Lit, or not at all, as with the CDN
    // bundle): render afresh in place of the server's DOM, not beside it.
    if (!isHydrating(this) && serverRendered.length > 0) {
      for (const node of serverRendered) node.remove();
      // Lit renders before the root's first child, which was the server's.
      this.renderOptions.renderBefore = root.firstChild;
    }
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.theme = checkEnum(this, 'theme', this.theme, THEMES, 'light');
    // Cached per language: cheap on every update, and it catches a `lang` set on an ancestor after first render. Not
    // on the server, where a catalogue arriving between two requests would change what the same page renders.
    if (!isServer) void loadLocale(this.localize.lang());
  }
}
