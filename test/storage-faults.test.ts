import { expect } from '@open-wc/testing';
import { render } from 'lit';
import en from '../src/locales/en.js';
import { STORAGE_PREFIX } from '../src/internal/storage.js';
import { elementSpecs, type ElementSpec } from './element-specs.js';
import { composedText, settleAll } from './helpers/composed.js';
import { securityError, storageFaults, withStorageMethod, withWindowProperty } from './helpers/storage-faults.js';
import { observe } from './helpers/console.js';
import { elementDeclarations } from './helpers/manifest.js';

/**
 * Every persisting element in the manifest (those with a `persist` attribute), under every storage fault: the user's
 * changes in this visit stay on screen, one calm note says they cannot be saved, and nothing throws. Also corrupt, old
 * and polluted records, storage that fails in the middle of a visit and comes back, and other tabs writing the same key.
 * The user's actions are each element's `interact`, what they see of them its `snapshot` (`test/element-specs.ts`).
 */

const persisting = elementDeclarations.filter(
  (d) => d.tagName && d.attributes?.some((attribute) => attribute.name === 'persist')
);

const UNAVAILABLE = en['common.storageUnavailable'];
const DISCARDED = en['common.storageDiscarded'];
const ELEMENT_NAMES: Record<string, string> = {};

let counter = 0;
const freshKey = () => `faults-${Date.now().toString(36)}-${(counter += 1)}`;
const mounted: HTMLElement[] = [];

/**
 * Builds the element from its `full()` fixture with `persist` and a fresh `storage-key`, off the page; `attach` puts it
 * on the page (so a fault can be in place before the element first reads storage).
 */
function build(
  tag: string,
  spec: ElementSpec,
  key: string,
  mode = 'local'
): { element: HTMLElement; attach: () => Promise<HTMLElement> } {
  const container = document.createElement('div');
  render(spec.full(), container);
  const element = container.querySelector<HTMLElement>(tag)!;
  element.setAttribute('persist', mode);
  element.setAttribute('storage-key', key);
  return {
    element,
    attach: async () => {
      document.body.append(container);
      mounted.push(container);
      await settleAll(element);
      return element;
    }
  };
}

const mount = (tag: string, spec: ElementSpec, key: string, mode = 'local') => build(tag, spec, key, mode).attach();

async function act(element: HTMLElement, spec: ElementSpec, round: number): Promise<void> {
  await spec.interact!(element, round);
  await settleAll(element);
}

/** How many times the calm "cannot be saved" note shows. */
const notes = (element: HTMLElement) => composedText(element).split(UNAVAILABLE).length - 1;

/** How many times the "could not be read, starts fresh" note shows. */
const discardedNotes = (element: HTMLElement) => composedText(element).split(DISCARDED).length - 1;

/** The full storage key an element uses. */
const storageKey = (tag: string, key: string) => `${STORAGE_PREFIX}${ELEMENT_NAMES[tag]}:${key}`;

/** Records that must not break anything, and that the next save replaces. */
const badRecords: Array<[string, string]> = [
  ['corrupt JSON', '{"version":1,"data":{"checked":["send-thanks"'],
  ['plain text', 'hello'],
  ['null', 'null'],
  ['an array', '[1,2,3]'],
  ['an older schema version', '{"version":0,"data":{"checked":[],"goals":[],"texts":["a","b","c"],"done":[]}}'],
  ['a newer schema version', '{"version":2,"data":{"checked":[],"goals":[],"texts":["a","b","c"],"done":[]}}'],
  ['no data', '{"version":1}'],
  [
    'wrong types and unknown ids',
    '{"version":1,"data":{"checked":[1,null,"no-such-item",{}],"goals":[{"id":"<img>","skill":5},7],"texts":[{},[],3],"prompts":[99,-1,"x"],"done":["no-such-step",3]}}'
  ],
  [
    'prototype keys',
    '{"version":1,"__proto__":{"polluted":"yes"},"data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"checked":{"__proto__":[]},"goals":{"length":3},"texts":"abc","done":{"__proto__":{"length":1}}}}'
  ],
  ['a megabyte of junk', `{"version":1,"data":"${'x'.repeat(1_000_000)}"}`]
];

/** Records no element can read, whatever it stores: each one must tell the candidate that it was discarded. */
const UNREADABLE = new Set([
  'corrupt JSON',
  'plain text',
  'null',
  'an array',
  'an older schema version',
  'a newer schema version'
]);

const polluted = () =>
  (({}) as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0;

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
  for (let i = localStorage.length - 1; i >= 0; i -= 1) {
    const key = localStorage.key(i);
    if (key?.includes(':faults-')) localStorage.removeItem(key);
  }
  sessionStorage.clear();
});

