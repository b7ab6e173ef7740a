import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import { copyText } from './clipboard.js';
import { canHoldKeys, itWhere } from '../../test/helpers/browser.js';

// The real clipboard of the browser under test (Chromium and Firefox each keep their own when headless): a real click
// gives the user activation `navigator.clipboard.writeText` needs, and a real Ctrl+V shows what was copied.

const TEXT = 'Thanks for your time, Ana!\nNext: ask for feedback ✓ — «soon» 🙂';
const modifier = /Mac/.test(navigator.platform) ? 'Meta' : 'Control';

async function chord(key: 'KeyC' | 'KeyV'): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

/** Pastes the clipboard into a fresh textarea with the keyboard and returns what arrived. */
async function pasted(): Promise<string> {
  const target = document.createElement('textarea');
  document.body.append(target);
  try {
    target.focus();
    await chord('KeyV');
    return target.value;
  } finally {
    target.remove();
  }
}

async function clickCentre(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** A host with an open shadow root holding `content`, as the elements keep their text. */
async function shadowHost(content: HTMLElement): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.append(content);
  return root;
}

/** Makes `navigator.clipboard.writeText` refuse, as a browser does without permission; returns the restore function. */
function refuseClipboard(): () => void {
  const clipboard = navigator.clipboard;
  const own = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
  });
  return () => {
    if (own) Object.defineProperty(clipboard, 'writeText', own);
    else delete (clipboard as unknown as Record<string, unknown>).writeText;
  };
}

describe('internal/clipboard in a real browser', () => {
  afterEach(() => window.getSelection()?.removeAllRanges());

  itWhere(
    canHoldKeys,
    'WebKitWebDriver cannot hold Control down for Ctrl+V',
    'copies from a real click, and Ctrl+V pastes exactly that text',
    async () => {
      let copied: Promise<boolean> | undefined;
      const button = await fixture<HTMLButtonElement>(
        html`<button style="inline-size: 10rem; block-size: 3rem" @click=${() => (copied = copyText(TEXT))}>Copy</button>`
      );
      await clickCentre(button);
      expect(copied, 'the click ran copyText').to.exist;
      expect(await copied).to.be.true;
      expect(await pasted()).to.equal(TEXT);
    }
  );

  /** Renders a two-line list in a shadow root and lets `copyText` fall back to selecting it. */
  async function refusedListCopy(): Promise<void> {
    const list = document.createElement('ul');
    for (const line of ['Say thank you', 'Ask one question ✓'])
      list.append(Object.assign(document.createElement('li'), { textContent: line }));
    await shadowHost(list);
    const restore = refuseClipboard();
    try {
      expect(await copyText('unused', list)).to.be.false;
    } finally {
      restore();
    }
  }

  it('when refused, selects the fallback text inside a shadow root', async () => {
    // Firefox has no ShadowRoot.getSelection(), and WebKit ignores shadow ranges given to addRange(): the document's
    // selection must hold the text in every engine.
    await refusedListCopy();
    expect(String(window.getSelection()).replace(/\s+/g, ' ').trim()).to.equal('Say thank you Ask one question ✓');
  });

  itWhere(
    canHoldKeys,
    'WebKitWebDriver cannot hold Control down for Ctrl+C',
    'when refused, Ctrl+C copies the text selected inside a shadow root',
    async () => {
      await refusedListCopy();
      await chord('KeyC');
      expect((await pasted()).replace(/\s+/g, ' ').trim()).to.equal('Say thank you Ask one question ✓');
    }
  );

  itWhere(
    canHoldKeys,
    'WebKitWebDriver cannot hold Control down for Ctrl+C',
    'when refused, focuses and selects a fallback textarea in a shadow root, so Ctrl+C copies its value',
    async () => {
      const area = Object.assign(document.createElement('textarea'), { value: TEXT });
      const root = await shadowHost(area);
      const restore = refuseClipboard();
      try {
        expect(await copyText('unused', area)).to.be.false;
      } finally {
        restore();
      }
      expect(root.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      await chord('KeyC');
      expect(await pasted()).to.equal(TEXT);
    }
  );
});
