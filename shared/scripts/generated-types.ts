/**
 * Writes the catalog's words where an editor shows them. TypeScript carries JSDoc only from declarations, and the
 * client's methods and objects are derived from zod schemas at the type level, so their descriptions (runtime data)
 * would never reach a hover. From the catalog this renders:
 *
 * - beside each named object schema (`Account`, …), between `// @generated:start Account` and `// @generated:end`
 *   markers in its own module, a type of the same name, so the const and the type stay one name;
 * - `<catalog>/types.generated.ts`: the input of every operation and the data of every event;
 * - `<product>/methods.generated.ts`: the client's methods, each with its description, endpoint and permissions.
 *
 * It renders every product's definition the same way (`TARGETS`: Reevo's in src/reevo/, Reeve's in src/reeve/).
 *
 * Only names and words are generated. Every type is still the one the schemas give (`KnownOutput`, `OperationInput`),
 * by indexed access, and `test/types/generated.types.ts` proves at compile time that each generated type equals what
 * the catalog derives; `test/generated-types.test.ts` fails when a committed file is out of date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { isLoose } from '../src/machine/build-request';
import type { OperationSpec } from '../src/machine/operation';
import * as reeveCatalogModule from '../src/reeve/catalog/index';
import * as reevoCatalogModule from '../src/reevo/catalog/index';

interface CatalogEntry {
  group: string;
  name: string;
  operation: OperationSpec;
}

/** One product's catalog, as the generator reads it, and where its generated files go (paths under shared/). */
interface GeneratorTarget {
  /** The catalog's module: every schema and operation the generated files name is one of its exports. */
  catalogModule: Readonly<Record<string, unknown>>;
  entries: readonly CatalogEntry[];
  events: Readonly<Record<string, { description: string; data: z.ZodType }>>;
  /** The words of a permission, where the product has permissions. */
  permissionLabel?: (permission: string) => string;
  /** The folder of the catalog's modules; `index.ts` and `operation.ts` (exporting `OperationInput`) are in it. */
  catalogDir: string;
  /** `<product>/methods.generated.ts`, beside `<product>/catalog/`. */
  methodsFile: string;
  methodsInterface: string;
}

const TARGETS: readonly GeneratorTarget[] = [
  {
    catalogModule: reevoCatalogModule,
    entries: reevoCatalogModule.catalogEntries,
    events: reevoCatalogModule.EVENTS,
    permissionLabel: (permission) => reevoCatalogModule.permissionLabel(permission as reevoCatalogModule.Permission),
    catalogDir: 'src/reevo/catalog',
    methodsFile: 'src/reevo/methods.generated.ts',
    methodsInterface: 'ReevoClientMethods',
  },
  {
    catalogModule: reeveCatalogModule,
    entries: reeveCatalogModule.reeveCatalogEntries,
    events: reeveCatalogModule.REEVE_EVENTS,
    catalogDir: 'src/reeve/catalog',
    methodsFile: 'src/reeve/methods.generated.ts',
    methodsInterface: 'ReeveClientMethods',
  },
];

const COMMAND = '`npm run generate -w @reevo/client`';

const HEADER = (what: string) => `/*
 * Generated from the catalog by ${COMMAND} (shared/scripts/generated-types.ts): do not edit.
 * ${what}
 */
`;

type Schema = z.core.$ZodType;

/** Every file the generator writes, keyed by its path under shared/, with its whole new text. */
export function renderGeneratedTypes(sharedDir: string): Record<string, string> {
  return Object.assign({}, ...TARGETS.map((target) => renderTarget(sharedDir, target))) as Record<string, string>;
}

function renderTarget(sharedDir: string, target: GeneratorTarget): Record<string, string> {
  const objects = namedObjects(target);
  return {
    ...renderObjectRegions(sharedDir, target, objects),
    [`${target.catalogDir}/types.generated.ts`]: renderTypesFile(target, objects),
    [target.methodsFile]: renderMethodsFile(target),
  };
}

// ---- names ----------------------------------------------------------------------------------------------------

/** The schema that carries a `.meta({ id })`: this one, or the one it was derived from (`field(Contact, …)` clones it). */
function namedRoot(schema: Schema): Schema | undefined {
  for (let current: Schema | undefined = schema; current; current = current._zod.parent) {
    if (z.globalRegistry.get(current)?.id) return current;
  }
  return undefined;
}

