/**
 * UI-ready words on a catalog schema (title, description, example, record kind), stored as zod metadata so Zapier
 * input fields, n8n properties, OpenAPI and MCP tool schemas all read the same words. Each definition wraps it in its
 * own `field` helper, adding its own extensions (Reevo: `x-reevo-source`).
 */
import type * as z from 'zod';
import { RECORD_REF_EXTENSION } from './fields';

export interface FieldWords {
  title: string;
  description: string;
  example?: unknown;
  /** The field holds the id of this kind of record (OpenAPI extension `x-record-ref`), so a platform can offer a picker. */
  ref?: string;
}

/**
 * Attaches the words. Call it last in a chain (after `.optional()`/`.nullable()`), so the metadata sits on the
 * schema that a property actually has and JSON Schema keeps it flat.
 */
export function withFieldMeta<S extends z.ZodType>(schema: S, words: FieldWords, extensions: Record<string, unknown> = {}): S {
  const { example, ref, ...text } = words;
  return schema.meta({
    ...text,
    ...(example === undefined ? {} : { examples: [example] }),
    ...(ref ? { [RECORD_REF_EXTENSION]: ref } : {}),
    ...extensions,
  }) as S;
}
