/**
 * The Custom Elements Manifest (`custom-elements.json`, written by `npm run analyze`), as the manifest-driven suites
 * read it: every element it declares is tested, so a new element is covered without editing those suites.
 */

export interface ManifestAttribute {
  name: string;
  type?: { text: string };
}

export interface ManifestMember {
  kind: string;
  name: string;
  type?: { text: string };
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}

/** One declaration; custom elements have a `tagName`. */
export interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  cssParts?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
}

export interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

/** The manifest the test server serves. */
export const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;

/** Every custom element's declaration, in manifest order. */
export const elementDeclarations = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestDeclaration & { tagName: string } => Boolean(declaration.tagName));

/** Every custom element's tag, in manifest order. */
export const manifestTags = elementDeclarations.map((declaration) => declaration.tagName);
