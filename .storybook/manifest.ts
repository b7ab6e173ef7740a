/**
 * Storybook's view of the Custom Elements Manifest. Storybook's own reader keys every row by its bare name, so an
 * attribute, a slot and a part called `heading` overwrite each other, private fields show, each property appears twice
 * and the raw TypeScript type text makes the manager reject values from the URL. This module builds the args table
 * itself: one row per public attribute (with its property), JS-only property, method, event, slot, part and CSS custom
 * property, each kind under its own key prefix so no row can shadow another.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifestJson from '../custom-elements.json';

interface TypeText {
  text?: string;
}
interface Field {
  name: string;
  type?: TypeText;
  description?: string;
}
interface Member extends Field {
  kind: 'field' | 'method';
  privacy?: 'private' | 'protected' | 'public';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  default?: string;
}
interface Attribute extends Field {
  fieldName?: string;
  default?: string;
}
interface ManifestEvent extends Field {
  detailFields?: Field[];
}
interface CssProperty extends Field {
  default?: string;
}
export interface ElementDeclaration {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: ManifestEvent[];
  slots?: Field[];
  cssParts?: Field[];
  cssProperties?: CssProperty[];
}
interface Manifest {
  modules: { declarations?: (Partial<ElementDeclaration> & { name: string })[] }[];
}

export const manifest = manifestJson as unknown as Manifest;

/** Every element in the manifest, by tag name. */
export const elements: ReadonlyMap<string, ElementDeclaration> = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ElementDeclaration => typeof declaration.tagName === 'string')
    .map((declaration) => [declaration.tagName, declaration])
);

/** Every `onward-*` event any element fires: what the Actions panel listens for. */
export const eventNames: readonly string[] = [
  ...new Set([...elements.values()].flatMap((element) => (element.events ?? []).map((event) => event.name)))
].sort();

/** Key prefixes that keep the kinds of rows apart in one args object. */
export const SLOT_PREFIX = 'slot:';
export const PART_PREFIX = 'part:';
export const EVENT_PREFIX = 'event:';
export const METHOD_PREFIX = 'method:';

const withoutUndefined = (text = '') =>
  text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');

