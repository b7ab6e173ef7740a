import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { forgetAll } from '../src/internal/storage.js';
import en from '../src/locales/en.js';
import { elementSpecs } from './element-specs.js';
import { composedElements, composedText, isTextField, settleAll, timerRoundTrip, until } from './helpers/composed.js';
import { hostileCorpus, MARKER_ATTRIBUTE, MARKUP_TEXT, SENTINEL, type HostileInput } from './hostile-corpus.js';
import { observe } from './helpers/console.js';
import { quoted } from '../src/internal/validate.js';
import { elementDeclarations, type ManifestAttribute, type ManifestMember } from './helpers/manifest.js';

/**
 * Every element in the manifest, every attribute it documents, every input of the shared hostile corpus; then every
 * text field it renders, typed into with the same corpus. After each input: nothing ran, nothing appeared that the input
 * asked for, the text shows literally where it is shown, nothing threw, a warning only where the host gave a bad value,
 * and the page still answers a `setTimeout(0)` promptly.
 *
 * To keep the run short, the 1,000,000-character input runs only where a megabyte takes a path of its own: the text an
 * element shows (`hostile.huge` in `element-specs.ts`), its JSON attributes and the first text field of each element. Everywhere else the
 * 100,000-character word and the 10,000-character text stand in for it. Typing covers the fields in each element's own
 * shadow root; the recovery path's tools are the other elements, typed into in their own tests here.
 */

// Hostile `src` values point anywhere (`//evil.example/steal`). Nothing may leave this machine in a test: a request to
// another origin fails at once, as it would on a closed network, and the element must cope with that.
const realFetch = window.fetch;
before(() => {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.origin === location.origin ? realFetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
  };
});
after(() => {
  window.fetch = realFetch;
});

/**
 * The elements whose hostile-input tests run in a file of their own (test/hostile-<group>.test.ts): each browser page
 * then holds one group's fixtures, and WebKit, which slows down as one page piles up a megabyte input after another,
 * finishes each file in its time limit. Every other element runs in test/hostile.test.ts.
 */
export const HOSTILE_GROUPS = {
  feedback: ['onward-feedback-request'],
  composed: ['onward-recovery-path', 'onward-similar-roles']
} as const;

const grouped: readonly string[] = Object.values(HOSTILE_GROUPS).flat();

/** JSON attributes: they get the 1 MB input too. */
const JSON_ATTRIBUTES = new Set(['items', 'jobs', 'suggestions']);

/**
 * Attributes that hold something other than free text (links, dates, addresses, lists of names, job boards, JSON): a bad value is a
 * host mistake there, so one warning per bad value is allowed. Enumerations and numbers are recognised from their type
 * in the manifest. Every other attribute is free text, and free text is never a mistake: no warning at all.
 */
const VALIDATED = new Set([
  'href',
  'src',
  'jobs-src',
  'source',
  'jobs-source',
  'search-url',
  'interview-date',
  'recipient-email',
  'steps',
  ...JSON_ATTRIBUTES
]);

