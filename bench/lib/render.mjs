import { launchBrowser } from './browser.mjs';
import { FEEDBACK_ATTRIBUTES, openPage, RECOVERY_ATTRIBUTES, servePages } from './pages.mjs';
import { ms, ratio, rotate, summarize } from './stats.mjs';
import { table } from './table.mjs';

const cell = (samples, base) => {
  if (!samples?.length) return '–';
  const { median, min, max } = summarize(samples);
  return `${ms(median)} (${ms(min)}–${ms(max)})${base ? ` ${ratio(median, base)}` : ''}`;
};

/**
 * Step cards: for every sample and every N, each implementation in turn (rotated every round) gets a freshly loaded
 * page, one cold insertion, removal, then one warm insertion in the same page. Each insertion gives both timings.
 */
async function measureCards(page, origin, implementations, { samples, counts }) {
  const results = {};
  for (const implementation of implementations) results[implementation.id] = {};
  let order = 0;
  for (let sample = 0; sample < samples; sample++) {
    for (const n of counts) {
      for (const implementation of rotate(implementations, order++)) {
        await openPage(page, origin + implementation.url, implementation.tag);
        const cold = await page.evaluate((count) => window.bench.insert(count), n);
        await page.evaluate(() => window.bench.clear());
        const warm = await page.evaluate((count) => window.bench.insert(count), n);
        if (!cold.ok || !warm.ok) throw new Error(`${implementation.id} did not render its shadow DOM`);
        for (const [temperature, run] of [
          ['cold', cold],
          ['warm', warm]
        ]) {
          for (const mode of ['rendered', 'layout']) {
            (results[implementation.id][`${temperature}:${n}:${mode}`] ??= []).push(run[mode]);
          }
        }
      }
    }
    process.stdout.write(`  step cards: round ${sample + 1}/${samples}\r`);
  }
  process.stdout.write('\n');
  return results;
}

/** Pairs (vanilla baseline, Onward element) on the kit page; `measure` returns one timing or null. */
async function measurePair(page, kitUrl, samples, pair, measure) {
  const results = { vanilla: [], onward: [] };
  const sides = [
    ['vanilla', pair.vanilla],
    ['onward', pair.onward]
  ];
  for (let sample = 0; sample < samples; sample++) {
    for (const [side, tag] of rotate(sides, sample)) {
      await openPage(page, kitUrl);
      const value = await measure(tag);
      if (value === null) return { ...results, failed: `${tag}: ${pair.failure}` };
      results[side].push(value);
    }
  }
  return results;
}

