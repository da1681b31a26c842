/**
 * Turns a catalog schema into a flat list of UI field descriptors, so Zapier input fields and n8n
 * properties are derived from the catalog instead of typed again.
 */
import * as z from 'zod';
import type { RecordRef } from './common';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

export interface FieldDescriptor {
  key: string;
  title: string;
  description: string;
  required: boolean;
  type: FieldType;
  /** JSON Schema format: `email`, `uuid`, `date-time`, `uri`. */
  format?: string;
  enum?: readonly string[];
  default?: unknown;
  example?: unknown;
  nullable: boolean;
  /** The kind of record the value identifies, for pickers. */
  ref?: RecordRef;
  /** For arrays: the item type (and its format or choices). */
  items?: { type: FieldType; format?: string; enum?: readonly string[] };
  /** For objects with known keys (e.g. an activity's metadata): their descriptors. */
  properties?: readonly FieldDescriptor[];
}

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  'x-reevo-ref'?: RecordRef;
};

// Zapier and n8n describe the same schemas many times while they load (a record's fields serve its trigger, its
// search and its create); converting a schema to JSON Schema is most of their cold-load time, so each schema is
// described once per direction. The descriptors are frozen because every caller shares them.
const described = { input: new WeakMap<z.ZodType, readonly FieldDescriptor[]>(), output: new WeakMap<z.ZodType, readonly FieldDescriptor[]>() };

/** Describes each property of an object schema as its caller fills it in (`io: 'input'`) or reads it. */
export function describeFields(schema: z.ZodType, io: 'input' | 'output' = 'input'): readonly FieldDescriptor[] {
  const known = described[io].get(schema);
  if (known) return known;
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const descriptors = deepFreeze(describeProperties(inlineRefs(json, json.$defs ?? {}) as JsonSchema));
  described[io].set(schema, descriptors);
  return descriptors;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Schemas named with `.meta({ id })` come out as `$ref`s into `$defs`; fields need them in place. */
function inlineRefs(node: unknown, defs: Record<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(item, defs));
  if (!node || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as { $ref?: string };
  const target = $ref?.startsWith('#/$defs/') ? defs[$ref.slice('#/$defs/'.length)] : undefined;
  const merged = target ? { ...target, ...rest } : rest;
  return Object.fromEntries(Object.entries(merged).map(([key, value]) => [key, key === '$defs' ? value : inlineRefs(value, defs)]));
}

function describeProperties(json: JsonSchema): FieldDescriptor[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([key, property]) => describeProperty(key, property, required.has(key)));
}

function describeProperty(key: string, property: JsonSchema, required: boolean): FieldDescriptor {
  const { type, nullable, core } = resolveType(property);
  const descriptor: FieldDescriptor = {
    key,
    title: property.title ?? key,
    description: property.description ?? '',
    required,
    type,
    nullable,
  };
  const format = core.format;
  if (format) descriptor.format = format;
  if (core.enum) descriptor.enum = core.enum.filter((value): value is string => typeof value === 'string');
  if (property.default !== undefined) descriptor.default = property.default;
  if (property.examples?.length) descriptor.example = property.examples[0];
  if (property['x-reevo-ref']) descriptor.ref = property['x-reevo-ref'];
  if (type === 'array' && core.items) {
    const item = resolveType(core.items);
    descriptor.items = { type: item.type, ...(item.core.format ? { format: item.core.format } : {}), ...(item.core.enum ? { enum: item.core.enum as string[] } : {}) };
  }
  if (type === 'object' && core.properties) descriptor.properties = describeProperties(core);
  return descriptor;
}

/** Folds `type: ['string','null']` and `anyOf: [X, {type:'null'}]` into one type plus a nullable flag. */
function resolveType(property: JsonSchema): { type: FieldType; nullable: boolean; core: JsonSchema } {
  if (property.anyOf) {
    const nonNull = property.anyOf.filter((option) => option.type !== 'null');
    const nullable = nonNull.length < property.anyOf.length;
    const [single] = nonNull;
    if (nonNull.length === 1 && single) return { ...resolveType(single), nullable };
    return { type: 'string', nullable, core: property };
  }
  const types = Array.isArray(property.type) ? property.type : property.type ? [property.type] : [];
  const nonNull = types.filter((type) => type !== 'null');
  const type = (nonNull[0] ?? (property.enum ? 'string' : 'object')) as FieldType;
  return { type, nullable: nonNull.length < types.length, core: property };
}