/** The allowed values of a literal-union type such as `'todo' | 'done' | undefined`, or undefined. */
export function literalOptions(text?: string): string[] | undefined {
  const parts = withoutUndefined(text);
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

export type ValueKind = 'enum' | 'boolean' | 'number' | 'string';

/** How an attribute's value is edited: enums pick, booleans toggle, plain numbers count, everything else is text. */
export function valueKind(text?: string): ValueKind {
  if (literalOptions(text)) return 'enum';
  const parts = withoutUndefined(text);
  if (parts.length === 1 && parts[0] === 'boolean') return 'boolean';
  if (parts.length === 1 && parts[0] === 'number') return 'number';
  return 'string';
}

/** A manifest default (`'todo'`, `3`, `false`) as the value it stands for; undefined when it names code. */
export function parseDefault(text?: string): string | number | boolean | undefined {
  if (text === undefined) return undefined;
  if (/^'[^']*'$/.test(text) || /^"[^"]*"$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return undefined;
}

/** Public attributes of an element, each with the property it sets. */
export function publicAttributes(tag: string): Attribute[] {
  return elements.get(tag)?.attributes ?? [];
}

/** Attribute defaults that a snippet can leave out, e.g. `{ status: 'todo', checkable: false }`. */
export function attributeDefaults(tag: string): Record<string, string | number | boolean> {
  const defaults: Record<string, string | number | boolean> = {};
  for (const attribute of publicAttributes(tag)) {
    const value = parseDefault(attribute.default);
    if (value !== undefined) defaults[attribute.name] = value;
  }
  return defaults;
}

/** Attributes whose value is a boolean: written bare (`checkable`) or not at all. */
export function booleanAttributes(tag: string): Set<string> {
  return new Set(
    publicAttributes(tag)
      .filter((a) => valueKind(a.type?.text) === 'boolean')
      .map((a) => a.name)
  );
}

/** Public properties with no attribute that a host can set (e.g. `templates`): shown in snippets as a script. */
export function propertyOnlyFields(tag: string): Member[] {
  const attributeFields = new Set(publicAttributes(tag).map((a) => a.fieldName ?? a.name));
  return (elements.get(tag)?.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.privacy &&
      !member.static &&
      !member.attribute &&
      !attributeFields.has(member.name) &&
      member.name !== 'shadowRootOptions'
  );
}

const summary = (text?: string) => (text ? text.replace(/\s*\n\s*/g, ' ') : undefined);

function attributeRow(attribute: Attribute): InputType {
  const typeText = attribute.type?.text;
  const kind = valueKind(typeText);
  const options = literalOptions(typeText);
  const defaultValue = parseDefault(attribute.default);
  const property = attribute.fieldName && attribute.fieldName !== attribute.name ? attribute.fieldName : undefined;
  const row: InputType = {
    name: attribute.name,
    description: summary(attribute.description),
    table: {
      category: 'attributes',
      type: {
        summary: withoutUndefined(typeText).join(' | ') || 'string',
        detail: property ? `property: ${property}` : undefined
      },
      defaultValue: defaultValue === undefined ? undefined : { summary: JSON.stringify(defaultValue) }
    }
  };
  if (kind === 'enum')
    return { ...row, type: { name: 'enum', value: options! }, options: options!, control: { type: 'select' } };
  if (kind === 'boolean') return { ...row, type: { name: 'boolean' }, control: { type: 'boolean' } };
  if (kind === 'number') return { ...row, type: { name: 'number' }, control: { type: 'number' } };
  return { ...row, type: { name: 'string' }, control: { type: 'text' } };
}

const readOnlyRow = (name: string, category: string, description?: string, type?: string): InputType => ({
  name,
  description: summary(description),
  control: false,
  table: { category, type: type ? { summary: type } : undefined, defaultValue: undefined }
});

/** The args table of one element, built from its manifest entry. */
export function argTypesFor(tag: string): ArgTypes {
  const element = elements.get(tag);
  if (!element) return {};
  const rows: ArgTypes = {};
  for (const attribute of element.attributes ?? []) rows[attribute.name] = attributeRow(attribute);
  for (const member of propertyOnlyFields(tag)) {
    rows[member.name] = member.readonly
      ? readOnlyRow(member.name, 'properties', `${summary(member.description) ?? ''}`, member.type?.text)
      : {
          name: member.name,
          description: summary(member.description),
          type: { name: 'object', value: {} },
          control: { type: 'object' },
          table: { category: 'properties', type: { summary: member.type?.text ?? 'object' } }
        };
  }
  for (const method of (element.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static)) {
    rows[`${METHOD_PREFIX}${method.name}`] = readOnlyRow(`${method.name}()`, 'methods', method.description);
  }
  for (const event of element.events ?? []) {
    const fields = event.detailFields ?? [];
    const shape = fields.length
      ? `{ ${fields.map((f) => `${f.name}: ${f.type?.text ?? 'unknown'}`).join('; ')} }`
      : event.type?.text;
    const fieldNotes = fields.filter((f) => f.description).map((f) => `\`${f.name}\`: ${summary(f.description)}`);
    rows[`${EVENT_PREFIX}${event.name}`] = readOnlyRow(
      event.name,
      'events',
      [summary(event.description), ...fieldNotes].filter(Boolean).join('\n\n'),
      shape ? `detail: ${shape}` : undefined
    );
  }
  for (const slot of element.slots ?? []) {
    const name = slot.name || '(default)';
    rows[`${SLOT_PREFIX}${slot.name || 'default'}`] = readOnlyRow(name, 'slots', slot.description);
  }
  for (const part of element.cssParts ?? [])
    rows[`${PART_PREFIX}${part.name}`] = readOnlyRow(part.name, 'css shadow parts', part.description);
  for (const property of element.cssProperties ?? []) {
    // A text field that sets the property on the element itself, so typing a value restyles the story.
    rows[property.name] = {
      name: property.name,
      description: summary(property.description),
      type: { name: 'string' },
      control: { type: 'text' },
      table: {
        category: 'css custom properties',
        defaultValue: property.default ? { summary: property.default } : undefined
      }
    };
  }
  return rows;
}
