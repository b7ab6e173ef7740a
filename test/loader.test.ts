import { expect } from '@open-wc/testing';
import { loadFrame, until } from './helpers/frames.js';

/** `dist/cdn/onward-loader.js`, loaded the way a careers page loads it: each page in its own frame. */

type LoaderWindow = Window & {
  errors: string[];
  warnings: string[];
  loader?: { discover(root?: ParentNode): Promise<void> };
};

/** A page that records errors and warnings before anything else runs. */
function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head>
    <script>
      window.errors = []; window.warnings = [];
      addEventListener('error', (e) => errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      const warn = console.warn; console.warn = (...a) => { warnings.push(a.map(String).join(' ')); warn(...a); };
    </script>
    <style>onward-strengths:not(:defined) { display: block; outline: 3px dashed rgb(255, 0, 0); }</style>
    ${head}
  </head><body>${body}</body></html>`;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** The element modules the frame fetched, by name (`step-card`, …). */
function elementModulesFetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => /\/elements\/([\w-]+)\.js/.exec(entry.name)?.[1])
    .filter((name): name is string => !!name)
    .sort();
}

const heading = (element: Element | null) => element?.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '';

describe('the loader (dist/cdn/onward-loader.js)', function () {
  this.timeout(40000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('defines an element present at load, and fetches only that element', async () => {
    frame = await loadFrame(
      page(`<onward-step-card preset="feedback" step="2"></onward-step-card>
        <script type="module" src="/dist/cdn/onward-loader.js"></script>`)
    );
    const win = frame.contentWindow as LoaderWindow;
    const card = frame.contentDocument!.querySelector('onward-step-card');
    await until(() => heading(card).includes('Ask for feedback'), 'the card to render');
    await settle();
    expect(elementModulesFetched(win)).to.deep.equal(['step-card']);
    expect(win.customElements.get('onward-feedback-request')).to.equal(undefined);
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('defines an element added to the page later', async () => {
    frame = await loadFrame(page(`<main></main><script type="module" src="/dist/cdn/onward-loader.js"></script>`));
    const win = frame.contentWindow as LoaderWindow;
    await settle();
    expect(elementModulesFetched(win)).to.deep.equal([]);
    const wrapper = frame.contentDocument!.createElement('div');
    wrapper.innerHTML = '<onward-interview-odds applicants="200" interviewed="8"></onward-interview-odds>';
    frame.contentDocument!.querySelector('main')!.append(wrapper);
    const odds = wrapper.firstElementChild!;
    await until(
      () => !!win.customElements.get('onward-interview-odds') && !!odds.shadowRoot?.textContent,
      'the odds to render'
    );
    expect(odds.shadowRoot!.textContent).to.contain('8');
    expect(elementModulesFetched(win)).to.deep.equal(['interview-odds']);
    expect(win.errors).to.deep.equal([]);
  });

  it('defines elements inside a shadow root handed to discover(), and ones added there later', async () => {
    frame = await loadFrame(
      page(`<div id="widget"></div>
        <script type="module">
          import * as loader from '/dist/cdn/onward-loader.js';
          window.loader = loader;
        </script>`)
    );
    const win = frame.contentWindow as LoaderWindow;
    await until(() => !!win.loader, 'the loader module');
    const root = frame.contentDocument!.getElementById('widget')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<onward-step-card preset="learn"></onward-step-card>';
    await win.loader!.discover(root);
    expect(win.customElements.get('onward-step-card'), 'defined when discover() settles').to.not.equal(undefined);
    await until(() => heading(root.querySelector('onward-step-card')).length > 0, 'the card to render');

    root.append(frame.contentDocument!.createElement('onward-strengths'));
    await until(() => !!win.customElements.get('onward-strengths'), 'an element added to the watched shadow root');
    expect(win.errors).to.deep.equal([]);
  });

  it('loads the recovery path, whose step cards and tools render', async () => {
    frame = await loadFrame(
      page(`<onward-recovery-path persist="none" steps="interview,believe" applicants="120" interviewed="5"></onward-recovery-path>
        <script type="module" src="/dist/cdn/onward-loader.js"></script>`)
    );
    const win = frame.contentWindow as LoaderWindow;
    const path = frame.contentDocument!.querySelector('onward-recovery-path')!;
    await until(() => (path.shadowRoot?.querySelectorAll('onward-step-card').length ?? 0) === 2, 'the two steps');
    await settle();
    const toolsFetched = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => /(interview-odds|feedback-request|similar-roles|learning-plan|strengths)[\w-]*\.js/.test(url));
    expect(toolsFetched(), 'no tool before its step is opened').to.deep.equal([]);
    const toggle = path.shadowRoot!.querySelector<HTMLButtonElement>('#toggle-interview')!;
    toggle.click();
    const odds = () => path.shadowRoot!.querySelector('onward-interview-odds');
    await until(() => !!odds()?.shadowRoot?.textContent?.includes('5'), 'the interview tool to render');
    expect(
      toolsFetched().every((url) => url.includes('interview-odds')),
      'only the opened tool'
    ).to.equal(true);
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('ignores an unknown onward-* tag: no request, no warning, no error', async () => {
    frame = await loadFrame(
      page(`<onward-foo></onward-foo><onward-step-card preset="search"></onward-step-card>
        <script type="module" src="/dist/cdn/onward-loader.js"></script>`)
    );
    const win = frame.contentWindow as LoaderWindow;
    await until(() => !!win.customElements.get('onward-step-card'), 'the known element');
    await settle();
    expect(win.customElements.get('onward-foo')).to.equal(undefined);
    expect(elementModulesFetched(win)).to.deep.equal(['step-card']);
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('leaves a tag whose module fails undefined, with one warning, and a later discover() tries again', async () => {
    frame = await loadFrame(
      page(`<onward-strengths persist="none"></onward-strengths>
        <script type="module">
          import * as loader from '/test-cdn-flaky/onward-loader.js';
          window.loader = loader;
        </script>`)
    );
    const win = frame.contentWindow as LoaderWindow;
    await until(() => win.warnings.some((w) => w.includes('<onward-strengths>')), 'the failure warning');
    await settle();
    const element = frame.contentDocument!.querySelector('onward-strengths')!;
    expect(win.customElements.get('onward-strengths')).to.equal(undefined);
    expect(win.getComputedStyle(element).outlineColor, 'the page’s :not(:defined) style still applies').to.equal(
      'rgb(255, 0, 0)'
    );
    expect(win.warnings.filter((w) => w.includes('<onward-strengths>'))).to.have.length(1);
    expect(win.errors).to.deep.equal([]);

    await win.loader!.discover(frame.contentDocument!);
    expect(win.customElements.get('onward-strengths')).to.not.equal(undefined);
    await until(() => !!element.shadowRoot?.textContent, 'the strengths to render');
    expect(win.getComputedStyle(element).outlineStyle).to.equal('none');
  });

  it('lets two loaders from two folders share a page without an exception', async () => {
    frame = await loadFrame(
      page(`<onward-step-card preset="believe"></onward-step-card>
        <script type="module" src="/dist/cdn/onward-loader.js"></script>
        <script type="module" src="/test-cdn-copy/onward-loader.js"></script>
        <script type="module">window.bothLoaded = true;</script>`)
    );
    const win = frame.contentWindow as LoaderWindow & { bothLoaded?: boolean };
    await until(() => win.bothLoaded === true, 'both loaders');
    const card = frame.contentDocument!.querySelector('onward-step-card');
    await until(() => heading(card).length > 0, 'the card to render');
    const added = frame.contentDocument!.createElement('onward-interview-odds');
    frame.contentDocument!.body.append(added);
    await until(() => !!win.customElements.get('onward-interview-odds'), 'an element added later');
    await settle();
    expect(win.errors).to.deep.equal([]);
  });
});

describe('languages in the CDN files', function () {
  this.timeout(40000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  /** The language files the frame fetched, as `de/step-card` (from `dist/cdn/locales/`). */
  const languageFiles = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => /\/cdn\/locales\/([\w-]+\/[\w-]+)\.js/.exec(entry.name)?.[1])
      .filter((name): name is string => !!name)
      .sort();

  it('the loader fetches only the German of the one card on the page', async () => {
    frame = await loadFrame(
      page(`<onward-step-card lang="de" preset="feedback"></onward-step-card>
        <script type="module" src="/dist/cdn/onward-loader.js"></script>`)
    );
    const win = frame.contentWindow as LoaderWindow;
    const card = frame.contentDocument!.querySelector('onward-step-card');
    await until(() => heading(card).includes('Um Feedback bitten'), 'the card in German');
    await settle();
    expect(languageFiles(win)).to.deep.equal(['de/common', 'de/step-card']);
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('onward.js fetches the Arabic of every element it defines, and lays it out right to left', async () => {
    frame = await loadFrame(
      page(`<onward-step-card lang="ar" preset="feedback"></onward-step-card>
        <script type="module" src="/dist/cdn/onward.js"></script>`)
    );
    const win = frame.contentWindow as LoaderWindow;
    const card = frame.contentDocument!.querySelector('onward-step-card');
    const base = () => card?.shadowRoot?.querySelector('[part~="base"]');
    await until(() => base()?.getAttribute('dir') === 'rtl', 'the card in Arabic');
    // The card's part first (it asks as soon as it is defined), then each element's as onward.js defines it.
    await until(() => languageFiles(win).length === 9, 'every part of the Arabic');
    expect(languageFiles(win)).to.include.members(['ar/common', 'ar/step-card', 'ar/feedback-request']);
    // A file counts as fetched before its words are registered, so the heading may still be English for a moment.
    await until(() => heading(card).length > 0 && !heading(card).includes('Ask for feedback'), 'the heading in Arabic');
    await settle();
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });
});