/** Elements that a payload asks for, and that no element renders itself. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'img',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'math',
  'details',
  'video',
  'audio'
]);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const ENTITIES = ['&lt;', '&gt;', '&amp;', '&quot;', '&#'];

/** Gets each element ready: the recovery path opens every tool, so the values it passes on are exercised too. */
async function prepare(element: HTMLElement): Promise<void> {
  await settleAll(element);
  if (element.localName === 'onward-recovery-path') {
    for (const toggle of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tool-toggle')) toggle.click();
    await settleAll(element);
  }
  // Fields folded into a disclosure ("Edit details") are opened, so they can be typed into with the keyboard.
  for (const details of element.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  await settleAll(element);
}

function enumValues(attribute: ManifestAttribute): string[] | undefined {
  const members = (attribute.type?.text ?? '').split('|').map((member) => member.trim());
  return members.every((member) => /^'[^']*'$/.test(member)) ? members.map((member) => member.slice(1, -1)) : undefined;
}

function isFreeText(attribute: ManifestAttribute): boolean {
  if (!attribute.type) return false;
  const type = attribute.type.text.replace(/\s/g, '');
  return (
    (type === 'string' || type === 'string|undefined') &&
    !VALIDATED.has(attribute.name) &&
    !['lang', 'dir'].includes(attribute.name)
  );
}

/** Problems with a `mailto:` link: headers other than subject and body, or an address that smuggles some in. */
function mailtoProblems(href: string): string[] {
  const rest = href.slice('mailto:'.length);
  const [to, query = ''] = rest.split(/\?(.*)/s);
  const problems: string[] = [];
  if (/[?&#,\s]/.test(to) || /[\r\n]/.test(decodeURIComponent(to)))
    problems.push(`mailto address smuggles headers: ${href.slice(0, 120)}`);
  for (const key of new URLSearchParams(query).keys()) {
    if (key !== 'subject' && key !== 'body') problems.push(`mailto link has a "${key}" header: ${href.slice(0, 120)}`);
  }
  return problems;
}

/** Everything that must never happen, whatever the input: returns what did happen. */
function scan(element: HTMLElement): string[] {
  const problems: string[] = [];
  if ((window as unknown as Record<string, unknown>)[SENTINEL] !== undefined)
    problems.push('a payload ran (the sentinel is set)');
  if (({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0)
    problems.push('Object.prototype was polluted');
  if (document.querySelector(`[${MARKER_ATTRIBUTE}]`)) problems.push('a payload element appeared in the page');
  for (const node of composedElements(element)) {
    const tag = node.localName;
    if (node.hasAttribute(MARKER_ATTRIBUTE)) problems.push(`a <${tag} ${MARKER_ATTRIBUTE}> appeared`);
    // The feedback request's own "Edit details" disclosure is the one <details> an element renders.
    if (FORBIDDEN_TAGS.has(tag) && !(tag === 'details' && node.getAttribute('part') === 'details'))
      problems.push(`a <${tag}> appeared`);
    for (const attribute of node.getAttributeNames()) {
      if (attribute.startsWith('on')) problems.push(`<${tag}> has an event-handler attribute ${attribute}`);
      if (!tag.includes('-') && ['src', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(attribute))
        problems.push(`<${tag}> has a ${attribute} attribute`);
    }
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      const href = node.getAttribute('href')!;
      if (!SAFE_PROTOCOLS.has(node.protocol))
        problems.push(`a link with the ${node.protocol} scheme: ${href.slice(0, 120)}`);
      if (node.protocol === 'mailto:') problems.push(...mailtoProblems(href));
    }
  }
  return problems;
}

/** Waits for the element to settle after an input: updates done, layout done, any feed request answered. */
async function settleAfterInput(element: HTMLElement): Promise<number> {
  await settleAll(element);
  element.getBoundingClientRect();
  await until(
    () =>
      !composedElements(element).some(
        (node) => node.getAttribute('part') === 'status' && node.textContent?.trim() === en['similarRoles.loading']
      ),
    'the similar roles feed to answer'
  );
  await settleAll(element);
  return timerRoundTrip();
}

/** Every corpus value that parses as JSON, parsed; and host templates full of markup, placeholders and prototype keys. */
function objectValues(): Array<[string, unknown]> {
  const values: Array<[string, unknown]> = [];
  for (const input of hostileCorpus) {
    try {
      values.push([input.name, JSON.parse(input.value) as unknown]);
    } catch {
      // Not JSON: covered as an attribute value.
    }
  }
  const hostileTemplate = {
    subject: MARKUP_TEXT,
    body: `{greeting} ${MARKUP_TEXT} {__proto__} {constructor} {toString}\r\nBcc: evil@example.com`
  };
  values.push([
    'templates full of markup',
    { warm: { email: hostileTemplate, linkedin: hostileTemplate }, formal: { email: { body: 42 } } }
  ]);
  values.push([
    'templates with prototype keys',
    JSON.parse('{"__proto__": {"email": {"body": "x"}}, "warm": {"__proto__": {"body": "x"}}}') as unknown
  ]);
  let deep: unknown = [];
  for (let level = 0; level < 10_000; level += 1) deep = [deep];
  values.push(['an array nested 10,000 levels deep', deep]);
  values.push(['null', null]);
  return values;
}

/**
 * A property the manifest types as text: `string`, optionally `| undefined`, or a union of string literals (an
 * enumeration). Frameworks set these from whatever the page's code holds.
 */
function isStringProperty(member: ManifestMember): boolean {
  if (
    member.kind !== 'field' ||
    member.static ||
    member.readonly ||
    (member.privacy && member.privacy !== 'public') ||
    !member.type
  )
    return false;
  return member.type.text.split('|').every((part) => /^(string|undefined|'[^']*')$/.test(part.trim()));
}

/** What frameworks send to a text property besides text: the value, and what the element must make of it. */
const FRAMEWORK_VALUES: Array<{ name: string; value: unknown; expect: 'unset' | 'text' | 'warn' }> = [
  { name: 'false (React: show && "text")', value: false, expect: 'unset' },
  { name: 'null', value: null, expect: 'unset' },
  { name: 'undefined', value: undefined, expect: 'unset' },
  { name: '2024', value: 2024, expect: 'text' },
  { name: '0', value: 0, expect: 'text' },
  { name: '-1.5', value: -1.5, expect: 'text' },
  { name: '12n', value: 12n, expect: 'text' },
  { name: 'true', value: true, expect: 'warn' },
  { name: 'NaN', value: NaN, expect: 'warn' },
  { name: 'Infinity', value: Infinity, expect: 'warn' },
  { name: 'an object', value: { toString: () => MARKUP_TEXT }, expect: 'warn' },
  { name: 'an array', value: ['Next', 'steps'], expect: 'warn' },
  { name: 'a symbol', value: Symbol('x'), expect: 'warn' },
  { name: 'a function', value: () => MARKUP_TEXT, expect: 'warn' }
];

const RESPONSIVE_WITHIN_MS = 2000;
const describeInput = (input: HostileInput) => input.name;

function entitiesAdded(text: string, baseline: string, input: HostileInput): string[] {
  return ENTITIES.filter(
    (entity) => text.includes(entity) && !baseline.includes(entity) && !input.value.includes(entity)
  );
}

before(() => {
  delete (window as unknown as Record<string, unknown>)[SENTINEL];
});

// Typed text is saved under the fixtures' storage keys: each test starts from what its fixture stores, nothing more.
afterEach(() => forgetAll());

/**
 * The hostile-input suite for one group of `HOSTILE_GROUPS`, or for every element outside them (`'rest'`, which also
 * checks the date fields of every element).
 */
export function hostileSuite(group: keyof typeof HOSTILE_GROUPS | 'rest'): void {
  const inGroup = (tag: string) =>
    group === 'rest' ? !grouped.includes(tag) : (HOSTILE_GROUPS[group] as readonly string[]).includes(tag);
  const declarations = elementDeclarations.filter((declaration) => inGroup(declaration.tagName));
  if (group === 'rest') dateFieldSuite();
  inputSuite(declarations);
}

function dateFieldSuite(): void {
  describe('date fields of every element', () => {
    it('take days from 1900-01-01 to 2199-12-31 only (min and max), so a picker never offers year 9999', async () => {
      const fields: string[] = [];
      for (const [tag, spec] of Object.entries(elementSpecs)) {
        const element = await fixture<HTMLElement>(spec.full());
        await prepare(element);
        for (const field of composedElements(element).filter(
          (node): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'date'
        )) {
          fields.push(`<${tag}> #${field.id}: ${field.min}–${field.max}`);
          expect([field.min, field.max], `<${tag}> #${field.id}`).to.deep.equal(['1900-01-01', '2199-12-31']);
        }
      }
      expect(fields.length, fields.join('\n')).to.be.greaterThan(0);
    });
  });
}

function inputSuite(declarations: typeof elementDeclarations): void {
  describe('hostile input over every element', () => {
    for (const declaration of declarations) {
      const tag = declaration.tagName;
      const spec = elementSpecs[tag];
      if (!spec) {
        it(`<${tag}> has a spec in test/element-specs.ts`, () =>
          expect.fail(`no spec for <${tag}>: add one to test/element-specs.ts`));
        continue;
      }

      describe(`<${tag}>`, () => {
        for (const attribute of declaration.attributes ?? []) {
          const allowed = enumValues(attribute);
          const freeText = isFreeText(attribute);
          const shown = spec.hostile.shown.includes(attribute.name);
          const shownJson = spec.hostile.shownJson.includes(attribute.name);
          const withHuge = spec.hostile.huge.includes(attribute.name) || JSON_ATTRIBUTES.has(attribute.name);
          const corpus = hostileCorpus.filter((input) => withHuge || !input.huge);

          it(`attribute ${attribute.name}: ${corpus.length} hostile values`, async function () {
            this.timeout(120_000);
            const element = await fixture<HTMLElement>(spec.full());
            await prepare(element);
            const failures: string[] = [];
            for (const input of corpus) {
              const baseline = composedText(element);
              let roundTrip = 0;
              const observed = await observe(async () => {
                element.setAttribute(attribute.name, input.value);
                roundTrip = await settleAfterInput(element);
              });
              const problems = [...scan(element), ...observed.errors];
              if (roundTrip > RESPONSIVE_WITHIN_MS) problems.push(`the page was busy for ${Math.round(roundTrip)} ms`);
              const text = composedText(element);
              problems.push(...entitiesAdded(text, baseline, input).map((entity) => `shows the entity ${entity}`));
              if (shown && input.literal && !text.includes(input.value.trim()))
                problems.push('the text does not show as given');
              if (shownJson && input.textInside && !text.includes(input.textInside))
                problems.push('the text inside the JSON does not show as given');
              const warnings = observed.warnings;
              if (freeText && warnings.length > 0) problems.push(`free text warned: ${warnings[0].slice(0, 200)}`);
              if (allowed && !allowed.includes(input.value) && warnings.length !== 1)
                problems.push(`${warnings.length} warnings for a value outside ${allowed.join('|')}`);
              if (warnings.length > 2) problems.push(`${warnings.length} warnings`);
              for (const warning of warnings) {
                if (!/^\[onward-elements\] .*<onward-[a-z-]+>/s.test(warning))
                  problems.push(`a warning that does not name the element: ${warning.slice(0, 200)}`);
                if (warning.length > 600) problems.push(`a ${warning.length}-character warning`);
              }
              failures.push(...problems.map((problem) => `${describeInput(input)}: ${problem}`));
              delete (window as unknown as Record<string, unknown>)[SENTINEL];
            }
            // And the host removes the attribute again.
            const removal = await observe(async () => {
              element.removeAttribute(attribute.name);
              await settleAfterInput(element);
            });
            failures.push(
              ...[...scan(element), ...removal.errors].map((problem) => `removing the attribute: ${problem}`)
            );
            expect(failures, failures.slice(0, 20).join('\n')).to.deep.equal([]);
          });
        }

        const stringProperties = (declaration.members ?? []).filter(isStringProperty);
        it(`string properties (${stringProperties.map((member) => member.name).join(', ')}): what frameworks send`, async function () {
          this.timeout(120_000);
          const failures: string[] = [];
          for (const member of stringProperties) {
            // A fresh element per property: each problem may warn once per element.
            const element = await fixture<HTMLElement>(spec.full());
            await prepare(element);
            const target = element as unknown as Record<string, unknown>;
            const original = target[member.name];
            const enumeration = member.type!.text.includes("'");
            const baseline = composedText(element);
            for (const { name, value, expect: expected } of FRAMEWORK_VALUES) {
              const observed = await observe(async () => {
                target[member.name] = value;
                await settleAfterInput(element);
              });
              const problems = [...scan(element), ...observed.errors];
              const held = target[member.name];
              if (held !== undefined && typeof held !== 'string') problems.push(`the property holds ${typeof held}`);
              if (expected === 'text' && !enumeration && held !== String(value))
                problems.push(`the property holds ${quoted(held)}`);
              if (
                expected === 'text' &&
                spec.hostile.shown.includes(member.attribute ?? '') &&
                !composedText(element).includes(String(value))
              )
                problems.push('the number does not show as text');
              if (expected === 'unset' && observed.warnings.length > 0)
                problems.push(`warned: ${observed.warnings[0].slice(0, 200)}`);
              if (expected === 'warn' && observed.warnings.length !== 1)
                problems.push(`${observed.warnings.length} warnings (one expected)`);
              if (expected === 'text' && observed.warnings.length > 1)
                problems.push(`${observed.warnings.length} warnings`);
              if (composedText(element).includes(MARKUP_TEXT)) problems.push('the value was shown as text anyway');
              failures.push(...problems.map((problem) => `${member.name} = ${name}: ${problem}`));
            }
            // Not frozen: the host's own value comes back, and the element shows what it showed before.
            const restored = await observe(async () => {
              target[member.name] = original;
              await settleAfterInput(element);
            });
            failures.push(...restored.errors.map((problem) => `${member.name} restored: ${problem}`));
            const after = composedText(element);
            // Another `persist` or `storage-key` rightly shows what is saved there: only the other properties compare.
            if (after !== baseline && !['persist', 'storageKey'].includes(member.name)) {
              let at = 0;
              while (after[at] === baseline[at]) at += 1;
              failures.push(
                `${member.name} restored: the element shows ${quoted(after.slice(at, at + 60))} where it showed ${quoted(baseline.slice(at, at + 60))}`
              );
            }
            // And a persisting element still shows what the visitor does.
            if (spec.interact && spec.snapshot) {
              const before = JSON.stringify(spec.snapshot(element));
              target[member.name] = false;
              await settleAfterInput(element);
              await spec.interact(element, 0);
              await settleAfterInput(element);
              if (JSON.stringify(spec.snapshot(element)) === before)
                failures.push(`${member.name} = false: what the visitor did does not show`);
            }
            element.remove();
            forgetAll();
          }
          expect(failures, failures.slice(0, 20).join('\n')).to.deep.equal([]);
        });

        const objectProperties = spec.hostile.objectProperties;
        if (objectProperties.length > 0) {
          it(`properties ${objectProperties.join(', ')}: every hostile value that parses as JSON, as an object`, async function () {
            this.timeout(60_000);
            const element = await fixture<HTMLElement>(spec.full());
            await prepare(element);
            const failures: string[] = [];
            for (const property of objectProperties) {
              for (const [name, value] of objectValues()) {
                let roundTrip = 0;
                const observed = await observe(async () => {
                  (element as unknown as Record<string, unknown>)[property] = value;
                  roundTrip = await settleAfterInput(element);
                });
                const problems = [...scan(element), ...observed.errors];
                if (roundTrip > RESPONSIVE_WITHIN_MS)
                  problems.push(`the page was busy for ${Math.round(roundTrip)} ms`);
                if (observed.warnings.length > 2) problems.push(`${observed.warnings.length} warnings`);
                failures.push(...problems.map((problem) => `${property} = ${name}: ${problem}`));
                delete (window as unknown as Record<string, unknown>)[SENTINEL];
              }
            }
            expect(failures, failures.slice(0, 20).join('\n')).to.deep.equal([]);
          });
        }

        it('every text field, typed and pasted into with every hostile value', async function () {
          this.timeout(180_000);
          const element = await fixture<HTMLElement>(spec.full());
          await prepare(element);
          // The element's own fields (nested elements are typed into in their own test).
          const fields = () => [...element.shadowRoot!.querySelectorAll('input, textarea')].filter(isTextField);
          const fieldCount = fields().length;
          const failures: string[] = [];
          for (let index = 0; index < fieldCount; index += 1) {
            const field = () => fields()[index];
            const label = `field ${field().id || field().localName}`;
            const echoed = spec.hostile.echoedFields.some((selector) => field().matches(selector));
            for (const input of hostileCorpus.filter((candidate) => index === 0 || !candidate.huge)) {
              const baseline = composedText(element, field());
              let roundTrip = 0;
              const observed = await observe(async () => {
                const target = field();
                target.focus();
                target.value = input.value;
                target.dispatchEvent(
                  new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' })
                );
                target.dispatchEvent(new Event('change', { bubbles: true }));
                roundTrip = await settleAfterInput(element);
                // A field in a form: the user presses its submit button, as they would after typing.
                if (target.form && target.isConnected) {
                  target.form.requestSubmit();
                  roundTrip = Math.max(roundTrip, await settleAfterInput(element));
                }
              });
              const problems = [...scan(element), ...observed.errors];
              if (roundTrip > RESPONSIVE_WITHIN_MS) problems.push(`the page was busy for ${Math.round(roundTrip)} ms`);
              const text = composedText(element, field());
              problems.push(...entitiesAdded(text, baseline, input).map((entity) => `shows the entity ${entity}`));
              if (echoed && input.literal && !text.includes(input.value.trim()))
                problems.push('the typed text does not show as typed');
              if (observed.warnings.length > 0)
                problems.push(`a warning for what the user typed: ${observed.warnings[0].slice(0, 200)}`);
              failures.push(...problems.map((problem) => `${label}, ${describeInput(input)}: ${problem}`));
              delete (window as unknown as Record<string, unknown>)[SENTINEL];
            }

            // And once with the keyboard, key by key.
            const target = field();
            target.value = '';
            target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            target.focus();
            const observed = await observe(async () => {
              await sendKeys({ type: MARKUP_TEXT });
              await settleAfterInput(element);
            });
            const problems = [
              ...scan(element),
              ...observed.errors,
              ...observed.warnings.map((warning) => `warned: ${warning.slice(0, 200)}`)
            ];
            if (field().value !== MARKUP_TEXT)
              problems.push(`the field holds ${JSON.stringify(field().value.slice(0, 80))}`);
            failures.push(...problems.map((problem) => `${label}, typed with the keyboard: ${problem}`));
            spec.hostile.afterField?.(element);
            await settleAll(element);
          }
          expect(failures, failures.slice(0, 20).join('\n')).to.deep.equal([]);
        });
      });
    }
  });
}
