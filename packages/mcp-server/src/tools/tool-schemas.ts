/**
 * A tool's JSON Schemas, from the operation's zod schemas (zod 4's `z.toJSONSchema`): the input is path params,
 * query and body merged into one object, as the typed client takes them; the output is the response schema, with a
 * bare array wrapped in an object, since MCP's `structuredContent` must be an object (docs/decisions.md).
 */
import * as z from 'zod';
import { isLoose, type OperationSpec, type PagingStyle } from '@integration-pack/core/machine';

export type JsonSchemaObject = { type: 'object'; [key: string]: unknown };

/** What the operation answers, as a tool result's `structuredContent` holds it. */
export type ResultShape =
  /** No body (204): the tool answers a sentence and no structured content. */
  | { kind: 'none' }
  /** An object body, passed on as it is. */
  | { kind: 'object' }
  /** A bare array, as `{ items }`. */
  | { kind: 'list' }
  /** A page of a search, as `{ items, has_more, next_offset }`. */
  | { kind: 'page'; limitParam: string; offsetParam: string; defaultLimit: number };

/** The formats JSON Schema 2020-12 defines; zod also writes its own (`starts_with`), which validators warn about. */
export const JSON_SCHEMA_FORMATS: ReadonlySet<string> = new Set([
  'date-time', 'date', 'time', 'duration', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'uri',
  'uri-reference', 'iri', 'iri-reference', 'uuid', 'uri-template', 'json-pointer', 'relative-json-pointer', 'regex',
]);

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    // A format of zod's own goes; the `pattern` zod writes beside it keeps the rule.
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.format === 'string' && !JSON_SCHEMA_FORMATS.has(jsonSchema.format)) delete jsonSchema.format;
    },
  }) as Record<string, unknown>;
  // `$schema` is left out: MCP takes JSON Schema 2020-12 by default, which is what zod writes.
  const { $schema: _dialect, ...rest } = json;
  return rest;
}

export function inputSchemaOf(operation: OperationSpec): JsonSchemaObject {
  const shape = { ...operation.params?.shape, ...operation.query?.shape, ...operation.body?.shape };
  // The client refuses a field the operation does not declare, naming it, except where the API takes fields of its
  // own: a loose query of an operation without a body (an OAuth callback's provider parameters), or a loose body.
  const open = (!operation.body && isLoose(operation.query)) || isLoose(operation.body);
  return { ...jsonSchemaOf(z.object(shape), 'input'), type: 'object', additionalProperties: open };
}

export function resultShapeOf(operation: OperationSpec, paging: PagingStyle): ResultShape {
  if (!operation.response) return { kind: 'none' };
  if (!(operation.response instanceof z.ZodArray)) return { kind: 'object' };
  if (operation.pagination && paging.style === 'limit-offset') {
    return { kind: 'page', limitParam: paging.limitParam, offsetParam: paging.offsetParam, defaultLimit: operation.pagination.defaultLimit };
  }
  return { kind: 'list' };
}

export function outputSchemaOf(operation: OperationSpec, shape: ResultShape): JsonSchemaObject | undefined {
  if (!operation.response || shape.kind === 'none') return undefined;
  const response = jsonSchemaOf(operation.response, 'output');
  if (shape.kind === 'object') return { ...response, type: 'object' };
  // Named types (`$defs`) are referred to from the root (`#/$defs/Account`), so they move up to the wrapper's root.
  const { $defs, ...list } = response;
  const root = { type: 'object' as const, ...($defs === undefined ? {} : { $defs }) };
  const items = { items: list };
  if (shape.kind === 'list') return { ...root, properties: items, required: ['items'] };
  return {
    ...root,
    properties: {
      ...items,
      has_more: { type: 'boolean', description: 'True when the page was full: call again with the offset next_offset for more.' },
      next_offset: { type: ['integer', 'null'], description: `The ${shape.offsetParam} of the next page, or null on the last page.` },
    },
    required: ['items', 'has_more', 'next_offset'],
  };
}

/** The client's answer as `structuredContent`, per the shape above. */
export function structuredResultOf(shape: ResultShape, answer: unknown, input: Record<string, unknown>): Record<string, unknown> | undefined {
  if (shape.kind === 'none') return undefined;
  if (shape.kind === 'object') return answer as Record<string, unknown>;
  const items = answer as unknown[];
  if (shape.kind === 'list') return { items };
  // A page shorter than the limit is the last (the definition's paging style), so a full page may have more.
  const limit = typeof input[shape.limitParam] === 'number' ? (input[shape.limitParam] as number) : shape.defaultLimit;
  const offset = typeof input[shape.offsetParam] === 'number' ? (input[shape.offsetParam] as number) : 0;
  const hasMore = items.length >= limit;
  return { items, has_more: hasMore, next_offset: hasMore ? offset + items.length : null };
}