export async function runRender({ root, dist, benchDir, chromePath, peersAvailable, quick }) {
  const samples = quick ? 5 : 15;
  const counts = quick ? [1, 1000] : [1, 100, 1000];
  const { server, implementations, kitUrl } = await servePages({ root, dist, benchDir, peersAvailable });
  const browser = await launchBrowser(chromePath);
  const lines = [];
  try {
    const { page } = browser;
    const available = [];
    for (const implementation of implementations) {
      if (await openPage(page, server.origin + implementation.url, implementation.tag)) available.push(implementation);
      else lines.push(`- ${implementation.label}: did not register in the page, left out.`);
    }
    const cards = await measureCards(page, server.origin, available, { samples, counts });
    const vanilla = cards.vanilla;
    for (const temperature of ['cold', 'warm']) {
      const rows = [];
      for (const n of counts) {
        for (const mode of ['rendered', 'layout']) {
          const key = `${temperature}:${n}:${mode}`;
          const base = vanilla?.[key] ? summarize(vanilla[key]).median : undefined;
          rows.push([
            String(n),
            mode === 'layout' ? 'rendered + style & layout' : 'rendered',
            ...available.map((implementation) =>
              cell(cards[implementation.id][key], implementation.id === 'vanilla' ? undefined : base)
            )
          ]);
        }
      }
      lines.push(
        `### Step cards, ${temperature} (${temperature === 'cold' ? 'first insertion in a freshly loaded page' : 'the same insertion again in that page after removal'})`,
        '',
        table(['N', 'until', ...available.map((implementation) => implementation.label)], rows, [
          'r',
          'l',
          ...available.map(() => 'r')
        ]),
        ''
      );
    }
    lines.push(
      `Milliseconds: median (min–max) ×ratio to the vanilla median, ${samples} samples each, one Chromium session,`,
      'implementations alternating (rotated every round). Timed from creating the N elements to: vanilla — the append',
      'returning (it renders synchronously in connectedCallback); Lit-based cards (Onward, Shoelace, Web Awesome, Material)',
      '— every `updateComplete` resolved; "style & layout" goes on until reading `offsetHeight` returns (both from the same',
      'insertion: nothing reads layout before that). Same content everywhere: Onward gets',
      '`preset="interview" step heading href`; the vanilla card the same copy through attributes; the peers the icon,',
      'badge, heading, body and link as light-DOM children in their slots. Garbage is collected before each sample.',
      "The vanilla card copies the step card's stylesheet, including `container-type: inline-size` on the host (for its",
      "narrow layout); the peers' light-DOM content has no container query, which is most of why their style & layout",
      "time can be below the vanilla card's (a one-off check here: without `container-type`, 1000 vanilla or Onward cards",
      'took roughly 70–100 ms less).',
      '',
      "What a profile of 1000 cold step cards showed (2026-12-06, Chromium's trace over CDP, thread CPU time, min of 8",
      'insertions in one session, before these changes): style recalc 132–143 ms (`sl-card` 51–56),',
      'layout 122–129 ms (`sl-card` 96–98), rendering before that 110–120 ms (`sl-card` 64), 19 000 elements styled. Matching',
      "selectors was 21 ms of a 338 ms traced recalc: the rules are not the cost. Two `5cqi` (the card surface's padding and",
      "the buttons' inline padding) were most of it: with no size container around the cards, style recalc fell to 64–72 ms",
      'without them. Each such rule is now written with `svw` (what `cqi` resolves to without a container) and again with',
      '`cqi` inside `@container (inline-size >= 0)` (`src/styles/in-container.ts`): the same pixels. Also changed: the step',
      "card's icon holder centres with flexbox, not a grid (7–12 ms of layout, and 3.5 kB of grid track sizing data per",
      'card in a heap snapshot), its gaps are longhands (a `var()` in a shorthand is resolved for each',
      "longhand: 3–8 ms of restyle), and its actions render inside the card's own template. Not the cost:",
      'the reset of inherited properties on `base` (about 1 ms of restyle once the container units were gone) and the',
      "shared system sheet (its cost was the buttons' `cqi`). Left: the `var()` uses themselves (a restyle of 1000 cards",
      "takes 56 ms, about 36 ms with the same values written literally; `sl-card` 40), the content column's grid (about",
      '15 ms of layout; flexbox would lay out a word wider than the card differently), `block-size: 100%` on `base`',
      '(about 20 ms of layout on this grid page; it gives the cards of a row equal heights), and Lit rendering (the',
      'template, reflected attributes, five event listeners per card).',
      ''
    );

    // Budget: 1000 step cards with style and layout ≤ 1.15× vanilla, and below every peer card.
    const verdicts = [];
    const top = counts.at(-1);
    for (const temperature of ['cold', 'warm']) {
      const key = `${temperature}:${top}:layout`;
      if (!cards.onward?.[key] || !vanilla?.[key]) continue;
      const onward = summarize(cards.onward[key]).median;
      const floor = summarize(vanilla[key]).median;
      const factor = onward / floor;
      const peers = available.filter((implementation) => implementation.peer);
      const slower = peers.filter((implementation) => summarize(cards[implementation.id][key]).median <= onward);
      verdicts.push(
        `- ${temperature}, ${top} cards with style & layout: ${ms(onward)} ms = ×${factor.toFixed(2)} vanilla ` +
          `(budget ≤ ×1.15: **${factor <= 1.15 ? 'pass' : 'OVER'}**)` +
          (peers.length
            ? `; ${slower.length === 0 ? `faster than every peer card (**pass**)` : `not faster than ${slower.map((p) => p.label).join(', ')} (**OVER**)`}`
            : '; peers not installed')
      );
    }
    if (verdicts.length) lines.push('Budget (quality.md):', '', ...verdicts, '');

    // The recovery path's first render and the feedback request's keystroke → preview, when built.
    const present = await (async () => {
      await openPage(page, kitUrl);
      return page.evaluate(() => window.bench.defined(['onward-recovery-path', 'onward-feedback-request']));
    })();
    const extra = [];
    if (present.includes('onward-recovery-path')) {
      const result = await measurePair(
        page,
        kitUrl,
        samples,
        { vanilla: 'bench-vanilla-recovery-path', onward: 'onward-recovery-path' },
        async (tag) =>
          (
            await page.evaluate(
              ([name, attributes]) => window.bench.firstRender(name, attributes),
              [tag, RECOVERY_ATTRIBUTES]
            )
          ).ms
      );
      extra.push(['`onward-recovery-path`: first render, style & layout', result]);
    } else {
      extra.push(['`onward-recovery-path`: first render', 'not built yet']);
    }
    if (present.includes('onward-feedback-request')) {
      let field;
      const result = await measurePair(
        page,
        kitUrl,
        samples,
        {
          vanilla: 'bench-vanilla-feedback-request',
          onward: 'onward-feedback-request',
          failure: 'no text field whose typing shows in the preview'
        },
        async (tag) => {
          const name = await page.evaluate(
            ([element, attributes]) => window.bench.prepareTyping(element, attributes),
            [tag, FEEDBACK_ATTRIBUTES]
          );
          if (name === null) return null;
          if (tag.startsWith('onward')) field = name;
          // One keystroke to warm up, then the measured one.
          for (let round = 0; round < 2; round++) {
            await page.evaluate(() => window.bench.armKeystroke());
            await page.keyboard.type('e');
            const outcome = await page.evaluate(() => window.bench.keystroke());
            if (round === 1) return outcome.changed ? outcome.ms : null;
          }
          return null;
        }
      );
      extra.push([
        `\`onward-feedback-request\`: keystroke → preview updated, style & layout${field ? ` (typing in "${field}")` : ''}`,
        result
      ]);
    } else {
      extra.push(['`onward-feedback-request`: keystroke → preview', 'not built yet']);
    }
    lines.push(
      '### Whole-element interactions, each against a vanilla baseline written for it',
      '',
      table(
        ['measure', 'vanilla baseline', 'Onward', 'ratio'],
        extra.map(([what, result]) => {
          if (typeof result === 'string') return [what, '–', result, '–'];
          if (result.failed) return [what, '–', `could not measure (${result.failed})`, '–'];
          const base = summarize(result.vanilla).median;
          return [what, cell(result.vanilla), cell(result.onward), ratio(summarize(result.onward).median, base)];
        }),
        ['l', 'r', 'r', 'r']
      ),
      '',
      'Recovery path: one element inserted into a freshly loaded page, timed until it and every element inside it has no',
      'update pending, then `offsetHeight`. Its baseline (`bench/fixtures/vanilla-recovery-path.js`) builds what the element',
      'shows before a step is opened: heading, intro, progress, five checkable vanilla step cards with their tool buttons and',
      'empty panels. Feedback request: a real keystroke (CDP key events) into the first text field whose text shows in the',
      'preview, timed in the page from `keydown` to the preview text having changed plus `offsetHeight`, after one warm-up',
      "keystroke; its baseline (`bench/fixtures/vanilla-feedback-request.js`) recomposes a similar form's preview with",
      '`textContent` on every `input`.',
      ''
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return { markdown: lines.join('\n') };
}
