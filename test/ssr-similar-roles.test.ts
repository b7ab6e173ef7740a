import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define/similar-roles.js';

// A server-rendered <onward-similar-roles> knows nothing stored: once hydrated, it reads the last visit and labels
// what is new, as a client render does.
const modules = ['../src/define/similar-roles.ts'];
const KEY = 'onward:v1:similar-roles:ssr-new';
const jobs = JSON.stringify([
  { id: 'seen', title: 'Product designer', url: '/jobs/1' },
  { id: 'fresh', title: 'UX writer', url: '/jobs/2' }
]);

afterEach(() => {
  cleanupFixtures();
  localStorage.removeItem(KEY);
});

describe('<onward-similar-roles> rendered on the server', () => {
  it('labels roles that are new since the last visit once hydrated', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { seen: ['seen'] } }));
    const element = await ssrHydratedFixture<HTMLElement>(
      html`<onward-similar-roles storage-key="ssr-new" jobs=${jobs}></onward-similar-roles>`,
      {
        modules
      }
    );
    const labels = () => [...element.shadowRoot!.querySelectorAll('[part~="new"]')];
    for (let i = 0; i < 50 && labels().length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(labels().map((label) => label.textContent)).to.deep.equal(['New']);
    expect(labels()[0].closest('[part~="item"]')!.querySelector('[part~="link"]')!.textContent!.trim()).to.equal(
      'UX writer'
    );
    const stored = JSON.parse(localStorage.getItem(KEY)!) as { data: { seen: string[] } };
    expect(stored.data.seen).to.have.members(['seen', 'fresh']);
  });
});
