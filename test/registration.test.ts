import { expect } from '@open-wc/testing';
import { loadFrame, until } from './helpers/frames.js';

describe('the built CDN bundle, loaded the way a careers page loads it', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('registers every element and renders a step card', async () => {
    frame = await loadFrame(`<!doctype html><html lang="en"><body>
      <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
      <script type="module" src="/dist/cdn/onward.js"></script>
      <onward-step-card preset="feedback" step="2" checkable></onward-step-card>
    </body></html>`);
    const win = frame.contentWindow as Window & { errors: string[] };
    await until(() => !!win.customElements.get('onward-step-card'), 'the bundle to register its elements');
    const card = frame.contentDocument!.querySelector('onward-step-card')!;
    await until(() => !!card.shadowRoot?.querySelector('[part~="heading"]'), 'the card to render');
    expect(card.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain('Ask for feedback');
    expect(win.errors).to.deep.equal([]);
  });

  it('can be loaded twice on one page: no exception, one warning per element', async () => {
    frame = await loadFrame(`<!doctype html><html lang="en"><body>
      <script>
        window.errors = []; window.warnings = [];
        addEventListener('error', (e) => errors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
        const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
      </script>
      <script type="module" src="/dist/cdn/onward.js"></script>
      <script type="module" src="/dist/cdn/onward.js?second-copy"></script>
      <script type="module">window.bothLoaded = true;</script>
      <onward-step-card preset="learn"></onward-step-card>
    </body></html>`);
    const win = frame.contentWindow as Window & { errors: string[]; warnings: string[]; bothLoaded?: boolean };
    await until(() => win.bothLoaded === true, 'both copies to load');
    const card = frame.contentDocument!.querySelector('onward-step-card')!;
    await until(() => !!card.shadowRoot?.querySelector('[part~="heading"]'), 'the card to render');
    expect(win.errors).to.deep.equal([]);
    const duplicateWarnings = win.warnings.filter((w) => w.includes('already defined'));
    expect(duplicateWarnings.length).to.be.greaterThan(0);
    expect(duplicateWarnings.filter((w) => w.includes('<onward-step-card>'))).to.have.length(1);
  });
});

describe('registering the npm modules twice', () => {
  it('is a no-op when the same class owns the tag', async () => {
    const first = await import('../src/define/step-card.js');
    const { defineElement } = await import('../src/internal/define.js');
    expect(() => defineElement('onward-step-card', first.OnwardStepCard)).to.not.throw();
    expect(customElements.get('onward-step-card')).to.equal(first.OnwardStepCard);
  });
});
