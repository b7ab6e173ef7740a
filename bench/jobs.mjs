#!/usr/bin/env node
/**
 * Parsing and ranking 10,000 job postings, as `<onward-similar-roles source="…">` does with a large board: the budget
 * is one frame (16 ms). Runs the built `dist/core` in Node (run `npm run build` or `npx vite build` first), prints the
 * figures and writes the `jobs` section of bench/RESULTS.md. A report, not a test: it never fails on a figure.
 *
 *   node bench/jobs.mjs [--quick]
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { machineLine } from './lib/machine.mjs';
import { writeSection } from './lib/results.mjs';
import { median, timeRuns } from './lib/stats.mjs';

const root = join(import.meta.dirname, '..');
const { parseFeed, parseFeedText, rankRoles } = await import(pathToFileURL(join(root, 'dist/core/index.js')).href);
const quick = process.argv.includes('--quick');
const COUNT = 10_000;
const RUNS = quick ? 15 : 60;
const BUDGET = 16;
// Enough runs for V8 to have optimised the parsers before timing: with fewer, the first row timed also paid for that.
const WARM_UP = 30;

const words = ['Product', 'UX', 'Data', 'Sales', 'Content', 'Service', 'Platform', 'Research', 'Brand', 'Support'];
const kinds = ['Designer', 'Engineer', 'Manager', 'Analyst', 'Writer', 'Researcher'];
const levels = ['Senior ', 'Junior ', 'Staff ', 'Lead ', ''];
const places = ['Berlin', 'Remote (EU)', 'Lisbon', 'München', 'Toronto', 'Hybrid, Amsterdam'];
const departments = ['Design', 'Engineering', 'Sales', 'Data', 'Operations'];

/** A Greenhouse board of `COUNT` postings with departments (the `?content=true` shape, without the descriptions). */
function greenhouseBoard() {
  return {
    jobs: Array.from({ length: COUNT }, (_, i) => ({
      absolute_url: `https://job-boards.greenhouse.io/bench/jobs/${4_000_000 + i}`,
      internal_job_id: 3_000_000 + i,
      location: { name: places[i % places.length] },
      metadata: null,
      id: 4_000_000 + i,
      updated_at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      requisition_id: `REQ-${i}`,
      title: `${levels[i % levels.length]}${words[(i * 7) % words.length]} ${kinds[(i * 3) % kinds.length]}${i % 10 === 0 ? ' &amp; Research' : ''} ${i}`,
      company_name: 'Bench Co',
      first_published: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      departments: [
        { id: i % departments.length, name: departments[i % departments.length], child_ids: [], parent_id: null }
      ]
    })),
    meta: { total: COUNT }
  };
}

const options = {
  title: 'Senior product designer',
  department: 'Design',
  location: 'Berlin',
  max: 5,
  excludeUrl: 'https://job-boards.greenhouse.io/bench/jobs/4000010'
};

/** Median and 95th percentile wall-clock time, and median CPU time, per run (see `timeRuns`). */
function measure(run) {
  const { wall, cpu } = timeRuns(run, { warmUp: WARM_UP, runs: RUNS });
  const p95 = [...wall].sort((a, b) => a - b)[Math.floor(wall.length * 0.95)];
  return { median: median(wall), p95, cpu: median(cpu) };
}

const board = greenhouseBoard();
const text = JSON.stringify(board);
const rows = [
  ['parse + rank (body already JSON)', measure(() => rankRoles(parseFeed(board, 'greenhouse').jobs, options))],
  ['parse + rank, `format="auto"`', measure(() => rankRoles(parseFeed(board, 'auto').jobs, options))],
  [
    `JSON.parse + parse + rank (${(text.length / 1024 / 1024).toFixed(2)} MB text)`,
    measure(() => rankRoles(parseFeedText(text, 'greenhouse').jobs, options))
  ],
  ['rank only (10,000 roles)', measure(() => rankRoles(parseFeed(board, 'greenhouse').jobs, options))]
];
const parsed = parseFeed(board, 'greenhouse').jobs;
rows[3][1] = measure(() => rankRoles(parsed, options));

const ms = (value) => value.toFixed(2);
const load = loadavg()[0].toFixed(1);
const table = [
  `| ${COUNT.toLocaleString('en')} Greenhouse postings | median ms | p95 ms | median CPU ms | budget | |`,
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    ([name, { median, p95, cpu }]) =>
      `| ${name} | ${ms(median)} | ${ms(p95)} | ${ms(cpu)} | < ${BUDGET} | ${median < BUDGET ? 'pass' : cpu < BUDGET ? 'OVER (wall), pass (CPU)' : 'OVER'} |`
  )
].join('\n');
const markdown = `${table}\n\n\`node bench/jobs.mjs\` on the built \`dist/core\` in Node (V8, as in Chromium), ${RUNS} runs after ${WARM_UP} warm-up runs, load average ${load} on this machine's ${cpus().length} cores while it ran. Ranking asks for a title, department, location, an excluded URL and \`max\` 5. The wall clock counts time spent waiting for a core on a shared machine; CPU time is what the work itself took.`;
console.log(table);
writeSection(join(import.meta.dirname, 'RESULTS.md'), 'jobs', machineLine(), markdown, quick);
