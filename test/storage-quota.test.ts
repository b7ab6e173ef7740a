import { expect } from '@open-wc/testing';
import { render } from 'lit';
import en from '../src/locales/en.js';
import { elementSpecs, type ElementSpec } from './element-specs.js';
import { composedText, settleAll } from './helpers/composed.js';
import { elementDeclarations } from './helpers/manifest.js';

/**
 * The browser's own quota, not a simulated one: the page fills `localStorage` until the browser refuses even a few
 * bytes, then a visitor uses every persisting element. Chromium and Firefox each throw their own exception here
 * (message, and in older Firefox the legacy `NS_ERROR_DOM_QUOTA_REACHED`): the elements must recognise it, keep every
 * change on screen, show the calm note once, and save again once there is room. (`test/storage-faults.test.ts` covers
 * the other faults with stand-ins.)
 */

const persisting = elementDeclarations
  .filter((d) => d.tagName && d.attributes?.some((attribute) => attribute.name === 'persist'))
  .map((d) => d.tagName);

const UNAVAILABLE = en['common.storageUnavailable'];
const FILLER = 'onward-quota-filler-';
const notes = (element: HTMLElement) => composedText(element).split(UNAVAILABLE).length - 1;

/** Fills localStorage until the browser refuses a single character more; returns what it threw. */
function fillStorage(): unknown {
  let refusal: unknown;
  let index = 0;
  for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 1 << 4, 1]) {
    const chunk = 'x'.repeat(size);
    for (;;) {
      try {
        localStorage.setItem(`${FILLER}${(index += 1)}`, chunk);
      } catch (error) {
        refusal = error;
        break;
      }
    }
  }
  return refusal;
}

function emptyFiller(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(FILLER)) localStorage.removeItem(key);
}

let counter = 0;
const mounted: HTMLElement[] = [];

async function mount(tag: string, spec: ElementSpec, key: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  render(spec.full(), container);
  const element = container.querySelector<HTMLElement>(tag)!;
  element.setAttribute('persist', 'local');
  element.setAttribute('storage-key', key);
  document.body.append(container);
  mounted.push(container);
  await settleAll(element);
  return element;
}

async function act(element: HTMLElement, spec: ElementSpec, round: number): Promise<void> {
  await spec.interact!(element, round);
  await settleAll(element);
}

describe('the browser’s real storage quota, over every persisting element', () => {
  afterEach(() => {
    emptyFiller();
    for (const container of mounted.splice(0)) container.remove();
    for (const key of Object.keys(localStorage)) if (key.includes(':quota-')) localStorage.removeItem(key);
  });

  it('finds persisting elements', () => {
    expect(persisting.length).to.be.greaterThan(0);
  });

  for (const tag of persisting) {
    const spec = elementSpecs[tag];
    if (!spec?.interact || !spec.snapshot) continue;
    const snapshot = spec.snapshot;

    it(`<${tag}>: keeps every change on screen with one calm note while full, and saves again once there is room`, async function () {
      this.timeout(30_000);
      const key = `quota-${Date.now().toString(36)}-${(counter += 1)}`;
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => void errors.push(event.message);
      const onRejection = (event: PromiseRejectionEvent) => void errors.push(String(event.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const element = await mount(tag, spec, key);
        const initial = snapshot(element);
        const refusal = fillStorage();
        expect(refusal, 'the browser refused to store more').to.be.instanceOf(DOMException);

        await act(element, spec, 0);
        const whileFull = snapshot(element);
        expect(whileFull, 'the change shows while storage is full').to.not.deep.equal(initial);
        expect(notes(element), 'the calm note, once').to.equal(1);

        emptyFiller();
        await act(element, spec, 1);
        const final = snapshot(element);
        expect(final).to.not.deep.equal(whileFull);
        expect(notes(element), 'no note once saving works again').to.equal(0);
        const again = await mount(tag, spec, key);
        expect(snapshot(again), 'the next visit has both changes').to.deep.equal(final);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors, 'no uncaught error').to.deep.equal([]);
    });
  }
});
