// Writes docs/api.md — the API tables of every element — from custom-elements.json, which is generated from the JSDoc.
// `npm run docs` regenerates it; a test fails when the committed file no longer matches the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim() || '—';
const code = (text) => (text ? `\`${String(text).replace(/\|/g, '\\|')}\`` : '—');

function table(headings, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headings.join(' | ')} |`,
    `|${headings.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`)
  ].join('\n');
}

/**
 * A default as a reader can use it: a module constant (`DEFAULT_FEED_TIMEOUT`) is an internal name, so it is replaced
 * by the constant's own value from the manifest (`10000`).
 */
function defaultValue(text, constants) {
  if (text === undefined || !/^[A-Z][A-Z0-9_]*$/.test(text) || !constants.has(text)) return text;
  const value = constants.get(text);
  return /^[\d_.]+$/.test(value) ? value.replace(/_/g, '') : value;
}

/** Renders the API reference as Markdown. */
export function renderApiDocs(manifest) {
  const constants = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.kind === 'variable' && declaration.default !== undefined)
      .map((declaration) => [declaration.name, declaration.default])
  );
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [
    '# API reference',
    '',
    'Generated from the JSDoc of each element (`npm run docs`); do not edit by hand.',
    '',
    ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})`),
    ''
  ];
  for (const element of elements) {
    const fields = new Map((element.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
    const methods = (element.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static);
    out.push(`## \`<${element.tagName}>\``, '', cell(element.summary), '');
    if (element.description) out.push(element.description.trim(), '');
    out.push(
      `Import: \`import 'onward-elements/${element.tagName.replace(/^onward-/, '')}.js';\` — class \`${element.name}\`.`,
      ''
    );
    const sections = [
      [
        'Attributes',
        table(
          ['Attribute', 'Property', 'Type', 'Default', 'Description'],
          (element.attributes ?? []).map((a) => [
            code(a.name),
            code(a.fieldName),
            code(a.type?.text),
            code(defaultValue(a.default ?? fields.get(a.fieldName)?.default, constants)),
            cell(a.description)
          ])
        )
      ],
      [
        'Methods',
        table(
          ['Method', 'Description'],
          methods.map((m) => [code(`${m.name}()`), cell(m.description)])
        )
      ],
      [
        'Events',
        table(
          ['Event', 'Detail', 'Description'],
          (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])
        )
      ],
      [
        'Slots',
        table(
          ['Slot', 'Description'],
          (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])
        )
      ],
      [
        'CSS parts',
        table(
          ['Part', 'Description'],
          (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])
        )
      ],
      [
        'CSS custom properties',
        table(
          ['Property', 'Default', 'Description'],
          (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])
        )
      ]
    ];
    for (const [title, body] of sections) if (body) out.push(`### ${title}`, '', body, '');
  }
  return `${out.join('\n').trim()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  writeFileSync(new URL('./api.md', import.meta.url), renderApiDocs(manifest));
  console.log('docs/api.md written');
}
