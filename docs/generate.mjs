// Writes the generated parts of README.md and docs/languages.md, between `<!-- generated:NAME -->` and
// `<!-- /generated:NAME -->`: the size figures, from bench/RESULTS.md (the one place sizes are measured), and the table
// of every catalogue key with its English text, from src/locales/en.ts. `npm run docs` runs it; a test fails when a
// committed file no longer matches, so a figure cannot disagree with the measurement or a key go missing.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Every row of the size tables in bench/RESULTS.md: label → gzip kB (text as measured), budget and verdict. */
export function sizesFrom(results) {
  const section = /<!-- bench:size -->([\s\S]*?)<!-- \/bench:size -->/.exec(results)?.[1];
  if (!section) throw new Error('bench/RESULTS.md has no size section');
  const rows = new Map();
  let columns = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    if (cells[0] === 'bundle' || cells[0] === 'page') {
      columns = cells;
      continue;
    }
    rows.set(cells[0], Object.fromEntries(columns.map((column, index) => [column || 'verdict', cells[index]])));
  }
  return rows;
}

const kB = (text) => `${text} kB`;
const budget = (row) =>
  `${row['budget (gzip)'].replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1')} kB: ${row.verdict === 'OVER' ? 'over' : 'met'}`;
const entryName = (label) => /^`<onward-([\w-]+)>` entry/.exec(label)?.[1].replace(/-/g, ' ');

/** The size rows of the README's performance section. */
export function renderSizeTable(sizes) {
  const row = (label) => {
    const found = sizes.get(label);
    if (!found) throw new Error(`bench/RESULTS.md has no size row "${label}"`);
    return found;
  };
  const kit = row('whole kit: `dist/cdn/onward.js` (as built)');
  const entries = [...sizes].filter(([label]) => entryName(label) && !label.includes('recovery-path'));
  const byGzip = (list) => [...list].sort(([, a], [, b]) => Number(a.gzip) - Number(b.gzip));
  const sortedEntries = byGzip(entries);
  const [smallest, largest] = [sortedEntries[0], sortedEntries.at(-1)];
  const card = row('`<onward-step-card>` entry + Lit + English');
  const loaderCard = row('one `<onward-step-card>`');
  const loaderPath = row('`<onward-recovery-path>`, no tool opened');
  const path = row('`<onward-recovery-path>` entry + Lit + English');
  const locales = byGzip([...sizes].filter(([label]) => /^locale `[\w-]+`$/.test(label)));
  const [first, last] = [locales[0], locales.at(-1)];
  const cards = byGzip([...sizes].filter(([label]) => /^locale `[\w-]+`, one step card/.test(label)));
  const code = (label) => /`([\w-]+)`/.exec(label)[1];
  const peer = (name) => {
    const found = [...sizes].find(([label]) => label.startsWith(name));
    if (!found) throw new Error(`bench/RESULTS.md has no size row for ${name}`);
    return kB(found[1]['JS + CSS gzip']);
  };
  return [
    '| Size, gzip | Measured | Budget |',
    '|---|---|---|',
    `| Whole kit, \`dist/cdn/onward.js\` (every element, English, Lit inside) | ${kB(kit.gzip)} | ${budget(kit)} |`,
    `| One element's entry with Lit and its English | ${kB(smallest[1].gzip)} (${entryName(smallest[0])}) to ${kB(largest[1].gzip)} (${entryName(largest[0])}); step card ${kB(card.gzip)}; recovery path (all tools) ${kB(path.gzip)} | ${budget(card)} |`,
    `| Through the loader, every file the browser fetches: one step card; the recovery path before a tool opens | ${kB(loaderCard.gzip)} (${loaderCard.files} files); ${kB(loaderPath.gzip)} (${loaderPath.files} files) | ${budget(loaderCard)}; ${budget(loaderPath)} |`,
    `| Each extra language (loads only when used), whole | ${kB(first[1].gzip)} (${code(first[0])}) to ${kB(last[1].gzip)} (${code(last[0])}) | ${budget(last[1])} |`,
    `| The same, only what one step card needs (its part and the shared one) | ${kB(cards[0][1].gzip)} (${code(cards[0][0])}) ` +
      `to ${kB(cards.at(-1)[1].gzip)} (${code(cards.at(-1)[0])}) | ${budget(cards.at(-1)[1])} |`,
    `| For scale: a general library's widgets for the same screens | Material Web ${peer('Material Web')}, Shoelace ${peer('Shoelace')}, Web Awesome ${peer('Web Awesome')} (with theme CSS) | |`
  ].join('\n');
}

/** The per-language size table of docs/languages.md: the whole language, and what a page of one step card fetches. */
export function renderLanguageSizes(sizes) {
  const locales = [...sizes]
    .filter(([label]) => /^locale `[\w-]+`$/.test(label))
    .sort(([, a], [, b]) => Number(a.gzip) - Number(b.gzip));
  const codes = locales.map(([label]) => /`([\w-]+)`/.exec(label)[1]);
  const find = (code, what) => [...sizes].find(([label]) => label.startsWith(`locale \`${code}\`, ${what}`))?.[1];
  const line = (what, rows) => `| ${what} | ${rows.map((row) => (row ? kB(row.gzip) : '')).join(' | ')} |`;
  return [
    `| language, gzip | ${codes.map((code) => `\`${code}\``).join(' | ')} |`,
    `|---|${codes.map(() => '---').join('|')}|`,
    line(
      'whole language, one module',
      locales.map(([, row]) => row)
    ),
    line(
      'every element, as fetched (one file per part)',
      codes.map((code) => find(code, 'every element'))
    ),
    line(
      'one step card, as fetched',
      codes.map((code) => find(code, 'one step card'))
    )
  ].join('\n');
}

/** Every key of the English catalogue with its text, for docs/languages.md. */
export function renderKeyTable(english) {
  const text = (value) => String(value).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, '<br>');
  const keys = Object.keys(english).filter((key) => !key.startsWith('$'));
  return ['| Key | English |', '|---|---|', ...keys.map((key) => `| \`${key}\` | ${text(english[key])} |`)].join('\n');
}

/** The English catalogue, compiled from its TypeScript source. */
export async function englishCatalogue() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/locales/en.ts', root))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent'
  });
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
  return module.default;
}

/** `markdown` with each generated region replaced. */
export function fillGenerated(markdown, regions, file) {
  let out = markdown;
  for (const [name, body] of Object.entries(regions)) {
    const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`${file} has no <!-- generated:${name} --> region`);
    out = out.replace(pattern, (_, open, close) => `${open}\n${body}\n${close}`);
  }
  return out;
}

/** What README.md and docs/languages.md must hold, from bench/RESULTS.md and the English catalogue. */
export async function generatedDocs() {
  const sizes = sizesFrom(read('bench/RESULTS.md'));
  const english = await englishCatalogue();
  return {
    'README.md': fillGenerated(read('README.md'), { sizes: renderSizeTable(sizes) }, 'README.md'),
    'docs/languages.md': fillGenerated(
      read('docs/languages.md'),
      { 'language-sizes': renderLanguageSizes(sizes), keys: renderKeyTable(english) },
      'docs/languages.md'
    )
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, content] of Object.entries(await generatedDocs())) {
    writeFileSync(new URL(path, root), content);
    console.log(`${path} written`);
  }
}
