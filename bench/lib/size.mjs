import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundle, cacheDir, measure } from './bundle.mjs';
import { kb } from './stats.mjs';
import { table } from './table.mjs';
import { PEERS } from './peers.mjs';
import { runLoaderSize } from './loader-size.mjs';

const BUDGET = { kit: 20_000, element: 9_000, locale: 5_000, localeCard: 1_500 };

const verdict = (size, budget) => (size <= budget ? 'pass' : 'OVER');

/**
 * Sizes of the kit, each per-element entry, each locale chunk, and the same widgets from the peers. Returns the
 * Markdown body of the section (also printed), plus the raw rows for a caller that wants them.
 */
export async function runSize({ root, dist, benchDir, peersAvailable, chromePath }) {
  const cache = join(cacheDir(benchDir), 'size');
  // Lit and the localize package resolve from the library's own node_modules, wherever the build was written.
  const nodePaths = [join(root, 'node_modules')];
  mkdirSync(cache, { recursive: true });
  const lines = [];

  // --- Onward Elements itself ---
  const own = [];
  const cdn = join(dist, 'cdn', 'onward.js');
  if (existsSync(cdn)) {
    own.push({ what: 'whole kit: `dist/cdn/onward.js` (as built)', ...measure(readFileSync(cdn)), budget: BUDGET.kit });
  } else {
    own.push({ what: 'whole kit: `dist/cdn/onward.js` — missing (run `npx vite build --mode cdn`)' });
  }
  const defineDir = join(dist, 'define');
  const elements = existsSync(defineDir)
    ? readdirSync(defineDir)
        .filter((file) => file.endsWith('.js'))
        .sort()
    : [];
  for (const file of elements) {
    const bytes = await bundle({ file: join(defineDir, file), nodePaths });
    writeFileSync(join(cache, `onward-${file}`), bytes);
    own.push({
      what: `\`<onward-${basename(file, '.js')}>\` entry + Lit + English`,
      ...measure(bytes),
      budget: BUDGET.element,
      inputs: bytes.inputs
    });
  }
  const localeDir = join(dist, 'locales');
  const locales = existsSync(localeDir)
    ? readdirSync(localeDir)
        .filter((file) => file.endsWith('.js'))
        .sort()
    : [];
  for (const file of locales) {
    const code = basename(file, '.js');
    const bytes = await bundle({ file: join(localeDir, file), nodePaths });
    const builtIn = code === 'en';
    own.push({
      what: `locale \`${code}\`${builtIn ? ' (built in: already inside every entry above)' : ''}`,
      ...measure(bytes),
      budget: builtIn ? undefined : BUDGET.locale
    });
    // What a page fetches of that language through the loader or `onward.js`: the shared part and each element's,
    // one file each (`dist/cdn/locales/<code>/<element>.js`), each compressed on its own as a server sends it.
    const parts = join(dist, 'cdn', 'locales', code);
    if (builtIn || !existsSync(parts)) continue;
    const served = (names) => names.map((name) => measure(readFileSync(join(parts, `${name}.js`))));
    const sum = (sizes) =>
      Object.fromEntries(
        ['raw', 'gzip', 'brotli'].map((key) => [key, sizes.reduce((total, size) => total + size[key], 0)])
      );
    const every = readdirSync(parts)
      .filter((name) => name.endsWith('.js'))
      .map((name) => basename(name, '.js'));
    own.push({
      what: `locale \`${code}\`, every element, as fetched (${every.length} files)`,
      ...sum(served(every)),
      budget: BUDGET.locale
    });
    own.push({
      what: `locale \`${code}\`, one step card, as fetched (\`common.js\` + \`step-card.js\`)`,
      ...sum(served(['common', 'step-card'])),
      budget: BUDGET.localeCard
    });
  }
  lines.push(
    '### Onward Elements',
    '',
    table(
      ['bundle', 'minified', 'gzip', 'brotli', 'budget (gzip)', ''],
      own.map((row) => [
        row.what,
        row.raw === undefined ? '' : kb(row.raw),
        row.gzip === undefined ? '' : kb(row.gzip),
        row.brotli === undefined ? '' : kb(row.brotli),
        row.budget === undefined ? '' : `≤ ${kb(row.budget)}`,
        row.budget === undefined || row.gzip === undefined ? '' : verdict(row.gzip, row.budget)
      ]),
      ['l', 'r', 'r', 'r', 'r', 'l']
    ),
    ''
  );
  if (own.some((row) => row.what.includes(', one step card'))) {
    lines.push(
      'Languages come in parts: the shared strings (`common`) and one part per element. `locale xx` is the whole language',
      'in one module (`onward-elements/locales/xx.js`); "every element, as fetched" is what a page showing every element',
      'downloads (`dist/cdn/locales/xx/*.js`, one file per part, each compressed alone, so more than the whole);',
      '"one step card" is what a page with one card downloads. The 5 kB budget for a whole language is not met: the',
      'translated text alone is about 4.6 (es) to 5.2 kB (ar) gzip, and the keys, written out in every part, add about',
      '1.5 kB more. Sending each part as its values in the order of the English keys would leave the keys out; that would',
      "change the format of the public `locales/` modules and is not done. The kit's files are written in UTF-8 (Vite",
      "writes them so, and browsers read every module script as UTF-8); this bench bundles in UTF-8 too, since esbuild's",
      'default `\\uXXXX` escapes had made Arabic look 0.7 kB larger than what is served.',
      ''
    );
  }
  lines.push((await runLoaderSize({ dist, chromePath })).markdown);
  const english = own.find((row) => row.what.startsWith('locale `en`'));
  if (english && !own.some((row) => row.what.startsWith('locale') && row !== english)) {
    lines.push(
      `No other language is built yet. English, which every translation mirrors key for key, is ${kb(english.gzip)} kB gzip:`,
      `a translation of the same length would be ${english.gzip <= BUDGET.locale ? 'within' : 'over'} the ${kb(BUDGET.locale)} kB budget for each extra language.`,
      ''
    );
  }
  const breakdowns = own.filter((row) => row.inputs);
  if (breakdowns.length > 0) {
    lines.push('What each entry is made of (minified bytes before compression, largest first):', '');
    for (const row of breakdowns) {
      const parts = row.inputs.slice(0, 8).map(([name, bytes]) => `${name} ${kb(bytes)}`);
      lines.push(`- ${row.what.split(' ')[0]}: ${parts.join(', ')}`);
    }
    lines.push('');
  }

  // --- Side by side ---
  const side = [];
  const floor = await bundle({ file: join(benchDir, 'fixtures', 'vanilla-card.js') });
  side.push({ what: 'floor: vanilla custom-element card', ...measure(floor) });
  // Lit alone from the library's own Lit (the one inside the Onward bundles).
  const litAlone = await bundle({
    contents: readFileSync(join(benchDir, 'fixtures', 'lit-alone.js'), 'utf8'),
    resolveDir: root
  });
  side.push({ what: 'Lit alone: a trivial LitElement', ...measure(litAlone) });
  const stepCard = own.find((row) => row.what.startsWith('`<onward-step-card>`'));
  if (stepCard) side.push({ ...stepCard, what: 'Onward: `<onward-step-card>` entry' });
  if (own[0].gzip !== undefined) side.push({ ...own[0], what: 'Onward: whole kit (`onward.js`)' });
  for (const peer of PEERS) {
    if (!peersAvailable) {
      side.push({ what: `${peer.label}: not installed` });
      continue;
    }
    const version = JSON.parse(
      readFileSync(join(benchDir, 'node_modules', peer.package, 'package.json'), 'utf8')
    ).version;
    const js = await bundle({
      contents: peer.modules.map((module) => `import '${module}';`).join('\n'),
      resolveDir: benchDir
    });
    writeFileSync(join(cache, `${peer.id}.js`), js);
    const row = { what: `${peer.label} (${version}): ${peer.modules.length} modules`, ...measure(js) };
    if (peer.css) {
      const css = await bundle({ contents: `@import '${peer.css}';`, resolveDir: benchDir, loader: 'css' });
      row.css = measure(css).gzip;
    }
    side.push(row);
  }
  lines.push(
    '### Side by side (each bundled with esbuild: ESM, minified, everything inlined)',
    '',
    table(
      ['bundle', 'minified', 'gzip', 'brotli', 'theme CSS gzip', 'JS + CSS gzip'],
      side.map((row) => [
        row.what,
        row.raw === undefined ? '' : kb(row.raw),
        row.gzip === undefined ? '' : kb(row.gzip),
        row.brotli === undefined ? '' : kb(row.brotli),
        row.css === undefined ? (row.gzip === undefined ? '' : '–') : kb(row.css),
        row.gzip === undefined ? '' : kb(row.gzip + (row.css ?? 0))
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r']
    ),
    '',
    'kB = 1,000 bytes. gzip level 9 and brotli quality 11 from `node:zlib`. Every bundle except `onward.js` (measured as',
    'Vite builds it) goes through the same esbuild call (`bundle`, `minify`, `format: esm`, `target: es2021`,',
    '`legalComments: none`). The peers ship the modules a careers site needs for the same widgets: card, checkbox,',
    'progress bar, buttons, text input, textarea, select with its option element and copy button (Material Web has no',
    'copy button or textarea element: its outlined text field covers both fields). Shoelace and Web Awesome also need their',
    'theme stylesheet for their design tokens (light / default theme, bundled and minified); Onward and Material Web do',
    'not.',
    ''
  );
  return { markdown: lines.join('\n') };
}
