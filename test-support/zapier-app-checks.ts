/**
 * The checks every Zapier app of the pack passes, written once (research/zapier.md §3 and §7 step 4): Zapier's own
 * offline schema validation, the built bundle loading with zapier-platform-core alone, and what only Zapier's
 * servers check when publishing (Title Case, description wording, samples, ISO dates, dropdown and search
 * references, snake_case keys, https URLs), plus a README that documents every key. Each app adds its own checks.
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
/** The static input fields (a function field, Zapier's dynamic fields, is checked where it is tested with its input). */
const inputFieldsOf = (definition: Definition) =>
  ((definition.operation as { inputFields?: unknown[] }).inputFields ?? []).filter((field) => typeof field === 'object') as { key: string; label?: string; dynamic?: string; search?: string; helpText?: string }[];
const named = (definitions: Definition[]) => definitions.map((definition) => [definition.key, definition] as const);

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

  describe('samples', () => {
    const withIds = visibleDefinitions.filter((definition) => options.createSamplesHaveIds || !creates.includes(definition as Create));
    it.each(named(withIds))('%s has a sample with an id', (_key, definition) => {
      expect(sampleOf(definition)).toEqual(expect.objectContaining({ id: expect.any(String) }));
    });

    it('hold dates at all (so the date check below checks something)', () => {
      expect(visibleDefinitions.flatMap((definition) => stringsIn(sampleOf(definition)).filter(([, value]) => DATE_LIKE.test(value))).length).toBeGreaterThanOrEqual(options.minSampleDates);
    });

    it.each(named(visibleDefinitions))('dates in the sample of %s are ISO 8601 with an offset', (_key, definition) => {
      const dates = stringsIn(sampleOf(definition)).filter(([, value]) => DATE_LIKE.test(value));
      for (const [path, value] of dates) expect([path, value]).toEqual([path, expect.stringMatching(ISO_WITH_OFFSET)]);
    });

    it.each(named(visibleDefinitions))('every output field of %s is a key its sample has', (_key, definition) => {
      const sample = sampleOf(definition)!;
      const outputFields = ((definition.operation as { outputFields?: { key: string }[] }).outputFields ?? []).map((field) => field.key);
      expect(outputFields.length).toBeGreaterThan(0);
      for (const key of outputFields) expect([key, key.split('__').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], sample)]).not.toEqual([key, undefined]);
    });
  });

  describe('references', () => {
    const triggerKeys = new Set(Object.keys(app.triggers ?? {}));
    const searchKeys = new Set(Object.keys(app.searches ?? {}));
    const fieldsWithRefs = allDefinitions.flatMap((definition) => inputFieldsOf(definition).filter((field) => field.dynamic || field.search).map((field) => [`${definition.key}.${field.key}`, field] as const));

    it('some fields use dropdowns', () => expect(fieldsWithRefs.length).toBeGreaterThanOrEqual(options.minReferences));

    it.each(fieldsWithRefs)('%s points at a hidden list trigger and an existing search', (_path, field) => {
      const [triggerKey] = (field.dynamic ?? '').split('.');
      expect(triggerKeys.has(triggerKey!)).toBe(true);
      expect(app.triggers![triggerKey!]!.display.hidden).toBe(true);
      if (field.search) expect(searchKeys.has(field.search.split('.')[0]!)).toBe(true);
    });
  });

  describe('URLs', () => {
    it('keeps every URL on https', () => {
      const urls = stringsIn(app).map(([, value]) => value).filter((value) => /^https?:\/\//.test(value));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\//);
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
