import { expect } from '@open-wc/testing';
import { until } from './helpers/frames.js';

/** The whole kit on a page served with a strict Content-Security-Policy and Trusted Types, through either entry. */
describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  for (const [bundle, query] of [
    ['onward.js', ''],
    ['the loader', '?bundle=loader']
  ]) {
    it(`renders every element through ${bundle} and reports no violation`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/test/csp/strict.html${query}`;
      document.body.append(frame);
      await loaded;
      try {
        const win = frame.contentWindow as Window & { cspViolations: string[]; pageErrors: string[] };
        const doc = frame.contentDocument!;
        expect(doc.querySelector('script[type="module"]')!.getAttribute('src'), 'the entry on the page').to.equal(
          query ? '/dist/cdn/onward-loader.js' : '/dist/cdn/onward.js'
        );
        const tags = [
          ...new Set(
            [...doc.body.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('onward-'))
          )
        ];
        expect(tags).to.have.length(8);
        await until(() => tags.every((tag) => win.customElements.get(tag)), 'every element');
        await new Promise((resolve) => setTimeout(resolve, 300));
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
  }
});