describe('storage faults over every persisting element', () => {
  it('finds the persisting elements, each with interact and snapshot', () => {
    expect(persisting.length).to.be.greaterThan(0);
    for (const declaration of persisting) {
      const spec = elementSpecs[declaration.tagName];
      expect(spec?.interact, `interact for <${declaration.tagName}> in test/element-specs.ts`).to.be.a('function');
      expect(spec?.snapshot, `snapshot for <${declaration.tagName}> in test/element-specs.ts`).to.be.a('function');
    }
  });

  for (const declaration of persisting) {
    const tag = declaration.tagName;
    const spec = elementSpecs[tag];
    if (!spec?.interact || !spec.snapshot) continue;
    const snapshot = spec.snapshot;

    describe(`<${tag}>`, () => {
      before(async () => {
        // The element's short name in storage keys: learn it from the key the user's action writes (an element may
        // also store, on its own, what it showed).
        const key = freshKey();
        const element = await mount(tag, spec, key);
        const stored = { ...localStorage };
        await act(element, spec, 0);
        const written = Object.keys(localStorage).find(
          (name) =>
            name.startsWith(STORAGE_PREFIX) && name.endsWith(`:${key}`) && localStorage.getItem(name) !== stored[name]
        );
        expect(written, `<${tag}> saves under ${STORAGE_PREFIX}<element>:${key}`).to.be.a('string');
        ELEMENT_NAMES[tag] = written!.slice(STORAGE_PREFIX.length, -(key.length + 1));
        for (const container of mounted.splice(0)) container.remove();
      });

      it('saves with working storage, and shows no note', async () => {
        const key = freshKey();
        const element = await mount(tag, spec, key);
        const before = snapshot(element);
        await act(element, spec, 0);
        await act(element, spec, 1);
        const after = snapshot(element);
        expect(after, 'the actions change what the user sees').to.not.deep.equal(before);
        expect(notes(element)).to.equal(0);
        const again = await mount(tag, spec, key);
        expect(snapshot(again), 'a new visit shows the saved state').to.deep.equal(after);
      });

      const faults = [
        ...storageFaults.map(([name, wrap]) => ({ name, wrap, mode: 'local' })),
        {
          name: 'the sessionStorage getter throws SecurityError (persist="session")',
          mode: 'session',
          wrap: (body: () => unknown) =>
            withWindowProperty(
              'sessionStorage',
              {
                get: () => {
                  throw securityError();
                }
              },
              body
            )
        }
      ];

      for (const fault of faults) {
        it(`${fault.name}: keeps every change on screen, shows one calm note, throws nothing`, async () => {
          const { element, attach } = build(tag, spec, freshKey(), fault.mode);
          let states: unknown[] = [];
          let initial: unknown;
          const observed = await observe(() =>
            fault.wrap(async () => {
              await attach();
              initial = snapshot(element);
              await act(element, spec, 0);
              await act(element, spec, 1);
              await act(element, spec, 2);
              states = [snapshot(element)];
              // Re-rendered, and moved on the page (the host's framework re-parents it): nothing typed or ticked goes away.
              (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
              await settleAll(element);
              states.push(snapshot(element));
              const parent = element.parentElement!;
              element.remove();
              parent.append(element);
              await settleAll(element);
              states.push(snapshot(element));
              expect(notes(element), 'the calm note, once').to.equal(1);
            })
          );
          expect(observed.errors).to.deep.equal([]);
          expect(observed.warnings.length, observed.warnings.join('\n')).to.be.at.most(1);
          expect(states[0], 'the actions took effect').to.not.deep.equal(initial);
          expect(states[1], 'after a re-render').to.deep.equal(states[0]);
          expect(states[2], 'after moving on the page').to.deep.equal(states[0]);
        });
      }

      it('storage that fills up in the middle of a visit and frees up again: nothing lost, the note comes and goes', async () => {
        const key = freshKey();
        let element!: HTMLElement;
        let during: unknown;
        const observed = await observe(async () => {
          element = await mount(tag, spec, key);
          await act(element, spec, 0);
          expect(notes(element)).to.equal(0);
          await withStorageMethod(
            'setItem',
            () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            },
            async () => {
              await act(element, spec, 1);
              during = snapshot(element);
              expect(notes(element), 'the note while storage is full').to.equal(1);
            }
          );
          await act(element, spec, 2);
        });
        expect(observed.errors).to.deep.equal([]);
        expect(observed.warnings).to.deep.equal([]);
        expect(notes(element), 'no note once saving works again').to.equal(0);
        const final = snapshot(element);
        expect(final).to.not.deep.equal(during);
        const again = await mount(tag, spec, key);
        expect(
          snapshot(again),
          'the next visit has every change, including the one made while storage was full'
        ).to.deep.equal(final);
      });

      for (const [name, record] of badRecords) {
        it(`a stored record with ${name}: starts fresh without throwing, and the next change replaces it`, async () => {
          const key = freshKey();
          const fresh = snapshot(await mount(tag, spec, freshKey()));
          localStorage.setItem(storageKey(tag, key), record);
          let element!: HTMLElement;
          const observed = await observe(async () => {
            element = await mount(tag, spec, key);
          });
          expect(observed.errors).to.deep.equal([]);
          expect(polluted(), 'Object.prototype is untouched').to.be.false;
          expect(snapshot(element), 'nothing of the bad record shows').to.deep.equal(fresh);
          expect(notes(element), 'storage works: no "cannot be saved" note').to.equal(0);
          if (UNREADABLE.has(name))
            expect(discardedNotes(element), 'the note that the record was discarded').to.equal(1);
          else expect(discardedNotes(element)).to.be.at.most(1);
          await act(element, spec, 0);
          const saved = JSON.parse(localStorage.getItem(storageKey(tag, key))!) as { version: number };
          expect(saved.version).to.equal(1);
          const again = await mount(tag, spec, key);
          expect(snapshot(again)).to.deep.equal(snapshot(element));
        });
      }

      it('another tab writing the same key: a good record is taken over, anything else is ignored, nothing throws', async () => {
        const key = freshKey();
        const full = storageKey(tag, key);
        const element = await mount(tag, spec, key);
        await act(element, spec, 0);
        const first = snapshot(element);
        const firstRecord = localStorage.getItem(full)!;
        await act(element, spec, 1);
        const second = snapshot(element);
        expect(second).to.not.deep.equal(first);
        const local = localStorage;
        const fromOtherTab = (newValue: string | null, options: StorageEventInit = {}) =>
          window.dispatchEvent(
            new StorageEvent('storage', {
              key: full,
              newValue,
              oldValue: null,
              storageArea: local,
              url: 'https://example.com/other',
              ...options
            })
          );
        const observed = await observe(async () => {
          // The other tab went back to the first state: this tab follows it.
          fromOtherTab(firstRecord);
          await settleAll(element);
          expect(snapshot(element), 'a good record from another tab shows here').to.deep.equal(first);
          // Nothing else changes what the user sees.
          for (const [, record] of badRecords) fromOtherTab(record);
          fromOtherTab(null);
          fromOtherTab(localStorage.getItem(full), { key: `${full}-other` });
          fromOtherTab(localStorage.getItem(full), { storageArea: sessionStorage });
          fromOtherTab(null, { key: null });
          await settleAll(element);
          expect(snapshot(element), 'bad records, removals and other keys are ignored').to.deep.equal(first);
          // An event that arrives while this tab cannot reach storage at all.
          await storageFaults[0][1](async () => {
            fromOtherTab(firstRecord);
            await settleAll(element);
          });
        });
        expect(observed.errors).to.deep.equal([]);
        expect(polluted()).to.be.false;
        expect(snapshot(element)).to.deep.equal(first);
      });
    });
  }
});

