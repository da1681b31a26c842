/**
 * The checks every Zapier app of the pack passes, written once (research/zapier.md §3 and §7 step 4): Zapier's own
 * offline schema validation, the built bundle loading with zapier-platform-core alone, and each of Zapier's published
 * integration checks that can be judged from the definition alone (the D checks of Zapier's integration checks
 * reference, named by their IDs below; docs/zapier-publishing-checks.md lists which are judged here and which only
 * Zapier's servers can judge), plus a README that documents every key. Each app adds its own checks; D003, which
 * needs a connection's test call, runs against a reference server in each app's live tests
 * (`connectionLabelProblems`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as zapier from 'zapier-platform-core';
import type { Create, Search, Trigger } from 'zapier-platform-core';

type Definition = Trigger | Create | Search;
type AppHandler = (event: { command: string }) => Promise<{ results: unknown[] }>;
// createAppHandler is exported by core's JavaScript but missing from its type declarations.
const createAppHandler = (zapier as unknown as { createAppHandler: (app: object) => AppHandler }).createAppHandler;

/** An app definition as `defineApp` returns it (its generic parameters vary by app). */
interface AppDefinition {
  triggers?: Record<string, unknown>;
  creates?: Record<string, unknown>;
  searches?: Record<string, unknown>;
}

export interface ZapierAppChecks {
  app: AppDefinition;
  /** The package folder (README.md, tsup config). */
  packageDir: string;
  /** The product's name, which a description must not lead with. */
  productName: string;
  /** The plural verbs the app's create descriptions start with. */
  createVerbs: readonly string[];
  /** At least this many sample values are dates, so that the date check checks something. */
  minSampleDates: number;
  /** At least this many input fields are dropdowns or search references. */
  minReferences: number;
  /**
   * Whether the creates' samples have an id too (Zapier needs one on trigger items and search results only; an
   * app whose creates return records holds them to it as well).
   */
  createSamplesHaveIds: boolean;
  /**
   * D004 exceptions: `step.field` of ID fields that cannot have a dropdown, each with the reason (an API with no way
   * to list those records).
   */
  idFieldsWithoutDropdown?: Readonly<Record<string, string>>;
  /**
   * D001 exceptions: `step.field` of input fields that hold another service's credential as the step's own data (a
   * provider's API key that the step connects), never the connection's; each must be a password field.
   */
  foreignCredentialFields?: readonly string[];
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
// A date-time; a bare date (Stripe's api_version "2024-06-20") is ISO 8601 as it is.
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}T/;

export function isTitleCase(label: string): boolean {
  return label.split(' ').every((word, index) => (index > 0 && SMALL_WORDS.has(word)) || /^[A-Z0-9(]/.test(word));
}

export function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
  return [];
}

const sampleOf = (definition: Definition) => (definition.operation as { sample?: Record<string, unknown> }).sample;
interface StaticInputField {
  key: string;
  label?: string;
  type?: string;
  dynamic?: string;
  search?: string;
  helpText?: string;
}
/** The static input fields (a function field, Zapier's dynamic fields, is checked where it is tested with its input). */
const inputFieldsOf = (definition: Definition) =>
  ((definition.operation as { inputFields?: unknown[] }).inputFields ?? []).filter((field) => typeof field === 'object') as StaticInputField[];
const outputFieldsOf = (definition: Definition) => ((definition.operation as { outputFields?: unknown[] }).outputFields ?? []).filter((field) => typeof field === 'object') as OutputField[];
/** A sample's keys as Zapier flattens them: nested objects' keys joined by `__`; lists and scalars are values. */
export function flattenedKeys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    child && typeof child === 'object' && !Array.isArray(child) ? flattenedKeys(child, `${prefix}${key}__`) : [`${prefix}${key}`],
  );
}

/** The texts Zapier renders as Markdown: each step's description and every help text, the connection's included. */
function markdownTextsOf(app: AppDefinition): [string, string][] {
  const definitions = [...Object.values(app.triggers ?? {}), ...Object.values(app.creates ?? {}), ...Object.values(app.searches ?? {})] as Definition[];
  const authFields = ((app as { authentication?: { fields?: StaticInputField[] } }).authentication?.fields ?? []) as StaticInputField[];
  return [
    ...definitions.map((definition): [string, string] => [`${definition.key}.description`, definition.display.description ?? '']),
    ...definitions.flatMap((definition) => inputFieldsOf(definition).map((field): [string, string] => [`${definition.key}.${field.key}.helpText`, field.helpText ?? ''])),
    ...authFields.map((field): [string, string] => [`authentication.${field.key}.helpText`, field.helpText ?? '']),
  ];
}

