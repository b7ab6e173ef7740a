/**
 * Custom Elements Manifest analyzer config. The one plugin spells out our enumerations: a type such as
 * `type StepPreset = (typeof STEP_PRESETS)[number]` becomes `'interview' | 'feedback' | …` in the manifest, so
 * Storybook controls, editor hints and the API docs show the allowed values.
 */
function expandConstArrayTypes() {
  const arrays = new Map(); // STEP_PRESETS -> ['interview', ...]
  const aliases = new Map(); // StepPreset -> 'STEP_PRESETS'
  return {
    name: 'onward-expand-const-array-types',
    collectPhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isAsExpression(node.initializer)) {
        const list = node.initializer.expression;
        if (ts.isArrayLiteralExpression(list) && list.elements.every((e) => ts.isStringLiteral(e))) {
          arrays.set(
            node.name.getText(),
            list.elements.map((e) => e.text)
          );
        }
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const match = /^\(typeof (\w+)\)\[number\]$/.exec(node.type.getText());
        if (match) aliases.set(node.name.getText(), match[1]);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (text) =>
        text
          .split('|')
          .map((part) => part.trim())
          .map((part) => {
            const values = aliases.has(part) ? arrays.get(aliases.get(part)) : undefined;
            return values ? values.map((v) => `'${v}'`).join(' | ') : part;
          })
          .join(' | ');
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [
            ...(declaration.attributes ?? []),
            ...(declaration.members ?? []),
            ...(declaration.events ?? []).flatMap((event) => event.detailFields ?? [])
          ]) {
            if (item.type?.text) item.type.text = expand(item.type.text);
          }
        }
      }
    }
  };
}

/**
 * Copies the fields of each event's detail interface (`CustomEvent<StepChangeDetail>`) onto the event as
 * `detailFields`, so Storybook's args table can show the shape of the detail rather than a type name.
 */
function eventDetailFields() {
  const interfaces = new Map(); // StepChangeDetail -> [{ name, type, description }]
  return {
    name: 'onward-event-detail-fields',
    collectPhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || !node.name.text.endsWith('Detail')) return;
      const fields = node.members
        .filter((member) => ts.isPropertySignature(member) && member.type)
        .map((member) => ({
          name: member.name.getText(),
          type: { text: member.type.getText() },
          description: (member.jsDoc ?? [])
            .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
            .join(' ')
            .trim()
        }));
      interfaces.set(node.name.text, fields);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const name = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
            if (name && interfaces.has(name)) event.detailFields = interfaces.get(name);
          }
        }
      }
    }
  };
}

/** Splits `'a' | 'b' | undefined` into its string values, for editors' value completion. */
function literalValues(typeText = '') {
  const values = [...typeText.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  return values.length > 0 ? values : undefined;
}

/**
 * Writes editor support next to the manifest: VS Code custom HTML data (`vscode.html-custom-data.json`) and JetBrains
 * `web-types.json`, both generated from the same JSDoc, so tag, attribute and value completion never drift.
 */
function editorData() {
  return {
    name: 'onward-editor-data',
    async packageLinkPhase({ customElementsManifest }) {
      const { readFileSync, writeFileSync } = await import('node:fs');
      const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .sort((a, b) => a.tagName.localeCompare(b.tagName));
      const vscode = {
        $schema:
          'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
        version: 1.1,
        tags: elements.map((element) => ({
          name: element.tagName,
          description: element.summary ?? element.description ?? '',
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(literalValues(attribute.type?.text)
              ? { values: literalValues(attribute.type?.text).map((name) => ({ name })) }
              : {})
          }))
        }))
      };
      const webTypes = {
        $schema: 'https://json.schemastore.org/web-types',
        name: 'onward-elements',
        version,
        'description-markup': 'markdown',
        'js-types-syntax': 'typescript',
        contributions: {
          html: {
            elements: elements.map((element) => ({
              name: element.tagName,
              description: element.summary ?? element.description ?? '',
              attributes: (element.attributes ?? []).map((attribute) => ({
                name: attribute.name,
                description: attribute.description ?? '',
                value: { type: attribute.type?.text ?? 'string', required: false },
                ...(literalValues(attribute.type?.text)
                  ? { values: literalValues(attribute.type?.text).map((name) => ({ name })) }
                  : {})
              })),
              slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
              events: (element.events ?? []).map((event) => ({
                name: event.name,
                description: event.description ?? ''
              })),
              css: {
                parts: (element.cssParts ?? []).map((part) => ({
                  name: part.name,
                  description: part.description ?? ''
                })),
                properties: (element.cssProperties ?? []).map((property) => ({
                  name: property.name,
                  description: `${property.description ?? ''}${property.default ? ` Default: ${property.default}.` : ''}`
                }))
              }
            }))
          }
        }
      };
      writeFileSync(new URL('./vscode.html-custom-data.json', import.meta.url), `${JSON.stringify(vscode, null, 2)}\n`);
      writeFileSync(new URL('./web-types.json', import.meta.url), `${JSON.stringify(webTypes, null, 2)}\n`);
    }
  };
}

export default {
  globs: [
    'src/components/**/*.ts',
    'src/internal/onward-element.ts',
    'src/internal/storage.ts',
    'src/internal/persisting-element.ts'
  ],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  plugins: [eventDetailFields(), expandConstArrayTypes(), editorData()]
};