describe('stored dates outside 1900–2199', () => {
  it('<onward-learning-plan>: a goal keeps its skill and state, and loses only a date outside the supported years', async () => {
    const key = freshKey();
    const goals = [
      { id: 'far', skill: 'Far future', targetDate: '9999-12-31', done: false },
      { id: 'zero', skill: 'Year zero', targetDate: '0000-01-01', done: true },
      { id: 'early', skill: 'Too early', targetDate: '1899-12-31', done: false },
      { id: 'good', skill: 'Writing SQL joins', targetDate: '2031-03-14', done: false }
    ];
    localStorage.setItem(`${STORAGE_PREFIX}learning-plan:${key}`, JSON.stringify({ version: 1, data: { goals } }));
    let element!: HTMLElement & { goals: Array<{ id: string; targetDate?: string; done: boolean }>; toIcs(): string };
    const observed = await observe(async () => {
      element = (await mount('onward-learning-plan', elementSpecs['onward-learning-plan'], key)) as typeof element;
    });
    expect(observed.errors).to.deep.equal([]);
    expect(element.goals.map((goal) => [goal.id, goal.targetDate, goal.done])).to.deep.equal([
      ['far', undefined, false],
      ['zero', undefined, true],
      ['early', undefined, false],
      ['good', '2031-03-14', false]
    ]);
    const text = composedText(element);
    expect(text).to.contain('Far future').and.contain('Year zero').and.contain('Too early');
    expect(text).to.not.match(/9999|0000|1899/);
    const ics = element.toIcs();
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20310314');
  });
});
