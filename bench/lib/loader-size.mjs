import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { measure } from './bundle.mjs';
import { startServer } from './server.mjs';
import { kb } from './stats.mjs';
import { table } from './table.mjs';

/** Budgets for pages that embed the kit through the loader (gzip, every file the browser fetched). */
const BUDGET = { stepCard: 12_000, pathClosed: 20_000 };

const PATH = `<onward-recovery-path persist="none" candidate-name="Sam Rivera" recipient-name="Maya" company="Larkspur Health"
  job-title="Product Designer" applicants="214" interviewed="6"></onward-recovery-path>`;

/**
 * What a careers page downloads through `dist/cdn/onward-loader.js`: each scenario is a real page in Chromium, and the
 * row counts every file it fetched from the kit's folder (compressed one by one, as a server sends them).
 */
const SCENARIOS = [
  {
    what: 'one `<onward-step-card>`',
    body: '<onward-step-card preset="feedback" step="2" checkable></onward-step-card>',
    budget: BUDGET.stepCard
  },
  { what: '`<onward-recovery-path>`, no tool opened', body: PATH, budget: BUDGET.pathClosed },
  { what: '`<onward-recovery-path>`, then the feedback tool opened', body: PATH, open: 'feedback' },
  {
    what: 'every element on one page',
    body: [
      'step-card',
      'rejection-checklist',
      'interview-odds',
      'similar-roles',
      'learning-plan',
      'feedback-request',
      'strengths',
      'recovery-path'
    ]
      .map((name) => `<onward-${name} persist="none"></onward-${name}>`)
      .join('')
  },
  {
    what: 'one `<onward-step-card>` in German',
    body: '<onward-step-card preset="feedback" step="2" lang="de"></onward-step-card>'
  }
];

export async function runLoaderSize({ dist, chromePath }) {
  const cdn = join(dist, 'cdn');
  if (!existsSync(join(cdn, 'onward-loader.js')))
    return { markdown: 'The loader is not built (`npx vite build --mode loader`).\n', rows: [] };
  const pages = Object.fromEntries(
    SCENARIOS.map((scenario, index) => [
      `/page-${index}.html`,
      `<!doctype html><html lang="en"><body>${scenario.body}<script type="module" src="/cdn/onward-loader.js"></script></body></html>`
    ])
  );
  const server = await startServer({ mounts: { '/cdn/': cdn }, pages });
  const browser = await launchBrowser(chromePath);
  const rows = [];
  try {
    for (const [index, scenario] of SCENARIOS.entries()) {
      const fetched = new Set();
      const page = await browser.context.newPage();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/cdn/')) fetched.add(path.slice('/cdn/'.length));
      });
      await page.goto(`${server.origin}/page-${index}.html`, { waitUntil: 'networkidle' });
      if (scenario.open) {
        await page.evaluate(async (step) => {
          const path = document.querySelector('onward-recovery-path');
          path.shadowRoot.querySelector(`#toggle-${step}`).click();
          await path.updateComplete;
        }, scenario.open);
        await page.waitForLoadState('networkidle');
      }
      await page.close();
      const files = [...fetched].sort().map((file) => ({ file, ...measure(readFileSync(join(cdn, file))) }));
      const total = files.reduce(
        (sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }),
        { raw: 0, gzip: 0, brotli: 0 }
      );
      rows.push({ ...scenario, files, ...total });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const lines = [
    '### Through the loader (what the browser fetched)',
    '',
    table(
      ['page', 'files', 'minified', 'gzip', 'brotli', 'budget (gzip)', ''],
      rows.map((row) => [
        row.what,
        String(row.files.length),
        kb(row.raw),
        kb(row.gzip),
        kb(row.brotli),
        row.budget ? `≤ ${kb(row.budget)}` : '',
        row.budget ? (row.gzip <= row.budget ? 'pass' : 'OVER') : ''
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'l']
    ),
    '',
    'Each page loads `onward-loader.js` and holds the elements named; the files are those Chromium requested from the',
    "kit's folder (after the tool's button was pressed, where one is opened), each compressed on its own. File by file:",
    '',
    ...rows.map(
      (row) =>
        `- ${row.what}: ${row.files.map((file) => `\`${file.file.replace(/-[\w-]{8}\.js$/, '.js')}\` ${kb(file.gzip)}`).join(', ')}`
    ),
    ''
  ];
  return { markdown: lines.join('\n'), rows };
}
