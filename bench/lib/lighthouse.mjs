import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from './browser.mjs';
import { startServer } from './server.mjs';
import { table } from './table.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'Speed Index']
];

/** Lighthouse 12.2.3 (default mobile settings) on the built demo, served from a loopback server, in the same Chromium. */
export async function runLighthouse({ root, chromePath, peersAvailable }) {
  const demoDist = join(root, 'demo', 'dist');
  if (!existsSync(join(demoDist, 'index.html'))) {
    return {
      markdown:
        'Demo not built: no `demo/dist/index.html` (build it with `npx vite build --config demo/vite.config.ts`; ' +
        '`npm run bench` does that itself when `demo/vite.config.ts` exists).'
    };
  }
  if (!peersAvailable)
    return { skipped: true, markdown: 'Lighthouse is not installed in bench/node_modules: skipped.' };
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { version } = createRequire(import.meta.url)('lighthouse/package.json');
  const server = await startServer({ mounts: { '/': demoDist }, spa: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'onward-lighthouse-'));
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, userDataDir, logLevel: 'silent' });
    const { lhr } = await lighthouse(`${server.origin}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES
    });
    const scores = CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [
        lhr.categories[id]?.title ?? id,
        score === null || score === undefined ? 'n/a' : String(Math.round(score * 100))
      ];
    });
    const lines = [
      table(
        ['category', 'score'],
        scores.map(([title, score]) => [title, score === '100' ? `${score}` : `${score} (budget 100: OVER)`]),
        ['l', 'r']
      ),
      '',
      `Lighthouse ${version}, default (mobile, simulated throttling) settings, on \`demo/dist/\` served from 127.0.0.1.`,
      `Metrics: ${METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? 'n/a'}`).join(', ')}.`,
      ''
    ];
    // What cost points, so the fix is one look away.
    const lost = [];
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          lost.push(
            `- ${lhr.categories[id].title}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`
          );
        }
      }
    }
    if (lost.length) lines.push('Audits that cost points:', '', ...lost, '');
    if (lhr.runWarnings?.length)
      lines.push('Lighthouse warnings:', '', ...lhr.runWarnings.map((warning) => `- ${warning}`), '');
    return { markdown: lines.join('\n') };
  } finally {
    await chrome?.kill();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
}
