import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import { forgetAll } from '../src/internal/storage.js';
import { elementSpecs } from './element-specs.js';
import { isFirefox } from './helpers/browser.js';
import { settleAll } from './helpers/composed.js';
import { manifestTags } from './helpers/manifest.js';

/**
 * Every element in the manifest, mounted (rendered, with its `full()` fixture) and removed 1000 times after a warm-up:
 * the JS heap after forced garbage collection grows by less than 1 MB, and no listener it added to `window` or
 * `document` is left behind.
 *
 * The heap is read exactly over the DevTools protocol (`test/heap-plugin.mjs`: a full collection, then
 * `Runtime.getHeapUsage`), since Chromium rounds `performance.memory` and refreshes it only every twenty minutes or so.
 * Each reading is the lowest of five, each after collections (`window.gc`, from `--js-flags=--expose-gc`, and the
 * protocol's), so one late allocation by the test runner cannot make the test flaky. Where the protocol is missing
 * (Firefox), only the heap check is skipped (a skipped test says why): the 1000 cycles and the listener check run.
 * Nothing here is timed.
 */

const tags = manifestTags;

const CYCLES = 1000;
const WARM_UP = 50;
const HEAP_BUDGET = 1024 * 1024;

/** The page's JS heap in bytes after a full collection, or null where the browser cannot tell. */
const heapUsage = async () =>
  (await executeServerCommand<{ bytes: number | null }, undefined>('onward-heap-usage')).bytes;
const heapReadable = (await heapUsage()) !== null;

/** The JS heap after full collections: the lowest of five readings, a turn of the event loop apart. */
async function settledHeap(): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    (window as unknown as { gc?: () => void }).gc?.();
    readings.push((await heapUsage())!);
  }
  return Math.min(...readings);
}

type Target = Window | Document;

/** Tracks the listeners added to `window` and `document` that are still registered (by target, type, listener, capture). */
function trackListeners(): { active: () => string[]; restore: () => void } {
  const active = new Map<string, { target: string; type: string }>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (listener: unknown) => {
    if (listener === null || (typeof listener !== 'object' && typeof listener !== 'function')) return 'none';
    if (!ids.has(listener)) ids.set(listener, (next += 1));
    return String(ids.get(listener));
  };
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
  const originals: Array<[Target, Target['addEventListener'], Target['removeEventListener']]> = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document]
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    originals.push([target, add, remove]);
    target.addEventListener = function (this: Target, type: string, listener: unknown, options?: unknown) {
      // A `once` listener removes itself when it fires; one that never fires is left behind, so it still counts.
      active.set(`${name}|${type}|${idOf(listener)}|${capture(options)}`, { target: name, type });
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as Target['addEventListener'];
    target.removeEventListener = function (this: Target, type: string, listener: unknown, options?: unknown) {
      active.delete(`${name}|${type}|${idOf(listener)}|${capture(options)}`);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as Target['removeEventListener'];
  }
  return {
    active: () => [...active.values()].map(({ target, type }) => `${target} ${type}`),
    restore: () => {
      for (const [target, add, remove] of originals) {
        target.addEventListener = add;
        target.removeEventListener = remove;
      }
    }
  };
}

/** Renders the element's fixture into a fresh container on the page, waits until it has rendered, then removes it. */
async function mountAndUnmount(tag: string): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  render(elementSpecs[tag].full(), container);
  await settleAll(container.querySelector(tag)!);
  container.remove();
}

describe('mounting and removing every element 1000 times', () => {
  afterEach(() => forgetAll());

  for (const tag of tags) {
    if (!heapReadable) {
      it.skip(
        `<${tag}>: under 1 MB of heap growth after GC (skipped in ${isFirefox ? 'Firefox' : 'this browser'}: the heap is read over the DevTools Protocol)`
      );
    }
    const title = heapReadable
      ? `<${tag}>: under 1 MB of heap growth after GC, no listener left on window or document`
      : `<${tag}>: no listener left on window or document`;
    it(title, async function () {
      this.timeout(120_000);
      for (let i = 0; i < WARM_UP; i += 1) await mountAndUnmount(tag);
      const listeners = trackListeners();
      let growth = 0;
      try {
        const before = heapReadable ? await settledHeap() : 0;
        for (let i = 0; i < CYCLES; i += 1) await mountAndUnmount(tag);
        if (heapReadable) growth = (await settledHeap()) - before;
        expect(listeners.active(), 'listeners added and never removed').to.deep.equal([]);
      } finally {
        listeners.restore();
      }
      expect(growth, `heap growth in bytes after ${CYCLES} cycles`).to.be.below(HEAP_BUDGET);
    });
  }
});
