import { launchBrowser } from './browser.mjs';
import { CYCLE_ATTRIBUTES, openPage, servePages } from './pages.mjs';
import { kb, median } from './stats.mjs';
import { table } from './table.mjs';

const PER_CARD_BUDGET = 1200;
const GROWTH_BUDGET = 1_000_000;

async function collectGarbage(cdp) {
  for (let round = 0; round < 3; round++) await cdp.send('HeapProfiler.collectGarbage');
}

async function heapUsed(cdp) {
  await collectGarbage(cdp);
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** After a forced GC: JS heap in use, DOM nodes alive, listeners on window and document. */
async function snapshot(cdp) {
  const heap = await heapUsed(cdp);
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap, nodes, listeners: await listeners(cdp) };
}

/** Listeners on window and document, by type ("window:storage"). */
async function listeners(cdp) {
  const counts = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const listener of found)
      counts[`${target}:${listener.type}`] = (counts[`${target}:${listener.type}`] ?? 0) + 1;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return counts;
}

const total = (counts) => Object.values(counts).reduce((sum, count) => sum + count, 0);

export async function runMemory({ root, dist, benchDir, chromePath, peersAvailable, quick }) {
  const repeats = quick ? 1 : 3;
  const cycles = quick ? 200 : 1000;
  const warmup = quick ? 20 : 100;
  const { server, implementations, kitUrl, onwardTags } = await servePages({ root, dist, benchDir, peersAvailable });
  const browser = await launchBrowser(chromePath);
  const lines = [];
  try {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Runtime.enable');

    // --- JS heap per card, 1000 cards in the page ---
    const perCard = [];
    for (const implementation of implementations) {
      const bytes = [];
      const domNodes = [];
      for (let repeat = 0; repeat < repeats; repeat++) {
        if (!(await openPage(page, server.origin + implementation.url, implementation.tag))) break;
        const before = await snapshot(cdp);
        await page.evaluate(() => window.bench.insert(1000));
        const after = await snapshot(cdp);
        bytes.push((after.heap - before.heap) / 1000);
        domNodes.push((after.nodes - before.nodes) / 1000);
      }
      if (bytes.length) perCard.push({ implementation, bytes: median(bytes), nodes: median(domNodes) });
    }
    const onwardRow = perCard.find((row) => row.implementation.id === 'onward');
    lines.push(
      '### JS heap per card (1000 cards in the page)',
      '',
      table(
        ['card', 'JS heap per card (kB)', 'DOM nodes per card', 'budget'],
        perCard.map((row) => [
          row.implementation.label,
          kb(row.bytes),
          row.nodes.toFixed(1),
          row === onwardRow ? `≤ ${kb(PER_CARD_BUDGET)}: ${row.bytes <= PER_CARD_BUDGET ? 'pass' : 'OVER'}` : ''
        ]),
        ['l', 'r', 'r', 'l']
      ),
      '',
      `V8 heap in use (\`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`) with 1000 cards rendered, minus the`,
      `same page before, divided by 1000; median of ${repeats} fresh page${repeats > 1 ? 's' : ''}. DOM nodes (\`Memory.getDOMCounters\`,`,
      "shadow trees included) live in Blink's heap, not in the JS heap: they are listed for scale.",
      ''
    );

    // --- Mount/unmount cycles of every element present in the bundle ---
    await openPage(page, kitUrl);
    const present = await page.evaluate((tags) => window.bench.defined(tags), onwardTags);
    const missing = onwardTags.filter((tag) => !present.includes(tag));
    const rows = [];
    for (const tag of ['bench-vanilla-card', ...present]) {
      await openPage(page, kitUrl);
      const attributes = CYCLE_ATTRIBUTES[tag];
      await page.evaluate(
        ([name, values, count]) => window.bench.cycles(name, values, count),
        [tag, attributes, warmup]
      );
      const before = await snapshot(cdp);
      const started = Date.now();
      await page.evaluate(
        ([name, values, count]) => window.bench.cycles(name, values, count),
        [tag, attributes, cycles]
      );
      const seconds = (Date.now() - started) / 1000;
      const after = await snapshot(cdp);
      const growth = after.heap - before.heap;
      const added = Object.entries(after.listeners)
        .map(([type, count]) => [type, count - (before.listeners[type] ?? 0)])
        .filter(([, delta]) => delta !== 0)
        .map(([type, delta]) => `${type} ${delta > 0 ? '+' : ''}${delta}`);
      rows.push([
        tag === 'bench-vanilla-card' ? 'vanilla card (reference)' : `\`${tag}\``,
        `${growth >= 0 ? '+' : ''}${kb(growth)}`,
        `${after.nodes - before.nodes >= 0 ? '+' : ''}${after.nodes - before.nodes}`,
        `${total(before.listeners)} → ${total(after.listeners)}${added.length ? ` (${added.join(', ')})` : ''}`,
        ((seconds * 1000) / cycles).toFixed(2),
        tag.startsWith('onward-') ? (growth < GROWTH_BUDGET && added.length === 0 ? 'pass' : 'OVER') : ''
      ]);
      process.stdout.write(`  cycles: ${tag}\n`);
    }
    lines.push(
      `### ${cycles} mount/unmount cycles per element, after ${warmup} to warm up`,
      '',
      table(
        [
          'element',
          'heap growth (kB)',
          'DOM nodes',
          'listeners on window + document',
          'ms per cycle',
          'budget < 1 MB, none left'
        ],
        rows,
        ['l', 'r', 'r', 'l', 'r', 'l']
      ),
      '',
      'Each cycle creates the element (prefilled like a host page would, default persistence), appends it, waits until',
      'it and everything inside it has rendered, and removes it. Heap after forced GC; listeners counted with',
      '`DOMDebugger.getEventListeners` on `window` and `document` before and after the cycles. The vanilla reference row',
      'shows what the measurement itself leaves behind (compiled code, inline caches, the CDP calls): compare with it.',
      missing.length
        ? `Not in the built bundle yet (not measured): ${missing.map((tag) => `\`${tag}\``).join(', ')}.`
        : '',
      ''
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return { markdown: lines.join('\n') };
}