const named = (definitions: Definition[]) => definitions.map((definition) => [definition.key, definition] as const);

/**
 * D008: the links in a text Zapier renders as Markdown that are not proper links: a URL outside `[text](url)` and
 * outside backticks (a bare link, or one whose brackets or parentheses are broken). Answers the offending URLs.
 */
export function invalidMarkdownLinks(text: string): string[] {
  const outsideCode = text.replace(/`[^`]*`/g, ' ');
  const outsideLinks = outsideCode.replace(/\[[^\[\]]+\]\((?:https?:\/\/|mailto:)[^\s()]+\)/g, ' ');
  return [...outsideLinks.matchAll(/(?:https?:\/\/|www\.)[^\s)\]]*/g)].map((match) => match[0]);
}

/** An output field as Zapier's schema has it (the parts the checks read). */
export interface OutputField {
  key: string;
  label?: string;
  type?: string;
  list?: boolean;
  required?: boolean;
}

const ISO_DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const OF_TYPE: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  password: (value) => typeof value === 'string',
  file: (value) => typeof value === 'string',
  datetime: (value) => typeof value === 'string' && ISO_DATE_OR_DATE_TIME.test(value),
  integer: (value) => Number.isInteger(value),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
};

/** The value a flattened output key (`account__name`) names in a sample. */
export function valueAt(sample: unknown, key: string): unknown {
  return key.split('__').reduce<unknown>((value, part) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined), sample);
}

/**
 * D024: where a static sample breaks its output fields: a required field it lacks, or a value not of its field's
 * type (a list field's value must be a list of that type). A null is of no type: a field that may be empty is left
 * out of the sample and is not required. Answers one line per problem.
 */
export function sampleTypeProblems(sample: unknown, fields: readonly OutputField[]): string[] {
  return fields.flatMap((field) => {
    const value = valueAt(sample, field.key);
    if (value === undefined) return field.required ? [`${field.key}: required but absent`] : [];
    const ofType = field.type ? OF_TYPE[field.type]! : () => true;
    const fits = field.list ? Array.isArray(value) && value.every(ofType) : ofType(value);
    return fits ? [] : [`${field.key}: ${JSON.stringify(value)} is not ${field.list ? 'a list of ' : ''}${field.type ?? 'a list'}`];
  });
}

/**
 * What Zapier's live checks judge from a Zap's history (T004, T005, T006, Z001), judged on a live result of the
 * reference server: the static sample's keys are a subset of the live result's (T004, T006), and the live result
 * holds every required field with each value of its field's type (T005, Z001); a null is an empty value here, as the
 * API answers it.
 */
export function liveResultProblems(result: Record<string, unknown>, definition: { operation: unknown }): string[] {
  const { sample, outputFields = [] } = definition.operation as { sample?: Record<string, unknown>; outputFields?: unknown[] };
  const missing = Object.keys(sample ?? {}).filter((key) => !(key in result)).map((key) => `${key}: in the static sample but not in the live result`);
  const nonEmpty = JSON.parse(JSON.stringify(result, (_key, value: unknown) => (value === null ? undefined : value))) as unknown;
  return [...missing, ...sampleTypeProblems(nonEmpty, outputFields.filter((field) => typeof field === 'object') as OutputField[])];
}

/** A connection as Zapier would label it: its label and the secrets of its authData. */
export interface LabelledConnection {
  label: string;
  secrets: readonly string[];
}

/**
 * D003: connection labels must tell connections apart and never show a secret. Given connections to different
 * accounts on one host (each with the optional name fields empty), answers what is wrong: two labels alike, or a
 * label holding a secret or any eight characters of one.
 */
export function connectionLabelProblems(connections: readonly LabelledConnection[]): string[] {
  const problems: string[] = [];
  const labels = connections.map((connection) => connection.label);
  labels.forEach((label, index) => {
    if (labels.indexOf(label) !== index) problems.push(`two connections are both labelled "${label}"`);
  });
  for (const { label } of connections) {
    for (const secret of connections.flatMap((connection) => connection.secrets)) {
      const pieces = Array.from({ length: Math.max(secret.length - 7, 1) }, (_, start) => secret.slice(start, start + 8));
      if (pieces.some((piece) => label.includes(piece))) problems.push(`the label "${label}" shows part of a secret`);
    }
  }
  return problems;
}

export function describeZapierAppChecks(options: ZapierAppChecks): void {
  const app = options.app as { triggers?: Record<string, Trigger>; creates?: Record<string, Create>; searches?: Record<string, Search> };
  const triggers = Object.values(app.triggers ?? {}) as Trigger[];
  const creates = Object.values(app.creates ?? {}) as Create[];
  const searches = Object.values(app.searches ?? {}) as Search[];
  const allDefinitions: Definition[] = [...triggers, ...creates, ...searches];
  const visibleDefinitions = allDefinitions.filter((definition) => !definition.display.hidden);

  describe("Zapier's schema validation", () => {
    it('finds no errors in the app', async () => {
      expect((await createAppHandler(app)({ command: 'validate' })).results).toEqual([]);
    });

    it('is not vacuous: a definition without a noun fails it', async () => {
      const [firstKey, first] = Object.entries(app.creates ?? {})[0]!;
      const broken = { ...app, creates: { ...app.creates, [firstKey]: { ...first, noun: undefined } } };
      expect(JSON.stringify((await createAppHandler(broken)({ command: 'validate' })).results)).toContain('noun');
    });
  });

  describe('keys', () => {
    it.each(named(allDefinitions))('%s and its input keys are snake_case', (_key, definition) => {
      for (const key of [definition.key, ...inputFieldsOf(definition).map((field) => field.key)]) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
    });
  });

  describe('labels and descriptions', () => {
    it.each(named(visibleDefinitions))('%s has a Title Case label', (_key, definition) => {
      expect(isTitleCase(definition.display.label ?? '')).toBe(true);
    });

    it.each(named(triggers.filter((trigger) => !trigger.display.hidden)))('trigger %s starts "Triggers when" and ends with a period', (_key, trigger) => {
      expect(trigger.display.description).toMatch(/^Triggers when .+\.$/);
    });

    it.each(named(creates))('create %s starts with a plural verb and ends with a period', (_key, create) => {
      expect(create.display.description).toMatch(new RegExp(`^(${options.createVerbs.join('|')}) .+\\.$`));
    });

    it.each(named(searches))('search %s is a "Find" with a "Finds" description', (_key, search) => {
      expect(search.display.label).toMatch(/^Find /);
      expect(search.display.description).toMatch(/^Finds .+\.$/);
    });

    it.each(named(visibleDefinitions))('%s does not name the product in its description', (_key, definition) => {
      expect(definition.display.description).not.toMatch(new RegExp(`\\b${options.productName}'s\\b|^${options.productName}\\b`));
    });

    it.each(named(allDefinitions))('every input field of %s has a Title Case label and help text', (_key, definition) => {
      for (const field of inputFieldsOf(definition)) {
        expect(isTitleCase(field.label ?? '')).toBe(true);
        expect(field.helpText?.length).toBeGreaterThan(0);
      }
    });
  });

  describe('samples (D010, D012, D023, D024)', () => {
    it.each(named(visibleDefinitions))('D012: %s has a sample', (_key, definition) => {
      expect(Object.keys(sampleOf(definition) ?? {}).length).toBeGreaterThan(0);
    });

    const withIds = visibleDefinitions.filter((definition) => options.createSamplesHaveIds || !creates.includes(definition as Create));
    it.each(named(withIds))('D010: %s has a sample with an id', (_key, definition) => {
      expect(sampleOf(definition)).toEqual(expect.objectContaining({ id: expect.any(String) }));
    });

    it('hold dates at all (so the date check below checks something)', () => {
      expect(visibleDefinitions.flatMap((definition) => stringsIn(sampleOf(definition)).filter(([, value]) => DATE_LIKE.test(value))).length).toBeGreaterThanOrEqual(options.minSampleDates);
    });

    it.each(named(visibleDefinitions))('D023: dates in the sample of %s are ISO 8601 with an offset', (_key, definition) => {
      const dates = stringsIn(sampleOf(definition)).filter(([, value]) => DATE_LIKE.test(value));
      for (const [path, value] of dates) expect([path, value]).toEqual([path, expect.stringMatching(ISO_WITH_OFFSET)]);
    });

    it.each(named(visibleDefinitions))('D024: the sample of %s holds every required output field, each value of its field type', (_key, definition) => {
      expect(outputFieldsOf(definition).length).toBeGreaterThan(0);
      expect(outputFieldsOf(definition).some((field) => field.required)).toBe(true);
      expect(sampleTypeProblems(sampleOf(definition), outputFieldsOf(definition))).toEqual([]);
    });

    it.each(named(visibleDefinitions))('D024: every output field of %s says its type (a list of records excepted)', (_key, definition) => {
      expect(outputFieldsOf(definition).filter((field) => !field.type && !field.list).map((field) => field.key)).toEqual([]);
    });

    it.each(named(visibleDefinitions))('every value of the sample of %s has an output field (its label in the Zap editor)', (_key, definition) => {
      const keys = new Set(outputFieldsOf(definition).map((field) => field.key));
      expect(flattenedKeys(sampleOf(definition)).filter((key) => !keys.has(key))).toEqual([]);
    });
  });

  describe('fields and references (D001, D004, D005, D009, D011, D013, D014, D022)', () => {
    const triggerKeys = new Set(Object.keys(app.triggers ?? {}));
    const searchKeys = new Set(Object.keys(app.searches ?? {}));
    const fieldsWithRefs = allDefinitions.flatMap((definition) => inputFieldsOf(definition).filter((field) => field.dynamic || field.search).map((field) => [`${definition.key}.${field.key}`, field] as const));
    const visibleFields = visibleDefinitions.flatMap((definition) => inputFieldsOf(definition).map((field) => [`${definition.key}.${field.key}`, field] as const));
    const authFields = ((options.app as { authentication?: { fields?: StaticInputField[] } }).authentication?.fields ?? []) as StaticInputField[];

    it('some fields use dropdowns', () => expect(fieldsWithRefs.length).toBeGreaterThanOrEqual(options.minReferences));

    it.each(fieldsWithRefs)('D005, D013, D014: %s points at a hidden list trigger, and any search connector at an existing search', (_path, field) => {
      const [triggerKey] = (field.dynamic ?? '').split('.');
      expect(triggerKeys.has(triggerKey!)).toBe(true);
      expect(app.triggers![triggerKey!]!.display.hidden).toBe(true);
      if (field.search) expect(searchKeys.has(field.search.split('.')[0]!)).toBe(true);
    });

    it('D004: every ID field of a visible step has a dropdown (or the reason it cannot)', () => {
      const exceptions = options.idFieldsWithoutDropdown ?? {};
      const idFields = visibleFields.filter(([, field]) => /(^|_)ids?$/.test(field.key));
      expect(idFields.filter(([path, field]) => !field.dynamic && !exceptions[path]).map(([path]) => path)).toEqual([]);
      for (const path of Object.keys(exceptions)) expect(idFields.find(([candidate]) => candidate === path)?.[1].dynamic).toBeUndefined();
    });

    it("D001: no step asks for the connection's credentials", () => {
      const authKeys = new Set(authFields.map((field) => field.key));
      const authLabels = new Set(authFields.filter((field) => field.type === 'password').map((field) => field.label));
      expect(visibleFields.filter(([, field]) => authKeys.has(field.key) || authLabels.has(field.label)).map(([path]) => path)).toEqual([]);
      const credentialLike = visibleFields.filter(([, field]) => /api_?key|token|secret|password/i.test(field.key));
      expect(credentialLike.map(([path]) => path).sort()).toEqual([...(options.foreignCredentialFields ?? [])].sort());
      for (const [, field] of credentialLike) expect(field.type).toBe('password');
    });

    it.each(named(searches))('D009: search %s has a field to search by', (_key, search) => {
      expect(((search.operation as { inputFields?: unknown[] }).inputFields ?? []).length).toBeGreaterThan(0);
    });

    it.each(named(creates))('D022: create %s has static input fields', (_key, create) => {
      expect(inputFieldsOf(create).length).toBeGreaterThan(0);
    });

    it('D011: no help text only repeats its label', () => {
      const words = (text: string | undefined) => (text ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
      const redundant = [...visibleFields, ...authFields.map((field) => [`authentication.${field.key}`, field] as const)].filter(([, field]) => words(field.helpText) === words(field.label));
      expect(redundant.map(([path]) => path)).toEqual([]);
    });
  });

  describe('authentication (D002, D003)', () => {
    const authentication = (options.app as { authentication?: { fields?: StaticInputField[]; connectionLabel?: unknown } }).authentication;

    it('D002: every secret the connection asks for has help text with a Markdown link to where to find it', () => {
      const secrets = (authentication?.fields ?? []).filter((field) => field.type === 'password');
      expect(secrets.length).toBeGreaterThan(0);
      for (const field of secrets) expect(field.helpText).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
    });

    it('D003: the connection has a label (that it tells accounts apart is checked against a reference server)', () => {
      expect(['function', 'string']).toContain(typeof authentication?.connectionLabel);
    });
  });

  describe('instant triggers (D006, D016, D017)', () => {
    const hooks = triggers.filter((trigger) => trigger.operation.type === 'hook');
    it.each(named(hooks))('%s subscribes, unsubscribes and lists samples', (_key, trigger) => {
      const operation = trigger.operation as Record<string, unknown>;
      for (const name of ['performSubscribe', 'performUnsubscribe', 'performList', 'perform']) expect([name, typeof operation[name]]).toEqual([name, 'function']);
    });
  });

  describe('links and URLs (D007, D008)', () => {
    it('keeps every URL on https', () => {
      const urls = stringsIn(app).map(([, value]) => value).filter((value) => /^https?:\/\//.test(value));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\//);
    });

    it('D008: every link in a description or help text is a Markdown link or in backticks', () => {
      const texts = markdownTextsOf(options.app);
      expect(texts.some(([, text]) => /\]\(https:/.test(text))).toBe(true);
      expect(texts.flatMap(([path, text]) => invalidMarkdownLinks(text).map((url) => `${path}: ${url}`))).toEqual([]);
    });
  });

  describe('README', () => {
    const readme = readFileSync(join(options.packageDir, 'README.md'), 'utf8');

    it.each(named(allDefinitions))('documents %s', (key, definition) => {
      expect(readme).toContain(`\`${key}\``);
      if (!definition.display.hidden) expect(readme).toContain(definition.display.label);
    });
  });
}

/**
 * The app Zapier runs is the tsup bundle behind index.js: it must load with zapier-platform-core as its only
 * dependency and pass Zapier's schema validation. Built into a temporary folder, so the test never depends on a
 * stale dist, and loaded from a folder whose only module is zapier-platform-core (what the CLI installs).
 */
export function describeBuiltApp(packageDir: string, expected: { creates: number }): void {
  describe('the built app', () => {
    let outDir: string;
    beforeAll(() => {
      outDir = mkdtempSync(join(tmpdir(), `${basename(packageDir)}-`));
      execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js'), '--out-dir', outDir, '--silent'], { cwd: packageDir, stdio: 'pipe' });
      mkdirSync(join(outDir, 'node_modules'));
      symlinkSync(corePackageDir(), join(outDir, 'node_modules', 'zapier-platform-core'), 'dir');
    });
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it('requires nothing but zapier-platform-core and Node built-ins', () => {
      const code = readFileSync(join(outDir, 'index.js'), 'utf8');
      const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
      expect([...required].filter((name) => !name!.startsWith('node:') && !['crypto', 'util', 'http', 'https', 'url', 'stream'].includes(name!))).toEqual(['zapier-platform-core']);
    });

    it("loads and passes Zapier's schema validation", () => {
      const script =
        `const zapier=require('zapier-platform-core');const app=require('./index.js').default;` +
        `zapier.createAppHandler(app)({command:'validate'}).then(r=>{process.stdout.write('RESULT'+JSON.stringify({results:r.results,creates:Object.keys(app.creates).length}))})`;
      const output = execFileSync(process.execPath, ['-e', script], { cwd: outDir, encoding: 'utf8' });
      expect(JSON.parse(output.slice(output.indexOf('RESULT') + 'RESULT'.length))).toEqual({ results: [], creates: expected.creates });
    });
  });
}

/** Core's `exports` hide its package.json, so walk up from its entry to the package folder. */
function corePackageDir(): string {
  let dir = dirname(realpathSync(require.resolve('zapier-platform-core')));
  while (basename(dir) !== 'zapier-platform-core') dir = dirname(dir);
  return dir;
}
