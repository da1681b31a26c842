/**
 * fast-check arbitraries from the catalog's own schemas: each request part is turned into JSON Schema with
 * `z.toJSONSchema(…, { io: 'input' })` and walked here, so no field list is written twice. Values lean on the
 * schema's `examples` (the demo workspace's ids and emails) so that generated requests find real records often
 * enough to reach the success path, and fall back to arbitrary values of the right type otherwise. Whether a
 * generated value is valid is never decided here: the tests ask the catalog's zod schema.
 */
import fc from 'fast-check';
import * as z from 'zod';

/** The part of JSON Schema 2020-12 that `z.toJSONSchema` emits for the catalog. */
export interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  examples?: unknown[];
}

const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    jsonSchemas.set(schema, json);
  }
  return json;
}

/** Text worth throwing at a parser: emoji, combining marks, right-to-left, lone surrogates, NUL. */
export const awkwardText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '\u202eevil', 'Zoë Ŝ 🚀', '😀'.repeat(50), '\r\n', '%00', '../../etc/passwd', '<script>'),
);

const LOOPBACK_URLS = ['http://127.0.0.1:9/hook', 'http://localhost:9/hook', 'http://[::1]:9/hook'];
const REFUSED_URLS = ['https://hooks.example.com/reevo', 'http://10.0.0.1/hook', 'ftp://127.0.0.1/hook', 'http://user:pw@127.0.0.1:9/hook'];

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom('alex.morgan@northwind.com', 'jane.doe@acme.com', 'nobody@example.com'));
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    case 'uri':
      return fc.constantFrom(...LOOPBACK_URLS, ...REFUSED_URLS);
    default:
      return fc.oneof(
        { arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) }), weight: 3 },
        { arbitrary: awkwardText, weight: 1 },
      );
  }
}

function typedArbitrary(schema: JsonSchema, type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 1000, 1e9) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, 3) });
    case 'object':
      return objectArbitrary(schema);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.properties) {
    const model = Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, arbitraryFor(property)]));
    return fc.record(model, { requiredKeys: schema.required ?? [] });
  }
  const values = typeof schema.additionalProperties === 'object' ? arbitraryFor(schema.additionalProperties) : fc.jsonValue({ maxDepth: 1 });
  return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 3 });
}

/** A value shaped by `schema`: often one of its examples, else anything of its type. */
export function arbitraryFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const shaped = shapedArbitrary(schema);
  if (!schema.examples?.length) return shaped;
  return fc.oneof({ arbitrary: fc.constantFrom(...schema.examples), weight: 2 }, { arbitrary: shaped, weight: 1 });
}

function shapedArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(arbitraryFor));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [schema.properties ? 'object' : 'any'];
  return fc.oneof(...types.map((type) => typedArbitrary(schema, type)));
}

/** A value of a different JSON type than `value`, to break a field on purpose. */
export function wrongTypeFor(value: unknown): fc.Arbitrary<unknown> {
  const candidates: fc.Arbitrary<unknown>[] = [
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 8 }),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  ];
  const jsonType = (candidate: unknown) => (candidate === null ? 'null' : Array.isArray(candidate) ? 'array' : typeof candidate);
  return fc.oneof(...candidates).filter((candidate) => jsonType(candidate) !== jsonType(value));
}