function nameOf(schema: Schema): string | undefined {
  const root = namedRoot(schema);
  return root && z.globalRegistry.get(root)?.id;
}

/** The name under which the catalog exports a value: every generated reference goes through `catalog.<name>`. */
function exportNameOf(target: GeneratorTarget, value: unknown, what: string): string {
  const found = Object.entries(target.catalogModule).find(([, exported]) => exported === value)?.[0];
  if (!found) throw new Error(`The catalog does not export ${what}: export it from its module so the generated types can name it.`);
  return found;
}

function inputTypeName(operation: OperationSpec): string {
  return `${operation.operationId.charAt(0).toUpperCase()}${operation.operationId.slice(1)}Input`;
}

// ---- the objects: every named object schema an operation answers with or an event carries --------------------

interface NamedObject {
  name: string;
  /** The exported schema const, named like the object. */
  schemaExport: string;
  schema: z.ZodObject;
}

function namedObjects(target: GeneratorTarget): NamedObject[] {
  const found = new Map<string, NamedObject>();
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    const core = unwrap(schema);
    if (core instanceof z.ZodObject) {
      const name = nameOf(core);
      if (name && !found.has(name)) {
        const root = namedRoot(core) as z.ZodObject;
        found.set(name, { name, schemaExport: exportNameOf(target, root, `the ${name} schema`), schema: root });
      }
      for (const property of Object.values(core.shape)) visit(property as Schema);
    }
    const options = (core._zod.def as { options?: Schema[] }).options;
    if (options) for (const option of options) visit(option);
  };
  for (const entry of target.entries) visit(entry.operation.response);
  for (const spec of Object.values(target.events)) visit(spec.data as Schema);
  return [...found.values()];
}

/** Strips optional, nullable, default and array wrappers down to the schema that holds the fields. */
function unwrap(schema: Schema): Schema {
  const def = schema._zod.def as { innerType?: Schema; element?: Schema };
  const inner = def.innerType ?? def.element;
  return inner ? unwrap(inner) : schema;
}

/** Whether a value leaves out a field of an answer (output) or of a request (input, where a default counts too). */
type Side = 'output' | 'input';

function mayBeLeftOut(schema: Schema, side: Side): boolean {
  const marker: string | undefined = side === 'output' ? schema._zod.optout : schema._zod.optin;
  return marker === 'optional' || (side === 'input' && marker === 'defaulted');
}

/**
 * The TypeScript type of a value of `schema`, given `derived`, the expression of its schema-derived type. Objects are
 * spelled out so that each field carries its words: a named object (of an answer) by its name, any other as a literal
 * whose fields take their types from `derived`. Anything without an object inside is `derived` itself.
 */
function typeOf(schema: Schema, derived: string, side: Side, indent: string): string {
  if (!(unwrap(schema) instanceof z.ZodObject)) return derived;
  const def = schema._zod.def as { type: string; innerType?: Schema; element?: Schema };
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return typeOf(def.innerType, `NonNullable<${derived}>`, side, indent);
  if (def.type === 'nullable' && def.innerType) return `${typeOf(def.innerType, `NonNullable<${derived}>`, side, indent)} | null`;
  if (def.type === 'array' && def.element) {
    const element = typeOf(def.element, `${derived}[number]`, side, indent);
    return element.includes(' ') ? `(${element})[]` : `${element}[]`;
  }
  const name = side === 'output' ? nameOf(schema) : undefined;
  if (name) return name;
  return `{\n${renderFields((schema as z.ZodObject).shape, (key) => `${derived}['${key}']`, side, `${indent}  `)}\n${indent}}`;
}

/** One documented line per field, each typed by `typeOf` from its schema-derived type. */
function renderFields(shape: Record<string, unknown>, derivedOf: (key: string) => string, side: Side, indent: string): string {
  return Object.entries(shape)
    .map(([key, property]) => {
      const schema = property as Schema;
      const optional = mayBeLeftOut(schema, side) ? '?' : '';
      return `${docComment(descriptionOf(schema), indent)}${indent}${key}${optional}: ${typeOf(schema, derivedOf(key), side, indent)};`;
    })
    .join('\n');
}

