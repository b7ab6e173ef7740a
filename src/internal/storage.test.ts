import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { observe } from '../../test/helpers/console.js';
import { securityError, withStorageMethod, withWindowProperty } from '../../test/helpers/storage-faults.js';
import { forgetAll, isQuotaError, PersistController, type PersistMode } from './storage.js';

interface ProbeState {
  checked: string[];
}

const KNOWN = new Set(['thank', 'follow-up', 'save-roles']);

/** Validates untrusted data the way a real element must: right shape, known ids only. */
function readProbeState(data: unknown): ProbeState | undefined {
  if (!data || typeof data !== 'object' || !Array.isArray((data as ProbeState).checked)) return undefined;
  return {
    checked: (data as ProbeState).checked.filter((id): id is string => typeof id === 'string' && KNOWN.has(id))
  };
}

/** The smallest persisting element: a list of checked ids, shown as text, and the storage note. */
class StorageProbe extends LitElement {
  @property({ reflect: true }) persist: PersistMode = 'local';
  @property({ attribute: 'storage-key', reflect: true }) storageKey = 'default';
  @state() checked: string[] = [];

  readonly persistence = new PersistController<ProbeState>(this, {
    element: 'rejection-checklist',
    read: readProbeState,
    apply: (data) => {
      this.checked = data.checked;
    }
  });

  tick(id: string): void {
    this.checked = [...this.checked, id];
    this.persistence.save({ checked: this.checked });
  }

  protected override render() {
    return html`<p role="status">${this.persistence.unavailable ? 'not saved' : ''}</p>
      <output>${this.checked.join(',')}</output>`;
  }
}
customElements.define('storage-probe', StorageProbe);

const KEY = 'onward:v1:rejection-checklist:default';
const record = (checked: unknown, version: unknown = 1) => JSON.stringify({ version, data: { checked } });
const stored = (key = KEY, area: Storage = localStorage) => JSON.parse(area.getItem(key) ?? 'null') as unknown;
const note = (probe: StorageProbe) => probe.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function probe(template = html`<storage-probe></storage-probe>`): Promise<StorageProbe> {
  const element = await fixture<StorageProbe>(template);
  await element.updateComplete;
  return element;
}

