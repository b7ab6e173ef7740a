import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The sections in the order RESULTS.md shows them. `budgets` is written by hand (what was tried for each budget that
 * is not met, and why it stops there) and, like every section, kept as it is when another one is measured again.
 */
const ORDER = ['budgets', 'size', 'render', 'memory', 'lighthouse', 'core', 'jobs'];
const TITLES = {
  size: 'Size',
  render: 'Render',
  memory: 'Memory',
  lighthouse: 'Lighthouse',
  core: 'Main-thread work on worst-case input',
  jobs: 'Job feeds: parse and rank'
};

const HEADER = `# Benchmark results

Written by \`npm run bench\` (\`node bench/run.mjs\`; \`--only size|render|memory|lighthouse|core\` rewrites one section and
keeps the others, \`--quick\` takes fewer samples). A report, not a test: budgets from
\`shared/design/quality.md\` are marked pass / OVER, nothing fails. Each section names the machine and the date it was
measured on; render timings depend on the machine's load, so compare ratios measured in the same run.

Findings that shaped the code (the comments there keep only the reason): validating the language with \`new Intl.Locale\`
on every string lookup took most of a step card's render time, so \`src/internal/localize.ts\` caches looked-up strings
per language; a container query on every step card measurably slowed the layout of a page of many cards, so the card
wraps its icon and text with flexbox instead (\`step-card.styles.ts\`); container units (\`cqi\`) with no size container
around the cards doubled their style recalc, so the shared styles write such a rule with \`svw\` and repeat it with \`cqi\`
inside \`@container\` (\`src/styles/in-container.ts\`).
`;

const marker = (id, end = false) => `<!-- ${end ? '/' : ''}bench:${id} -->`;

/** Replaces (or adds) one section of RESULTS.md, leaving the sections measured by other runs as they were. */
export function writeSection(file, id, machine, markdown, quick) {
  const sections = {};
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    for (const other of ORDER) {
      const start = text.indexOf(marker(other));
      const end = text.indexOf(marker(other, true));
      if (start !== -1 && end > start) sections[other] = text.slice(start, end + marker(other, true).length);
    }
  }
  sections[id] = [
    marker(id),
    `## ${TITLES[id]}`,
    '',
    `Measured on ${machine}${quick ? ' — **quick run** (fewer samples)' : ''}.`,
    '',
    markdown.trim(),
    marker(id, true)
  ].join('\n');
  const body = ORDER.filter((other) => sections[other]).map((other) => sections[other]);
  writeFileSync(file, `${HEADER}\n${body.join('\n\n')}\n`);
}