/** Each catalog module that declares named objects, with their types written between their markers. */
function renderObjectRegions(sharedDir: string, target: GeneratorTarget, objects: NamedObject[]): Record<string, string> {
  const { catalogDir } = target;
  const modules = readdirSync(path.join(sharedDir, catalogDir))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.generated.ts'))
    .map((file) => ({ file: `${catalogDir}/${file}`, text: readFileSync(path.join(sharedDir, catalogDir, file), 'utf8') }));
  const rendered: Record<string, string> = {};
  for (const object of objects) {
    const owner = modules.find(({ text }) => new RegExp(`^export const ${object.schemaExport}\\b`, 'm').test(text));
    if (!owner) throw new Error(`No module under shared/${catalogDir} declares \`export const ${object.schemaExport}\`.`);
    const current = rendered[owner.file] ?? owner.text;
    const region = new RegExp(`^// @generated:start ${object.name}\\b.*\n[\\s\\S]*?^// @generated:end ${object.name}$`, 'm');
    if (!region.test(current)) {
      throw new Error(`shared/${owner.file} has no region for the ${object.name} type: add the lines "// @generated:start ${object.name}" and "// @generated:end ${object.name}" below its schema, then run ${COMMAND}.`);
    }
    const start = `// @generated:start ${object.name}: the type of the schema above, written by ${COMMAND}`;
    rendered[owner.file] = current.replace(region, () => `${start}\n${renderObject(object)}\n// @generated:end ${object.name}`);
  }
  return rendered;
}

function renderObject({ name, schemaExport, schema }: NamedObject): string {
  const fields = renderFields(schema.shape, (key) => `KnownOutput<typeof ${schemaExport}>['${key}']`, 'output', '  ');
  // A type alias, not an interface: it merges with the schema const of the same name, and like zod's own types it
  // is assignable to Record<string, unknown> (interfaces get no implicit index signature).
  return `${docComment(descriptionOf(schema), '')}export type ${name} = {\n${fields}\n};`;
}

function renderTypesFile(target: GeneratorTarget, objects: NamedObject[]): string {
  const inputBlocks = target.entries.map(({ operation }) => {
    const operationExport = exportNameOf(target, operation, `the ${operation.operationId} operation`);
    const fields = inputShapes(operation)
      .map((shape) => renderFields(shape, (key) => `OperationInput<typeof catalog.${operationExport}>['${key}']`, 'input', '  '))
      .filter(Boolean);
    // A loose query (an OAuth callback) takes the provider's other parameters too, as the client sends them.
    if (!operation.body && isLoose(operation.query)) fields.push(`${docComment('Any other parameter the provider added to its redirect, passed on as it came.', '  ')}  [parameter: string]: unknown;`);
    const doc = docComment(`What ${operation.summary} takes: its path, query and body fields in one object.`, '');
    return fields.length
      ? `${doc}export interface ${inputTypeName(operation)} {\n${fields.join('\n')}\n}`
      : `${doc}export type ${inputTypeName(operation)} = Record<string, never>;`;
  });

  const eventLines = Object.entries(target.events).map(([type, spec]) => {
    const dataName = nameOf(spec.data as Schema);
    if (!dataName) throw new Error(`The data of ${type} is not a named object: give its schema a .meta({ id }).`);
    return `${docComment(spec.description, '  ')}  '${type}': catalog.${dataName};`;
  });

  return `${HEADER('The input of every operation and the data of every event, with the catalog\'s words on every field.')}
import type * as catalog from './index';
import type { OperationInput } from './operation';

${inputBlocks.join('\n\n')}

/** Every named object of the catalog, by name, for code that maps over them. */
export interface CatalogObjects {
${objects.map(({ name }) => `  ${name}: catalog.${name};`).join('\n')}
}

/** What the \`data\` of each webhook event holds. */
export interface EventData {
${eventLines.join('\n')}
}
`;
}

function inputShapes(operation: OperationSpec): Record<string, unknown>[] {
  return [operation.params, operation.query, operation.body].flatMap((schema) => (schema ? [schema.shape] : []));
}

// ---- the methods --------------------------------------------------------------------------------------------

