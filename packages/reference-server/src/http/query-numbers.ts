/**
 * A query string carries text, and FastAPI reads a number parameter from it (`?limit=5` is the int 5); the
 * catalog's query schemas say `z.int()`, as the typed client sends numbers. Before validation, a query value whose
 * field is a number in the schema and whose text is a decimal number becomes that number; anything else is left to
 * validation, which names the field (`?limit=abc` stays a 422 at `["query", "limit"]`).
 */
import type * as z from 'zod';

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** Wrappers whose inner schema decides the value's type. */
const WRAPPERS = new Set(['default', 'optional', 'nullable', 'prefault', 'catch', 'readonly']);

function isNumberField(schema: z.ZodType | undefined): boolean {
  let current = schema as { def: { type: string; innerType?: unknown } } | undefined;
  while (current && WRAPPERS.has(current.def.type)) current = current.def.innerType as typeof current;
  return current?.def.type === 'number';
}

export function queryWithNumbers(schema: z.ZodType, query: unknown): unknown {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || query === null || typeof query !== 'object') return query;
  const converted: Record<string, unknown> = { ...(query as Record<string, unknown>) };
  for (const [name, value] of Object.entries(converted)) {
    if (typeof value === 'string' && DECIMAL.test(value) && Object.hasOwn(shape, name) && isNumberField(shape[name])) converted[name] = Number(value);
  }
  return converted;
}
