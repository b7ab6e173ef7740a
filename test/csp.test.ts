import { expect } from '@open-wc/testing';

/** The whole kit on a page served with a strict Content-Security-Policy and Trusted Types. */
describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element and reports no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/csp/strict.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { cspViolations: string[]; pageErrors: string[] };
    const doc = frame.contentDocument!;
    const tags = [...new Set([...doc.body.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('onward-')))];
    for (let i = 0; i < 200 && !tags.every((tag) => win.customElements.get(tag)); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      for (const tag of tags) {
        const element = doc.querySelector(tag)!;
        expect(element.shadowRoot?.childElementCount ?? 0, `<${tag}> rendered`).to.be.greaterThan(0);
      }
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