function renderMethodsFile(target: GeneratorTarget): string {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of target.entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);

  const groupBlocks = [...groups].map(([group, entries]) => {
    const methods = entries.flatMap(({ name, operation }) => {
      const input = inputTypeName(operation);
      const optional = inputShapes(operation).every((shape) => Object.values(shape).every((property) => mayBeLeftOut(property as Schema, 'input')));
      const output = outputTypeOf(operation);
      const lines = [
        `${docComment(methodDoc(target, operation), '  ')}  ${name}(input${optional ? '?' : ''}: catalog.${input}, options?: CallOptions): Promise<${output}>;`,
      ];
      if (operation.pagination) {
        const item = output.endsWith('[]') ? output.slice(0, -2) : output;
        const pagedDoc = `Every record of ${operation.summary}, fetched page by page (limit/offset, ${operation.pagination.defaultLimit} a page unless \`pageSize\`) as you iterate, until a short page or \`maxItems\`.\n\n${methodDoc(target, operation)}`;
        lines.push(
          `${docComment(pagedDoc, '  ')}  ${name}All(input: Omit<catalog.${input}, 'limit' | 'offset'>, options?: PageOptions & CallOptions): AsyncGenerator<${item}, void, undefined>;`,
        );
      }
      return lines;
    });
    return `${docComment(`The ${groupTitle(entries)} methods: one per endpoint.`, '')}export interface ${groupInterfaceName(group)} {\n${methods.join('\n')}\n}`;
  });

  const paged = target.entries.some(({ operation }) => operation.pagination);
  return `${HEADER(`The client\'s methods, with the catalog\'s description, ${target.permissionLabel ? 'endpoint and permissions' : 'and endpoint'} of each.`)}
import type * as catalog from './catalog/index';
import type { CallOptions } from '../machine/create-client';
${paged ? "import type { PageOptions } from '../machine/paginate';\n" : ''}
${groupBlocks.join('\n\n')}

/** One method per catalog operation, grouped as in the catalog. */
export interface ${target.methodsInterface} {
${[...groups].map(([group, entries]) => `${docComment(`${groupTitle(entries)}: ${entries.map((entry) => entry.operation.summary).join(', ')}.`, '  ')}  ${group}: ${groupInterfaceName(group)};`).join('\n')}
}
`;
}

function groupInterfaceName(group: string): string {
  return `${group.charAt(0).toUpperCase()}${group.slice(1)}Methods`;
}

function groupTitle(entries: CatalogEntry[]): string {
  return entries[0]?.operation.tag ?? '';
}

function outputTypeOf(operation: OperationSpec): string {
  if (!operation.response) return 'void';
  // A named union (Reeve's AuthorizationResult) is exported as a type of its own name.
  const union = unwrap(operation.response) instanceof z.ZodObject ? undefined : nameOf(operation.response);
  if (union) return `catalog.${union}`;
  const named = typeOf(operation.response, '', 'output', '');
  if (!/^[A-Z]\w*(\[\])?$/.test(named)) throw new Error(`${operation.operationId} answers with an unnamed schema: give it a .meta({ id }) so the client can name its type.`);
  return `catalog.${named}`;
}

function methodDoc(target: GeneratorTarget, operation: OperationSpec): string {
  const endpoint = `\`${operation.method} ${operation.path}\``;
  const { permissionLabel } = target;
  if (!permissionLabel) return [`**${operation.summary}**: ${operation.description}`, '', `${endpoint}.`].join('\n');
  const permissions = operation.permissions.map((permission) => `\`${permission}\` (${permissionLabel(permission)})`).join(' and ');
  return [`**${operation.summary}**: ${operation.description}`, '', `${endpoint} · Permission: ${permissions || 'none'}.`].join('\n');
}

// ---- words --------------------------------------------------------------------------------------------------

/** The description on the schema, or on the one it wraps (`field(…).optional()` puts the words inside). */
function descriptionOf(schema: Schema): string {
  const description = z.globalRegistry.get(schema)?.description;
  if (description) return description;
  const inner = (schema._zod.def as { innerType?: Schema }).innerType;
  return inner ? descriptionOf(inner) : '';
}

function docComment(text: string, indent: string): string {
  if (!text) return '';
  // `*/` would end the comment early.
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}