describe('internal/storage', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('keys and records', () => {
    it('stores versioned JSON under onward:v1:rejection-checklist:<storage-key>', async () => {
      const element = await probe(html`<storage-probe storage-key="week-1"></storage-probe>`);
      element.tick('thank');
      expect(element.persistence.key).to.equal('onward:v1:rejection-checklist:week-1');
      expect(stored('onward:v1:rejection-checklist:week-1')).to.deep.equal({
        version: 1,
        data: { checked: ['thank'] }
      });
      expect(localStorage.length).to.equal(1);
    });

    it('uses "default" when storage-key is empty', async () => {
      const element = await probe(html`<storage-probe storage-key=""></storage-probe>`);
      element.tick('thank');
      expect(localStorage.getItem(KEY)).to.not.be.null;
    });

    it('restores saved state in a new instance (a reload)', async () => {
      localStorage.setItem(KEY, record(['thank', 'save-roles']));
      const element = await probe();
      expect(element.checked).to.deep.equal(['thank', 'save-roles']);
      expect(element.persistence.unavailable).to.be.false;
      expect(element.persistence.discarded).to.be.false;
    });

    it('persist="session" uses sessionStorage only', async () => {
      const element = await probe(html`<storage-probe persist="session"></storage-probe>`);
      element.tick('thank');
      expect(stored(KEY, sessionStorage)).to.deep.equal({ version: 1, data: { checked: ['thank'] } });
      expect(localStorage.length).to.equal(0);
    });

    it('persist="none" reads and writes nothing', async () => {
      localStorage.setItem(KEY, record(['thank']));
      const calls: string[] = [];
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = function (this: Storage, key: string) {
        calls.push(`get ${key}`);
        return getItem.call(this, key);
      };
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        calls.push(`set ${key}`);
        setItem.call(this, key, value);
      };
      try {
        const element = await probe(html`<storage-probe persist="none"></storage-probe>`);
        element.tick('follow-up');
        element.persistence.forget();
        expect(element.checked).to.deep.equal(['follow-up']);
        expect(element.persistence.unavailable).to.be.false;
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
      expect(calls).to.deep.equal([]);
      expect(localStorage.length).to.equal(1);
      expect(sessionStorage.length).to.equal(0);
    });

    it('treats an unknown persist value as "local"', async () => {
      const element = await probe(html`<storage-probe persist="cloud"></storage-probe>`);
      element.tick('thank');
      expect(localStorage.getItem(KEY)).to.not.be.null;
    });

    it('loads the other record when storage-key changes', async () => {
      localStorage.setItem('onward:v1:rejection-checklist:b', record(['save-roles']));
      const element = await probe(html`<storage-probe storage-key="a"></storage-probe>`);
      element.tick('thank');
      element.storageKey = 'b';
      await element.updateComplete;
      expect(element.checked).to.deep.equal(['save-roles']);
      expect(stored('onward:v1:rejection-checklist:a')).to.deep.equal({ version: 1, data: { checked: ['thank'] } });
    });
  });

  describe('forget() and forgetAll()', () => {
    it('forget() removes only this element’s record', async () => {
      localStorage.setItem('onward:v1:rejection-checklist:other', record(['thank']));
      const element = await probe();
      element.tick('thank');
      element.persistence.forget();
      expect(localStorage.getItem(KEY)).to.be.null;
      expect(localStorage.getItem('onward:v1:rejection-checklist:other')).to.not.be.null;
    });

    it('forgetAll() clears every onward:v1: key in both storages and nothing else', () => {
      localStorage.setItem(KEY, record(['thank']));
      localStorage.setItem('onward:v1:learning-plan:default', '{}');
      localStorage.setItem('host-app:cart', 'keep me');
      localStorage.setItem('onward-other', 'not ours either');
      sessionStorage.setItem('onward:v1:strengths:x', '{}');
      sessionStorage.setItem('host-session', 'keep me');
      forgetAll();
      expect(Object.keys(localStorage).sort()).to.deep.equal(['host-app:cart', 'onward-other']);
      expect(Object.keys(sessionStorage)).to.deep.equal(['host-session']);
    });

    it('forgetAll() does not throw when storage is blocked', async () => {
      await withWindowProperty(
        'localStorage',
        {
          get: () => {
            throw securityError();
          }
        },
        async () => {
          await withWindowProperty('sessionStorage', { value: undefined }, async () => {
            expect(() => forgetAll()).to.not.throw();
          });
        }
      );
      await withStorageMethod(
        'removeItem',
        () => {
          throw securityError();
        },
        async () => {
          localStorage.setItem(KEY, '{}');
          expect(() => forgetAll()).to.not.throw();
        }
      );
    });
  });

  describe('staying in sync', () => {
    it('keeps two instances with the same key in sync on the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <storage-probe></storage-probe><storage-probe></storage-probe><storage-probe storage-key="other"></storage-probe>
      </div>`);
      const [first, second, other] = [...wrapper.querySelectorAll<StorageProbe>('storage-probe')];
      first.tick('thank');
      await second.updateComplete;
      expect(second.checked).to.deep.equal(['thank']);
      expect(second.shadowRoot!.querySelector('output')!.textContent).to.equal('thank');
      second.tick('follow-up');
      expect(first.checked).to.deep.equal(['thank', 'follow-up']);
      expect(other.checked).to.deep.equal([]);
    });

    it('stops syncing an instance once it is removed from the page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><storage-probe></storage-probe><storage-probe></storage-probe></div>`
      );
      const [first, second] = [...wrapper.querySelectorAll<StorageProbe>('storage-probe')];
      second.remove();
      first.tick('thank');
      expect(second.checked).to.deep.equal([]);
    });

    it('applies a storage event from another tab', async () => {
      const element = await probe();
      window.dispatchEvent(
        new StorageEvent('storage', { key: KEY, newValue: record(['save-roles', 'thank']), storageArea: localStorage })
      );
      await element.updateComplete;
      expect(element.checked).to.deep.equal(['save-roles', 'thank']);
      expect(element.shadowRoot!.querySelector('output')!.textContent).to.equal('save-roles,thank');
    });

    it('ignores storage events for other keys, other areas, removals and bad records', async () => {
      localStorage.setItem(KEY, record(['thank']));
      const element = await probe();
      const events: StorageEventInit[] = [
        { key: 'onward:v1:rejection-checklist:other', newValue: record(['save-roles']), storageArea: localStorage },
        { key: KEY, newValue: record(['save-roles']), storageArea: sessionStorage },
        { key: KEY, newValue: null, storageArea: localStorage },
        { key: null, newValue: null, storageArea: localStorage },
        { key: KEY, newValue: '{oops', storageArea: localStorage },
        { key: KEY, newValue: record(['save-roles'], 2), storageArea: localStorage },
        { key: KEY, newValue: JSON.stringify({ version: 1, data: 'nope' }), storageArea: localStorage }
      ];
      for (const init of events) window.dispatchEvent(new StorageEvent('storage', init));
      await element.updateComplete;
      expect(element.checked).to.deep.equal(['thank']);
    });

    it('keeps what the user sees when another tab writes a record it would have to tidy (unknown ids, wrong types)', async () => {
      localStorage.setItem(KEY, record(['thank']));
      const element = await probe();
      for (const checked of [['no-such-id'], ['save-roles', 'no-such-id'], [1, null, {}]]) {
        window.dispatchEvent(
          new StorageEvent('storage', { key: KEY, newValue: record(checked), storageArea: localStorage })
        );
      }
      await element.updateComplete;
      expect(element.checked).to.deep.equal(['thank']);
    });

    it('does not listen for another tab when persist is "session" or "none"', async () => {
      for (const persist of ['session', 'none']) {
        const element = await probe(html`<storage-probe persist=${persist}></storage-probe>`);
        window.dispatchEvent(
          new StorageEvent('storage', { key: KEY, newValue: record(['thank']), storageArea: localStorage })
        );
        expect(element.checked, persist).to.deep.equal([]);
      }
    });
  });

  describe('untrusted records', () => {
    it('starts fresh on corrupt JSON, flags it as discarded, and overwrites it on the next save', async () => {
      localStorage.setItem(KEY, '{"version":1,"data":{"checked":["thank"');
      const element = await probe();
      expect(element.checked).to.deep.equal([]);
      expect(element.persistence.discarded).to.be.true;
      expect(element.persistence.unavailable).to.be.false;
      element.tick('follow-up');
      expect(stored()).to.deep.equal({ version: 1, data: { checked: ['follow-up'] } });
    });

    for (const [name, text] of [
      ['an unknown schema version', record(['thank'], 2)],
      ['a version written as a string', record(['thank'], '1')],
      ['no version at all', JSON.stringify({ data: { checked: ['thank'] } })],
      ['a wrong shape', JSON.stringify({ version: 1, data: { checked: 'thank' } })],
      ['a bare array', '["thank"]'],
      ['JSON null', 'null'],
      ['an empty string', '']
    ] as const) {
      it(`ignores a record with ${name}`, async () => {
        localStorage.setItem(KEY, text);
        const element = await probe();
        expect(element.checked).to.deep.equal([]);
        expect(element.persistence.discarded).to.be.true;
        element.tick('thank');
        expect(element.checked).to.deep.equal(['thank']);
      });
    }

    it('drops ids that no longer exist and keeps the rest', async () => {
      localStorage.setItem(KEY, record(['thank', 'retired-item', 42, null, { id: 'x' }, 'save-roles']));
      const element = await probe();
      expect(element.checked).to.deep.equal(['thank', 'save-roles']);
      expect(element.persistence.discarded).to.be.false;
    });

    it('drops __proto__, constructor and prototype keys without polluting any prototype', async () => {
      localStorage.setItem(
        KEY,
        '{"__proto__":{"polluted":"yes"},"version":1,"data":{"checked":["thank"],"__proto__":{"checked":["save-roles"],"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}'
      );
      const element = await probe();
      expect(element.checked).to.deep.equal(['thank']);
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
      expect(Object.prototype).to.not.have.property('polluted');
    });

    it('ignores a record whose version sits only under __proto__', async () => {
      localStorage.setItem(KEY, '{"__proto__":{"version":1},"data":{"checked":["thank"]}}');
      const element = await probe();
      expect(element.checked).to.deep.equal([]);
    });
  });

  describe('storage failures', () => {
    it('the localStorage getter throwing SecurityError: works in memory, shows the note, no uncaught error', async () => {
      await withWindowProperty(
        'localStorage',
        {
          get: () => {
            throw securityError();
          }
        },
        async () => {
          const element = await probe();
          expect(element.persistence.unavailable).to.be.true;
          expect(note(element)).to.equal('not saved');
          element.tick('thank');
          element.tick('follow-up');
          await element.updateComplete;
          expect(element.checked).to.deep.equal(['thank', 'follow-up']);
          expect(() => element.persistence.forget()).to.not.throw();
        }
      );
    });

    it('storage missing (undefined) behaves the same', async () => {
      await withWindowProperty('localStorage', { value: undefined }, async () => {
        const element = await probe();
        element.tick('thank');
        await element.updateComplete;
        expect(element.checked).to.deep.equal(['thank']);
        expect(note(element)).to.equal('not saved');
      });
    });

    it('storage replaced by something that is not a Storage behaves the same', async () => {
      await withWindowProperty('localStorage', { value: {} }, async () => {
        const element = await probe();
        element.tick('thank');
        await element.updateComplete;
        expect(element.checked).to.deep.equal(['thank']);
        expect(note(element)).to.equal('not saved');
      });
    });

    it('getItem throwing: starts empty, still saves when setItem works, and keeps the note (it cannot be read back)', async () => {
      await withStorageMethod(
        'getItem',
        () => {
          throw securityError();
        },
        async () => {
          const element = await probe();
          expect(element.persistence.unavailable).to.be.true;
          element.tick('thank');
          await element.updateComplete;
          expect(element.checked).to.deep.equal(['thank']);
          expect(note(element)).to.equal('not saved');
        }
      );
      expect(stored()).to.deep.equal({ version: 1, data: { checked: ['thank'] } });
    });

    it('setItem throwing: keeps the change in memory, shows the note once, warns once', async () => {
      let element!: StorageProbe;
      const { warnings, errors } = await observe(async () => {
        await withStorageMethod(
          'setItem',
          () => {
            throw new Error('disk on fire');
          },
          async () => {
            element = await probe();
            expect(element.persistence.unavailable).to.be.false;
            element.tick('thank');
            element.tick('follow-up');
            element.tick('save-roles');
            await element.updateComplete;
          }
        );
      });
      expect(errors).to.deep.equal([]);
      expect(element.checked).to.deep.equal(['thank', 'follow-up', 'save-roles']);
      expect(note(element)).to.equal('not saved');
      expect(element.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      expect(warnings).to.have.length(1);
    });

    const quotaErrors: Array<[string, () => unknown]> = [
      [
        'QuotaExceededError (modern DOMException)',
        () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      ],
      [
        'legacy code 22',
        () => Object.assign(new Error('QUOTA_EXCEEDED_ERR'), { name: 'QUOTA_EXCEEDED_ERR', code: 22 })
      ],
      [
        'legacy NS_ERROR_DOM_QUOTA_REACHED',
        () =>
          Object.assign(new Error('Persistent storage maximum size reached'), {
            name: 'NS_ERROR_DOM_QUOTA_REACHED',
            code: 1014
          })
      ]
    ];
    for (const [name, make] of quotaErrors) {
      it(`recognises ${name} by name or code`, () => {
        expect(isQuotaError(make())).to.be.true;
      });

      it(`setItem throwing ${name}: memory kept, the note shown, no warning in the console`, async () => {
        let element!: StorageProbe;
        const { warnings, errors } = await observe(async () => {
          await withStorageMethod(
            'setItem',
            () => {
              throw make();
            },
            async () => {
              element = await probe();
              element.tick('thank');
              await element.updateComplete;
            }
          );
        });
        expect(errors).to.deep.equal([]);
        expect(element.checked).to.deep.equal(['thank']);
        expect(note(element)).to.equal('not saved');
        expect(warnings).to.deep.equal([]);
      });
    }

    it('isQuotaError is false for other errors and non-errors', () => {
      for (const value of [new Error('x'), securityError(), null, undefined, 'QuotaExceededError', 22, { code: 18 }]) {
        expect(isQuotaError(value), String(value)).to.be.false;
      }
    });

    it('clears the note when a later save succeeds', async () => {
      let fail = true;
      const original = Storage.prototype.setItem;
      await withStorageMethod(
        'setItem',
        function (this: Storage, key: string, value: string) {
          if (fail) throw new DOMException('full', 'QuotaExceededError');
          original.call(this, key, value);
        } as never,
        async () => {
          const element = await probe();
          element.tick('thank');
          await element.updateComplete;
          expect(note(element)).to.equal('not saved');
          fail = false;
          element.tick('follow-up');
          await element.updateComplete;
          expect(note(element)).to.equal('');
        }
      );
      expect(stored()).to.deep.equal({ version: 1, data: { checked: ['thank', 'follow-up'] } });
    });

    it('keeps this visit’s changes when the element is moved after a failed save', async () => {
      localStorage.setItem(KEY, record(['save-roles']));
      const wrapper = await fixture<HTMLElement>(html`<div><storage-probe></storage-probe><section></section></div>`);
      const element = wrapper.querySelector<StorageProbe>('storage-probe')!;
      expect(element.checked).to.deep.equal(['save-roles']);
      await withStorageMethod(
        'setItem',
        () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        async () => {
          element.tick('thank');
        }
      );
      wrapper.querySelector('section')!.append(element);
      await element.updateComplete;
      expect(element.checked).to.deep.equal(['save-roles', 'thank']);
    });

    it('still keeps two instances in sync when storage is blocked', async () => {
      await withWindowProperty(
        'localStorage',
        {
          get: () => {
            throw securityError();
          }
        },
        async () => {
          const wrapper = await fixture<HTMLElement>(
            html`<div><storage-probe></storage-probe><storage-probe></storage-probe></div>`
          );
          const [first, second] = [...wrapper.querySelectorAll<StorageProbe>('storage-probe')];
          first.tick('thank');
          expect(second.checked).to.deep.equal(['thank']);
        }
      );
    });
  });
});
